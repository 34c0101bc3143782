// e^x and ln x: exp and log are glibc's (glibcExp.ts, glibcLog.ts), last bits included, so a
// program prints CPython's digits (V8's Math.exp and Math.log are a last bit off for about one
// argument in ten). The correctly rounded parts here, in double-double, serve pow and the
// functions that need e^x or ln x to more than a double's precision.
//
// exp: x = k·ln2 + r, |r| <= ln2/2, with ln2 held in three parts so that r comes out to about
// 130 bits; e^r = (e^(r/1024))^1024, the inner one by its Taylor series kept as e^s - 1 (no
// cancellation), then squared ten times in that form: (1 + m)^2 - 1 = m(2 + m).
// log: x = m·2^e with m in [√½, √2); Math.log(m) is within an ulp of ln m, and one Newton step
// on e^y = m in double-double, y + (m·e^-y - 1), makes it good to about 100 bits.

import * as dd from './doubleDouble';
import type { DD } from './doubleDouble';
import { glibcExp } from './glibcExp';
import { glibcLog } from './glibcLog';

/** ln 2 as three doubles: LN2_1 has 42 significant bits so that k·LN2_1 is exact for |k| < 2^11. */
const LN2_1 = 0.6931471805598903;
const LN2_2 = 5.4979230187085024e-14;
const LN2_3 = -1.3124698417785255e-27;
const INV_LN2 = 1.4426950408889634;
const LN2: DD = dd.add(dd.twoSum(LN2_1, LN2_2), [LN2_3, 0]);

const SQUARINGS = 10;
const TAYLOR_TERMS = 12;

/** 1/n! for n = 0..TAYLOR_TERMS, in double-double. */
const INVERSE_FACTORIALS: DD[] = (() => {
  const out: DD[] = [[1, 0]];
  for (let n = 1; n <= TAYLOR_TERMS; n++) out.push(dd.div(out[n - 1], [n, 0]));
  return out;
})();

/** e^r - 1 for |r| <= ln2/2 (r in double-double), to about 104 bits. */
function expm1Reduced(r: DD): DD {
  const s: DD = [r[0] / 1024, r[1] / 1024];
  // Horner: s·(1 + s/2!·(… )) written as Σ s^n/n!
  let sum: DD = INVERSE_FACTORIALS[TAYLOR_TERMS];
  for (let n = TAYLOR_TERMS - 1; n >= 1; n--) sum = dd.add(dd.mul(sum, s), INVERSE_FACTORIALS[n]);
  let m = dd.mul(sum, s);
  for (let i = 0; i < SQUARINGS; i++) m = dd.mul(m, dd.addNumber(m, 2));
  return m;
}

/** x·2^k, exact unless it overflows or is subnormal (then rounded once, to nearest). */
function scale(x: number, k: number): number {
  if (k > 1000) return x * 2 ** 1000 * 2 ** (k - 1000);
  if (k < -1000) return x * 2 ** -1000 * 2 ** (k + 1000);
  return x * 2 ** k;
}

/**
 * The double nearest to (hi + lo)·2^k. When the result is subnormal, the rounding must be to
 * the subnormal grid: round (hi + lo)·2^(k+1074) to an integer, ties to even.
 */
function roundScaled(v: DD, k: number): number {
  const approx = scale(v[0], k);
  if (Math.abs(approx) >= 2.2250738585072014e-308 || approx === 0 || !Number.isFinite(approx)) {
    if (approx === 0 && v[0] !== 0) return roundSubnormal(v, k);
    return approx;
  }
  return roundSubnormal(v, k);
}

function roundSubnormal(v: DD, k: number): number {
  const hi = scale(v[0], k + 1074);
  const lo = scale(v[1], k + 1074);
  let n = Math.round(hi);
  const rest = hi - n + lo;
  if (rest > 0.5 || (rest === 0.5 && n % 2 !== 0)) n += 1;
  else if (rest < -0.5 || (rest === -0.5 && n % 2 !== 0)) n -= 1;
  return n * 5e-324;
}

/** e^x as 2^k·(1 + m), m in double-double; x given in double-double. */
export function expParts(x: DD): { k: number; m: DD } {
  const k = Math.round(x[0] * INV_LN2);
  // r = x - k·ln2, the first product exact, the rest to double-double.
  const r = dd.add(dd.add(dd.twoSum(x[0] - k * LN2_1, x[1]), dd.neg(dd.twoProd(k, LN2_2))), [
    -k * LN2_3,
    0,
  ]);
  return { k, m: expm1Reduced(r) };
}

/** e^x as glibc gives it (what CPython prints): correctly rounded but in about 1 case in 1,000. */
export function exp(x: number): number {
  return glibcExp(x);
}

/** ln m for m in [√½, √2), in double-double. */
function logReduced(m: number): DD {
  const y0 = Math.log(m);
  // e^-y0 = 2^k·(1 + em1), k = 0 but for m at the ends of its range
  const { k, m: em1 } = expParts([-y0, 0]);
  // t = m·e^-y0 - 1 = (m·2^k - 1) + m·2^k·em1; m·2^k - 1 is exact (Sterbenz)
  const scaled = m * 2 ** k;
  const t = dd.add([scaled - 1, 0], dd.mulNumber(em1, scaled));
  // ln m = y0 + ln(1 + t), with |t| about 2^-52: ln(1 + t) = t - t²/2
  const correction = dd.add(t, dd.mulNumber(dd.mul(t, t), -0.5));
  return dd.addNumber(correction, y0);
}

/** ln x in double-double, for finite x > 0. */
export function logDD(x: number): DD {
  let v = x;
  let e = 0;
  if (v < 2.2250738585072014e-308) {
    v *= 2 ** 54;
    e = -54;
  }
  // v = m·2^e with m in [√½, √2)
  const exponent = Math.floor(Math.log2(v));
  let m = v * 2 ** -exponent;
  e += exponent;
  // Math.log2 can be off by one near powers of two: settle m in [1, 2) exactly first
  while (m >= 2) {
    m /= 2;
    e += 1;
  }
  while (m < 1) {
    m *= 2;
    e -= 1;
  }
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  const lm = logReduced(m);
  if (e === 0) return lm;
  return dd.add(dd.mulNumber(LN2, e), lm);
}

/**
 * ln x as glibc gives it (what CPython prints), correctly rounded but in about 1 case in 5,000;
 * NaN below 0, -Infinity at 0, as C's log.
 */
export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  return glibcLog(x);
}

export { roundScaled };
