// The exact arithmetic behind statistics.mean and variance: every int, float and Fraction is
// read as the fraction it exactly is, the fractions are summed without rounding, and only the
// result is rounded, once. That is how CPython's statistics module computes, so the last
// digit of a mean is CPython's.

import { intSqrt, intTrueDivide } from '../../runtime/numbers';
import { typeName } from '../../runtime/repr';
import { typeError } from '../../runtime/state';
import type { PyValue } from '../../runtime/values';
import { fractionRat, makeFraction } from './fractions';
import { normalized } from './fractionValue';

/** n/d with d > 0 (not necessarily in lowest terms). */
export interface Ratio {
  n: bigint;
  d: bigint;
}

/**
 * The Python type a result is converted back to (statistics' _coerce): ints (and bools) stay
 * int when exact, a Fraction among ints makes a Fraction, a float anywhere a float.
 */
export type ResultType = 'int' | 'fraction' | 'float';

/** A sum of exact values, or of floats one of which is infinite or NaN (then `special`). */
export interface ExactSum {
  type: ResultType;
  total: Ratio;
  /** The float sum of the non-finite values, when there were any (the total is then that). */
  special: number | null;
  count: number;
}

/** The exact fraction an int, bool, float or Fraction is; null for an infinity or NaN. */
export function exactRatio(v: PyValue): Ratio | null {
  if (typeof v === 'bigint') return { n: v, d: 1n };
  const fraction = fractionRat(v);
  if (fraction !== undefined) return { n: fraction.n, d: fraction.d };
  if (typeof v === 'boolean') return { n: v ? 1n : 0n, d: 1n };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    // Doubling a float is exact, and one with a fraction part is below 2**53.
    let m = v;
    let k = 0n;
    while (!Number.isInteger(m)) {
      m *= 2;
      k++;
    }
    return { n: BigInt(m), d: 1n << k };
  }
  throw typeError(`can't convert type '${typeName(v)}' to numerator/denominator`);
}

export function addRatio(a: Ratio, b: Ratio): Ratio {
  if (a.d === b.d) return { n: a.n + b.n, d: a.d };
  // Float denominators are powers of two: one divides the other.
  if (a.d % b.d === 0n) return { n: a.n + b.n * (a.d / b.d), d: a.d };
  if (b.d % a.d === 0n) return { n: a.n * (b.d / a.d) + b.n, d: b.d };
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function mulRatio(a: Ratio, b: Ratio): Ratio {
  return { n: a.n * b.n, d: a.d * b.d };
}

export function divRatio(a: Ratio, b: Ratio): Ratio {
  const n = a.n * b.d;
  const d = a.d * b.n;
  return d < 0n ? { n: -n, d: -d } : { n, d };
}

/** The result type of data holding this value: a float anywhere makes the result a float. */
function typeOf(v: PyValue, current: ResultType): ResultType {
  if (typeof v === 'number') return 'float';
  return current === 'int' && fractionRat(v) !== undefined ? 'fraction' : current;
}

/** The exact sum of the values (statistics' _sum). */
export function exactSum(values: Iterable<PyValue>): ExactSum {
  let type: ResultType = 'int';
  let total: Ratio = { n: 0n, d: 1n };
  let special: number | null = null;
  let count = 0;
  for (const v of values) {
    const r = exactRatio(v);
    type = typeOf(v, type);
    count++;
    if (r === null) special = (special ?? 0) + (v as number);
    else total = addRatio(total, r);
  }
  return { type, total, special, count };
}

/** The sum of squared deviations from the exact mean (statistics' _ss), exactly. */
export function squaredDeviations(values: PyValue[]): ExactSum {
  let type: ResultType = 'int';
  let sx: Ratio = { n: 0n, d: 1n };
  let sxx: Ratio = { n: 0n, d: 1n };
  let special: number | null = null;
  for (const v of values) {
    const r = exactRatio(v);
    type = typeOf(v, type);
    if (r === null) special = (special ?? 0) + (v as number);
    else {
      sx = addRatio(sx, r);
      sxx = addRatio(sxx, mulRatio(r, r));
    }
  }
  const count = BigInt(values.length);
  // (count * sxx - sx * sx) / count: poor for floats, exact for fractions.
  const total =
    count === 0n
      ? { n: 0n, d: 1n }
      : divRatio(
          addRatio(
            mulRatio({ n: count, d: 1n }, sxx),
            mulRatio({ n: -1n, d: 1n }, mulRatio(sx, sx)),
          ),
          { n: count, d: 1n },
        );
  return { type, total, special, count: values.length };
}

/** The value rounded back to the data's type: an int when the data were ints and it is whole. */
export function convert(r: Ratio, type: ResultType): PyValue {
  if (type === 'int' && r.n % r.d === 0n) return r.n / r.d;
  if (type === 'fraction') return makeFraction(normalized(r.n, r.d));
  return intTrueDivide(r.n, r.d);
}

function bits(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/**
 * sqrt(n/d) correctly rounded to a float. The integer square root is taken with at least 55
 * significant bits and made odd when inexact, so rounding it to 53 bits rounds the true root.
 */
export function sqrtRatio(r: Ratio): number {
  if (r.n < 0n) throw new Error('sqrtRatio of a negative ratio');
  if (r.n === 0n) return 0;
  const q = Math.floor((bits(r.n) - bits(r.d) - 112) / 2);
  if (q >= 0) {
    const den = r.d << BigInt(2 * q);
    let a = intSqrt(r.n / den);
    if (a * a * den !== r.n) a |= 1n;
    return intTrueDivide(a << BigInt(q), 1n);
  }
  const num = r.n << BigInt(-2 * q);
  let a = intSqrt(num / r.d);
  if (a * a * r.d !== num) a |= 1n;
  return intTrueDivide(a, 1n << BigInt(-q));
}
