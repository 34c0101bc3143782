// sinh and cosh as glibc computes them, so that `math.cosh(x)` prints CPython's digits on
// Linux: glibc evaluates the classic formulas (see each function) in double arithmetic over
// its expm1 (expm1.ts) and its exp, which is correctly rounded but in rare cases. V8's own
// Math.cosh misses CPython's last digit for about one argument in twenty, Math.sinh for one
// in three hundred; these, for about one in two thousand (tanh: see expm1.ts).

import { exp } from './expLog';
import { expm1 } from './expm1';

const LN_MAX = 709.782712893384;

/** Hyperbolic sine: from expm1 below 22, then e^|x|/2 (split in two halves near overflow). */
export function sinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < 2 ** -28) return x;
    const t = expm1(ax);
    if (ax < 1) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < LN_MAX) return h * exp(ax);
  const w = exp(0.5 * ax);
  return h * w * w;
}

/** Hyperbolic cosine: from expm1 below ln2/2, (e^|x| + e^-|x|)/2 below 22, then e^|x|/2. */
export function cosh(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax < 0.5 * Math.LN2) {
    const t = expm1(ax);
    const w = 1 + t;
    if (ax < 2 ** -55) return w;
    return 1 + (t * t) / (w + w);
  }
  if (ax < 22) {
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < LN_MAX) return 0.5 * exp(ax);
  const w = exp(0.5 * ax);
  return 0.5 * w * w;
}
