// asin, acos, atan and atan2, correctly rounded: V8's Math.asin, Math.acos and Math.atan miss the
// nearest double for a few arguments in a hundred, glibc's (CPython's) for a few in ten
// thousand, so rounding the true value matches CPython far more often than V8 does.
//
// Each starts from V8's value y0 (within an ulp or two) and takes one Newton step in
// double-double with sin y0 and cos y0 from ./sinCos: the error squares to about 2^-104.
// Arguments near ±1 go through asin(sqrt((1 - |x|) / 2)), whose 1 - |x| is exact, so the
// steep ends lose nothing.

import * as dd from './doubleDouble';
import type { DD } from './doubleDouble';
import { frexp } from './floatSteps';
import { halfPiDD, sinCosSmall } from './sinCos';

/** asin s in double-double, for a double-double |s| <= 1/2. */
function asinDD(s: DD): DD {
  const y0 = Math.asin(s[0]);
  const [sin0, cos0] = sinCosSmall([y0, 0]);
  // y0 + (s - sin y0) / cos y0
  return dd.addNumber(dd.div(dd.add(s, dd.neg(sin0)), cos0), y0);
}

/** sqrt w in double-double, for a double w >= 0. */
function sqrtDD(w: number): DD {
  if (w === 0) return [0, 0];
  const s = Math.sqrt(w);
  const [p, e] = dd.twoProd(s, s);
  return dd.twoSum(s, (w - p - e) / (2 * s));
}

/** 2 asin(sqrt((1 - a) / 2)) for 1/2 < a <= 1: acos a, without the loss near 1. */
function acosNearOne(a: number): DD {
  const y = asinDD(sqrtDD((1 - a) / 2));
  return [2 * y[0], 2 * y[1]];
}

export function asin(x: number): number {
  const a = Math.abs(x);
  if (!(a <= 1)) return NaN;
  if (a < 2 ** -26) return x;
  const y = a <= 0.5 ? asinDD([a, 0]) : dd.add(halfPiDD(), dd.neg(acosNearOne(a)));
  return x < 0 ? -dd.round(y) : dd.round(y);
}

export function acos(x: number): number {
  const a = Math.abs(x);
  if (!(a <= 1)) return NaN;
  if (a <= 0.5) return dd.round(dd.add(halfPiDD(), dd.neg(asinDD([x, 0]))));
  const y = acosNearOne(a);
  if (x > 0) return dd.round(y);
  const halfPi = halfPiDD();
  return dd.round(dd.add([2 * halfPi[0], 2 * halfPi[1]], dd.neg(y)));
}

export function atan(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a < 2 ** -27) return x;
  const halfPi = halfPiDD();
  // π/2 - atan a is about 1/a: below half an ulp of π/2 long before 2^60.
  if (a > 2 ** 60) return x < 0 ? -dd.round(halfPi) : dd.round(halfPi);
  const y0 = Math.atan(a);
  let sin0: DD;
  let cos0: DD;
  if (y0 <= Math.PI / 4) {
    [sin0, cos0] = sinCosSmall([y0, 0]);
  } else {
    // y0 = π/2 + r with |r| <= π/4: sin y0 = cos r, cos y0 = -sin r.
    const [sr, cr] = sinCosSmall(dd.addNumber(dd.neg(halfPi), y0));
    sin0 = cr;
    cos0 = dd.neg(sr);
  }
  // Newton on sin y - a cos y = 0: y0 - (sin y0 - a cos y0) / (cos y0 + a sin y0)
  const f = dd.add(sin0, dd.neg(dd.mulNumber(cos0, a)));
  const df = dd.add(cos0, dd.mulNumber(sin0, a));
  const y = dd.addNumber(dd.neg(dd.div(f, df)), y0);
  return x < 0 ? -dd.round(y) : dd.round(y);
}

/**
 * atan2(y, x), correctly rounded for finite non-zero arguments (zeros, infinities and NaNs
 * take Math.atan2's IEEE answers, the same as C's). Newton on |x| sin t - |y| cos t = 0 from
 * V8's angle in [0, π/2], with x and y scaled to below 1 by a power of two (exact).
 */
export function atan2(y: number, x: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  let ay = Math.abs(y);
  let ax = Math.abs(x);
  const halfPi = halfPiDD();
  let t: DD;
  if (ay / ax < 2 ** -60) {
    // atan z = z - z³/3…: below 2^-60 the cube is far under half an ulp.
    t = x > 0 ? [ay / ax, 0] : dd.add([2 * halfPi[0], 2 * halfPi[1]], [-ay / ax, 0]);
  } else if (ay / ax > 2 ** 60) {
    t = dd.add(halfPi, [x > 0 ? -ax / ay : ax / ay, 0]);
  } else {
    // Two factors, as 2 ** 1073 alone (for subnormal arguments) would overflow.
    const e = -frexp(Math.max(ax, ay))[1];
    const half = Math.trunc(e / 2);
    ax = ax * 2 ** half * 2 ** (e - half);
    ay = ay * 2 ** half * 2 ** (e - half);
    const t0 = Math.atan2(ay, ax);
    let sin0: DD;
    let cos0: DD;
    if (t0 <= Math.PI / 4) {
      [sin0, cos0] = sinCosSmall([t0, 0]);
    } else {
      const [sr, cr] = sinCosSmall(dd.addNumber(dd.neg(halfPi), t0));
      sin0 = cr;
      cos0 = dd.neg(sr);
    }
    const f = dd.add(dd.mulNumber(sin0, ax), dd.neg(dd.mulNumber(cos0, ay)));
    const df = dd.add(dd.mulNumber(cos0, ax), dd.mulNumber(sin0, ay));
    t = dd.addNumber(dd.neg(dd.div(f, df)), t0);
    if (x < 0) t = dd.add([2 * halfPi[0], 2 * halfPi[1]], dd.neg(t));
  }
  const r = dd.round(t);
  return y < 0 ? -r : r;
}
