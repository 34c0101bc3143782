// format(value, spec) for every type, as f-strings, str.format and format() use it, with
// the format module's FormatError turned into the Python error a learner sees.

import { FormatError, formatBool, formatFloat, formatInt, formatStr } from '../format';
import { TgradError } from '../errors';
import { repr, str, typeName } from './repr';
import { callSpecial } from './instances';
import { PyInstance } from './objects';
import { typeError } from './state';
import type { PyValue } from './values';

/** Runs a format-module call, turning its FormatError into a ValueError of the run. */
export function formatting<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof FormatError) throw new TgradError(e.kind, e.message);
    throw e;
  }
}

export function formatValue(v: PyValue, spec: string): string {
  switch (typeof v) {
    case 'number':
      return formatting(() => formatFloat(v, spec));
    case 'bigint':
      return formatting(() => formatInt(v, spec));
    case 'boolean':
      return formatting(() => formatBool(v, spec));
    case 'string':
      return formatting(() => formatStr(v, spec));
  }
  if (v instanceof PyInstance) {
    const r = callSpecial(v, '__format__', [spec]);
    if (r !== undefined) {
      if (typeof r !== 'string') {
        throw typeError(`__format__ must return a str, not ${typeName(r)}`);
      }
      return r;
    }
  }
  if (spec === '') return str(v);
  throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
}

/** Applies an f-string / str.format conversion (`!r`, `!s`, `!a`). */
export function convert(v: PyValue, conversion: 'r' | 's' | 'a'): string {
  if (conversion === 's') return str(v);
  const text = repr(v);
  return conversion === 'a' ? ascii(text) : text;
}

/** Python's ascii(): repr with every non-ASCII character escaped. */
export function ascii(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out += ch;
    else if (code <= 0xff) out += '\\x' + code.toString(16).padStart(2, '0');
    else if (code <= 0xffff) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += '\\U' + code.toString(16).padStart(8, '0');
  }
  return out;
}
