// e^x - 1 and tanh as CPython computes them on Linux x86-64: glibc's expm1 is fdlibm's
// algorithm (below, with Sun's notice), its polynomial in Estrin's grouping rather than
// fdlibm's Horner form, built for FMA-capable processors, where each `a*b + c` is one fused
// multiply-add; glibc's tanh is fdlibm's formula over that expm1. V8's Math.expm1 is fdlibm's
// own and Math.tanh its tanh: they miss CPython's last digit for about one argument in a
// thousand (tanh in [-3, 3]: about one in three thousand). Fusing the four multiply-adds of
// the final steps (t, the divisor, and the two corrections of e) is what changes results:
// fusing the polynomial's and the reduction's too gave the same results for all of 300,000
// arguments tried, at twice the cost, so those stay plain. These matched CPython for all of
// them (test/conformance/glibc-math.json keeps 1,500 of each).
//
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunPro, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================

import { productError } from './doubleDouble';

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const O_THRESHOLD = 7.09782712893383973096e2;
const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;

/**
 * a·b + c rounded once, as the processor's fused multiply-add: the product's error exact by
 * Dekker's splitting, its sum with c exact by TwoSum, the two error terms added last (exact
 * but for double-rounding cases far rarer than the arguments here meet). Nothing allocated.
 */
function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const pErr = productError(a, b, p);
  const s = p + c;
  const bb = s - p;
  const sErr = p - (s - bb) + (c - bb);
  return s + (sErr + pErr);
}

/** 2^k for k in [-64, 1023] (a table: `2 ** k` with a variable k is a slow Math.pow). */
const POW2 = Float64Array.from({ length: 1088 }, (_, i) => 2 ** (i - 64));

/** y·2^k, exact for the normal results expm1 scales to (2^1024 itself is past a double). */
function scaled(y: number, k: number): number {
  return k > 1023 ? y * POW2[k - 1 + 64] * 2 : y * POW2[k + 64];
}

// fdlibm compares the high word of |x| with these; compared as doubles here (their low words
// are 0, so `high word of |x| >= H` is `|x| >= the double with high word H`).
const HUGE = 38.81622314453125; // high word 0x4043687a: about 56·ln2
const OVERFLOW_WORD = 709.7822265625; // 0x40862e42: about ln(2^1024)
const HALF_LN2 = 0.3465735912322998; // 0x3fd62e43, the first past 0x3fd62e42: 0.5·ln2
const THREE_HALVES_LN2 = 1.0397205352783203; // 0x3ff0a2b2: about 1.5·ln2
const TINY = 2 ** -54; // 0x3c900000

/** e^x - 1, CPython's `math.expm1` (Infinity past its overflow threshold, as C's). */
export function expm1(x: number): number {
  if (Number.isNaN(x)) return x;
  const negative = x < 0;
  const ax = Math.abs(x);
  if (ax >= HUGE) {
    // |x| >= 56·ln2: e^x - 1 is e^x, or -1.
    if (ax >= OVERFLOW_WORD && x > O_THRESHOLD) return Infinity;
    if (negative) return -1;
  }
  // Argument reduction: x = k·ln2 + (hi - lo), c the rounding error of hi - lo.
  let k: number;
  let c = 0;
  if (ax >= HALF_LN2) {
    let hi: number;
    if (ax < THREE_HALVES_LN2) {
      k = negative ? -1 : 1;
      hi = negative ? x + LN2_HI : x - LN2_HI;
      const lo = negative ? -LN2_LO : LN2_LO;
      x = hi - lo;
      c = hi - x - lo;
    } else {
      k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
      hi = x - k * LN2_HI; // exact: LN2_HI's low 32 bits are zero
      const lo = k * LN2_LO;
      x = hi - lo;
      c = hi - x - lo;
    }
  } else if (ax < TINY) {
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const h2 = hxs * hxs;
  const h4 = h2 * h2;
  const r1 = 1 + hxs * Q1 + h2 * (Q2 + hxs * Q3) + h4 * (Q4 + hxs * Q5);
  const t = fma(-r1, hfx, 3);
  let e = hxs * ((r1 - t) / fma(-x, t, 6));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c) - hxs;
  // Products by 0.5 and 2 are exact: one rounding, as the fused multiply-add.
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) return x < -0.25 ? -2 * (e - (x + 0.5)) : 2 * (x - e) + 1;
  if (k <= -2 || k > 56) return scaled(1 - (e - x), k) - 1;
  if (k < 20) return scaled(1 - POW2[64 - k] - (e - x), k);
  return scaled(x - (e + POW2[64 - k]) + 1, k);
}

/** Hyperbolic tangent, CPython's `math.tanh`: fdlibm's formula over the expm1 above. */
export function tanh(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  let z: number;
  if (ax < 22) {
    if (ax < 2 ** -55) return x * (1 + x);
    if (ax >= 1) z = 1 - 2 / (expm1(2 * ax) + 2);
    else {
      const t = expm1(-2 * ax);
      z = -t / (t + 2);
    }
  } else {
    z = 1; // 1 - tiny, rounded
  }
  return x >= 0 ? z : -z;
}
