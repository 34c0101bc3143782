// pprint.PrettyPrinter: the options kept on the instance under CPython's attribute names
// (_indent_per_level, _width, _depth, _stream, _compact, _sort_dicts, _underscore_numbers),
// its pformat() and its pprint() laying a value out as the module's functions do.

import { bindMethodArgs } from '../../runtime/args';
import { callMethod } from '../../runtime/attributes';
import type { PyClass, PyInstance } from '../../runtime/objects';
import { truthy } from '../../runtime/truth';
import type { PyValue } from '../../runtime/values';
import { nativeClass } from './nativeClass';
import { pformatWith, readOptions, type Options } from './pprint';
import { readability } from './pprintReadable';

const PARAMS = [
  'indent',
  'width',
  'depth',
  'stream',
  'compact',
  'sort_dicts',
  'underscore_numbers',
];

/** The options as __init__ stored them (a program may have changed the attributes since). */
function optionsOf(self: PyInstance): Options {
  const a = self.attrs;
  return readOptions(
    [a._indent_per_level, a._width, a._depth, a._compact, a._sort_dicts, a._underscore_numbers],
    true,
  );
}

export function prettyPrinterClass(stdout: () => PyValue): PyClass {
  return nativeClass({
    name: 'PrettyPrinter',
    module: 'pprint',
    init(self, args, kw) {
      const vals = bindMethodArgs('PrettyPrinter.__init__', PARAMS, 0, args, kw, 3);
      const [indent, width, depth, stream, compact, sortDicts, underscore] = vals;
      const o = readOptions([indent, width, depth, compact, sortDicts, underscore], true);
      const a = self.attrs;
      a._depth = o.depth === null ? null : BigInt(o.depth);
      a._indent_per_level = BigInt(o.indent);
      a._width = BigInt(o.width);
      a._stream = stream === undefined || stream === null ? stdout() : stream;
      a._compact = compact !== undefined && truthy(compact);
      a._sort_dicts = sortDicts === undefined ? true : sortDicts;
      a._underscore_numbers = underscore === undefined ? false : underscore;
    },
    methods: [
      [
        'isreadable',
        // CPython's methods pass no depth to _safe_repr: the printer's depth does not apply.
        (_self, args, kw) => {
          const [v] = bindMethodArgs('PrettyPrinter.isreadable', ['object'], 1, args, kw);
          return readability(v!).readable;
        },
      ],
      [
        'isrecursive',
        (_self, args, kw) => {
          const [v] = bindMethodArgs('PrettyPrinter.isrecursive', ['object'], 1, args, kw);
          return readability(v!).recursive;
        },
      ],
      [
        'pformat',
        (self, args, kw) => {
          const [v] = bindMethodArgs('PrettyPrinter.pformat', ['object'], 1, args, kw);
          return pformatWith(v!, optionsOf(self));
        },
      ],
      [
        'pprint',
        (self, args, kw) => {
          const [v] = bindMethodArgs('PrettyPrinter.pprint', ['object'], 1, args, kw);
          const stream = self.attrs._stream;
          if (stream === undefined || stream === null) return null;
          callMethod(stream, 'write', [`${pformatWith(v!, optionsOf(self))}\n`], null);
          return null;
        },
      ],
    ],
  });
}
