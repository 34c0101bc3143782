import { codePointLength, codePointPrefix } from './codePoints';
import { fieldTooLarge, FormatError, MAX_FIELD_SIZE, unknownFormatCode } from './formatError';
import { groupSize, parseFormatSpec } from './formatSpec';

/** Python's `format(s, spec)` for a str: precision truncates, width pads (default left). */
export function formatStr(s: string, specText: string): string {
  if (specText === '') return s;
  const spec = parseFormatSpec(specText, 'str');
  const type = spec.type === '' ? 's' : spec.type;
  groupSize(spec, type);
  if (type !== 's') throw unknownFormatCode(type, 'str');
  if (spec.sign !== '') {
    throw new FormatError(
      'ValueError',
      spec.sign === ' '
        ? 'Space not allowed in string format specifier'
        : 'Sign not allowed in string format specifier',
    );
  }
  if (spec.noNegZero) {
    throw new FormatError(
      'ValueError',
      'Negative zero coercion (z) not allowed in string format specifier',
    );
  }
  if (spec.alternate) {
    throw new FormatError(
      'ValueError',
      'Alternate form (#) not allowed in string format specifier',
    );
  }
  if (spec.stringAlign === '=') {
    throw new FormatError('ValueError', "'=' alignment not allowed in string format specifier");
  }

  let text = s;
  let length = codePointLength(s);
  if (spec.precision >= 0 && length > spec.precision) {
    text = codePointPrefix(s, spec.precision);
    length = spec.precision;
  }
  const padding = spec.width - length;
  if (padding <= 0) return text;
  if (spec.width > MAX_FIELD_SIZE) throw fieldTooLarge('width', spec.width);
  const fill = spec.fill;
  switch (spec.stringAlign) {
    case '>':
      return fill.repeat(padding) + text;
    case '^': {
      const left = padding >> 1;
      return fill.repeat(left) + text + fill.repeat(padding - left);
    }
    default:
      return text + fill.repeat(padding);
  }
}
