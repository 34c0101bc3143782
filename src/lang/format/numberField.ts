import { fieldTooLarge, MAX_FIELD_SIZE } from './formatError';
import type { FormatSpec } from './formatSpec';

/**
 * Lays out a formatted number as Python's `calc_number_widths` + `fill_number` do:
 * `<lpad><sign><prefix><spad><grouped digits><rest><rpad>`, where `digits` is the leading run of
 * integer digits (the only part that is grouped and zero-padded) and `rest` everything after it
 * (decimal point, fraction, exponent, '%', or the character of a 'c' format).
 */
export function numberField(
  negative: boolean,
  prefix: string,
  digits: string,
  rest: string,
  spec: FormatSpec,
  groupSize: number,
  restWidth: number = rest.length,
): string {
  let sign = '';
  if (negative) sign = '-';
  else if (spec.sign === '+') sign = '+';
  else if (spec.sign === ' ') sign = ' ';

  const width = spec.width;
  const align = spec.numberAlign;
  const fill = spec.fill;
  const others = sign.length + prefix.length + restWidth;
  // Zero padding with '=' goes inside the digit groups ('0,001,234'), not before them.
  const minDigits = fill === '0' && align === '=' ? width - others : 0;
  if (width > MAX_FIELD_SIZE && width > others + digits.length) throw fieldTooLarge('width', width);

  let grouped: string;
  if (digits.length === 0) grouped = '';
  else if (groupSize === 0 && minDigits <= digits.length) grouped = digits;
  else grouped = groupDigits(digits, minDigits, spec.grouping === '_' ? '_' : ',', groupSize);

  const padding = width - (others + grouped.length);
  if (padding <= 0) return sign + prefix + grouped + rest;
  switch (align) {
    case '<':
      return sign + prefix + grouped + rest + fill.repeat(padding);
    case '^': {
      const left = padding >> 1;
      return fill.repeat(left) + sign + prefix + grouped + rest + fill.repeat(padding - left);
    }
    case '=':
      return sign + prefix + fill.repeat(padding) + grouped + rest;
    default:
      return fill.repeat(padding) + sign + prefix + grouped + rest;
  }
}

/**
 * Python's `_PyUnicode_InsertThousandsGrouping` for a repeating group size (0: no grouping),
 * zero-filling to `minWidth` characters. A group is never left empty before a separator, so
 * the result can exceed `minWidth` by one ('08,' of 1234 is '0,001,234').
 */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  let min = Math.max(0, minWidth);
  let remaining = digits.length;
  let out = '';
  let useSep = false;
  if (size > 0) {
    for (;;) {
      const len = Math.min(size, Math.max(remaining, min, 1));
      const zeros = Math.max(0, len - remaining);
      const chars = Math.max(0, Math.min(remaining, len));
      out =
        '0'.repeat(zeros) + digits.slice(remaining - chars, remaining) + (useSep ? sep : '') + out;
      useSep = true;
      remaining -= chars;
      min -= len;
      if (remaining <= 0 && min <= 0) return out;
      min -= sep.length;
    }
  }
  const len = Math.max(remaining, min, 1);
  const zeros = Math.max(0, len - remaining);
  return '0'.repeat(zeros) + digits + out;
}
