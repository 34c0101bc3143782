// The arithmetic of fractions.Fraction on pairs of ints (bigints), step for step as CPython's
// Lib/fractions.py does it: the same gcd reductions, so the same results and the same
// ZeroDivisionError messages ('Fraction(1, 0)'), and its string syntax and float conversion.

import { intFloorDiv, intMod } from '../../runtime/numbers';
import { repr } from '../../runtime/repr';
import { fail } from '../../runtime/state';

/** A fraction n/d; normalised ones have gcd(n, d) == 1 and d > 0. */
export interface Rat {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

/** math.gcd: non-negative, gcd(0, 0) == 0. */
export function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Fraction(n, d, _normalize=False): the zero check only. */
export function raw(n: bigint, d: bigint): Rat {
  if (d === 0n) throw fail('ZeroDivisionError', `Fraction(${n}, 0)`);
  return { n, d };
}

/** Fraction(n, d) of two ints: reduced, the sign in the numerator. */
export function normalized(n: bigint, d: bigint): Rat {
  if (d === 0n) throw fail('ZeroDivisionError', `Fraction(${n}, 0)`);
  let g = gcd(n, d);
  if (d < 0n) g = -g;
  return { n: n / g, d: d / g };
}

export function add(a: Rat, b: Rat, sign: 1n | -1n = 1n): Rat {
  const g = gcd(a.d, b.d);
  if (g === 1n) return raw(a.n * b.d + sign * a.d * b.n, a.d * b.d);
  const s = a.d / g;
  const t = a.n * (b.d / g) + sign * b.n * s;
  const g2 = gcd(t, g);
  if (g2 === 1n) return raw(t, s * b.d);
  return raw(t / g2, s * (b.d / g2));
}

export const sub = (a: Rat, b: Rat): Rat => add(a, b, -1n);

export function mul(a: Rat, b: Rat): Rat {
  let { n: na, d: da } = a;
  let { n: nb, d: db } = b;
  const g1 = gcd(na, db);
  if (g1 > 1n) {
    na /= g1;
    db /= g1;
  }
  const g2 = gcd(nb, da);
  if (g2 > 1n) {
    nb /= g2;
    da /= g2;
  }
  return raw(na * nb, db * da);
}

export function div(a: Rat, b: Rat): Rat {
  let { n: na, d: da } = a;
  let { n: nb, d: db } = b;
  const g1 = gcd(na, nb);
  if (g1 > 1n) {
    na /= g1;
    nb /= g1;
  }
  const g2 = gcd(db, da);
  if (g2 > 1n) {
    da /= g2;
    db /= g2;
  }
  let n = na * db;
  let d = nb * da;
  if (d < 0n) [n, d] = [-n, -d];
  return raw(n, d);
}

export const floorDiv = (a: Rat, b: Rat): bigint => intFloorDiv(a.n * b.d, a.d * b.n);

export function divMod(a: Rat, b: Rat): [bigint, Rat] {
  const x = a.n * b.d;
  const y = a.d * b.n;
  // divmod(x, 0) says 'integer division or modulo by zero', as floor division does.
  const q = intFloorDiv(x, y);
  return [q, normalized(intMod(x, y), a.d * b.d)];
}

export const mod = (a: Rat, b: Rat): Rat => normalized(intMod(a.n * b.d, b.n * a.d), a.d * b.d);

/** a ** e for an int e. */
export function power(a: Rat, e: bigint): Rat {
  if (e >= 0n) return raw(a.n ** e, a.d ** e);
  if (a.n >= 0n) return raw(a.d ** -e, a.n ** -e);
  return raw((-a.d) ** -e, (-a.n) ** -e);
}

/** The sign of a - b. */
export function compare(a: Rat, b: Rat): number {
  const x = a.n * b.d;
  const y = a.d * b.n;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** round(a): the nearest int, halves to even. */
export function roundHalfEven(a: Rat): bigint {
  const floor = intFloorDiv(a.n, a.d);
  const twice = (a.n - floor * a.d) * 2n;
  if (twice < a.d) return floor;
  if (twice > a.d) return floor + 1n;
  return intMod(floor, 2n) === 0n ? floor : floor + 1n;
}

/** round(a, ndigits): a Fraction with denominator 10**ndigits (or an int multiple). */
export function roundDigits(a: Rat, ndigits: bigint): Rat {
  const shift = 10n ** abs(ndigits);
  if (ndigits > 0n) return normalized(roundHalfEven(mul(a, { n: shift, d: 1n })), shift);
  return normalized(roundHalfEven(div(a, { n: shift, d: 1n })) * shift, 1n);
}

/** int(a): towards zero. */
export const truncate = (a: Rat): bigint => (a.n < 0n ? -(-a.n / a.d) : a.n / a.d);

/** The closest fraction to a with a denominator at most max (continued fractions). */
export function limitDenominator(a: Rat, max: bigint): Rat {
  if (max < 1n) throw fail('ValueError', 'max_denominator should be at least 1');
  if (a.d <= max) return a;
  let [p0, q0, p1, q1] = [0n, 1n, 1n, 0n];
  let [n, d] = [a.n, a.d];
  for (;;) {
    const q = intFloorDiv(n, d);
    const q2 = q0 + q * q1;
    if (q2 > max) break;
    [p0, q0, p1, q1] = [p1, q1, p0 + q * p1, q2];
    [n, d] = [d, n - q * d];
  }
  const k = intFloorDiv(max - q0, q1);
  const bound1 = normalized(p0 + k * p1, q0 + k * q1);
  const bound2 = normalized(p1, q1);
  const distance = (b: Rat): Rat => {
    const r = sub(b, a);
    return { n: abs(r.n), d: r.d };
  };
  return compare(distance(bound2), distance(bound1)) <= 0 ? bound2 : bound1;
}

/** float.as_integer_ratio(): exact, with CPython's errors for NaN and the infinities. */
export function floatRatio(x: number): Rat {
  if (Number.isNaN(x)) throw fail('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) {
    throw fail('OverflowError', 'cannot convert Infinity to integer ratio');
  }
  let mantissa = Math.abs(x);
  let exponent = 0;
  // Doubling a float is exact: after at most 1074 steps the value is an integer.
  while (!Number.isInteger(mantissa)) {
    mantissa *= 2;
    exponent--;
  }
  let n = BigInt(mantissa);
  let d = 1n;
  if (exponent < 0) {
    d = 1n << BigInt(-exponent);
    const g = gcd(n, d);
    n /= g;
    d /= g;
  }
  return { n: x < 0 ? -n : n, d };
}

// Lib/fractions.py's _RATIONAL_FORMAT (IGNORECASE), with its `d*` (the letter d) alternative
// for the decimal part: '1.dd' matches, and then int('dd') fails, as in CPython.
const RATIONAL_FORMAT =
  /^\s*([-+]?)(?=\d|\.\d)(\d*|\d+(?:_\d+)*)(?:(?:\/(\d+(?:_\d+)*))?|(?:\.(d*|\d+(?:_\d+)*))?(?:E([-+]?\d+(?:_\d+)*))?)\s*$/i;

function intOf(digits: string): bigint {
  const plain = digits.replace(/_/g, '');
  if (!/^\d+$/.test(plain)) {
    throw fail('ValueError', `invalid literal for int() with base 10: ${repr(digits)}`);
  }
  return BigInt(plain);
}

/** Fraction('3/4'), Fraction(' -1.5e3 '). */
export function parseRational(text: string): Rat {
  const m = RATIONAL_FORMAT.exec(text);
  if (m === null) throw fail('ValueError', `Invalid literal for Fraction: ${repr(text)}`);
  const [, sign, num, denom, decimal, exp] = m;
  let n = num === '' ? 0n : intOf(num);
  let d = 1n;
  if (denom !== undefined && denom !== '') {
    d = intOf(denom);
  } else {
    if (decimal !== undefined && decimal !== '') {
      const digits = decimal.replace(/_/g, '');
      const scale = 10n ** BigInt(digits.length);
      n = n * scale + intOf(digits);
      d *= scale;
    }
    if (exp !== undefined && exp !== '') {
      const e = BigInt(exp.replace(/_/g, ''));
      if (e >= 0n) n *= 10n ** e;
      else d *= 10n ** -e;
    }
  }
  return normalized(sign === '-' ? -n : n, d);
}
