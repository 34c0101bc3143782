// x ** 2, x ** 3, x ** -1, x ** -2 and x ** 0.5 without glibc's table log and exp, when the
// answer is certain.
// glibc's pow is within 0.54 of a last unit of the exact x^y (its pow.c's worst-case bound),
// and x*x, (x*x)*x, 1/x and sqrt(x) are the double nearest (1/(x*x) often is) the exact value. When that nearest double is
// less than 0.4 of a unit away from the exact value, every other double is more than 0.6 away,
// so glibc's result can only be it. The distance is measured exactly (Dekker's product error)
// and the few results too close to a midpoint, too large, too small or at a power of two (where
// the unit below is half the unit above) go the long way.

import { highWord, lowWord } from './doubleFromBits';
import { productError } from './doubleDouble';

/** 2^k for k in [-1074, 971], exact (made by doubling and halving). */
const POW2 = new Float64Array(2046);
POW2[1074] = 1;
for (let k = 1; k <= 971; k++) POW2[1074 + k] = POW2[1073 + k] * 2;
for (let k = 1; k <= 1074; k++) POW2[1074 - k] = POW2[1075 - k] / 2;

/** Nearest doubles closer than this many last units to the exact value are certain. */
const CERTAIN = 0.4;
// Far from overflow and underflow in Dekker's splitting (2^27 · v) and its partial products.
const TINY = 2 ** -900;
const HUGE = 2 ** 900;

/** The unit in the last place of a normal, positive v that is not a power of two; else 0. */
export function unitOf(v: number): number {
  if (!(v > TINY && v < HUGE)) return 0;
  const hi = highWord(v);
  if ((hi & 0xfffff) === 0 && lowWord(v) === 0) return 0;
  return POW2[((hi >>> 20) & 0x7ff) - 1075 + 1074];
}

/** glibc's x^y for x > 0 when y is 2, 3, -1, -2 or 0.5 and the nearest double is certain; else NaN. */
export function nearestPow(x: number, y: number): number {
  if (y === 2) {
    const p = x * x;
    const unit = unitOf(p);
    // x² = p + error exactly.
    return unit !== 0 && Math.abs(productError(x, x, p)) < CERTAIN * unit ? p : NaN;
  }
  if (y === 3) {
    const sq = x * x;
    const p = sq * x;
    const unit = unitOf(p);
    if (unit === 0) return NaN;
    // x² = sq + e exactly and sq·x = p + f exactly, so x³ - p = f + e·x (e·x is far below a
    // unit, its own rounding negligible beside the margin between 0.4 and 0.46).
    const away = productError(sq, x, p) + productError(x, x, sq) * x;
    return Math.abs(away) < CERTAIN * unit ? p : NaN;
  }
  if (y === -1) {
    const q = 1 / x;
    const unit = unitOf(q);
    if (unit === 0) return NaN;
    // 1/x - q = (1 - q·x)/x, with q·x = t + e exactly and 1 - t exact (t is within a unit of 1).
    const t = q * x;
    const away = (1 - t - productError(q, x, t)) / x;
    return Math.abs(away) < CERTAIN * unit ? q : NaN;
  }
  if (y === -2) {
    // micrograd's backward of x ** -1 (a division) takes x ** -2.
    const sq = x * x;
    const q = 1 / sq;
    const unit = unitOf(q);
    if (unit === 0) return NaN;
    // x² = sq + e exactly; q·sq = t + f exactly and 1 - t is exact: 1 - q·x² = 1 - t - f - q·e.
    const t = q * sq;
    const away = (1 - t - productError(q, sq, t) - q * productError(x, x, sq)) / sq;
    return Math.abs(away) < CERTAIN * unit ? q : NaN;
  }
  if (y === 0.5) {
    const s = Math.sqrt(x);
    const unit = unitOf(s);
    if (unit === 0) return NaN;
    // √x - s ≈ (x - s²)/(2s), with s² = t + e exactly and x - t exact (t is within a unit of x).
    const t = s * s;
    const away = (x - t - productError(s, s, t)) / (2 * s);
    return Math.abs(away) < CERTAIN * unit ? s : NaN;
  }
  return NaN;
}
