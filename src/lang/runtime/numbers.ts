// Python's numeric tower on JS types: bool ⊂ int (bigint) ⊂ float (number). Each function
// here is one Python rule: exact int→float conversion, floor division and modulo with the
// sign of the divisor, int powers with negative exponents giving floats, float pow's special
// cases, and the error Python raises for each bad case.

import { pow } from '../../engine/math';
import { instanceIndex } from './numberHooks';
import { fail, rt } from './state';
import type { PyValue } from './values';

const SAFE = 2n ** 53n;
// Bigint constants are negated here, once: V8 does not fold `-SAFE` and allocates per use.
const NEG_SAFE = -SAFE;

/** True for the values Python treats as numbers in arithmetic: bool, int, float. */
export function isNumber(v: PyValue): v is boolean | bigint | number {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean';
}

/** The int an int, bool or object with `__index__` stands for; undefined for anything else. */
export function asInt(v: PyValue): bigint | undefined {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return instanceIndex(v);
}

/**
 * `a op b` for a float and an int (either side), as Python computes it: the int made a float
 * (rounded to nearest, ties to even, as JS's Number(bigint) rounds) and the float operation.
 * Undefined for other operands, for an int past the float range (OverflowError) and for a
 * division by zero: the full path raises those; a power raises its own (floatPow's). The
 * compiled operators call it after their same-kind fast paths: `1 - beta1`, `v.data > 0`,
 * a grad of int 0 growing by a float, `beta1 ** (step + 1)`.
 */
export function mixedFloat(
  op: '+' | '-' | '*' | '/' | '**',
  a: PyValue,
  b: PyValue,
): number | undefined {
  let x: number;
  let y: number;
  if (typeof a === 'number' && typeof b === 'bigint') {
    x = a;
    y = Number(b);
    if (y === Infinity || y === -Infinity) return undefined;
  } else if (typeof a === 'bigint' && typeof b === 'number') {
    x = Number(a);
    y = b;
    if (x === Infinity || x === -Infinity) return undefined;
  } else return undefined;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? undefined : x / y;
    case '**':
      // Python's own errors (0.0 ** -1, a negative base to a fractional power): the caller
      // has placed them.
      return floatPow(x, y);
  }
}

/**
 * `a == b` for a float and an int, compared exactly as Python compares them (JS's relational
 * operators compare a number and a bigint by their exact values; NaN equals nothing).
 */
export function floatEqualsInt(x: number, n: bigint): boolean {
  return x === x && !(x < n) && !(x > n);
}

/** float(x) of an int, bool or float, with Python's OverflowError past the float range. */
export function toFloat(v: bigint | number | boolean): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const x = Number(v);
  if (x === Infinity || x === -Infinity)
    throw fail('OverflowError', 'int too large to convert to float');
  return x;
}

/** floor(sqrt(n)) of a non-negative int, exactly (math.isqrt, statistics' exact roots). */
export function intSqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's iteration from above converges to the floor.
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** int / int, correctly rounded as Python's true division is. */
export function intTrueDivide(a: bigint, b: bigint): number {
  if (b === 0n) throw fail('ZeroDivisionError', 'division by zero');
  const na = Number(a);
  const nb = Number(b);
  if (a > NEG_SAFE && a < SAFE && b > NEG_SAFE && b < SAFE) return na / nb;
  // CPython's long_true_divide: scale so that the quotient has 55 or 56 bits (fewer when the
  // result is subnormal), keep a sticky bit for the remainder, round half-even once to the
  // bits the double holds, then scale back exactly.
  const negative = a < 0n !== b < 0n;
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  const diff = bitLength(x) - bitLength(y);
  if (diff > DBL_MAX_EXP) {
    throw fail('OverflowError', 'integer division result too large for a float');
  }
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negative ? -0 : 0;
  const shift = Math.max(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  if (shift > 0) y <<= BigInt(shift);
  else x <<= BigInt(-shift);
  let q = x / y;
  const inexact = x % y !== 0n;
  const extra = Math.max(bitLength(q), DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  const mask = 1n << BigInt(extra - 1);
  const low = q | (inexact ? 1n : 0n);
  if ((low & mask) !== 0n && (low & (3n * mask - 1n)) !== 0n) q += mask;
  q &= ~(2n * mask - 1n);
  // q now fits the double exactly: scaling by a power of two in two steps stays exact.
  const half = Math.trunc(shift / 2);
  const result = Number(q) * 2 ** half * 2 ** (shift - half);
  if (!Number.isFinite(result)) {
    throw fail('OverflowError', 'integer division result too large for a float');
  }
  return negative ? -result : result;
}

/** The float64 format's constants, as C's float.h names them. */
const DBL_MANT_DIG = 53;
const DBL_MAX_EXP = 1024;
const DBL_MIN_EXP = -1021;

export function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  return x === 0n ? 0 : x.toString(2).length;
}

export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw fail('ZeroDivisionError', 'integer division or modulo by zero');
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw fail('ZeroDivisionError', 'integer modulo by zero');
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

/** CPython's float_divmod: [floor quotient, modulo]. */
export function floatDivmod(vx: number, wx: number, op: '//' | '%'): [number, number] {
  if (wx === 0) {
    throw fail('ZeroDivisionError', op === '//' ? 'float floor division by zero' : 'float modulo');
  }
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatMod(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (b === Infinity || b === -Infinity) {
    if (!Number.isFinite(a)) return NaN;
    // Python: the result takes the sign of the divisor.
    if (a === 0) return b < 0 ? -0 : 0;
    return a < 0 === b < 0 ? a : b;
  }
  return floatDivmod(a, b, '%')[1];
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw fail('ZeroDivisionError', 'float floor division by zero');
  if (!Number.isFinite(a) || Number.isNaN(b)) return NaN;
  if (!Number.isFinite(b)) {
    if (a === 0) return (a < 0 || Object.is(a, -0)) !== b < 0 ? -0 : 0;
    return a < 0 === b < 0 ? 0 : -1;
  }
  return floatDivmod(a, b, '//')[0];
}

/** Python's float ** float, with its errors instead of NaN or a silent infinity. */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (Number.isNaN(x)) return NaN;
  if (Number.isNaN(y)) return x === 1 ? 1 : NaN;
  if (x === 1) return 1;
  if (x === -1 && !Number.isFinite(y)) return 1;
  // 0.0 ** -inf is inf, as C's pow gives it: only a finite negative power divides by zero.
  if (x === 0 && y < 0 && y !== -Infinity) {
    throw fail('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  }
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) {
    throw fail('ValueError', 'negative number cannot be raised to a fractional power');
  }
  // CPython calls C's pow, glibc's here (x ** 2 is not always x * x there); V8's ** is a last
  // bit off for one in ten.
  const r = Number.isFinite(x) && Number.isFinite(y) ? pow(x, y) : x ** y;
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
    // CPython's OverflowError carries (errno, strerror) as two args, as repr(e) shows.
    const err = fail('OverflowError', "(34, 'Numerical result out of range')");
    err.args = [34n, 'Numerical result out of range'];
    throw err;
  }
  return r;
}

/** Python's int ** int: an int for a non-negative exponent, else a float. */
export function intPow(a: bigint, b: bigint): bigint | number {
  if (b < 0n) {
    if (a === 0n) throw fail('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return floatPow(toFloat(a), toFloat(b));
  }
  if (a === 0n || a === 1n) return b === 0n ? 1n : a;
  if (a === -1n) return b % 2n === 0n ? 1n : -1n;
  const bits = BigInt(bitLength(a)) * b;
  if (bits > BigInt(rt.maxItems) * 4n) {
    throw fail(
      'LimitError',
      `the result of ${a} ** ${b} would have about ${bits} bits: too large to compute`,
    );
  }
  return a ** b;
}

/** Ints below this magnitude multiply without a size check (the product stays small). */
const SMALL_INT = 1n << 4096n;
// A 4096-bit negation per `*` cost more than the multiplication.
const NEG_SMALL_INT = -SMALL_INT;

/** Bits of |x|, exactly for big ints; small ones (below SMALL_INT) count as 4096. */
function bitsAtMost(x: bigint): number {
  if (x < SMALL_INT && x > NEG_SMALL_INT) return 4096;
  // Hex is linear to produce, and cheaper than the multiplication it guards.
  const hex = (x < 0n ? -x : x).toString(16);
  return hex.length * 4;
}

/**
 * int * int, refused before it is computed when the product would be larger than a run
 * may build (as `**` and `<<` are): `x = x * x` in a loop ends with a LimitError at its
 * line, not after 25 s inside JavaScript's own BigInt limit.
 */
export function intMul(a: bigint, b: bigint): bigint {
  if (a < SMALL_INT && a > NEG_SMALL_INT && b < SMALL_INT && b > NEG_SMALL_INT) return a * b;
  const bits = bitsAtMost(a) + bitsAtMost(b);
  if (bits > rt.maxItems * 4) {
    throw fail(
      'LimitError',
      `this product of ints would have about ${bits.toLocaleString('en-US')} bits: too large to compute`,
    );
  }
  return a * b;
}

/** Python's round-half-even of a float to an int (round(x)). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  // Math.round rounds halves up; Python rounds them to even.
  if (Math.abs(x % 1) === 0.5 && r % 2 !== 0) return r - 1;
  return r;
}

/** Python's int(x) of a float: truncation, with its errors for nan and infinities. */
export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw fail('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw fail('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/**
 * Python's round(x, n) for a float: the decimal rounding of x's exact binary value to n
 * digits, ties to even, read back as the nearest float.
 */
export function roundFloat(x: number, n: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (n > 330) return x;
  if (n < -330) return x < 0 ? -0 : 0;
  if (n >= 0 && n <= 20 && Math.abs(x) < 1e21) {
    if (Number.isInteger(x)) return x;
    // toFixed rounds the exact binary value too, but a tie upward; a tie needs x·10^(n+1) to
    // be a whole number, so x·2^(n+1) to be one (exact: a power of two). Otherwise it agrees.
    if (!Number.isInteger(x * 2 ** (n + 1))) {
      const result = Number(Math.abs(x).toFixed(n));
      return x < 0 ? -result : result;
    }
  }
  const [mantissa, exp2] = decompose(Math.abs(x));
  // |x| = mantissa · 2^exp2; scaled = |x| · 10^n = num / den exactly.
  let num = mantissa;
  let den = 1n;
  if (exp2 >= 0) num <<= BigInt(exp2);
  else den <<= BigInt(-exp2);
  if (n >= 0) num *= 10n ** BigInt(n);
  else den *= 10n ** BigInt(-n);
  let q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && q % 2n === 1n)) q += 1n;
  const text = n >= 0 ? `${q}e-${n}` : `${q}e${-n}`;
  const result = Number(text);
  if (!Number.isFinite(result)) throw fail('OverflowError', 'rounded value too large to represent');
  return x < 0 ? -result : result;
}

/** x = mantissa · 2^exponent exactly, for finite positive x. */
function decompose(x: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return [mantissa, -1074];
  mantissa |= 1n << 52n;
  return [mantissa, biased - 1075];
}

/** Python's round(int, n) for negative n (ties to even); a non-negative n keeps the int. */
export function roundInt(x: bigint, n: bigint): bigint {
  if (n >= 0n) return x;
  const m = 10n ** -n;
  let q = x / m;
  let r = x % m;
  if (r < 0n) {
    r += m;
    q -= 1n;
  }
  const twice = r * 2n;
  if (twice > m || (twice === m && (q & 1n) === 1n)) q += 1n;
  return q * m;
}
