// x ** y for doubles, correctly rounded, as glibc's pow gives it in all but a few cases in ten
// thousand (V8's ** is a last bit off for about one in ten, and for integer exponents it
// multiplies step by step, off for one in five). Only the finite, positive-base case is
// computed here: e^(y·ln x) with ln x and the product in double-double; the caller (Python's
// float ** float rules) deals with signs, zeros, infinities, NaN and errors.

import * as dd from './doubleDouble';
import { expParts, logDD, roundScaled } from './expLog';

/**
 * The last two x^y computed: a loop often raises the same bases to the same powers (Adam's
 * `beta1 ** t` and `beta2 ** t` for every parameter of a step), and each costs a double-double
 * log and exp. Two entries, since those two alternate.
 */
const memoX = [NaN, NaN];
const memoY = [NaN, NaN];
const memoPow = [NaN, NaN];
let memoNext = 0;

/** Correctly rounded x^y for finite x > 0 and finite y. */
export function powPositive(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === 0.5) return Math.sqrt(x);
  if (x === memoX[0] && y === memoY[0]) return memoPow[0];
  if (x === memoX[1] && y === memoY[1]) return memoPow[1];
  const z = dd.mulNumber(logDD(x), y);
  // Far out of range either way: let the scaling overflow to Infinity or underflow to 0.
  if (z[0] > 800) return Infinity;
  if (z[0] < -800) return 0;
  const { k, m } = expParts(z);
  const r = roundScaled(dd.addNumber(m, 1), k);
  memoX[memoNext] = x;
  memoY[memoNext] = y;
  memoPow[memoNext] = r;
  memoNext ^= 1;
  return r;
}

/**
 * Correctly rounded x^y, C's pow: a negative base takes an integer exponent (NaN otherwise),
 * 0 to a negative power is Infinity.
 */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return nonFinitePow(x, y);
  if (x > 0) return powPositive(x, y);
  const yIsOdd = Number.isInteger(y) && Math.abs(y) < 2 ** 53 && y % 2 !== 0;
  if (x === 0) {
    const negativeZero = Object.is(x, -0) && yIsOdd;
    if (y < 0) return negativeZero ? -Infinity : Infinity;
    return negativeZero ? -0 : 0;
  }
  if (!Number.isInteger(y)) return NaN;
  const r = powPositive(-x, y);
  return yIsOdd ? -r : r;
}

/** Exact results, where JavaScript's ** agrees with C but for a base of ±1 (NaN there). */
function nonFinitePow(x: number, y: number): number {
  if (x === 1) return 1;
  if (x === -1 && Math.abs(y) === Infinity) return 1;
  return x ** y;
}
