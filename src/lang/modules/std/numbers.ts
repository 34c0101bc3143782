// numbers: the numeric tower Number > Complex > Real > Rational > Integral, as abstract
// classes. int and bool are Integral, float is Real (registered, as CPython registers them);
// a program's class may derive from any of them, and then must implement its abstract
// methods before it can be instantiated. Number makes instances unhashable (`__hash__ =
// None`), as in Python. The concrete helpers CPython's classes add (Real.__divmod__,
// Integral.__index__…) are numbersMixins.ts.

import { PyClass } from '../../runtime/objects';
import { builtinClass, OBJECT } from '../../runtime/types';
import type { PyValue } from '../../runtime/values';
import { registerVirtualSubclass } from '../../runtime/abstract';
import { abcClass } from './abc';
import type { StdContext } from './context';
import { complexMembers, integralMembers, rationalMembers, realMembers } from './numbersMixins';

const ARITHMETIC = [
  '__abs__',
  '__add__',
  '__eq__',
  '__mul__',
  '__neg__',
  '__pos__',
  '__pow__',
  '__radd__',
  '__rmul__',
  '__rpow__',
  '__rtruediv__',
  '__truediv__',
];
const COMPLEX = [...ARITHMETIC, '__complex__', 'conjugate', 'imag', 'real'];
const REAL = [
  ...ARITHMETIC,
  '__ceil__',
  '__float__',
  '__floor__',
  '__floordiv__',
  '__le__',
  '__lt__',
  '__mod__',
  '__rfloordiv__',
  '__rmod__',
  '__round__',
  '__trunc__',
];
const RATIONAL = [...REAL.filter((n) => n !== '__float__'), 'denominator', 'numerator'];
const INTEGRAL = [
  ...RATIONAL.filter((n) => n !== 'denominator' && n !== 'numerator'),
  '__and__',
  '__int__',
  '__invert__',
  '__lshift__',
  '__or__',
  '__rand__',
  '__rlshift__',
  '__ror__',
  '__rrshift__',
  '__rshift__',
  '__rxor__',
  '__xor__',
];

export function numbersModule(s: StdContext): Map<string, PyValue> {
  const number = abcClass('Number', 'numbers', [OBJECT], [], [['__hash__', null]]);
  const complex = abcClass('Complex', 'numbers', [number], COMPLEX, complexMembers());
  const real = abcClass('Real', 'numbers', [complex], REAL, realMembers());
  const rational = abcClass('Rational', 'numbers', [real], RATIONAL, rationalMembers(s));
  const integral = abcClass('Integral', 'numbers', [rational], INTEGRAL, integralMembers(s));
  registerVirtualSubclass(integral, builtinClass('int'));
  registerVirtualSubclass(real, builtinClass('float'));
  const classes: PyClass[] = [number, complex, real, rational, integral];
  return new Map<string, PyValue>(classes.map((c) => [c.name, c]));
}
