// The functions of math that step through the floats themselves: frexp, nextafter, ulp and
// the IEEE remainder. Each is exact, computed as CPython computes it (Modules/mathmodule.c).

const view = new DataView(new ArrayBuffer(8));

/** frexp: m * 2**e == x with 0.5 <= |m| < 1 (exact, by scaling powers of two). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  // Two exact steps: 2 ** -e alone overflows for the smallest subnormals.
  let m = x * 2 ** -Math.trunc(e / 2) * 2 ** -(e - Math.trunc(e / 2));
  // Subnormals and rounding of log2 near powers of two: adjust into [0.5, 1).
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e -= 1;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e += 1;
  }
  return [m, e];
}

/** The float next to x in the direction of y (C's nextafter). */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  // Away from zero when moving outwards, towards it otherwise.
  const outwards = y > x === x > 0;
  view.setBigUint64(0, outwards ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

/** math.ulp(x): the gap from |x| to the next float up (down for the largest one). */
export function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a === Infinity) return a;
  const up = nextafter(a, Infinity);
  if (up === Infinity) return a - nextafter(a, -Infinity);
  return up - a;
}

/** math.remainder(x, y): x - n*y for the integer n nearest x/y (ties to even); NaN = domain. */
export function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}
