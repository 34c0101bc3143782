// Python's printf-style string formatting: `"%.3f" % x`, `"%d/%d" % (a, b)`,
// `"%(name)s" % d`. Floats go through the format module, so the digits are Python's.

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

export function percentFormat(template: string, args: PyValue): string {
  const payload = payloadOf(args);
  const isTuple = payload instanceof PyTuple;
  const isMapping = !isTuple && isMappingArgument(args);
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
      list = [getItem(args, template.slice(i + 1, j - 1))];
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
      const w = take();
      if (typeof w !== 'bigint') throw typeError('* wants int');
      width = Number(w);
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
        const p = take();
        if (typeof p !== 'bigint') throw typeError('* wants int');
        precision = Math.max(0, Number(p));
        i++;
      } else {
        while (i < n && template[i] >= '0' && template[i] <= '9')
          precision = precision * 10 + Number(template[i++]);
      }
    }
    while (i < n && (template[i] === 'h' || template[i] === 'l' || template[i] === 'L')) i++;
    if (i >= n) throw fail('ValueError', 'incomplete format');
    const typeCode = template.codePointAt(i) ?? 0;
    const type = String.fromCodePoint(typeCode);
    const typeAt = i;
    i += type.length;
    const v = take();
    const sign = plus ? '+' : space ? ' ' : '';
    let text: string;
    switch (type) {
      case 's':
      case 'r':
      case 'a': {
        text = type === 's' ? str(v) : type === 'r' ? repr(v) : ascii(repr(v));
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
            if (e instanceof Error && (e as { kind?: string }).kind === 'TypeError') {
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
          if (f === undefined) throw typeError(`must be real number, not ${typeName(v)}`);
          x = f;
        }
        const p = precision < 0 ? 6 : precision;
        const body = formatFloat(Math.abs(x), `${alternate ? '#' : ''}.${p}${type}`);
        const negative = x < 0 || Object.is(x, -0);
        // The 0 flag pads inf and nan with zeros too: '%08.3f' % -inf is '-0000inf'.
        text = pad(negative ? '-' : sign, body, width, minus, zero);
        break;
      }
      case 'c': {
        let ch: string;
        if (typeof v === 'string' && [...v].length === 1) ch = v;
        else {
          const code =
            typeof v === 'bigint' ? v : typeof v === 'boolean' ? BigInt(v) : instanceIndex(v);
          if (code === undefined) throw typeError('%c requires int or char');
          // An int of no code point is CPython's OverflowError, not the TypeError.
          if (code < 0n || code > 0x10ffffn) {
            throw fail('OverflowError', '%c arg not in range(0x110000)');
          }
          ch = String.fromCodePoint(Number(code));
        }
        text = formatStr(ch, `${minus ? '<' : '>'}${width}`);
        break;
      }
      default: {
        // CPython shows only printable ASCII, and counts the index in code points.
        const shown = typeCode >= 31 && typeCode <= 126 ? type : '?';
        const index = [...template.slice(0, typeAt)].length;
        throw fail(
          'ValueError',
          `unsupported format character '${shown}' (0x${typeCode.toString(16)}) at index ${index}`,
        );
      }
    }
    out += text;
  }
  if (!isMapping && next < list.length) {
    throw typeError('not all arguments converted during string formatting');
  }
  return out;
}

/**
 * CPython formats by keys from any argument with __getitem__ that is neither a tuple nor a str
 * (a list or a range too: then a text without conversions takes it without complaint).
 */
function isMappingArgument(args: PyValue): boolean {
  const payload = payloadOf(args);
  if (typeof payload === 'string') return false;
  if (
    payload instanceof PyDict ||
    Array.isArray(payload) ||
    payload instanceof PyRange ||
    bytesData(payload) !== null
  ) {
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
