import { FormatError } from './formatError';

/**
 * Python 3.11 refuses to write an int of more than 4300 decimal digits (the conversion is
 * quadratic); the same cap keeps a runaway `2 ** 10 ** 7` from stalling the host.
 */
export const MAX_INT_DIGITS = 4300;
const LIMIT = 10n ** BigInt(MAX_INT_DIGITS);

/** Decimal digits of |x|, or Python's ValueError past 4300 digits. */
export function decimalIntDigits(abs: bigint): string {
  if (abs >= LIMIT) {
    throw new FormatError(
      'ValueError',
      `Exceeds the limit (${MAX_INT_DIGITS} digits) for integer string conversion`,
    );
  }
  return abs.toString();
}

/** Python's `repr(int)` / `str(int)`. */
export function intRepr(x: bigint): string {
  if (x < 0n) return '-' + decimalIntDigits(-x);
  return decimalIntDigits(x);
}
