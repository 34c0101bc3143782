// json.JSONDecoder, as CPython's json/decoder.py has it: its options are instance attributes
// (object_hook, parse_float, parse_int, parse_constant, strict, object_pairs_hook) that
// decode() and raw_decode() read, so a subclass may set them in its own __init__ and
// `json.loads(s, cls=MyDecoder)` uses them.

import { bindMethodArgs, indexArg } from '../../runtime/args';
import { getAttr } from '../../runtime/attributes';
import { typeError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import type { PyClass } from '../../runtime/objects';
import { typeName } from '../../runtime/repr';
import { PyTuple, type PyValue } from '../../runtime/values';
import { DECODER_OPTIONS, DEFAULT_OPTIONS, parseJson, type DecodeOptions } from './json';
import { nativeClass } from './nativeClass';

/** The options decode() parses with, read from the instance. */
function optionsOf(self: PyValue): DecodeOptions {
  return {
    ...DEFAULT_OPTIONS,
    objectHook: getAttr(self, 'object_hook'),
    objectPairsHook: getAttr(self, 'object_pairs_hook'),
    parseFloat: getAttr(self, 'parse_float'),
    parseInt: getAttr(self, 'parse_int'),
    parseConstant: getAttr(self, 'parse_constant'),
    strict: truthy(getAttr(self, 'strict')),
  };
}

function textArg(fname: string, v: PyValue | undefined): string {
  if (typeof v === 'string') return v;
  throw typeError(`${fname}: the JSON document must be str, not ${typeName(v ?? null)}`);
}

export function jsonDecoderClass(): PyClass {
  return nativeClass({
    name: 'JSONDecoder',
    module: 'json.decoder',
    init: (self, args, kw) => {
      const bound = bindMethodArgs('JSONDecoder.__init__', DECODER_OPTIONS, 0, args, kw, 6);
      const [objectHook, parseFloat, parseInt, parseConstant, strict, pairsHook] = bound;
      Object.assign(self.attrs, {
        object_hook: objectHook ?? null,
        parse_float: parseFloat ?? null,
        parse_int: parseInt ?? null,
        parse_constant: parseConstant ?? null,
        strict: strict ?? true,
        object_pairs_hook: pairsHook ?? null,
      });
    },
    methods: [
      [
        'decode',
        (self, args, kw) => {
          const [s] = bindMethodArgs('JSONDecoder.decode', ['s', '_w'], 1, args, kw);
          return parseJson(textArg('decode', s), optionsOf(self), null)[0];
        },
      ],
      [
        'raw_decode',
        (self, args, kw) => {
          const [s, idx] = bindMethodArgs('JSONDecoder.raw_decode', ['s', 'idx'], 1, args, kw);
          const at = idx === undefined ? 0 : Number(indexArg(idx));
          const [value, end] = parseJson(textArg('raw_decode', s), optionsOf(self), at);
          return new PyTuple([value, BigInt(end)]);
        },
      ],
    ],
  });
}
