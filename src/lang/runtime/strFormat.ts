// Python's str.format: `{}` `{0}` `{name}` fields with `.attr` and `[key]` lookups,
// `!r`/`!s`/`!a` conversions and format specs (which may hold nested fields).

import { getAttr } from './attributes';
import { keyError } from './exceptions';
import { convert, formatObject } from './formatValue';
import { payloadOf } from './builtinSubclass';
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
): PyValue {
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
        if (i === text.length - 1) {
          throw fail('ValueError', "Single '{' encountered in format string");
        }
        const parsed = parseField(text, i + 1);
        out += renderField(parsed, depth);
        i = parsed.next;
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
  const renderField = (f: ParsedField, depth: number): string => {
    const r = renderFieldObject(f, depth);
    return typeof r === 'string' ? r : (payloadOf(r) as string);
  };
  const renderFieldObject = (f: ParsedField, depth: number): PyValue => {
    if (depth > 1) throw fail('ValueError', 'Max string recursion exceeded');
    // CPython looks the field up (and converts it) before expanding nested fields in its
    // spec, so `'{:{}}'.format(x, w)` numbers x as field 0 and w as field 1.
    const found = lookup(f.name);
    const conv = f.conversion;
    let value = found;
    if (conv !== null) {
      if (conv !== 'r' && conv !== 's' && conv !== 'a') {
        throw fail('ValueError', `Unknown conversion specifier ${conv}`);
      }
      value = convert(found, conv);
    }
    const spec = f.spec === null ? '' : render(f.spec, depth + 1);
    return formatObject(value, spec);
  };
  // A template that is one field alone gives what that field's __format__ returned.
  if (template.startsWith('{') && !template.startsWith('{{') && template.length > 1) {
    const parsed = parseField(template, 1);
    if (parsed.next === template.length) return renderFieldObject(parsed, 0);
  }
  return render(template, 0);
}

/** A replacement field as CPython 3.11's parse_field reads it from after its '{'. */
export interface ParsedField {
  name: string;
  conversion: string | null;
  spec: string | null;
  /** Where the text after the field's closing '}' starts. */
  next: number;
}

/**
 * CPython 3.11's parse_field: the name runs to '}', ':' or '!' (a `[key]` skipped whole);
 * '!' takes the next character as the conversion, which ':' or '}' must follow; a spec runs
 * to the '}' that balances its nested '{'. Its errors, in its order.
 */
export function parseField(text: string, from: number): ParsedField {
  let k = from;
  let c = '';
  while (k < text.length) {
    c = text[k++];
    if (c === '{') throw fail('ValueError', "unexpected '{' in field name");
    if (c === '[') {
      while (k < text.length && text[k] !== ']') k++;
      c = '';
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
    c = '';
  }
  const name = text.slice(from, c === '' ? k : k - 1);
  if (c === '}') return { name, conversion: null, spec: null, next: k };
  if (c !== '!' && c !== ':') throw fail('ValueError', "expected '}' before end of string");
  let conversion: string | null = null;
  if (c === '!') {
    if (k >= text.length) {
      throw fail('ValueError', 'end of string while looking for conversion specifier');
    }
    conversion = text[k++];
    if (k < text.length) {
      const after = text[k++];
      if (after === '}') return { name, conversion, spec: null, next: k };
      if (after !== ':') throw fail('ValueError', "expected ':' after conversion specifier");
    }
  }
  const specStart = k;
  let count = 1;
  while (k < text.length) {
    const ch = text[k++];
    if (ch === '{') count++;
    else if (ch === '}' && --count === 0) {
      return { name, conversion, spec: text.slice(specStart, k - 1), next: k };
    }
  }
  throw fail('ValueError', "unmatched '{' in format spec");
}
