// e^x exactly as glibc computes it (ARM's optimized-routines exp, MIT licensed), built for a
// CPU with FMA as x86-64 glibc picks at load time (__exp_fma): CPython's math.exp calls it, and
// it is not correctly rounded (about one result in a thousand is the other neighbour of the
// true value), so only the same steps with the same roundings give CPython's last digit.
// x = k·ln2/128 + r; e^x = 2^(k/128) · (1 + tail + r + r²·P(r)), each multiply-add fused
// where gcc fuses it.

import { doubleFromBits } from './doubleFromBits';
import { fma } from './fusedMultiplyAdd';
import { EXP_SCALES, EXP_TAILS } from './glibcExpTable';

export const INV_LN2_N = 184.6649652337873; // 128/ln 2
export const NEG_LN2_HI_N = -0.005415212348111709; // -ln2/128, high part
export const NEG_LN2_LO_N = -1.2864023111638346e-14; // and low part
export const C2 = 0.49999999999996786;
export const C3 = 0.16666666666665886;
export const C4 = 0.0416666808410674;
export const C5 = 0.008333335853059549;
export const SHIFT = 6755399441055744; // 1.5·2^52: adding it rounds to an integer

export const TAILS = EXP_TAILS.map(doubleFromBits);
export const SCALES = EXP_SCALES.map(doubleFromBits);

/** glibc's exp(x); the caller deals with NaN, infinities and overflow errors. */
export function glibcExp(x: number): number {
  const ax = Math.abs(x);
  if (!(ax >= 2 ** -54)) return 1 + x; // also NaN
  if (ax >= 1024) {
    if (x === -Infinity) return 0;
    if (ax === Infinity) return 1 + x;
    return x < 0 ? 0 : Infinity;
  }
  const kd = fma(INV_LN2_N, x, SHIFT) - SHIFT;
  const r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  const idx = kd & 127; // kd is an integer, |kd| < 2^18
  const e = (kd - idx) / 128;
  const r2 = r * r;
  const a = fma(r, C3, C2);
  const b = fma(r, C5, C4);
  const tmp = fma(r2 * r2, b, fma(a, r2, TAILS[idx] + r));
  if (ax >= 512) return specialCase(tmp, SCALES[idx], e);
  const scale = SCALES[idx] * 2 ** e;
  return fma(scale, tmp, scale);
}

/**
 * Results that may overflow or be subnormal: 2^(k/128)·2^e·(1 + tmp) with care (glibc's exp
 * and the exp inside its pow share it).
 */
export function specialCase(tmp: number, s: number, e: number): number {
  if (e >= 0) {
    const scale = s * 2 ** (e - 1009);
    return fma(scale, tmp, scale) * 2 ** 1009;
  }
  const scale = s * 2 ** (e + 1022);
  const p = scale * tmp;
  let y = scale + p;
  if (y < 1) {
    // Round once to the subnormal grid: add 1 so that the sum's rounding is the final one.
    let lo = scale - y + p;
    const hi = 1 + y;
    lo = 1 - hi + y + lo;
    y = hi + lo - 1;
    if (y === 0) y = 0;
  }
  return y * 2 ** -1022;
}
