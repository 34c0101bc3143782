// gamma and lgamma as CPython computes them (Modules/mathmodule.c's m_tgamma and m_lgamma,
// used on every platform): Lanczos' approximation with g = 6.02468…, N = 13, exact values
// for small integers, the reflection formula for negative arguments. With exp, pow, log,
// sin and cos correctly rounded as glibc's are, the digits are CPython's on Linux.
// Ported from CPython's Modules/mathmodule.c: Copyright (c) 2001 Python Software Foundation;
// all rights reserved; used under the PSF License Agreement.
// A string result stands for C's errno: 'domain' (ValueError) or 'range' (OverflowError).

import { exp, log } from './expLog';
import { pow } from './pow';
import { cos, sin } from './sinCos';

const LANCZOS_G = 6.02468004077673;
const LANCZOS_G_MINUS_HALF = 5.52468004077673;
const NUM = [
  23531376880.41076, 42919803642.6491, 35711959237.35567, 17921034426.03721, 6039542586.352028,
  1439720407.3117216, 248874557.86205417, 31426415.585400194, 2876370.6289353725,
  186056.26539522348, 8071.672002365816, 210.82427775157936, 2.5066282746310002,
];
const DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
  357423.0, 32670.0, 1925.0, 66.0, 1.0,
];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
  479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0,
  6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0,
  1124000727777607680000.0,
];
const PI = 3.141592653589793;
const LOG_PI = 1.1447298858494002;

export type GammaError = 'domain' | 'range';

/** Lanczos' sum L_g(x) for x > 0, rescaled by x^(1-N) above 5 against overflow. */
function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = NUM.length - 1; i >= 0; i--) {
      num = num * x + NUM[i];
      den = den * x + DEN[i];
    }
  } else {
    for (let i = 0; i < NUM.length; i++) {
      num = num / x + NUM[i];
      den = den / x + DEN[i];
    }
  }
  return num / den;
}

/** sin(pi * x) for finite x, reduced first so that it is exact at integers. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0:
      r = sin(PI * y);
      break;
    case 1:
      r = cos(PI * (y - 0.5));
      break;
    case 2:
      r = sin(PI * (1.0 - y));
      break;
    case 3:
      r = -cos(PI * (y - 1.5));
      break;
    default:
      r = sin(PI * (y - 2.0));
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

/** math.gamma(x), or the error CPython raises. */
export function gamma(x: number): number | GammaError {
  if (!Number.isFinite(x)) return Number.isNaN(x) || x > 0 ? x : 'domain';
  if (x === 0) return 'domain';
  if (x === Math.floor(x)) {
    if (x < 0) return 'domain';
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return Number.isFinite(r) ? r : 'range';
  }
  if (absx > 200.0) return x < 0 ? 0.0 / sinpi(x) : 'range';
  const y = absx + LANCZOS_G_MINUS_HALF;
  // The rounding error of y, recovered (an exact two-step difference).
  let z =
    absx > LANCZOS_G_MINUS_HALF ? y - absx - LANCZOS_G_MINUS_HALF : y - LANCZOS_G_MINUS_HALF - absx;
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = ((-PI / sinpi(absx) / absx) * exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= pow(y, absx - 0.5);
    else {
      const sqrtpow = pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) r *= pow(y, absx - 0.5);
    else {
      const sqrtpow = pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return Number.isFinite(r) ? r : 'range';
}

/** math.lgamma(x), or the error CPython raises. */
export function lgamma(x: number): number | GammaError {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) return x <= 0.0 ? 'domain' : 0.0;
  const absx = Math.abs(x);
  if (absx < 1e-20) return -log(absx);
  let r = log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOG_PI - log(Math.abs(sinpi(absx))) - log(absx) - r;
  return Number.isFinite(r) ? r : 'range';
}
