// The hot paths of sets that work on a small set's array without turning it into a Map
// (see PySet): building `set(_children)`, `x in s`, `s.add(x)`, len and iteration. Keys are
// hash keys (equality.ts's hashKey), compared as a Map compares them (SameValueZero).

import { PySet, type PyValue } from './values';

/** Sets built with at most this many members start small; adding past it makes a Map. */
export const SMALL_SET_MAX = 8;

function sameKey(a: unknown, b: unknown): boolean {
  // SameValueZero: NaN is one key, as in a Map (hashKey has already made -0 into 0).
  return a === b || (a !== a && b !== b);
}

function smallIndex(small: readonly unknown[], k: unknown, end = small.length): number {
  for (let i = 0; i < end; i += 2) if (sameKey(small[i], k)) return i;
  return -1;
}

/** A set of `items` (duplicates dropped, the first kept), each keyed by `key` in order. */
export function setFromItems(items: readonly PyValue[], key: (v: PyValue) => unknown): PySet {
  const s = new PySet();
  const n = items.length;
  if (n > SMALL_SET_MAX) {
    const m = s.map;
    for (let i = 0; i < n; i++) {
      const k = key(items[i]);
      if (!m.has(k)) m.set(k, items[i]);
    }
    return s;
  }
  const small = new Array<unknown>(2 * n);
  let size = 0;
  for (let i = 0; i < n; i++) {
    const k = key(items[i]);
    if (smallIndex(small, k, size) >= 0) continue;
    small[size] = k;
    small[size + 1] = items[i];
    size += 2;
  }
  if (size < small.length) small.length = size;
  s.small = small;
  return s;
}

export function setHasKey(s: PySet, k: unknown): boolean {
  const small = s.small;
  if (small !== null) return smallIndex(small, k) >= 0;
  return s.map.has(k);
}

/** Adds a member by its hash key; false when the set had it already. */
export function setAddKey(s: PySet, k: unknown, v: PyValue): boolean {
  const small = s.small;
  if (small !== null) {
    if (smallIndex(small, k) >= 0) return false;
    if (small.length < 2 * SMALL_SET_MAX) {
      small.push(k, v);
      return true;
    }
  }
  const m = s.map;
  if (m.has(k)) return false;
  m.set(k, v);
  return true;
}

export function setSize(s: PySet): number {
  const small = s.small;
  return small !== null ? small.length >> 1 : s.map.size;
}

/** The members in order, as a new array. */
export function setValues(s: PySet): PyValue[] {
  const small = s.small;
  if (small === null) return [...s.map.values()];
  const out = new Array<PyValue>(small.length >> 1);
  for (let i = 1; i < small.length; i += 2) out[i >> 1] = small[i] as PyValue;
  return out;
}
