// enum: Enum, IntEnum, Flag, IntFlag, auto, unique. The classes a program derives from them
// are made by EnumType (enumType.ts); this file gives the members their behaviour: `name`
// and `value`, the reprs, IntEnum's int arithmetic and comparisons, Flag's `|`, `&`, `^`,
// `in` and truth.

import { binary } from '../../runtime/arith';
import { eq, order } from '../../runtime/equality';
import { roundInt } from '../../runtime/numbers';
import { c3, NativeMethod, PyClass, PyInstance, PyProperty } from '../../runtime/objects';
import { formatValue } from '../../runtime/formatValue';
import { repr, str } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { installConstructors } from '../../runtime/builtinSubclass';
import { builtinClass, OBJECT } from '../../runtime/types';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { Builtin, PyIterator, type PyValue } from '../../runtime/values';
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
    null,
    attr,
  );
}

const qualified = (m: PyInstance): string => `${m.cls.name}.${String(memberName(m))}`;

const enumMemberRepr: Method = (m) => `<${qualified(m)}: ${repr(memberValue(m))}>`;

const ENUM = enumBase(
  'Enum',
  [OBJECT],
  [
    ['__repr__', enumMemberRepr],
    ['__str__', (m) => qualified(m)],
    // 3.11's Enum.__format__: str(member) (a class's own __str__ too), formatted as a str.
    ['__format__', (m, [spec]) => formatValue(str(m), typeof spec === 'string' ? spec : '')],
    // A member is a singleton: copy.copy and copy.deepcopy give it back (Enum's own hooks).
    ['__copy__', (m) => m],
    ['__deepcopy__', (m) => m],
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
const BITWISE = [
  ['&', 'and'],
  ['|', 'or'],
  ['^', 'xor'],
] as const;
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
    ['__pos__', (m) => memberValue(m)],
    [
      '__round__',
      (m, [n]) =>
        n === undefined || n === null
          ? memberValue(m)
          : roundInt(memberValue(m) as bigint, BigInt(unwrap(n) as bigint)),
    ],
    // int.__format__: an empty spec is str(member) (re.I: `re.IGNORECASE`), else the value's.
    [
      '__format__',
      (m, [spec]) => (spec === '' ? str(m) : formatValue(memberValue(m), spec as string)),
    ],
    [
      '__abs__',
      (m) => {
        const v = memberValue(m) as bigint;
        return v < 0n ? -v : v;
      },
    ],
    ['__bool__', (m) => memberValue(m) !== 0n],
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

// `int` comes before Enum in the bases, as in CPython (IntEnum.__mro__ is IntEnum, int, …,
// Enum, object): a member is an int instance (isinstance, issubclass, json) computing as its value.
const INT = builtinClass('int');
const INT_ENUM = enumBase(
  'IntEnum',
  [INT, ENUM],
  [
    ...intMethods(),
    // Enum's repr, here as well as on Enum: int comes between them along the MRO.
    ['__repr__', enumMemberRepr],
    // int's bitwise operators (IntFlag has Flag's, which keep the result a member).
    ...BITWISE.flatMap(([op, name]): [string, Method][] => [
      [`__${name}__`, (m, [o]) => binary(op, memberValue(m), unwrap(o))],
      [`__r${name}__`, (m, [o]) => binary(op, unwrap(o), memberValue(m))],
    ]),
    ['__invert__', (m) => -(memberValue(m) as bigint) - 1n],
  ],
);

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

/**
 * The canonical (single-bit) members whose bits `m`'s value has: in ascending value, or in
 * definition order when the class defined its members out of that order (CPython's
 * `_iter_member_by_def_`).
 */
function bitMembers(m: PyInstance): PyInstance[] {
  const bits = memberValue(m) as bigint;
  const single = membersOf(m.cls).list.filter((x) => {
    const v = memberValue(x) as bigint;
    return v !== 0n && (v & (v - 1n)) === 0n;
  });
  const value = (x: PyInstance): bigint => memberValue(x) as bigint;
  const ascending = single.every((x, i) => i === 0 || value(single[i - 1]) <= value(x));
  const mine = single.filter((x) => (bits & value(x)) === value(x));
  return ascending ? mine.sort((a, b) => (value(a) < value(b) ? -1 : 1)) : mine;
}

function flagIterator(items: PyInstance[]): PyIterator {
  let i = 0;
  return new PyIterator('generator', () => (i < items.length ? items[i++] : undefined));
}

const FLAG_METHODS: [string, Method][] = [
  ['__or__', flagOp('|')],
  ['__ror__', flagOp('|')],
  ['__and__', flagOp('&')],
  ['__rand__', flagOp('&')],
  ['__xor__', flagOp('^')],
  ['__rxor__', flagOp('^')],
  ['__bool__', (m) => memberValue(m) !== 0n],
  // 3.11 iterates a flag value's single-bit members, lowest bit first; len counts them.
  ['__iter__', (m) => flagIterator(bitMembers(m))],
  ['__len__', (m) => BigInt(bitMembers(m).length)],
  [
    '__invert__',
    (m) => {
      // Within the members' bits; an IntFlag within every bit up to its highest member's.
      const all = membersOf(m.cls).list.reduce((acc, x) => acc | (memberValue(x) as bigint), 0n);
      const mask = m.cls.isSubclassOf(INT_FLAG) ? (1n << BigInt(all.toString(2).length)) - 1n : all;
      return flagComposite(m.cls, mask & ~(memberValue(m) as bigint)) ?? NOT_IMPLEMENTED;
    },
  ],
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
      const shown = name === null ? m.cls.name : `${m.cls.name}.${name}`;
      return `<${shown}: ${repr(memberValue(m))}>`;
    },
  ],
  [
    '__str__',
    (m) => {
      const name = memberName(m);
      return name === null ? `${m.cls.name}(${repr(memberValue(m))})` : `${m.cls.name}.${name}`;
    },
  ],
];

const FLAG = enumBase('Flag', [ENUM], FLAG_METHODS, [['_flag_', true]]);
// Flag's methods too (all but __str__, which is int's for an IntFlag): int comes between
// IntFlag and Flag along the MRO.
export const INT_FLAG = enumBase(
  'IntFlag',
  [INT, FLAG],
  [...intMethods(), ...FLAG_METHODS.filter(([k]) => k !== '__str__')],
);

/** 3.11's ReprEnum: an Enum whose mixin's str() and format() stay (only the repr is Enum's). */
const REPR_ENUM = enumBase('ReprEnum', [ENUM], []);

/**
 * StrEnum: `class Mode(StrEnum)` members are str (deriving from str, runtime/builtinSubclass.ts),
 * str() and format() give the value, and auto() the member's name in lower case.
 */
const STR_ENUM = enumBase(
  'StrEnum',
  [builtinClass('str'), REPR_ENUM],
  [
    ['__str__', (m) => memberValue(m)],
    [
      '__format__',
      (m, [spec]) => formatValue(str(memberValue(m)), typeof spec === 'string' ? spec : ''),
    ],
  ],
  [['_lowercase_auto_', true]],
);
STR_ENUM.builtinBase = builtinClass('str');
installConstructors(STR_ENUM.builtinBase);

/** `@unique`: the class, or ValueError naming each alias and the member it repeats. */
function unique(args: PyValue[]): PyValue {
  const cls = args[0];
  if (!(cls instanceof PyClass) || cls.meta === null || !cls.meta.type.isSubclassOf(ENUM_TYPE)) {
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
    ['ReprEnum', REPR_ENUM],
    ['StrEnum', STR_ENUM],
    ['auto', AUTO],
    ['unique', new Builtin('unique', unique)],
    ['EnumType', ENUM_TYPE],
    ['EnumMeta', ENUM_TYPE],
  ]);
}
