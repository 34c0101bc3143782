// CPython 3.11's vector_norm (Modules/mathmodule.c), behind math.hypot and math.dist: the
// squares summed with an extended-precision carry and a differential correction after the
// square root. Math.hypot rounds differently in about one call in five with 3+ arguments,
// so the last digit of a printed result would not be CPython's.

import { frexp } from './floatSteps';

const T27 = 134217729.0; // 2 ** 27 + 1, Veltkamp's splitting constant
const DBL_MIN = 2.2250738585072014e-308;

/** sqrt(sum(x * x for x in xs)) exactly as CPython 3.11 computes it. */
export function vectorNorm(xs: readonly number[]): number {
  let max = 0;
  let foundNan = false;
  const vec = xs.map((x) => {
    const a = Math.abs(x);
    foundNan ||= Number.isNaN(a);
    if (a > max) max = a;
    return a;
  });
  return norm(vec, max, foundNan);
}

function norm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const e = frexp(max)[1];
  if (e < -1023) {
    // ldexp(1.0, -e) would overflow: scale subnormals up to normals first.
    return (
      DBL_MIN *
      norm(
        vec.map((x) => x / DBL_MIN),
        max / DBL_MIN,
        false,
      )
    );
  }
  const scale = 2 ** -e;
  let csum = 1.0;
  let frac = 0.0;
  const add = (x: number): void => {
    const old = csum;
    csum += x;
    frac += old - csum + x;
  };
  for (const v of vec) {
    const x = v * scale;
    const t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    add(hi * hi);
    add(2.0 * hi * lo);
    add(lo * lo);
  }
  const h = Math.sqrt(csum - 1.0 + frac);
  const t = h * T27;
  const hi = t - (t - h);
  const lo = h - hi;
  add(-hi * hi);
  add(-2.0 * hi * lo);
  add(-lo * lo);
  const x = csum - 1.0 + frac;
  return (h + x / (2.0 * h)) / scale;
}
