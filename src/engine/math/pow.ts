// x ** y for doubles as glibc's pow gives them (glibcPow.ts: its steps and roundings, so the
// last bit is CPython's; V8's ** is a last bit off for about one in ten, and for integer
// exponents it multiplies step by step, off for one in five). Only the finite, positive-base case
// is computed there; here are C's rules for signs, zeros, infinities and NaN.

import { glibcPowPositive } from './glibcPow';
import { nearestPow } from './nearestPow';
import { plainPowPositive } from './plainRoundings';

/**
 * The last two x^y computed: a loop often raises the same bases to the same powers (Adam's
 * `beta1 ** t` and `beta2 ** t` for every parameter of a step), and each costs a table log and
 * exp with emulated fused multiply-adds. Two entries, since those two alternate.
 */
const memoX = [NaN, NaN];
const memoY = [NaN, NaN];
const memoPow = [NaN, NaN];
let memoNext = 0;

/** glibc's x^y for finite x > 0 and finite y. */
export function powPositive(x: number, y: number): number {
  if (y === 0) return 1;
  // Exact (glibc's error is below 0.52 of a last unit, and x is a double): micrograd's
  // backward of v ** 2 computes 2 * x ** 1 for every node.
  if (y === 1) return x;
  if (y === 2 || y === 3 || y === -1 || y === -2 || y === 0.5) {
    const near = nearestPow(x, y);
    // Not kept in the memo: a power of each value in turn (Adam's `grad ** 2` and
    // `v_hat ** 0.5`, uncertain one time in ten) would push out the loop's repeated ones.
    return Number.isNaN(near) ? steppedPow(x, y) : near;
  }
  if (x === memoX[0] && y === memoY[0]) return memoPow[0];
  if (x === memoX[1] && y === memoY[1]) return memoPow[1];
  const r = steppedPow(x, y);
  memoX[memoNext] = x;
  memoY[memoNext] = y;
  memoPow[memoNext] = r;
  memoNext ^= 1;
  return r;
}

/** The plain steps' answer when certain (plainRoundings.ts), else the fused steps'. */
function steppedPow(x: number, y: number): number {
  const quick = plainPowPositive(x, y);
  return Number.isNaN(quick) ? glibcPowPositive(x, y) : quick;
}

/**
 * glibc's x^y, C's pow: a negative base takes an integer exponent (NaN otherwise), 0 to a
 * negative power is Infinity.
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
