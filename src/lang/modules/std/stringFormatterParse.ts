// The C helpers string.Formatter stands on (CPython's _string module): formatter_parser, which
// cuts a format string into (literal, field name, spec, conversion) pieces, and
// formatter_field_name_split, which cuts a field name into its first name and its .attr / [key]
// steps. Both are lazy in CPython, so an error comes when the loop reaches it, after the work
// done on the pieces before it.

import { decimalDigitValue } from '../../format/decimalDigitValue';
import { fail } from '../../runtime/state';
import { parseField } from '../../runtime/strFormat';
import { PyIterator, PyTuple, type PyValue } from '../../runtime/values';

const NO_FIELD = [null, null, null] as const;

/** _string.formatter_parser(text): its pieces, each read when asked for (MarkupIterator_next). */
export function formatterParser(text: string): PyIterator {
  let i = 0;
  return new PyIterator('formatteriterator', () => {
    if (i >= text.length) return undefined;
    const start = i;
    let c = '';
    while (i < text.length) {
      c = text[i++];
      if (c === '{' || c === '}') break;
    }
    const atEnd = i >= text.length;
    if (c === '}' && (atEnd || text[i] !== '}')) {
      throw fail('ValueError', "Single '}' encountered in format string");
    }
    if (c === '{' && atEnd) throw fail('ValueError', "Single '{' encountered in format string");
    if (c !== '{' && c !== '}') return new PyTuple([text.slice(start, i), ...NO_FIELD]);
    if (text[i] === c) {
      // A doubled brace ends the piece with one of it, and no field.
      i++;
      return new PyTuple([text.slice(start, i - 1), ...NO_FIELD]);
    }
    const literal = text.slice(start, i - 1);
    const f = parseField(text, i);
    i = f.next;
    return new PyTuple([literal, f.name, f.spec ?? '', f.conversion]);
  });
}

/**
 * get_integer: a name of decimal digits (any script's) as an int, else null; its overflow
 * error comes at the digit that overflows a Py_ssize_t, before a later non-digit is seen.
 */
function integerOf(name: string): bigint | null {
  if (name === '') return null;
  let n = 0n;
  for (const ch of name) {
    const d = decimalDigitValue(ch.codePointAt(0)!);
    if (d < 0) return null;
    n = n * 10n + BigInt(d);
    if (n > 2n ** 63n - 1n) throw fail('ValueError', 'Too many decimal digits in format string');
  }
  return n;
}

export type FieldStep = [isAttribute: boolean, key: PyValue];

/**
 * _string.formatter_field_name_split(name): the first name (an int when it is all digits) and
 * a function giving each later step in turn (FieldNameIterator_next), undefined at the end.
 */
export function fieldNameSplit(name: string): [PyValue, () => FieldStep | undefined] {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const head = name.slice(0, i);
  const first = integerOf(head) ?? head;
  const next = (): FieldStep | undefined => {
    if (i >= name.length) return undefined;
    const c = name[i++];
    let step: FieldStep;
    let key: string;
    if (c === '.') {
      const from = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      key = name.slice(from, i);
      step = [true, key];
    } else if (c === '[') {
      const close = name.indexOf(']', i);
      if (close < 0) throw fail('ValueError', "Missing ']' in format string");
      key = name.slice(i, close);
      i = close + 1;
      step = [false, integerOf(key) ?? key];
    } else {
      throw fail('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (key === '') throw fail('ValueError', 'Empty attribute in format string');
    return step;
  };
  return [first, next];
}
