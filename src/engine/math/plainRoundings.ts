// glibc's exp, pow and log (glibcExp.ts, glibcPow.ts, glibcLog.ts) by their same steps with plain roundings, for
// speed: each emulated fused multiply-add costs about twenty plain operations. Where a fused
// step is exact anyway (a product known to be exact, the rounding error of a product, ln's
// first step whose result is representable) the plain form is the same number. The other fused
// steps change the result by less than 2^-66 of it, well under a last unit, so the plain
// result can only differ from glibc's when the exact value is within that of a midpoint
// between two doubles. The last step measures that distance exactly and answers only when it
// is more than a margin away; otherwise (about one result in twelve, and any result near
// overflow or underflow) the caller takes glibc's fused steps.

import { productError } from './doubleDouble';
import { highWord } from './doubleFromBits';
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
  TAILS,
} from './glibcExp';
import * as logSteps from './glibcLog';
import { A0, A1, A2, A3, A4, A5, A6, INVC, LOGC, LOGCTAIL } from './glibcPow';
import { unitOf } from './nearestPow';

/**
 * A rounding is certain when the exact value is closer than this many last units to the
 * double: glibc's value (within 2^-66 relative of ours, about 0.01 of a unit) rounds there too.
 */
const CERTAIN = 0.45;

/** scale + scale·tmp rounded once (glibc's last fused step), when certain; else NaN. */
function certainScaledSum(scale: number, tmp: number): number {
  const p = scale * tmp;
  const s = scale + p;
  // scale·tmp = p + pe and scale + p = s + err exactly (|tmp| < 1); the value is s + err + pe.
  const err = scale - s + p;
  const rest = err + productError(scale, tmp, p);
  const unit = unitOf(s);
  return unit !== 0 && Math.abs(rest) < CERTAIN * unit ? s : NaN;
}

/** e^(x + xtail) by glibc's exp steps, plain, when certain; else NaN. */
export function plainExp(x: number, xtail: number): number {
  const ax = Math.abs(x);
  // Below 2^-54 glibc returns 1 + x; from 512 on it scales in two steps (specialCase).
  if (!(ax >= 2 ** -54 && ax < 512)) return NaN;
  // kd may be the other integer when x·128/ln2 is a hair from a half: the same e^x, reduced
  // by a neighbouring table point, within the same error.
  const kd = INV_LN2_N * x + SHIFT - SHIFT;
  // kd·(ln2/128)'s high part is exact (36 bits times |kd| < 2^17).
  const r = kd * NEG_LN2_HI_N + x + kd * NEG_LN2_LO_N + xtail;
  const idx = kd & 127;
  const e = (kd - idx) / 128;
  const r2 = r * r;
  const tmp = r2 * r2 * (r * C5 + C4) + ((r * C3 + C2) * r2 + (TAILS[idx] + r));
  return certainScaledSum(SCALES[idx] * 2 ** e, tmp);
}

/** x^y for normal x > 0 by glibc's pow steps, plain, when certain; else NaN. */
export function plainPowPositive(x: number, y: number): number {
  if (!(x >= 2.2250738585072014e-308 && x < Infinity) || x === 1) return NaN;
  const ay = Math.abs(y);
  if (!(ay >= 2 ** -65 && ay < 2 ** 63)) return NaN;
  const tmp = (highWord(x) - 0x3fe69555) | 0;
  const i = (tmp >>> 13) & 127;
  const kd = tmp >> 20;
  const z = x * 2 ** -kd;
  // fma(z, invc, -1): z·invc = ph + pl exactly, ph - 1 is exact (ph is within 2^-7 of 1), so
  // one rounding of (ph - 1) + pl is the fused result.
  const ph = z * INVC[i];
  const r = ph - 1 + productError(z, INVC[i], ph);
  // kd·ln2's high part is exact (42 bits times |kd| < 2^11).
  const t1 = kd * logSteps.LN2_HI + LOGC[i];
  const t2 = t1 + r;
  const lo1 = kd * logSteps.LN2_LO + LOGCTAIL[i];
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = productError(ar, r, ar2);
  const lo4 = t2 - hi + ar2;
  const poly = ar2 * (ar2 * (r * A6 + A5) + (r * A4 + A3)) + (r * A2 + A1);
  const lo = ar3 * poly + (lo1 + lo2 + lo3 + lo4);
  const logHi = hi + lo;
  const logLo = hi - logHi + lo;
  const ehi = y * logHi;
  const elo = y * logLo + productError(y, logHi, ehi);
  return plainExp(ehi, elo);
}

/**
 * ln x by glibc's table steps, plain, when certain; else NaN (also near 1, where glibc takes a
 * polynomial in x - 1). Its last step is a plain sum, t + hi, in glibc too: the plain t is
 * within 2^-66 of the fused one, a few thousandths of a last unit of the result (|ln x| > 1/16).
 */
export function plainLog(x: number): number {
  if (!(x >= 2.2250738585072014e-308 && x < Infinity)) return NaN;
  if (x >= logSteps.NEAR_ONE_LO && x < logSteps.NEAR_ONE_HI) return NaN;
  const tmp = (highWord(x) - 0x3fe60000) | 0;
  const i = (tmp >>> 13) & 127;
  const kd = tmp >> 20;
  const z = x * 2 ** -kd;
  const invc = logSteps.INVC[i];
  // fma(z, invc, -1), as in plainPowPositive.
  const ph = z * invc;
  const r = ph - 1 + productError(z, invc, ph);
  const w = kd * logSteps.LN2_HI + logSteps.LOGC[i];
  const hi = w + r;
  const lo = kd * logSteps.LN2_LO + (w - hi + r);
  const r2 = r * r;
  const a = r * logSteps.A2 + logSteps.A1;
  const b = r * logSteps.A4 + logSteps.A3;
  const t = (b * r2 + a) * (r * r2) + (r2 * logSteps.A0 + lo);
  const s = t + hi;
  // t + hi = s + rest exactly (|hi| > |t|).
  const rest = hi - s + t;
  const unit = unitOf(Math.abs(s));
  return unit !== 0 && Math.abs(rest) < CERTAIN * unit ? s : NaN;
}
