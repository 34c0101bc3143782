// Python's printf-style string formatting: `"%.3f" % x`, `"%d/%d" % (a, b)`,
// `"%(name)s" % d`. Floats go through the format module, so the digits are Python's.

import { TgradError } from '../errors';
import { Value } from '../../engine';
import { formatFloat, formatStr } from '../format';
import { decimalIntDigits } from '../format/intRepr';
import { ascii } from './formatValue';
import { floatToInt, toFloat } from './numbers';
import { instanceFloat, instanceIndex, instanceInt } from './numberHooks';
import { repr, str, typeName } from './repr';
import { fail, typeError } from './state';
import { PyDict, PyRange, PyTuple, type PyValue } from './values';
import { payloadOf } from './builtinSubclass';
import { bytesData } from './bytesValue';
import { PyInstance } from './objects';
import { getItem } from './subscript';

/** What differs between `str % args` and `bytes % args` (which runs on latin-1 text). */
export interface PercentFlavour {
  /** As in "not all arguments converted during string formatting". */
  readonly noun: 'string' | 'bytes';
  /** The value of a key `%(name)s` from its text. */
  key(text: string): PyValue;
  /** The text of %s, %r, %a or %b, or undefined when the flavour has no such conversion. */
  text(type: string, v: PyValue): string | undefined;
  /** The one character of %c. */
  char(v: PyValue): string;
  /** The TypeError's message when a float conversion gets no number. */
  floatError(v: PyValue): string;
}

const strFlavour: PercentFlavour = {
  noun: 'string',
  key: (text) => text,
  text: (type, v) => {
    if (type === 's') return str(v);
    if (type === 'r') return repr(v);
    return type === 'a' ? ascii(repr(v)) : undefined;
  },
  char: (v) => {
    if (typeof v === 'string' && [...v].length === 1) return v;
    const code = typeof v === 'bigint' ? v : typeof v === 'boolean' ? BigInt(v) : instanceIndex(v);
    if (code === undefined) throw typeError('%c requires int or char');
    // An int of no code point is CPython's OverflowError, not the TypeError.
    if (code < 0n || code > 0x10ffffn) {
      throw fail('OverflowError', '%c arg not in range(0x110000)');
    }
    return String.fromCodePoint(Number(code));
  },
  floatError: (v) => `must be real number, not ${typeName(v)}`,
};

export function percentFormat(template: string, args: PyValue): string {
  return formatPercent(template, args, strFlavour);
}

/** `template % args` for either flavour. */
export function formatPercent(template: string, args: PyValue, flavour: PercentFlavour): string {
  const payload = payloadOf(args);
  const isTuple = payload instanceof PyTuple;
  const isMapping = !isTuple && isMappingArgument(args, flavour.noun === 'bytes');
  let list: readonly PyValue[] = isTuple ? payload.items : [args];
  let next = 0;
  const take = (): PyValue => {
    if (next < list.length) return list[next++];
    throw typeError('not enough arguments for format string');
  };
  let out = '';
  let i = 0;
  const n = template.length;
  while (i < n) {
    const c = template[i];
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    i++;
    if (i >= n) throw fail('ValueError', 'incomplete format');
    // Only '%%' is the literal: a '%' after flags, width or a key is an unsupported character.
    if (template[i] === '%') {
      out += '%';
      i++;
      continue;
    }
    if (template[i] === '(') {
      if (!isMapping) throw typeError('format requires a mapping');
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        if (template[j] === '(') depth++;
        else if (template[j] === ')') depth--;
        j++;
      }
      if (depth > 0) throw fail('ValueError', 'incomplete format key');
      // As in CPython, the looked-up value replaces the arguments: `'%(a)s %s' % {'a': 1}` has
      // not enough arguments, and a '*' after the key takes the value itself.
      list = [getItem(args, flavour.key(template.slice(i + 1, j - 1)))];
      next = 0;
      i = j;
    }
    let minus = false;
    let plus = false;
    let space = false;
    let zero = false;
    let alternate = false;
    for (; i < n; i++) {
      const f = template[i];
      if (f === '-') minus = true;
      else if (f === '+') plus = true;
      else if (f === ' ') space = true;
      else if (f === '0') zero = true;
      else if (f === '#') alternate = true;
      else break;
    }
    let width = 0;
    if (template[i] === '*') {
      width = Number(starArg(take()));
      if (width < 0) {
        minus = true;
        width = -width;
      }
      i++;
    } else {
      while (i < n && template[i] >= '0' && template[i] <= '9')
        width = width * 10 + Number(template[i++]);
    }
    let precision = -1;
    if (template[i] === '.') {
      i++;
      precision = 0;
      if (template[i] === '*') {
        precision = Math.max(0, Number(starArg(take())));
        i++;
      } else {
        while (i < n && template[i] >= '0' && template[i] <= '9')
          precision = precision * 10 + Number(template[i++]);
      }
    }
    while (i < n && (template[i] === 'h' || template[i] === 'l' || template[i] === 'L')) i++;
    if (i >= n) throw fail('ValueError', 'incomplete format');
    const type = String.fromCodePoint(template.codePointAt(i) ?? 0);
    const typeAt = i;
    i += type.length;
    const v = take();
    const sign = plus ? '+' : space ? ' ' : '';
    let text: string;
    switch (type) {
      case 's':
      case 'r':
      case 'a':
      case 'b': {
        const converted = flavour.text(type, v);
        if (converted === undefined) throw unsupported(template, typeAt, flavour);
        text = converted;
        if (precision >= 0) text = [...text].slice(0, precision).join('');
        text = formatStr(text, `${minus ? '<' : '>'}${width}`);
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        const hex = type === 'o' || type === 'x' || type === 'X';
        const wrongType = () =>
          typeError(
            hex
              ? `%${type} format: an integer is required, not ${typeName(v)}`
              : `%${type} format: a real number is required, not ${typeName(v)}`,
          );
        // An object converts as int(v) does for %d, by its __index__ for %o/%x; a TypeError
        // there (__int__ returning a str) becomes the format's own, as in CPython.
        let k: bigint | undefined;
        if (typeof v === 'object') {
          try {
            k = hex ? instanceIndex(v) : instanceInt(v);
          } catch (e) {
            if (e instanceof TgradError && e.kind === 'TypeError') {
              throw wrongType();
            }
            throw e;
          }
        }
        if (typeof v === 'bigint') k = v;
        else if (typeof v === 'boolean') k = v ? 1n : 0n;
        else if (typeof v === 'number' && !hex) k = floatToInt(v);
        else if (k === undefined) throw wrongType();
        const negative = k < 0n;
        const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
        // Decimal digits obey sys.set_int_max_str_digits, as str(k) does.
        let digits =
          base === 10 ? decimalIntDigits(negative ? -k : k) : (negative ? -k : k).toString(base);
        if (type === 'X') digits = digits.toUpperCase();
        if (precision > digits.length) digits = '0'.repeat(precision - digits.length) + digits;
        const prefix =
          alternate && base !== 10 ? (type === 'o' ? '0o' : type === 'x' ? '0x' : '0X') : '';
        text = pad((negative ? '-' : sign) + prefix, digits, width, minus, zero);
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        let x: number;
        if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean')
          x = toFloat(v);
        // Python takes any object with __float__, and float(v) is a Value's data.
        else if (v instanceof Value) x = v.data;
        else {
          const f = instanceFloat(v);
          if (f === undefined) throw typeError(flavour.floatError(v));
          x = f;
        }
        const p = precision < 0 ? 6 : precision;
        const body = formatFloat(Math.abs(x), `${alternate ? '#' : ''}.${p}${type}`);
        const negative = x < 0 || Object.is(x, -0);
        // The 0 flag pads inf and nan with zeros too: '%08.3f' % -inf is '-0000inf'.
        text = pad(negative ? '-' : sign, body, width, minus, zero);
        break;
      }
      case 'c':
        text = formatStr(flavour.char(v), `${minus ? '<' : '>'}${width}`);
        break;
      default:
        throw unsupported(template, typeAt, flavour);
    }
    out += text;
  }
  if (!isMapping && next < list.length) {
    throw typeError(`not all arguments converted during ${flavour.noun} formatting`);
  }
  return out;
}

/** A `*` width or precision: an int (a bool, an int subclass's instance), as a C ssize_t. */
function starArg(v: PyValue): bigint {
  const k = payloadOf(v);
  if (typeof k !== 'bigint' && typeof k !== 'boolean') throw typeError('* wants int');
  const n = typeof k === 'boolean' ? (k ? 1n : 0n) : k;
  if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) {
    throw fail('OverflowError', 'Python int too large to convert to C ssize_t');
  }
  return n;
}

function unsupported(template: string, at: number, flavour: PercentFlavour): TgradError {
  const code = template.codePointAt(at) ?? 0;
  // CPython hands bytes' character to %c as a signed char: past 0x7f it is negative, and
  // formatting the message fails with this OverflowError instead.
  if (flavour.noun === 'bytes' && code > 0x7f) {
    return fail('OverflowError', 'character argument not in range(0x110000)');
  }
  // CPython shows only printable ASCII, and counts the index in code points.
  const shown = code >= 31 && code <= 126 ? String.fromCodePoint(code) : '?';
  const index = [...template.slice(0, at)].length;
  return fail(
    'ValueError',
    `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${index}`,
  );
}

/**
 * CPython formats by keys from any argument with __getitem__ that is neither a tuple nor a str
 * (a list or a range too: then a text without conversions takes it without complaint), nor,
 * for bytes, bytes or a bytearray.
 */
function isMappingArgument(args: PyValue, forBytes: boolean): boolean {
  const payload = payloadOf(args);
  if (typeof payload === 'string') return false;
  if (bytesData(payload) !== null) return !forBytes;
  if (payload instanceof PyDict || Array.isArray(payload) || payload instanceof PyRange) {
    return true;
  }
  if (!(args instanceof PyInstance)) return false;
  const getter = args.cls.lookup('__getitem__');
  return getter !== undefined && getter !== null;
}

function pad(sign: string, body: string, width: number, left: boolean, zero: boolean): string {
  const len = sign.length + body.length;
  if (len >= width) return sign + body;
  if (left) return sign + body + ' '.repeat(width - len);
  if (zero) return sign + '0'.repeat(width - len) + body;
  return ' '.repeat(width - len) + sign + body;
}
