// collections.UserString: a Sequence keeping its text in the str `self.data`, as CPython's
// (written in Python): comparisons, `in`, + * % work on `data`; the methods that make a new
// string give a new instance of the same class, the others (find, split, is…) data's answer.

import { binary } from '../../runtime/arith';
import { callMethod, getAttr, setAttr } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { compare, contains } from '../../runtime/equality';
import { PyInstance, type PyClass } from '../../runtime/objects';
import { repr, str } from '../../runtime/repr';
import { typeError } from '../../runtime/state';
import { getItem } from '../../runtime/subscript';
import { builtinClass } from '../../runtime/types';
import type { PyValue } from '../../runtime/values';
import { abcClass } from './collectionsAbc';
import { nativeClass, type Impl } from './nativeClass';

const data = (self: PyInstance): PyValue => getAttr(self, 'data');

/** Methods whose answer is a new string, wrapped in the instance's class. */
const WRAPPED = [
  'capitalize',
  'casefold',
  'center',
  'expandtabs',
  'ljust',
  'lower',
  'lstrip',
  'rjust',
  'rstrip',
  'strip',
  'swapcase',
  'title',
  'translate',
  'upper',
  'zfill',
];
/** Methods whose answer is data's own (a number, a bool, a list, a tuple, a plain str). */
const PLAIN = [
  'encode',
  'endswith',
  'format',
  'format_map',
  'index',
  'isalpha',
  'isalnum',
  'isascii',
  'isdecimal',
  'isdigit',
  'isidentifier',
  'islower',
  'isnumeric',
  'isprintable',
  'isspace',
  'istitle',
  'isupper',
  'join',
  'partition',
  'rindex',
  'rpartition',
  'split',
  'rsplit',
  'splitlines',
  'startswith',
];
/** Methods that take another UserString's data for their first argument(s). */
const UNWRAPPING_WRAPPED = ['removeprefix', 'removesuffix', 'replace'];
const UNWRAPPING_PLAIN = ['count', 'find', 'rfind'];

export function userStringClass(): PyClass {
  let cls: PyClass | null = null;
  const isUserString = (v: PyValue): v is PyInstance =>
    v instanceof PyInstance && cls !== null && v.cls.isSubclassOf(cls);
  const cast = (v: PyValue): PyValue => (isUserString(v) ? data(v) : v);
  const make = (self: PyInstance, s: PyValue): PyValue => callValue(self.cls, [s], null);
  const compareWith =
    (op: '<' | '<=' | '==' | '>' | '>='): Impl =>
    (self, args) =>
      compare(op, data(self), cast(args[0]));
  const methods: [string, Impl][] = [
    ['__str__', (self) => str(data(self))],
    ['__repr__', (self) => repr(data(self))],
    ['__int__', (self) => callValue(builtinClass('int'), [data(self)], null)],
    ['__float__', (self) => callValue(builtinClass('float'), [data(self)], null)],
    ['__hash__', (self) => callMethod(data(self), '__hash__', [], null)],
    ['__eq__', compareWith('==')],
    ['__lt__', compareWith('<')],
    ['__le__', compareWith('<=')],
    ['__gt__', compareWith('>')],
    ['__ge__', compareWith('>=')],
    ['__contains__', (self, args) => contains(data(self), cast(args[0]))],
    ['__len__', (self) => callMethod(data(self), '__len__', [], null)],
    ['__getitem__', (self, args) => make(self, getItem(data(self), args[0]))],
    [
      '__add__',
      (self, args) => {
        const other = args[0];
        const text = isUserString(other)
          ? data(other)
          : typeof other === 'string'
            ? other
            : str(other);
        return make(self, binary('+', data(self), text));
      },
    ],
    [
      '__radd__',
      (self, args) => {
        const other = args[0];
        return make(self, binary('+', typeof other === 'string' ? other : str(other), data(self)));
      },
    ],
    ['__mul__', (self, args) => make(self, binary('*', data(self), args[0]))],
    ['__rmul__', (self, args) => make(self, binary('*', data(self), args[0]))],
    ['__mod__', (self, args) => make(self, binary('%', data(self), args[0]))],
    ['__rmod__', (self, args) => make(self, binary('%', str(args[0]), self))],
  ];
  for (const m of WRAPPED) {
    methods.push([m, (self, args, kw) => make(self, callMethod(data(self), m, args, kw))]);
  }
  for (const m of PLAIN) {
    methods.push([m, (self, args, kw) => callMethod(data(self), m, args, kw)]);
  }
  for (const m of UNWRAPPING_WRAPPED) {
    methods.push([
      m,
      (self, args, kw) => make(self, callMethod(data(self), m, args.map(cast), kw)),
    ]);
  }
  for (const m of UNWRAPPING_PLAIN) {
    methods.push([
      m,
      (self, args, kw) =>
        callMethod(data(self), m, args.length > 0 ? [cast(args[0]), ...args.slice(1)] : args, kw),
    ]);
  }
  cls = nativeClass({
    name: 'UserString',
    module: 'collections',
    bases: [abcClass('Sequence')],
    init(self, args, kw) {
      if ((kw !== null && kw.size > 0) || args.length !== 1) {
        throw typeError(
          args.length === 0
            ? "UserString.__init__() missing 1 required positional argument: 'seq'"
            : `UserString.__init__() takes 2 positional arguments but ${args.length + 1} were given`,
        );
      }
      const seq = args[0];
      setAttr(
        self,
        'data',
        typeof seq === 'string' ? seq : isUserString(seq) ? data(seq) : str(seq),
      );
    },
    methods,
  });
  cls.dict.set('maketrans', getAttr(builtinClass('str'), 'maketrans'));
  return cls;
}
