// format(value, spec) for every type, as f-strings, str.format and format() use it, with
// the format module's FormatError turned into the Python error a learner sees.

import { ownSpecial } from './ownSpecial';
import { FormatError, formatBool, formatFloat, formatInt, formatStr } from '../format';
import { TgradError } from '../errors';
import { repr, str, typeName } from './repr';
import { PyInstance } from './objects';
import { payloadOf } from './builtinSubclass';
import { typeError } from './state';
import { enterNativeLevel, leaveNativeLevel } from './nativeCallDepth';
import { PyNamedTuple, type PyValue } from './values';
import { argTypeName } from './typeName';

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
  const r = formatted(v, spec, spec);
  return typeof r === 'string' ? r : (payloadOf(r) as string);
}

/** format(v, spec) keeping a str subclass's instance that a __format__ returned. */
export function formatObject(v: PyValue, spec: string): PyValue {
  return formatted(v, spec, spec);
}

/**
 * format(v, spec) as the built-in returns it, `spec` a str or a str subclass's instance (given
 * as it is to a __format__ the program wrote): the str, or the str subclass's instance, that
 * __format__ returned.
 */
export function formatWithSpec(v: PyValue, spec: PyValue): PyValue {
  const text = typeof spec === 'string' ? spec : payloadOf(spec);
  if (typeof text !== 'string') {
    throw typeError(`format() argument 2 must be str, not ${argTypeName(spec)}`);
  }
  return formatted(v, text, spec);
}

/** The text of a str subclass's instance (a spec given to __format__), else undefined. */
export function specText(spec: PyValue): string | undefined {
  const text = payloadOf(spec);
  return typeof text === 'string' ? text : undefined;
}

/** v formatted by `spec`, whose text is `text`: a str, or what a __format__ returned. */
function formatted(v: PyValue, text: string, spec: PyValue): PyValue {
  switch (typeof v) {
    case 'number':
      return formatting(() => formatFloat(v, text));
    case 'bigint':
      return formatting(() => formatInt(v, text));
    case 'boolean':
      return formatting(() => formatBool(v, text));
    case 'string':
      return formatting(() => formatStr(v, text));
  }
  if (v instanceof PyInstance || v instanceof PyNamedTuple) {
    const r = ownSpecial(v, '__format__', [spec]);
    if (r !== undefined) {
      // A str subclass's instance is a str too (CPython's check is PyUnicode_Check).
      if (typeof r !== 'string' && typeof payloadOf(r) !== 'string') {
        throw typeError(`__format__ must return a str, not ${typeName(r)}`);
      }
      return r;
    }
  }
  if (text === '') {
    // object.__format__, a C method PyObject_Format calls with the recursion check: one level
    // held while the str runs (f"{child}" in a __str__ takes three levels per node).
    enterNativeLevel();
    try {
      return str(v);
    } finally {
      leaveNativeLevel();
    }
  }
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
