import { fixedText, shortestDigits, significantDigits } from './decimalDigits';
import { fieldTooLarge, FormatError, MAX_FIELD_SIZE, unknownFormatCode } from './formatError';
import { floatRepr } from './floatRepr';
import { exponentSuffix, layoutDigits } from './floatLayout';
import { groupSize, parseFormatSpec, type FormatSpec } from './formatSpec';
import { numberField } from './numberField';

/** Python's `format(x, spec)` for a float (`f"{x:.4f}"`). */
export function formatFloat(x: number, spec: string): string {
  if (spec === '') return floatRepr(x);
  return formatFloatSpec(x, parseFormatSpec(spec, 'float'));
}

/** Python's `format_float_internal`, also used for ints given a float presentation type. */
export function formatFloatSpec(x: number, spec: FormatSpec): string {
  // An explicit NUL type is the float default, the no-type format.
  const type = spec.type === '\0' ? '' : spec.type;
  const group = groupSize(spec, type);
  let code: string;
  switch (type) {
    case '':
    case 'e':
    case 'f':
    case 'g':
    case '%':
      code = type;
      break;
    case 'E':
    case 'F':
    case 'G':
      code = type.toLowerCase();
      break;
    case 'n':
      // 'n' is 'g' with the locale's separators, and Python's numeric locale is C.
      code = 'g';
      break;
    default:
      throw unknownFormatCode(type, 'float');
  }
  let precision = spec.precision;
  if (precision > 2147483647) throw new FormatError('ValueError', 'precision too big');
  if (precision > MAX_FIELD_SIZE) throw fieldTooLarge('precision', precision);
  if (precision < 0 && code !== '') precision = 6;

  let value = x;
  if (code === '%') value *= 100;
  const negative = value < 0 || (value === 0 && 1 / value < 0);
  const ax = negative ? -value : value;

  let body: string;
  let zero = false;
  if (ax !== ax) body = 'nan';
  else if (ax === Infinity) body = 'inf';
  else if (code === 'f' || code === '%') {
    body = fixedText(ax, precision);
    if (spec.alternate && precision === 0) body += '.';
    zero = spec.noNegZero && !/[1-9]/.test(body);
  } else if (code === 'e') {
    const { digits, exp } = significantDigits(ax, precision + 1);
    body =
      digits[0] +
      (precision > 0 || spec.alternate ? '.' : '') +
      digits.slice(1) +
      exponentSuffix(exp);
    zero = spec.noNegZero && ax === 0;
  } else {
    // 'g' (and the no-type format given a precision) rounds to p significant digits, p >= 1.
    const shortest = code === '' && precision < 0;
    const p = precision === 0 ? 1 : precision;
    const rounded = shortest ? shortestDigits(ax) : significantDigits(ax, p);
    const exp = rounded.exp;
    let digits = rounded.digits;
    let end = digits.length;
    while (end > 1 && digits.charCodeAt(end - 1) === 48 /* 0 */) end--;
    if (end < digits.length) digits = digits.slice(0, end);
    body = layoutDigits(digits, exp + 1, shortest ? 'r' : 'g', p, code === '', spec.alternate);
    zero = spec.noNegZero && digits === '0';
  }
  if (type === 'E' || type === 'F' || type === 'G') body = body.toUpperCase();
  // Python ignores the sign bit of a NaN.
  const signed = negative && !zero && ax === ax;
  const rest = code === '%' ? '%' : '';

  if (spec.width < 0 && spec.sign === '' && group === 0) {
    return (signed ? '-' : '') + body + rest;
  }
  let split = 0;
  while (split < body.length && body.charCodeAt(split) >= 48 && body.charCodeAt(split) <= 57)
    split++;
  return numberField(signed, '', body.slice(0, split), body.slice(split) + rest, spec, group);
}
