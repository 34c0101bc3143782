// sys.set_int_max_str_digits / sys.get_int_max_str_digits: the most decimal digits str(int)
// and int(str) handle (CPython 3.11's defence against quadratic conversions). Programs that
// print huge numbers (Project Euler's digit sums of 2 ** 100000…) lift it with
// set_int_max_str_digits(0); the interpreter keeps the limit for the rest of the session.

import { intMaxStrDigits, setIntMaxStrDigits } from '../format/intRepr';
import { indexArg } from './args';
import { fail, typeError } from './state';
import type { Kwargs, PyValue } from './values';

/** CPython's smallest limit other than 0 (sys.int_info.str_digits_check_threshold). */
export const DIGITS_CHECK_THRESHOLD = 640;
const C_INT_MAX = 2n ** 31n - 1n;

/** `sys.get_int_max_str_digits()`. */
export function getIntMaxStrDigits(): bigint {
  return BigInt(intMaxStrDigits());
}

/** `sys.set_int_max_str_digits(maxdigits)`, with CPython's checks and messages. */
export function setIntMaxStrDigitsArg(args: readonly PyValue[], kw: Kwargs): void {
  const fname = 'set_int_max_str_digits';
  const given = args.length + (kw?.size ?? 0);
  if (given > 1) throw typeError(`${fname}() takes at most 1 argument (${given} given)`);
  const v = args.length === 1 ? args[0] : kw?.get('maxdigits');
  if (v === undefined) {
    throw typeError(`${fname}() missing required argument 'maxdigits' (pos 1)`);
  }
  const n = indexArg(v);
  if (n > C_INT_MAX || n < -C_INT_MAX - 1n) {
    throw fail('OverflowError', 'Python int too large to convert to C int');
  }
  if (n !== 0n && n < BigInt(DIGITS_CHECK_THRESHOLD)) {
    throw fail('ValueError', `maxdigits must be 0 or larger than ${DIGITS_CHECK_THRESHOLD}`);
  }
  setIntMaxStrDigits(Number(n));
}
