// sin x and cos x, correctly rounded, as glibc gives them in all but about one case in a
// thousand (V8's Math.sin and Math.cos are a last bit off for about three in a hundred).
//
// x is reduced to r = x - k·π/2, |r| <= π/4, exactly enough whatever its size: x·(2/π) is
// computed in integers, from a 1300-bit 2/π worked out once with Machin's formula, so that
// even the doubles closest to a multiple of π/2 keep more than 100 bits of r. Then sin r and
// cos r come from their Taylor series in double-double, and k mod 4 picks the quadrant.

import * as dd from './doubleDouble';
import type { DD } from './doubleDouble';

const BITS = 1300n;
const GUARD = 64n;

/** atan(1/n)·2^bits, rounded down (its Taylor series in integers). */
function arctanInverse(n: bigint, bits: bigint): bigint {
  const one = 1n << bits;
  let term = one / n;
  let sum = term;
  const n2 = n * n;
  for (let k = 1n; term !== 0n; k++) {
    term /= n2;
    sum += (k % 2n === 0n ? 1n : -1n) * (term / (2n * k + 1n));
  }
  return sum;
}

let twoOverPi: bigint | null = null;
let halfPi: DD | null = null;

/** floor(2/π · 2^BITS), and π/2 in double-double; computed on first use. */
function constants(): { twoOverPi: bigint; halfPi: DD } {
  if (twoOverPi === null || halfPi === null) {
    const bits = BITS + GUARD;
    // Machin: π/4 = 4·atan(1/5) - atan(1/239)
    const piScaled = 4n * (4n * arctanInverse(5n, bits) - arctanInverse(239n, bits));
    twoOverPi = (2n << (BITS + bits)) / piScaled;
    // π/2 = hi + lo, each part read from the scaled integer
    const halfPiScaled = piScaled / 2n;
    const hiBits = halfPiScaled >> (bits - 60n);
    const hi = Number(hiBits) / 2 ** 60;
    const rest = halfPiScaled - (BigInt(Math.round(hi * 2 ** 52)) << (bits - 52n));
    const lo = Number(rest >> (bits - 120n)) / 2 ** 120;
    halfPi = dd.twoSum(hi, lo);
  }
  return { twoOverPi, halfPi };
}

/** x = m·2^e with m a 53-bit integer, for finite x != 0. */
function decompose(x: number): { m: bigint; e: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { m, e: -1074 };
  m |= 1n << 52n;
  return { m, e: biased - 1075 };
}

/** x = k·π/2 + r with |r| <= π/4: [k mod 4, r in double-double]. */
function reduce(x: number): [number, DD] {
  if (Math.abs(x) <= Math.PI / 4) return [0, [x, 0]];
  const c = constants();
  const { m, e } = decompose(x);
  // x·(2/π) = m·twoOverPi·2^(e - BITS): split into an integer k and a fraction f in [-½, ½)
  const product = m * c.twoOverPi;
  const shift = BITS - BigInt(e);
  let k: bigint;
  let frac: bigint;
  if (shift <= 0n) {
    k = product << -shift;
    frac = 0n;
  } else {
    k = product >> shift;
    frac = product - (k << shift);
    // round to the nearest integer
    if (frac >= 1n << (shift - 1n)) {
      k += 1n;
      frac -= 1n << shift;
    }
  }
  const f = fraction(frac, shift);
  const r = dd.mul(f, c.halfPi);
  const quadrant = Number(((k % 4n) + 4n) % 4n);
  return x < 0 ? [(4 - quadrant) % 4, dd.neg(r)] : [quadrant, r];
}

/** frac / 2^shift in double-double, from the 120 bits below frac's leading one. */
function fraction(frac: bigint, shift: bigint): DD {
  if (frac === 0n) return [0, 0];
  const negative = frac < 0n;
  const a = negative ? -frac : frac;
  const length = BigInt(a.toString(2).length);
  const top = length > 120n ? a >> (length - 120n) : a << (120n - length);
  // top = hi·2^67 + lo with hi below 2^53 (exact as a double) and lo below 2^67
  const hiBits = top >> 67n;
  const lo = Number(top - (hiBits << 67n));
  const exponent = Number(length - 120n - shift);
  const f = dd.twoSum(Number(hiBits) * 2 ** (67 + exponent), lo * 2 ** exponent);
  return negative ? dd.neg(f) : f;
}

const TERMS = 15;
/** 1/n! for n = 0..2·TERMS+1, in double-double. */
const INVERSE_FACTORIALS: DD[] = (() => {
  const out: DD[] = [[1, 0]];
  for (let n = 1; n <= 2 * TERMS + 1; n++) out.push(dd.div(out[n - 1], [n, 0]));
  return out;
})();

/** sin r and cos r for |r| <= π/4, by their Taylor series in r² (Horner). */
function sinCosReduced(r: DD): [DD, DD] {
  const r2 = dd.mul(r, r);
  const odd = (n: number): DD =>
    n % 2 === 0 ? INVERSE_FACTORIALS[2 * n + 1] : dd.neg(INVERSE_FACTORIALS[2 * n + 1]);
  const even = (n: number): DD =>
    n % 2 === 0 ? INVERSE_FACTORIALS[2 * n] : dd.neg(INVERSE_FACTORIALS[2 * n]);
  let s = odd(TERMS);
  let c = even(TERMS);
  for (let n = TERMS - 1; n >= 0; n--) {
    s = dd.add(dd.mul(s, r2), odd(n));
    c = dd.add(dd.mul(c, r2), even(n));
  }
  return [dd.mul(s, r), c];
}

/** Correctly rounded sin x (NaN for infinities, as C's sin). */
export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -26) return x;
  const [q, r] = reduce(x);
  const [s, c] = sinCosReduced(r);
  switch (q) {
    case 0:
      return dd.round(s);
    case 1:
      return dd.round(c);
    case 2:
      return -dd.round(s);
    default:
      return -dd.round(c);
  }
}

/** Correctly rounded cos x (NaN for infinities, as C's cos). */
export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  const [q, r] = reduce(x);
  const [s, c] = sinCosReduced(r);
  switch (q) {
    case 0:
      return dd.round(c);
    case 1:
      return -dd.round(s);
    case 2:
      return -dd.round(c);
    default:
      return dd.round(s);
  }
}

/** Correctly rounded tan x: sin r / cos r in double-double (-cos r / sin r in odd quadrants). */
export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  const [q, r] = reduce(x);
  const [s, c] = sinCosReduced(r);
  return dd.round(q % 2 === 0 ? dd.div(s, c) : dd.neg(dd.div(c, s)));
}

/** sin r and cos r in double-double, for |r| <= π/4 (the inverse functions' Newton steps). */
export function sinCosSmall(r: DD): [DD, DD] {
  return sinCosReduced(r);
}

/** π/2 in double-double. */
export function halfPiDD(): DD {
  return constants().halfPi;
}
