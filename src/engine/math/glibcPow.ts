// x^y exactly as glibc computes it (ARM's optimized-routines pow, MIT licensed), built for a
// CPU with FMA (__pow_fma, what x86-64 glibc picks at load time): CPython's float ** and
// math.pow call it, and it is not correctly rounded (x ** 2 is not always x * x there), so only
// the same steps with the same roundings give CPython's last digit. ln x to about 68 bits as
// hi + lo (a table of 128 points), times y, then glibc's exp of that sum (glibcExp.ts's steps
// with the extra low part); each multiply-add fused where gcc fuses it.

import { doubleFromBits, highWord } from './doubleFromBits';
import { fma } from './fusedMultiplyAdd';
import { LN2_HI, LN2_LO } from './glibcLog';
import {
  C2,
  C3,
  C4,
  C5,
  INV_LN2_N,
  NEG_LN2_HI_N,
  NEG_LN2_LO_N,
  SCALES,
  SHIFT,
  specialCase,
  TAILS,
} from './glibcExp';
import { POW_INVC, POW_LOGC, POW_LOGCTAIL } from './glibcPowTable';

export const [A0, A1, A2, A3, A4, A5, A6] = [
  -0.5, -0.6666666666666679, 0.5000000000000007, 0.7999999995323976, -0.6666666663487739,
  -1.142909628459501, 1.0000415263675542,
];
export const INVC = POW_INVC.map(doubleFromBits);
export const LOGC = POW_LOGC.map(doubleFromBits);
export const LOGCTAIL = POW_LOGCTAIL.map(doubleFromBits);

const MIN_NORMAL = 2.2250738585072014e-308;

/** glibc's pow(x, y) for finite x > 0 and finite y (C's pow deals with the rest first). */
export function glibcPowPositive(x: number, y: number): number {
  const ay = Math.abs(y);
  if (x === 1) return 1;
  if (ay < 2 ** -65) return x > 1 ? 1 + y : 1 - y;
  if (ay >= 2 ** 63) return x > 1 === y > 0 ? Infinity : 0;
  let k0 = 0;
  if (x < MIN_NORMAL) {
    x *= 2 ** 52;
    k0 = -52;
  }
  // ln x = hi + lo
  const tmp = (highWord(x) - 0x3fe69555) | 0;
  const i = (tmp >>> 13) & 127;
  const k = tmp >> 20;
  const z = x * 2 ** -k;
  const kd = k + k0;
  const r = fma(z, INVC[i], -1);
  const t1 = fma(kd, LN2_HI, LOGC[i]);
  const t2 = t1 + r;
  const lo1 = fma(kd, LN2_LO, LOGCTAIL[i]);
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  const poly = fma(ar2, fma(ar2, fma(r, A6, A5), fma(r, A4, A3)), fma(r, A2, A1));
  const lo = fma(ar3, poly, lo1 + lo2 + lo3 + lo4);
  const logHi = hi + lo;
  const logLo = hi - logHi + lo;
  // y·ln x = ehi + elo
  const ehi = y * logHi;
  const elo = fma(y, logLo, fma(y, logHi, -ehi));
  return expOfSum(ehi, elo);
}

/** e^(x + xtail), glibc's exp_inline. */
function expOfSum(x: number, xtail: number): number {
  const ax = Math.abs(x);
  if (ax < 2 ** -54) return 1 + x;
  if (ax >= 1024) return x < 0 ? 0 : Infinity;
  const kd = fma(INV_LN2_N, x, SHIFT) - SHIFT;
  const r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x)) + xtail;
  const idx = kd & 127;
  const e = (kd - idx) / 128;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(fma(r, C3, C2), r2, TAILS[idx] + r));
  if (ax >= 512) return specialCase(tmp, SCALES[idx], e);
  const scale = SCALES[idx] * 2 ** e;
  return fma(scale, tmp, scale);
}
