// Python's str.format: `{}` `{0}` `{name}` fields with `.attr` and `[key]` lookups,
// `!r`/`!s`/`!a` conversions and format specs (which may hold nested fields).

import { getAttr } from './attributes';
import { keyError } from './exceptions';
import { convert, formatValue } from './formatValue';
import { getItem } from './subscript';
import { fail } from './state';
import type { Kwargs, PyValue } from './values';

/**
 * `template.format(*args, **kw)`; `named`, when given, looks keyword fields up instead of kw
 * (str.format_map's mapping, read through its __getitem__), and positional fields fail.
 */
export function strFormat(
  template: string,
  args: readonly PyValue[],
  kw: Kwargs,
  named?: (key: string) => PyValue,
): string {
  let auto = 0;
  let mode: 'none' | 'auto' | 'manual' = 'none';
  const lookup = (field: string): PyValue => {
    const m = /^([^.[]*)(.*)$/s.exec(field)!;
    const head = m[1];
    let rest = m[2];
    let value: PyValue;
    if (named !== undefined && (head === '' || /^\d+$/.test(head))) {
      throw fail('ValueError', 'Format string contains positional fields');
    }
    if (named !== undefined) {
      value = named(head);
    } else if (head === '') {
      if (mode === 'manual') {
        throw fail(
          'ValueError',
          'cannot switch from manual field specification to automatic field numbering',
        );
      }
      mode = 'auto';
      if (auto >= args.length) {
        throw fail(
          'IndexError',
          `Replacement index ${auto} out of range for positional args tuple`,
        );
      }
      value = args[auto++];
    } else if (/^\d+$/.test(head)) {
      if (mode === 'auto') {
        throw fail(
          'ValueError',
          'cannot switch from automatic field numbering to manual field specification',
        );
      }
      mode = 'manual';
      const i = Number(head);
      if (i >= args.length) {
        throw fail('IndexError', `Replacement index ${i} out of range for positional args tuple`);
      }
      value = args[i];
    } else {
      const v = kw?.get(head);
      if (v === undefined) throw keyError(head);
      value = v;
    }
    while (rest !== '') {
      if (rest[0] === '.') {
        const a = /^\.([^.[]+)/.exec(rest);
        if (a === null) throw fail('ValueError', 'Empty attribute in format string');
        value = getAttr(value, a[1]);
        rest = rest.slice(a[0].length);
      } else if (rest[0] === '[') {
        const close = rest.indexOf(']');
        if (close < 0) throw fail('ValueError', "Missing ']' in format string");
        const key = rest.slice(1, close);
        if (key === '') throw fail('ValueError', 'Empty attribute in format string');
        value = getItem(value, /^\d+$/.test(key) ? BigInt(key) : key);
        rest = rest.slice(close + 1);
      } else {
        throw fail('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
      }
    }
    return value;
  };
  const render = (text: string, depth: number): string => {
    let out = '';
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === '{') {
        if (text[i + 1] === '{') {
          out += '{';
          i += 2;
          continue;
        }
        // Find the matching '}' (specs may nest one level of fields). As in CPython, braces
        // inside the field name's `[key]` are the key's text: `'{0[}]}'.format({'}': 1})`.
        let j = i + 1;
        let nest = 1;
        let inName = true;
        while (j < text.length) {
          const t = text[j];
          if (inName && t === '[') {
            const close = text.indexOf(']', j + 1);
            if (close < 0) {
              j = text.length;
              break;
            }
            j = close + 1;
            continue;
          }
          if (t === ':' || t === '!') inName = false;
          if (t === '{') nest++;
          else if (t === '}' && --nest === 0) break;
          j++;
        }
        if (j >= text.length) {
          if (i === text.length - 1) {
            throw fail('ValueError', "Single '{' encountered in format string");
          }
          if (text.slice(i + 1).includes(':')) {
            throw fail('ValueError', "unmatched '{' in format spec");
          }
          throw fail('ValueError', "expected '}' before end of string");
        }
        const body = text.slice(i + 1, j);
        out += renderField(body, depth);
        i = j + 1;
      } else if (c === '}') {
        if (text[i + 1] === '}') {
          out += '}';
          i += 2;
          continue;
        }
        throw fail('ValueError', "Single '}' encountered in format string");
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  const renderField = (body: string, depth: number): string => {
    if (depth > 1) throw fail('ValueError', 'Max string recursion exceeded');
    let nameEnd = body.length;
    let bracket = false;
    for (let k = 0; k < body.length; k++) {
      const ch = body[k];
      if (ch === '[') bracket = true;
      else if (ch === ']') bracket = false;
      else if (!bracket && (ch === '!' || ch === ':')) {
        nameEnd = k;
        break;
      }
    }
    const field = body.slice(0, nameEnd);
    let rest = body.slice(nameEnd);
    let conversion: 'r' | 's' | 'a' | null = null;
    if (rest[0] === '!') {
      const conv = rest[1];
      if (conv !== 'r' && conv !== 's' && conv !== 'a') {
        throw fail(
          'ValueError',
          conv === undefined || conv === ':'
            ? 'end of string while looking for conversion specifier'
            : `Unknown conversion specifier ${conv}`,
        );
      }
      conversion = conv;
      rest = rest.slice(2);
      if (rest !== '' && rest[0] !== ':')
        throw fail('ValueError', "expected ':' after conversion specifier");
    }
    // CPython looks the field up (and converts it) before expanding nested fields in its
    // spec, so `'{:{}}'.format(x, w)` numbers x as field 0 and w as field 1.
    const found = lookup(field);
    const value = conversion !== null ? convert(found, conversion) : found;
    const spec = rest[0] === ':' ? render(rest.slice(1), depth + 1) : '';
    return formatValue(value, spec);
  };
  return render(template, 0);
}
