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

const CBRT2 = 1.2599210498948731648; // 2 ** (1/3)
const SQR_CBRT2 = 1.5874010519681994748; // 2 ** (2/3)
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/**
 * glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), which CPython's math.cbrt calls on Linux:
 * a polynomial guess on the frexp mantissa, one rational Halley step, then the exponent's
 * third. Not correctly rounded (cbrt(27) is 3.0000000000000004), but those are CPython's digits.
 */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  // Horner's steps in the order of glibc's one nested expression, with its constants.
  const a = 0.784932344976639262 - 0.145263899385486377 * xm;
  const b = -1.83469277483613086 + a * xm;
  const c = 2.4469312256353443 + b * xm;
  const d = -2.11499494167371287 + c * xm;
  const e = 1.50819193781584896 + d * xm;
  const u = 0.35489576504391986 + e * xm;
  const t2 = u * u * u;
  // C's % and / truncate toward zero.
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexpExact(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

/** y * 2 ** e in steps that stay exact (e within the cube root's range, |e| < 400). */
function ldexpExact(y: number, e: number): number {
  const half = Math.trunc(e / 2);
  return y * 2 ** half * 2 ** (e - half);
}
