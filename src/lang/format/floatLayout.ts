/**
 * Python's `format_float_short` layout of decimal digits for the 'g' and 'r' (repr) codes:
 * `digits` (no trailing zeros, '0' for zero) stand for 0.digits · 10^decpt. 'r' switches to an
 * exponent outside 1e-4 <= |x| < 1e16, 'g' outside 1e-4 <= |x| < 10^precision; `addDot0`
 * (Python's no-type format) keeps a '.0' on integers, `alternate` ('#') keeps trailing zeros.
 * Returns the unsigned text with a lowercase 'e'.
 */
export function layoutDigits(
  digits: string,
  decpt: number,
  code: 'g' | 'r',
  precision: number,
  addDot0: boolean,
  alternate: boolean,
): string {
  const count = digits.length;
  let end = count;
  let useExp: boolean;
  if (code === 'g') {
    useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
    if (alternate) end = precision;
  } else {
    useExp = decpt <= -4 || decpt > 16;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  end = Math.max(end, !useExp && addDot0 ? decpt + 1 : decpt);

  let out: string;
  if (decpt <= 0) out = '0.' + '0'.repeat(-decpt) + digits + '0'.repeat(end - count);
  else if (decpt <= count) {
    out = digits.slice(0, decpt) + '.' + digits.slice(decpt) + '0'.repeat(end - count);
  } else out = digits + '0'.repeat(decpt - count) + '.' + '0'.repeat(end - decpt);

  if (!alternate && out.charCodeAt(out.length - 1) === 46 /* . */) out = out.slice(0, -1);
  if (useExp) out += exponentSuffix(exp);
  return out;
}

/** C's `%+.02d` after an 'e': a sign and at least two digits. */
export function exponentSuffix(exp: number): string {
  const abs = exp < 0 ? -exp : exp;
  return (exp < 0 ? 'e-' : 'e+') + (abs < 10 ? '0' : '') + abs;
}
