import { FormatError } from './formatError';

/**
 * Python 3.11 refuses to write an int of more than 4300 decimal digits (the conversion is
 * quadratic) until `sys.set_int_max_str_digits` changes the limit; the same default cap
 * keeps a runaway `2 ** 10 ** 7` from stalling the host.
 */
export const MAX_INT_DIGITS = 4300;

/** What the message adds after the limit, as CPython 3.11 words it. */
const ADVICE = 'use sys.set_int_max_str_digits() to increase the limit';

/** The limit in force (0: none), set by `sys.set_int_max_str_digits` for the run's session. */
let maxDigits = MAX_INT_DIGITS;
let limit: bigint | null = 10n ** BigInt(MAX_INT_DIGITS);

/** `sys.get_int_max_str_digits()`. */
export function intMaxStrDigits(): number {
  return maxDigits;
}

/** Sets the limit (0: none); the caller has checked it is 0 or at least 640. */
export function setIntMaxStrDigits(n: number): void {
  maxDigits = n;
  limit = n === 0 ? null : 10n ** BigInt(n);
}

/** Whether text of `count` decimal digits is past the limit (int() of a str checks this). */
export function tooManyDigits(count: number): boolean {
  return maxDigits !== 0 && count > maxDigits;
}

/** CPython's ValueError for reading `count` digits past the limit. */
export function readLimitMessage(count: number): string {
  return (
    `Exceeds the limit (${maxDigits} digits) for integer string conversion: ` +
    `value has ${count} digits; ${ADVICE}`
  );
}

/** Decimal digits of |x|, or Python's ValueError past the limit. */
export function decimalIntDigits(abs: bigint): string {
  if (limit !== null && abs >= limit) {
    throw new FormatError(
      'ValueError',
      `Exceeds the limit (${maxDigits} digits) for integer string conversion; ${ADVICE}`,
    );
  }
  return abs.toString();
}

/** Python's `repr(int)` / `str(int)`. */
export function intRepr(x: bigint): string {
  if (x < 0n) return '-' + decimalIntDigits(-x);
  return decimalIntDigits(x);
}
