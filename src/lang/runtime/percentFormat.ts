// Python's printf-style string formatting: `"%.3f" % x`, `"%d/%d" % (a, b)`,
// `"%(name)s" % d`. Floats go through the format module, so the digits are Python's.

import { keyError } from './exceptions';
import { Value } from '../../engine';
import { formatFloat, formatStr } from '../format';
import { decimalIntDigits } from '../format/intRepr';
import { ascii } from './formatValue';
import { floatToInt, toFloat } from './numbers';
import { instanceFloat, instanceIndex, instanceInt } from './numberHooks';
import { repr, str, typeName } from './repr';
import { fail, typeError } from './state';
import { PyDict, PyTuple, type PyValue } from './values';
import { hashKey } from './equality';

export function percentFormat(template: string, args: PyValue): string {
  const isMapping = args instanceof PyDict;
  const list = args instanceof PyTuple ? args.items : [args];
  let next = 0;
  const take = (): PyValue => {
    if (isMapping && !(args instanceof PyTuple)) {
      if (next++ === 0) return args;
    } else if (next < list.length) return list[next++];
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
    let value: PyValue | undefined;
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
      const key = template.slice(i + 1, j - 1);
      const entry = (args as PyDict).map.get(hashKey(key));
      if (entry === undefined) throw keyError(key);
      value = entry.value;
      // As in CPython, the mapping is no longer a positional argument after a key:
      // `'%(a)s %s' % {'a': 1}` has not enough arguments.
      next = 1;
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
    const type = template[i++];
    if (type === '%') {
      out += '%';
      continue;
    }
    const v = value ?? take();
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
        text = pad(negative ? '-' : sign, body, width, minus, zero && Number.isFinite(x));
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
        const code = type.codePointAt(0) ?? 0;
        throw fail(
          'ValueError',
          `unsupported format character '${type}' (0x${code.toString(16)}) at index ${i - 1}`,
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

function pad(sign: string, body: string, width: number, left: boolean, zero: boolean): string {
  const len = sign.length + body.length;
  if (len >= width) return sign + body;
  if (left) return sign + body + ' '.repeat(width - len);
  if (zero) return sign + '0'.repeat(width - len) + body;
  return ' '.repeat(width - len) + sign + body;
}
