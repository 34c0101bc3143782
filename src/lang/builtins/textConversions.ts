// int() and float() of text and bytes, and the conversions behind int(x) and float(x): Python's
// literal rules (underscores, bases, whitespace), its digit limit and its messages.

import { bytesData } from '../runtime/bytes';
import { latin1Text } from '../runtime/codecs';
import { bytesRepr, strRepr } from '../format';
import { readLimitMessage, tooManyDigits } from '../format/intRepr';
import { readDigits } from './readDigits';
import { TgradError } from '../errors';
import { Value } from '../../engine';
import { asciiDigits } from '../format/decimalDigitValue';
import { instanceFloat, instanceInt, instanceTrunc } from '../runtime/numberHooks';
import { indexArg } from '../runtime/args';
import { payloadOf } from '../runtime/builtinSubclass';
import { floatToInt, toFloat } from '../runtime/numbers';
import { repr, typeName } from '../runtime/repr';
import { fail, typeError } from '../runtime/state';
import { type PyValue } from '../runtime/values';

const FLOAT_TEXT =
  /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*|\d(?:_?\d)*\.)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_FLOAT = /^([+-]?)(inf|infinity|nan)$/i;

/** A plain decimal number (`float(line)`): Number() reads it as Python does. */
const PLAIN_FLOAT = /^[ \t\n\r]*[+-]?[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?[ \t\n\r]*$/;

export function parseFloatText(s: string): number {
  if (PLAIN_FLOAT.test(s)) return Number(s);
  const t = asciiDigits(s).trim();
  const special = SPECIAL_FLOAT.exec(t);
  if (special !== null) {
    const sign = special[1] === '-' ? -1 : 1;
    return special[2].toLowerCase() === 'nan' ? NaN : sign * Infinity;
  }
  if (!FLOAT_TEXT.test(t))
    throw fail('ValueError', `could not convert string to float: ${repr(s)}`);
  return Number(t.replace(/_/g, ''));
}

/** A plain decimal integer, as `int(input())` mostly reads: BigInt parses it as Python does. */
const PLAIN_DECIMAL = /^[ \t\n\r]*[+-]?[0-9]+[ \t\n\r]*$/;

function parseIntText(s: string, base: number): bigint {
  if (base === 10 && PLAIN_DECIMAL.test(s) && s.length <= 4300 && !tooManyDigits(s.length)) {
    return BigInt(s);
  }
  const bad = (): never => {
    throw fail('ValueError', `invalid literal for int() with base ${base}: ${repr(s)}`);
  };
  let t = asciiDigits(s).trim();
  let negative = false;
  if (t[0] === '+' || t[0] === '-') {
    negative = t[0] === '-';
    t = t.slice(1);
  }
  let b = base;
  const prefix = t.slice(0, 2).toLowerCase();
  if (
    (b === 16 && prefix === '0x') ||
    (b === 8 && prefix === '0o') ||
    (b === 2 && prefix === '0b')
  ) {
    t = t.slice(2).replace(/^_/, '');
  } else if (b === 0) {
    if (prefix === '0x') b = 16;
    else if (prefix === '0o') b = 8;
    else if (prefix === '0b') b = 2;
    else b = 10;
    if (b !== 10) t = t.slice(2).replace(/^_/, '');
    else if (/^0+[1-9]/.test(t.replace(/_/g, ''))) bad();
  }
  if (t === '' || t.startsWith('_') || t.endsWith('_') || t.includes('__')) bad();
  const digits = t.replace(/_/g, '').toLowerCase();
  const digitOf = (ch: string): number =>
    ch >= '0' && ch <= '9'
      ? ch.charCodeAt(0) - 48
      : ch >= 'a' && ch <= 'z'
        ? ch.charCodeAt(0) - 87
        : 99;
  for (const ch of digits) if (digitOf(ch) >= b) bad();
  // Python 3.11 refuses more than 4300 digits (sys.set_int_max_str_digits) in a base that
  // is not a power of two.
  if (tooManyDigits(digits.length) && (b & (b - 1)) !== 0) {
    throw fail('ValueError', readLimitMessage(digits.length));
  }
  const value = readDigits(digits, b);
  return negative ? -value : value;
}

/**
 * int(b) / float(b) of bytes: their text read as a str is, except that a failure shows the
 * bytes (`invalid literal for int() with base 10: b'x'`).
 */
function parseBytes<T>(data: Uint8Array, parse: (text: string) => T): T {
  const text = latin1Text(data);
  try {
    return parse(text);
  } catch (e) {
    if (!(e instanceof TgradError) || e.kind !== 'ValueError') throw e;
    throw fail('ValueError', e.message.replace(strRepr(text), bytesRepr(data)));
  }
}

export function toInt(v: PyValue, base: PyValue | undefined): bigint {
  const data = typeof v === 'object' ? bytesData(v) : null;
  if (data !== null) return parseBytes(data, (s) => toInt(s, base));
  if (base !== undefined) {
    // CPython reads the base before it looks at what is to be converted.
    const b = Number(indexArg(base));
    if (b !== 0 && (b < 2 || b > 36))
      throw fail('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    const text = payloadOf(v);
    if (typeof text !== 'string') {
      throw typeError("int() can't convert non-string with explicit base");
    }
    return parseIntText(text, b);
  }
  switch (typeof v) {
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1n : 0n;
    case 'number':
      return floatToInt(v);
    case 'string':
      return parseIntText(v, 10);
  }
  const hooked = instanceInt(v) ?? instanceTrunc(v);
  if (hooked !== undefined) return hooked;
  throw typeError(
    `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`,
  );
}

export function toFloatValue(v: PyValue): number {
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
    case 'boolean':
      return toFloat(v);
    case 'string':
      return parseFloatText(v);
  }
  if (v instanceof Value) return v.data;
  const data = bytesData(v);
  if (data !== null) return parseBytes(data, parseFloatText);
  const hooked = instanceFloat(v);
  if (hooked !== undefined) return hooked;
  throw typeError(`float() argument must be a string or a real number, not '${typeName(v)}'`);
}
