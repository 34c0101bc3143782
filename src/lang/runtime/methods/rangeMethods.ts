// range objects' methods: index(x) and count(x), as CPython's range computes them. An int
// (or bool) is placed by arithmetic; anything else is compared with == to each item in turn.

import { exactArgs } from '../args';
import { sameOrEqual } from '../equality';
import { repr } from '../repr';
import { fail, work } from '../state';
import type { MethodImpl, PyRange, PyValue } from '../values';

/** The position of int k in r, or -1. */
function placeOf(r: PyRange, k: bigint): bigint {
  const { start, stop, step } = r;
  if (step > 0n ? k < start || k >= stop : k > start || k <= stop) return -1n;
  return (k - start) % step === 0n ? (k - start) / step : -1n;
}

function intOf(x: PyValue): bigint | undefined {
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1n : 0n;
  return undefined;
}

/** The first position whose item == x, by CPython's generic sequence search; -1 if none. */
function searchFor(r: PyRange, x: PyValue): bigint {
  if (typeof x === 'number') {
    // A float equals an item only when it is that int: place it by arithmetic.
    return Number.isInteger(x) ? placeOf(r, BigInt(x)) : -1n;
  }
  for (let i = 0n; i < r.length; i++) {
    work(1);
    if (sameOrEqual(r.at(i), x)) return i;
  }
  return -1n;
}

export const RANGE_METHODS = new Map<string, MethodImpl<PyRange>>([
  [
    'index',
    (self, args, kw) => {
      exactArgs('range.index', 1, args, kw);
      const x = args[0];
      const k = intOf(x);
      if (k !== undefined) {
        const i = placeOf(self, k);
        if (i < 0n) throw fail('ValueError', `${repr(x)} is not in range`);
        return i;
      }
      const i = searchFor(self, x);
      if (i < 0n) throw fail('ValueError', 'sequence.index(x): x not in sequence');
      return i;
    },
  ],
  [
    'count',
    (self, args, kw) => {
      exactArgs('range.count', 1, args, kw);
      const x = args[0];
      const k = intOf(x);
      if (k !== undefined) return placeOf(self, k) < 0n ? 0n : 1n;
      if (typeof x === 'number') return searchFor(self, x) < 0n ? 0n : 1n;
      let n = 0n;
      for (let i = 0n; i < self.length; i++) {
        work(1);
        if (sameOrEqual(self.at(i), x)) n++;
      }
      return n;
    },
  ],
]);
