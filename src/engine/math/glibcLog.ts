// ln x exactly as glibc computes it (ARM's optimized-routines log, MIT licensed), built for a
// CPU with FMA (__log_fma, what x86-64 glibc picks at load time): CPython's math.log calls it,
// and it is not correctly rounded, so only the same steps with the same roundings (each
// multiply-add fused where gcc fuses it) give CPython's last digit.
// Near 1: a polynomial in r = x - 1 with its first term split for accuracy. Elsewhere:
// x = 2^k·z, z in [0x1.6p-1, 0x1.6p0); ln x = k·ln2 + ln c + ln(z/c), from a table of c.

import { doubleFromBits, highWord } from './doubleFromBits';
import { fma } from './fusedMultiplyAdd';
import { LOG_INVC, LOG_LOGC } from './glibcLogTable';

/** ln 2 = LN2_HI + LN2_LO, the high part short (42 bits): k·LN2_HI is exact for |k| < 2^11. */
export const LN2_HI = 0.6931471805598903;
export const LN2_LO = 5.497923018708371e-14;
export const [A0, A1, A2, A3, A4] = [
  -0.5000000000000001, 0.33333333331825593, -0.2499999999622955, 0.20000304511814496,
  -0.16667054827627667,
];
const [B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10] = [
  -0.5, 0.3333333333333352, -0.24999999999998432, 0.19999999999320328, -0.16666666669929706,
  0.14285715076560868, -0.12499997863982555, 0.11110712032936046, -0.10000486757818193,
  0.09181994006195467, -0.08328363062289341,
];

export const INVC = LOG_INVC.map(doubleFromBits);
export const LOGC = LOG_LOGC.map(doubleFromBits);

/** The range glibc treats with the polynomial in x - 1: [1 - 2^-4, 1 + 0x1.09p-4). */
export const NEAR_ONE_LO = 1 - 2 ** -4;
export const NEAR_ONE_HI = 1 + 0x109 / 2 ** 12;

/** glibc's log(x) for finite x > 0 (the caller deals with 0, negatives, NaN and infinity). */
export function glibcLog(x: number): number {
  if (x >= NEAR_ONE_LO && x < NEAR_ONE_HI) return nearOne(x);
  let k0 = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 52; // a subnormal: scaled to normal first
    k0 = -52;
  }
  // tmp = bits(x) - bits(0x1.6p-1): its exponent part is k, the next 7 bits the table index.
  const tmp = (highWord(x) - 0x3fe60000) | 0;
  const i = (tmp >>> 13) & 127;
  const k = tmp >> 20;
  const z = x * 2 ** -k;
  const r = fma(z, INVC[i], -1);
  const kd = k + k0;
  const w = fma(kd, LN2_HI, LOGC[i]);
  const hi = w + r;
  const lo = fma(kd, LN2_LO, w - hi + r);
  const r2 = r * r;
  const a = fma(r, A2, A1);
  const b = fma(r, A4, A3);
  return fma(fma(b, r2, a), r * r2, fma(r2, A0, lo)) + hi;
}

function nearOne(x: number): number {
  if (x === 1) return 0;
  const r = x - 1;
  const r2 = r * r;
  const r3 = r * r2;
  const p1 = fma(r2, B3, fma(r, B2, B1));
  const p2 = fma(r2, B6, fma(r, B5, B4));
  const p3 = fma(r3, B10, fma(r2, B9, fma(r, B8, B7)));
  const p = fma(fma(p3, r3, p2), r3, p1);
  // r = rhi + rlo with rhi short enough that rhi² is exact.
  const t = fma(r, 2 ** 27, r);
  const rhi = fma(-(2 ** 27), r, t);
  const rlo = r - rhi;
  const rhi2 = rhi * rhi;
  const hi = fma(rhi2, B0, r);
  const lo = fma(r + rhi, B0 * rlo, fma(rhi2, B0, r - hi));
  return fma(p, r3, lo) + hi;
}
