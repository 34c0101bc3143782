// json.JSONEncoder, which programs derive from to teach dumps a type (`def default(self, o)`,
// used as `json.dumps(x, cls=MyEncoder)`): its options are instance attributes, as in
// CPython's json/encoder.py, and encode() writes with them, asking `self.default` for what
// json cannot write, so an override (or `default=`) is used.

import { bindMethodArgs } from '../../runtime/args';
import { getAttr } from '../../runtime/attributes';
import type { PyClass } from '../../runtime/objects';
import { typeName } from '../../runtime/repr';
import { typeError } from '../../runtime/state';
import { PyTuple, type PyValue } from '../../runtime/values';
import { encodeWith, OPTION_NAMES } from './jsonEncode';
import { nativeClass } from './nativeClass';

const INIT_NAMES = [
  'skipkeys',
  'ensure_ascii',
  'check_circular',
  'allow_nan',
  'sort_keys',
  'indent',
  'separators',
  'default',
];
const INIT_DEFAULTS: PyValue[] = [false, true, true, true, false, null, null, null];

/** The options encode() writes with, read from the instance (in OPTION_NAMES' order). */
function optionsOf(self: PyValue): (PyValue | undefined)[] {
  return OPTION_NAMES.map((name) => {
    switch (name) {
      case 'cls':
        return undefined;
      case 'separators':
        return new PyTuple([getAttr(self, 'item_separator'), getAttr(self, 'key_separator')]);
      case 'default':
        return getAttr(self, 'default');
      default:
        return getAttr(self, name);
    }
  });
}

export function jsonEncoderClass(): PyClass {
  const cls = nativeClass({
    name: 'JSONEncoder',
    module: 'json.encoder',
    init: (self, args, kw) => {
      const bound = bindMethodArgs('JSONEncoder.__init__', INIT_NAMES, 0, args, kw, 8);
      const values = bound.map((v, i) => v ?? INIT_DEFAULTS[i]);
      const [skipkeys, ascii, circular, nan, sortKeys, indent, separators, fallback] = values;
      Object.assign(self.attrs, {
        skipkeys,
        ensure_ascii: ascii,
        check_circular: circular,
        allow_nan: nan,
        sort_keys: sortKeys,
        indent,
      });
      if (separators !== null) {
        const [item, key] = separators instanceof PyTuple ? separators.items : [];
        Object.assign(self.attrs, { item_separator: item, key_separator: key });
      } else if (indent !== null) self.attrs.item_separator = ',';
      if (fallback !== null) self.attrs.default = fallback;
    },
    methods: [
      [
        'default',
        (_self, args) => {
          const o = args[0];
          throw typeError(`Object of type ${typeName(o)} is not JSON serializable`);
        },
      ],
      [
        'encode',
        (self, args, kw) => {
          const [o] = bindMethodArgs('JSONEncoder.encode', ['o'], 1, args, kw);
          return encodeWith(optionsOf(self), o!).join('');
        },
      ],
      [
        'iterencode',
        (self, args, kw) => {
          const [o] = bindMethodArgs('JSONEncoder.iterencode', ['o', '_one_shot'], 1, args, kw);
          return encodeWith(optionsOf(self), o!);
        },
      ],
    ],
  });
  cls.dict.set('item_separator', ', ');
  cls.dict.set('key_separator', ': ');
  return cls;
}
