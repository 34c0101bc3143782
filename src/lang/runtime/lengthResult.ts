// What a program's `__len__` returned, checked as CPython's slot_sq_length checks it, and the
// Py_ssize_t bound every length (len(), truth, a range's len()) must fit in.

import { instanceIndex } from './numberHooks';
import { fail, typeError } from './state';
import { typeName } from './typeName';
import type { PyValue } from './values';

/** The largest length CPython can hold (sys.maxsize). */
const MAX_SSIZE = (1n << 63n) - 1n;

/** A length past sys.maxsize: len() of a huge range, CPython's PyNumber_AsSsize_t refusing it. */
export function checkLengthFits(n: bigint, message: string): bigint {
  if (n > MAX_SSIZE) throw fail('OverflowError', message);
  return n;
}

/**
 * `__len__`'s result: an int (or an object with `__index__`), not negative (checked first, so
 * -2**70 is a ValueError), and fitting an index-sized integer.
 */
export function lengthResult(n: PyValue): bigint {
  const k = typeof n === 'bigint' ? n : typeof n === 'boolean' ? (n ? 1n : 0n) : instanceIndex(n);
  if (k === undefined) {
    throw typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
  }
  if (k < 0n) throw fail('ValueError', '__len__() should return >= 0');
  return checkLengthFits(k, "cannot fit 'int' into an index-sized integer");
}
