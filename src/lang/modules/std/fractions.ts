// fractions: the Fraction class, exact rationals of two ints, with CPython's special methods
// (fractionValue.ts does the arithmetic). Fraction mixes with int and Fraction exactly and
// with float as float; it is registered as a numbers.Rational, hashes and compares as equal
// ints and floats do, and is one dict key with them.

import { binary } from '../../runtime/arith';
import {
  NativeMethod,
  newInstanceAttrs,
  PyClass,
  PyClassMethod,
  PyInstance,
  PyProperty,
  c3,
} from '../../runtime/objects';
import { registerVirtualSubclass } from '../../runtime/abstract';
import { bindArgs, indexArg } from '../../runtime/args';
import { callValue } from '../../runtime/call';
import { rationalHash } from '../../runtime/numericHash';
import { intTrueDivide } from '../../runtime/numbers';
import { repr, typeName } from '../../runtime/repr';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { fail, typeError } from '../../runtime/state';
import { ABC_META, OBJECT } from '../../runtime/types';
import { Builtin, PyTuple, type MethodImpl, type PyValue } from '../../runtime/values';
import type { StdContext } from './context';
import * as Q from './fractionValue';
import type { Rat } from './fractionValue';

const FRACTION_CLASS = new PyClass(
  'Fraction',
  [OBJECT],
  new Map<string, PyValue>([['__module__', 'fractions']]),
  null,
  true,
);
FRACTION_CLASS.mro = c3(FRACTION_CLASS, [OBJECT])!;
// __slots__ = ('_numerator', '_denominator'): no other attributes, as in CPython.
FRACTION_CLASS.slotNames = new Set(['_numerator', '_denominator']);

/** A new Fraction holding `r` (already normalised). */
export function makeFraction(r: Rat): PyInstance {
  const o = new PyInstance(FRACTION_CLASS, newInstanceAttrs(FRACTION_CLASS));
  o.attrs._numerator = r.n;
  o.attrs._denominator = r.d;
  return o;
}

function isFraction(v: PyValue): v is PyInstance {
  return v instanceof PyInstance && v.cls.isSubclassOf(FRACTION_CLASS);
}

/** The pair a Fraction holds. */
function ratOfFraction(f: PyInstance): Rat {
  const n = f.attrs._numerator;
  const d = f.attrs._denominator;
  return { n: typeof n === 'bigint' ? n : 0n, d: typeof d === 'bigint' ? d : 1n };
}

/** The pair a Fraction (or an instance of a subclass) holds; undefined for anything else. */
export function fractionRat(v: PyValue): Rat | undefined {
  return isFraction(v) ? ratOfFraction(v) : undefined;
}

/** An int, bool or Fraction as a pair (numbers.Rational as ToyGrad knows it); else undefined. */
function rationalOf(v: PyValue): Rat | undefined {
  if (typeof v === 'bigint') return { n: v, d: 1n };
  if (typeof v === 'boolean') return { n: v ? 1n : 0n, d: 1n };
  return isFraction(v) ? ratOfFraction(v) : undefined;
}

const toFloat = (r: Rat): number => intTrueDivide(r.n, r.d);

/** Fraction(numerator=0, denominator=None). */
function construct(args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  if (args.length > 2) {
    throw typeError(
      `Fraction.__new__() takes from 1 to 3 positional arguments but ${args.length + 1} were given`,
    );
  }
  const [num, den] = bindArgs('Fraction.__new__', ['numerator', 'denominator'], 0, args, kw);
  if (den === undefined || den === null) {
    if (num === undefined) return makeFraction({ n: 0n, d: 1n });
    const r = rationalOf(num);
    if (r !== undefined) return makeFraction(r);
    if (typeof num === 'number') return makeFraction(Q.floatRatio(num));
    if (typeof num === 'string') return makeFraction(Q.parseRational(num));
    throw typeError('argument should be a string or a Rational instance');
  }
  const a = rationalOf(num ?? 0n);
  const b = rationalOf(den);
  if (a === undefined || b === undefined) {
    throw typeError('both arguments should be Rational instances');
  }
  return makeFraction(Q.normalized(a.n * b.d, b.n * a.d));
}

type Exact = (a: Rat, b: Rat) => PyValue;

/**
 * __op__ and __rop__ as _operator_fallbacks makes them: exact with an int or a Fraction,
 * through float with a float, NotImplemented with anything else.
 */
function operatorPair(
  name: string,
  exact: Exact,
  inexact: (x: number, y: number) => PyValue,
): [string, MethodImpl<PyInstance>][] {
  const forward: MethodImpl<PyInstance> = (self, args) => {
    const a = ratOfFraction(self);
    const b = rationalOf(args[0]);
    if (b !== undefined) return exact(a, b);
    if (typeof args[0] === 'number') return inexact(toFloat(a), args[0]);
    return NOT_IMPLEMENTED;
  };
  const reverse: MethodImpl<PyInstance> = (self, args) => {
    const b = ratOfFraction(self);
    const a = rationalOf(args[0]);
    if (a !== undefined) return exact(a, b);
    if (typeof args[0] === 'number') return inexact(args[0], toFloat(b));
    return NOT_IMPLEMENTED;
  };
  return [
    [`__${name}__`, forward],
    [`__r${name}__`, reverse],
  ];
}

const asFraction =
  (f: (a: Rat, b: Rat) => Rat): Exact =>
  (a, b) =>
    makeFraction(f(a, b));

function floatDivmod(x: number, y: number): PyValue {
  if (y === 0) throw fail('ZeroDivisionError', 'float divmod()');
  return new PyTuple([binary('//', x, y), binary('%', x, y)]);
}

/** a ** b with a Fraction on the left. */
function power(self: PyInstance, b: PyValue): PyValue {
  const a = ratOfFraction(self);
  const e = rationalOf(b);
  if (e !== undefined) {
    if (e.d === 1n) return makeFraction(Q.power(a, e.n));
    return binary('**', toFloat(a), toFloat(e));
  }
  return binary('**', toFloat(a), b);
}

/** a ** b with a Fraction b on the right (a an int or a float). */
function reversePower(self: PyInstance, a: PyValue): PyValue {
  const b = ratOfFraction(self);
  if (b.d === 1n && b.n >= 0n) return binary('**', a, b.n);
  const r = rationalOf(a);
  if (r !== undefined) return power(makeFraction(r), self);
  if (b.d === 1n) return binary('**', a, b.n);
  return binary('**', a, toFloat(b));
}

/** _richcmp: exact against a Rational or a finite float; NaN and inf compare as 0.0 does. */
function comparison(
  name: string,
  holds: (sign: number) => boolean,
): [string, MethodImpl<PyInstance>] {
  return [
    name,
    (self, args) => {
      const a = ratOfFraction(self);
      const other = args[0];
      const b = rationalOf(other);
      if (b !== undefined) return holds(Q.compare(a, b));
      if (typeof other === 'number') {
        if (!Number.isFinite(other)) return holds(Number.isNaN(other) ? NaN : other > 0 ? -1 : 1);
        return holds(Q.compare(a, Q.floatRatio(other)));
      }
      return NOT_IMPLEMENTED;
    },
  ];
}

function equals(self: PyInstance, other: PyValue): PyValue {
  const a = ratOfFraction(self);
  const b = rationalOf(other);
  if (b !== undefined) return a.n === b.n && a.d === b.d;
  if (typeof other === 'number') {
    if (!Number.isFinite(other)) return false;
    const f = Q.floatRatio(other);
    return a.n === f.n && a.d === f.d;
  }
  return NOT_IMPLEMENTED;
}

/** The float a Fraction equals exactly, if one does (it is then one dict key with it). */
function exactFloat(r: Rat): number | undefined {
  if ((r.d & (r.d - 1n)) !== 0n) return undefined;
  const x = toFloatOrNull(r);
  if (x === null) return undefined;
  const back = Q.floatRatio(x);
  return back.n === r.n && back.d === r.d ? x : undefined;
}

function toFloatOrNull(r: Rat): number | null {
  try {
    return toFloat(r);
  } catch {
    return null;
  }
}

const METHODS: [string, MethodImpl<PyInstance>][] = [
  ...operatorPair('add', asFraction(Q.add), (x, y) => binary('+', x, y)),
  ...operatorPair('sub', asFraction(Q.sub), (x, y) => binary('-', x, y)),
  ...operatorPair('mul', asFraction(Q.mul), (x, y) => binary('*', x, y)),
  ...operatorPair('truediv', asFraction(Q.div), (x, y) => binary('/', x, y)),
  ...operatorPair('floordiv', Q.floorDiv, (x, y) => binary('//', x, y)),
  ...operatorPair('mod', asFraction(Q.mod), (x, y) => binary('%', x, y)),
  ...operatorPair(
    'divmod',
    (a, b) => {
      const [q, r] = Q.divMod(a, b);
      return new PyTuple([q, makeFraction(r)]);
    },
    floatDivmod,
  ),
  ['__pow__', (self, args) => power(self, args[0])],
  ['__rpow__', (self, args) => reversePower(self, args[0])],
  ['__pos__', (self) => makeFraction(ratOfFraction(self))],
  [
    '__neg__',
    (self) => {
      const r = ratOfFraction(self);
      return makeFraction({ n: -r.n, d: r.d });
    },
  ],
  [
    '__abs__',
    (self) => {
      const r = ratOfFraction(self);
      return makeFraction({ n: r.n < 0n ? -r.n : r.n, d: r.d });
    },
  ],
  ['__int__', (self) => Q.truncate(ratOfFraction(self))],
  ['__trunc__', (self) => Q.truncate(ratOfFraction(self))],
  ['__floor__', (self) => Q.floorDiv(ratOfFraction(self), { n: 1n, d: 1n })],
  [
    '__ceil__',
    (self) =>
      -Q.floorDiv({ n: -ratOfFraction(self).n, d: ratOfFraction(self).d }, { n: 1n, d: 1n }),
  ],
  ['__float__', (self) => toFloat(ratOfFraction(self))],
  ['__bool__', (self) => ratOfFraction(self).n !== 0n],
  [
    '__round__',
    (self, args, kw) => {
      const [nd] = bindArgs('__round__', ['ndigits'], 0, args, kw);
      const r = ratOfFraction(self);
      if (nd === undefined || nd === null) return Q.roundHalfEven(r);
      return makeFraction(Q.roundDigits(r, indexArg(nd)));
    },
  ],
  [
    '__hash__',
    (self) => {
      const r = ratOfFraction(self);
      return rationalHash(r.n, r.d);
    },
  ],
  ['__eq__', (self, args) => equals(self, args[0])],
  comparison('__lt__', (s) => s < 0),
  comparison('__le__', (s) => s <= 0),
  comparison('__gt__', (s) => s > 0),
  comparison('__ge__', (s) => s >= 0),
  [
    '__repr__',
    (self) => {
      const r = ratOfFraction(self);
      return `${self.cls.name}(${r.n}, ${r.d})`;
    },
  ],
  [
    '__str__',
    (self) => {
      const r = ratOfFraction(self);
      return r.d === 1n ? String(r.n) : `${r.n}/${r.d}`;
    },
  ],
  [
    'as_integer_ratio',
    (self) => {
      const r = ratOfFraction(self);
      return new PyTuple([r.n, r.d]);
    },
  ],
  [
    'limit_denominator',
    (self, args, kw) => {
      const [max] = bindArgs('limit_denominator', ['max_denominator'], 0, args, kw);
      const limit = max === undefined ? 1000000n : indexArg(max);
      return makeFraction(Q.limitDenominator(ratOfFraction(self), limit));
    },
  ],
  // numbers.Real's conjugate(): +self, a new Fraction equal to it.
  ['conjugate', (self) => makeFraction(ratOfFraction(self))],
  // Immutable: a copy is the object itself.
  ['__copy__', (self) => self],
  ['__deepcopy__', (self) => self],
];

for (const [name, impl] of METHODS) {
  FRACTION_CLASS.dict.set(name, new NativeMethod(name, 'Fraction', impl as MethodImpl<never>));
}
for (const which of ['numerator', 'denominator'] as const) {
  const get = new Builtin(which, (args) => {
    const self = args[0];
    if (!isFraction(self)) throw typeError(`descriptor '${which}' needs a Fraction`);
    return ratOfFraction(self)[which === 'numerator' ? 'n' : 'd'];
  });
  FRACTION_CLASS.dict.set(which, new PyProperty(get, null, null, null, which));
}
// numbers.Real's real and imag: +self (a new Fraction equal to it) and 0.
for (const [which, get] of [
  ['real', (f: PyInstance) => makeFraction(ratOfFraction(f))],
  ['imag', (_f: PyInstance) => 0n],
] as const) {
  const getter = new Builtin(which, (args) => {
    if (!isFraction(args[0])) throw typeError(`descriptor '${which}' needs a Fraction`);
    return get(args[0]);
  });
  FRACTION_CLASS.dict.set(which, new PyProperty(getter, null, null, null, which));
}
FRACTION_CLASS.dict.set(
  'from_float',
  new PyClassMethod(
    new Builtin('from_float', (args) => {
      const [cls, f] = args;
      if (typeof f === 'bigint' || typeof f === 'boolean') return callValue(cls, [f], null);
      if (typeof f !== 'number') {
        const name = cls instanceof PyClass ? cls.name : 'Fraction';
        throw typeError(
          `${name}.from_float() only takes floats, not ${repr(f ?? null)} (${typeName(f ?? null)})`,
        );
      }
      const r = Q.floatRatio(f);
      return callValue(cls, [r.n, r.d], null);
    }),
  ),
);
FRACTION_CLASS.construct = construct;
FRACTION_CLASS.meta = {
  // Fraction derives from numbers.Rational in CPython, so its metaclass is ABCMeta.
  type: ABC_META,
  keyValue: (v) => {
    const r = ratOfFraction(v);
    return r.d === 1n ? r.n : exactFloat(r);
  },
};

export const FRACTION = FRACTION_CLASS;

export function fractionsModule(s: StdContext): Map<string, PyValue> {
  const rational = s.standard('numbers').ns.lookup('Rational');
  if (rational instanceof PyClass) registerVirtualSubclass(rational, FRACTION_CLASS);
  return new Map<string, PyValue>([['Fraction', FRACTION_CLASS]]);
}
