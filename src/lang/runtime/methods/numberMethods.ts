// The methods of ints and floats (`n.bit_length()`, `n.to_bytes(…)` from intBytes.ts,
// `x.is_integer()`, `x.hex()`, `x.as_integer_ratio()`) and float.fromhex, with CPython's exact results: a float's bits are
// read from its IEEE 754 form, so hex() and as_integer_ratio() are exact.

import { exactArgs } from '../args';
import { toBytes } from '../intBytes';
import { fail } from '../state';
import { PyTuple, type MethodImpl, type PyValue } from '../values';

type IntLike = bigint | boolean;

const asInt = (v: IntLike): bigint => (typeof v === 'boolean' ? (v ? 1n : 0n) : v);

function bitLength(n: bigint): bigint {
  const a = n < 0n ? -n : n;
  return a === 0n ? 0n : BigInt(a.toString(2).length);
}

export const INT_METHODS = new Map<string, MethodImpl<IntLike>>([
  [
    'bit_length',
    (self, args, kw) => {
      exactArgs('int.bit_length', 0, args, kw);
      return bitLength(asInt(self));
    },
  ],
  [
    'bit_count',
    (self, args, kw) => {
      exactArgs('int.bit_count', 0, args, kw);
      const n = asInt(self);
      let count = 0n;
      for (const c of (n < 0n ? -n : n).toString(2)) if (c === '1') count++;
      return count;
    },
  ],
  [
    'conjugate',
    (self, args, kw) => {
      exactArgs('int.conjugate', 0, args, kw);
      return asInt(self);
    },
  ],
  [
    'as_integer_ratio',
    (self, args, kw) => {
      exactArgs('int.as_integer_ratio', 0, args, kw);
      return new PyTuple([asInt(self), 1n]);
    },
  ],
  ['to_bytes', (self, args, kw) => toBytes(asInt(self), args, kw)],
]);

const bits = new DataView(new ArrayBuffer(8));

/** A finite float as sign, 52-bit fraction and biased exponent. */
function partsOf(x: number): { negative: boolean; fraction: bigint; exponent: number } {
  bits.setFloat64(0, x);
  const word = bits.getBigUint64(0);
  return {
    negative: word >> 63n === 1n,
    fraction: word & ((1n << 52n) - 1n),
    exponent: Number((word >> 52n) & 0x7ffn),
  };
}

/** float.hex(): `[-]0x1.<13 hex digits>p±e`, or `0x0.` for zero and subnormals. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const { negative, fraction, exponent } = partsOf(x);
  const sign = negative ? '-' : '';
  if (exponent === 0 && fraction === 0n) return `${sign}0x0.0p+0`;
  const lead = exponent === 0 ? '0' : '1';
  const e = exponent === 0 ? -1022 : exponent - 1023;
  return `${sign}0x${lead}.${fraction.toString(16).padStart(13, '0')}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** float.as_integer_ratio(): the exact value as a fraction in lowest terms. */
function floatRatio(x: number): PyTuple {
  if (Number.isNaN(x)) throw fail('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw fail('OverflowError', 'cannot convert Infinity to integer ratio');
  const { negative, fraction, exponent } = partsOf(x);
  let mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  let e = (exponent === 0 ? -1022 : exponent - 1023) - 52;
  if (mantissa === 0n) return new PyTuple([0n, 1n]);
  while ((mantissa & 1n) === 0n && e < 0) {
    mantissa >>= 1n;
    e++;
  }
  const num = e > 0 ? mantissa << BigInt(e) : mantissa;
  const den = e < 0 ? 1n << BigInt(-e) : 1n;
  return new PyTuple([negative ? -num : num, den]);
}

export const FLOAT_METHODS = new Map<string, MethodImpl<number>>([
  [
    'is_integer',
    (self, args, kw) => {
      exactArgs('float.is_integer', 0, args, kw);
      return Number.isInteger(self);
    },
  ],
  [
    'hex',
    (self, args, kw) => {
      exactArgs('float.hex', 0, args, kw);
      return floatHex(self);
    },
  ],
  [
    'as_integer_ratio',
    (self, args, kw) => {
      exactArgs('float.as_integer_ratio', 0, args, kw);
      return floatRatio(self);
    },
  ],
  [
    'conjugate',
    (self, args, kw) => {
      exactArgs('float.conjugate', 0, args, kw);
      return self;
    },
  ],
]);

const HEX_FLOAT = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i;

function invalidHex(): never {
  throw fail('ValueError', 'invalid hexadecimal floating-point string');
}

/** float.fromhex(s): the hexadecimal float text, rounded half to even to a double. */
export function floatFromHex(text: PyValue): number {
  if (typeof text !== 'string') invalidHex();
  const s = text.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special !== null) {
    const v = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  const m = HEX_FLOAT.exec(s);
  if (m === null) invalidHex();
  const [, sign, whole, frac = '', exp] = m;
  if (whole === '' && frac === '') invalidHex();
  if (m[0].toLowerCase().endsWith('p')) invalidHex();
  const digits = (whole + frac).replace(/^0+/, '');
  const negative = sign === '-';
  if (digits === '') return negative ? -0 : 0;
  let mantissa = BigInt(`0x${digits}`);
  // The value is mantissa·2^e.
  const e = (exp === undefined ? 0 : Number(exp)) - 4 * frac.length;
  const length = mantissa.toString(2).length;
  if (length + e > 1024)
    throw fail('OverflowError', 'hexadecimal value too large to represent as a float');
  // Keep 53 significant bits, and none below 2^-1074 (the subnormals' last bit).
  let shift = Math.max(length - 53, -1074 - e);
  if (shift > 0) {
    const big = BigInt(shift);
    const kept = mantissa >> big;
    const rest = mantissa - (kept << big);
    const half = 1n << (big - 1n);
    mantissa = rest > half || (rest === half && (kept & 1n) === 1n) ? kept + 1n : kept;
  } else shift = 0;
  const scale = e + shift;
  if (mantissa.toString(2).length + scale > 1024) {
    throw fail('OverflowError', 'hexadecimal value too large to represent as a float');
  }
  // Two steps, so that neither power of two overflows or underflows on its own.
  const half = Math.trunc(scale / 2);
  const v = Number(mantissa) * 2 ** half * 2 ** (scale - half);
  return negative ? -v : v;
}
