// range's methods, index() and count(), with CPython's rules and messages.

import { exactArgs } from '../args';
import { contains, sameOrEqual } from '../equality';
import { repr } from '../repr';
import { fail, work } from '../state';
import { PyRange, type MethodImpl, type PyValue } from '../values';

/**
 * An int or bool, which CPython answers by arithmetic; anything else (a float, an object with
 * its own `__eq__`) it compares with each item in turn, as a generic sequence search does.
 */
const isExactInt = (x: PyValue): x is bigint | boolean =>
  typeof x === 'bigint' || typeof x === 'boolean';

/** The first position whose item equals `x`, or -1n, comparing item by item. */
function searchItems(self: PyRange, x: PyValue): bigint {
  for (let i = 0n; i < self.length; i++) {
    work(1);
    if (sameOrEqual(self.at(i), x)) return i;
  }
  return -1n;
}

export const RANGE_METHODS = new Map<string, MethodImpl<PyRange>>([
  [
    'index',
    (self, args, kw) => {
      exactArgs('range.index', 1, args, kw);
      const x = args[0];
      if (isExactInt(x)) {
        if (!contains(self, x)) throw fail('ValueError', `${repr(x)} is not in range`);
        const k = x === true ? 1n : x === false ? 0n : x;
        return (k - self.start) / self.step;
      }
      const i = searchItems(self, x);
      if (i < 0n) throw fail('ValueError', 'sequence.index(x): x not in sequence');
      return i;
    },
  ],
  [
    'count',
    (self, args, kw) => {
      exactArgs('range.count', 1, args, kw);
      const x = args[0];
      if (isExactInt(x)) return contains(self, x) ? 1n : 0n;
      let n = 0n;
      for (let i = 0n; i < self.length; i++) {
        work(1);
        if (sameOrEqual(self.at(i), x)) n++;
      }
      return n;
    },
  ],
]);
