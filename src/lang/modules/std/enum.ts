// enum: Enum, IntEnum, Flag, IntFlag, auto, unique. The classes a program derives from them
// are made by EnumType (enumType.ts); this file gives the members their behaviour: `name`
// and `value`, the reprs, IntEnum's int arithmetic and comparisons, Flag's `|`, `&`, `^`,
// `in` and truth.

import { binary } from '../../runtime/arith';
import { eq, order } from '../../runtime/equality';
import { c3, NativeMethod, PyClass, PyInstance, PyProperty } from '../../runtime/objects';
import { repr, str } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { OBJECT } from '../../runtime/types';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { Builtin, type PyValue } from '../../runtime/values';
import {
  AUTO,
  ENUM_META,
  ENUM_TYPE,
  enumRepr,
  flagComposite,
  isMember,
  memberName,
  membersOf,
  memberValue,
} from './enumType';

type Method = (self: PyInstance, args: PyValue[]) => PyValue;

/** One of enum's base classes, named `name`, with `methods` as NativeMethods. */
function enumBase(
  name: string,
  bases: PyClass[],
  methods: [string, Method][],
  extra: [string, PyValue][] = [],
): PyClass {
  const dict = new Map<string, PyValue>([['__module__', 'enum'], ...extra]);
  for (const [k, impl] of methods) dict.set(k, new NativeMethod(k, name, impl as never));
  const cls = new PyClass(name, bases, dict);
  cls.mro = c3(cls, bases)!;
  for (const b of bases) b.subclasses.push(cls);
  cls.meta = ENUM_META;
  return cls;
}

/** `name` and `value`: read-only, with CPython's message naming Enum. */
function readOnly(attr: string, get: (m: PyInstance) => PyValue): PyProperty {
  return new PyProperty(
    new Builtin(attr, (args) => get(args[0] as PyInstance)),
    new Builtin(attr, () => {
      throw fail('AttributeError', `<enum 'Enum'> cannot set attribute '${attr}'`);
    }),
    null,
  );
}

const qualified = (m: PyInstance): string => `${m.cls.name}.${String(memberName(m))}`;

const ENUM = enumBase(
  'Enum',
  [OBJECT],
  [
    ['__repr__', (m) => `<${qualified(m)}: ${repr(memberValue(m))}>`],
    ['__str__', (m) => qualified(m)],
  ],
  [
    ['name', readOnly('name', memberName)],
    ['value', readOnly('value', memberValue)],
  ],
);

/** The int a member of an int enum stands for, or the value itself. */
function unwrap(v: PyValue): PyValue {
  return isMember(v) ? memberValue(v) : v;
}

const ARITHMETIC = ['+', '-', '*', '//', '%', '**', '<<', '>>'] as const;
const ARITHMETIC_NAMES = ['add', 'sub', 'mul', 'floordiv', 'mod', 'pow', 'lshift', 'rshift'];

/** IntEnum's and IntFlag's int behaviour: they compare and compute as their values. */
function intMethods(): [string, Method][] {
  const out: [string, Method][] = [
    ['__str__', (m) => str(memberValue(m))],
    ['__eq__', (m, [o]) => eq(memberValue(m), unwrap(o))],
    ['__ne__', (m, [o]) => !eq(memberValue(m), unwrap(o))],
    ['__hash__', (m) => memberValue(m)],
    ['__int__', (m) => memberValue(m)],
    ['__index__', (m) => memberValue(m)],
    ['__truediv__', (m, [o]) => binary('/', memberValue(m), unwrap(o))],
    ['__neg__', (m) => binary('-', 0n, memberValue(m))],
  ];
  for (const op of ['<', '<=', '>', '>='] as const) {
    const name = { '<': '__lt__', '<=': '__le__', '>': '__gt__', '>=': '__ge__' }[op];
    out.push([
      name,
      (m, [o]) => {
        const b = unwrap(o);
        if (typeof b !== 'bigint' && typeof b !== 'number' && typeof b !== 'boolean')
          return NOT_IMPLEMENTED;
        return order(op, memberValue(m), b);
      },
    ]);
  }
  ARITHMETIC.forEach((op, i) => {
    out.push([`__${ARITHMETIC_NAMES[i]}__`, (m, [o]) => binary(op, memberValue(m), unwrap(o))]);
    out.push([`__r${ARITHMETIC_NAMES[i]}__`, (m, [o]) => binary(op, unwrap(o), memberValue(m))]);
  });
  return out;
}

const INT_ENUM = enumBase('IntEnum', [ENUM], intMethods());

/** A Flag member's bits, after checking `o` is a member of the same flag class. */
function bitsOf(m: PyInstance, o: PyValue): bigint | undefined {
  if (o instanceof PyInstance && o.cls === m.cls && isMember(o)) return memberValue(o) as bigint;
  if (typeof o === 'bigint' && m.cls.isSubclassOf(INT_FLAG)) return o;
  return undefined;
}

function flagOp(op: '|' | '&' | '^'): Method {
  return (m, [o]) => {
    const b = bitsOf(m, o);
    if (b === undefined) return NOT_IMPLEMENTED;
    const a = memberValue(m) as bigint;
    const bits = op === '|' ? a | b : op === '&' ? a & b : a ^ b;
    return flagComposite(m.cls, bits) ?? NOT_IMPLEMENTED;
  };
}

const FLAG_METHODS: [string, Method][] = [
  ['__or__', flagOp('|')],
  ['__ror__', flagOp('|')],
  ['__and__', flagOp('&')],
  ['__rand__', flagOp('&')],
  ['__xor__', flagOp('^')],
  ['__rxor__', flagOp('^')],
  ['__bool__', (m) => memberValue(m) !== 0n],
  [
    '__contains__',
    (m, [o]) => {
      const b = bitsOf(m, o);
      if (b === undefined || !(o instanceof PyInstance)) {
        throw typeError(`unsupported operand type(s) for 'in': '${repr(o)}' and '${m.cls.name}'`);
      }
      return ((memberValue(m) as bigint) & b) === b;
    },
  ],
  [
    '__repr__',
    (m) => {
      const name = memberName(m);
      return `<${m.cls.name}.${name === null ? '0' : name}: ${repr(memberValue(m))}>`;
    },
  ],
  [
    '__str__',
    (m) => {
      const name = memberName(m);
      return `${m.cls.name}.${name === null ? '0' : name}`;
    },
  ],
];

const FLAG = enumBase('Flag', [ENUM], FLAG_METHODS, [['_flag_', true]]);
const INT_FLAG = enumBase('IntFlag', [FLAG], [...intMethods().filter(([k]) => k !== '__repr__')]);

/** `@unique`: the class, or ValueError naming each alias and the member it repeats. */
function unique(args: PyValue[]): PyValue {
  const cls = args[0];
  if (!(cls instanceof PyClass) || cls.meta !== ENUM_META) {
    throw typeError('unique() takes an enum class');
  }
  const aliases: string[] = [];
  for (const [name, m] of membersOf(cls).byName) {
    if (memberName(m) !== name) aliases.push(`${name} -> ${String(memberName(m))}`);
  }
  if (aliases.length > 0) {
    throw fail('ValueError', `duplicate values found in ${enumRepr(cls)}: ${aliases.join(', ')}`);
  }
  return cls;
}

export function enumModule(): Map<string, PyValue> {
  return new Map<string, PyValue>([
    ['Enum', ENUM],
    ['IntEnum', INT_ENUM],
    ['Flag', FLAG],
    ['IntFlag', INT_FLAG],
    ['auto', AUTO],
    ['unique', new Builtin('unique', unique)],
    ['EnumType', ENUM_TYPE],
    ['EnumMeta', ENUM_TYPE],
  ]);
}
