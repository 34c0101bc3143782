// The hot paths of sets that work on a small set's fields or array without turning it into a
// Map (see PySet): building `set(_children)`, `x in s`, `s.add(x)`, len and iteration. Keys
// are hash keys (equality.ts's hashKey), compared as a Map compares them (SameValueZero). A
// member is held in the set's fields (`inline`) only when it is its own key: then comparing
// members is comparing keys, and a set of ints, bools, tuples or instances with __hash__
// (whose keys differ from them) never starts there.

import { IdentityTable } from './identityTable';
import { PyInstance } from './objects';
import {
  cpythonSetOrder,
  cpythonSetPermutation,
  fixedHash,
  noteSetDifferenceEnd,
  noteSetDiscard,
} from './setOrder';
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

/**
 * A set of `items` (duplicates dropped, the first kept), each keyed by `key` in order: `s`,
 * an empty set or frozenset, filled.
 */
export function setFromItems(
  items: readonly PyValue[],
  key: (v: PyValue) => unknown,
  s: PySet = new PySet(),
): PySet {
  const n = items.length;
  if (n <= 2) {
    const a = n > 0 ? items[0] : null;
    const b = n > 1 ? items[1] : null;
    const ka = n > 0 ? key(a) : null;
    const kb = n > 1 ? key(b) : null;
    if (ka === a && kb === b) {
      s.a = a;
      // {x, x} is a set of one.
      if (n > 1 && !sameKey(a, b)) {
        s.b = b;
        s.inline = 2;
      } else s.inline = n > 0 ? 1 : 0;
      return s;
    }
    // Keys made already: sets of ints or tuples of two go the array's way without hashing anew.
    return smallFromKeys(s, n, items, ka, kb);
  }
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

/** The array form of a set of at most two `items` whose keys are `ka` and `kb`. */
function smallFromKeys(
  s: PySet,
  n: number,
  items: readonly PyValue[],
  ka: unknown,
  kb: unknown,
): PySet {
  if (n === 0) s.small = [];
  else if (n === 1 || sameKey(ka, kb)) s.small = [ka, items[0]];
  else s.small = [ka, items[0], kb, items[1]];
  return s;
}

/** Moves a set's members from its fields to a small array (to add one that is not its key). */
function spillInline(s: PySet): unknown[] {
  const n = s.inline;
  const small = n === 0 ? [] : n === 1 ? [s.a, s.a] : [s.a, s.a, s.b, s.b];
  s.small = small;
  s.inline = -1;
  s.a = s.b = null;
  return small;
}

export function setHasKey(s: PySet, k: unknown): boolean {
  const n = s.inline;
  if (n >= 0) return (n > 0 && sameKey(s.a, k)) || (n > 1 && sameKey(s.b, k));
  const small = s.small;
  if (small !== null) return smallIndex(small, k) >= 0;
  const identity = s.identity;
  // Only an instance hashed by identity is its own key and can be one of its members.
  if (identity !== null) return k instanceof PyInstance && identity.has(k);
  return s.map.has(k);
}

/** Moves a small set's members to an identity table, if each is an instance hashed by identity. */
function toIdentityTable(s: PySet, small: readonly unknown[]): void {
  for (let i = 0; i < small.length; i += 2) {
    const k = small[i];
    if (k !== small[i + 1] || !(k instanceof PyInstance)) return;
  }
  const table = new IdentityTable<PyInstance>();
  for (let i = 0; i < small.length; i += 2) table.add(small[i] as PyInstance);
  s.small = null;
  s.identity = table;
}

/** Adds a member by its hash key; false when the set had it already. */
export function setAddKey(s: PySet, k: unknown, v: PyValue): boolean {
  const n = s.inline;
  if (n >= 0) {
    if ((n > 0 && sameKey(s.a, k)) || (n > 1 && sameKey(s.b, k))) return false;
    if (k === v && n < 2) {
      if (n === 0) s.a = v;
      else s.b = v;
      s.inline = n + 1;
      return true;
    }
    spillInline(s);
  }
  const small = s.small;
  const own = k === v && v instanceof PyInstance;
  if (small !== null) {
    if (smallIndex(small, k) >= 0) return false;
    if (small.length < 2 * SMALL_SET_MAX) {
      small.push(k, v);
      return true;
    }
    if (own) toIdentityTable(s, small);
  }
  const identity = s.identity;
  if (identity !== null) {
    if (own) return identity.add(v);
    // Another kind of member: the set becomes a Map for good (s.map moves the members).
  }
  const m = s.map;
  if (own) {
    // An instance hashed by identity: only itself has its key, so setting it again changes
    // nothing, and one hash lookup says whether it was new. (A float is not so: 1.0 has the
    // key of 1, and the member there first stays.)
    const before = m.size;
    m.set(k, v);
    return m.size !== before;
  }
  // Otherwise the member already there stays (CPython keeps the first of equal members).
  if (m.has(k)) return false;
  m.set(k, v);
  return true;
}

export function setSize(s: PySet): number {
  if (s.inline >= 0) return s.inline;
  const small = s.small;
  if (small !== null) return small.length >> 1;
  const identity = s.identity;
  return identity !== null ? identity.members.length : s.map.size;
}

/** The members in the order they were added, as a new array. */
export function addedValues(s: PySet): PyValue[] {
  const n = s.inline;
  if (n >= 0) return n === 0 ? [] : n === 1 ? [s.a] : [s.a, s.b];
  const small = s.small;
  if (small === null) {
    const identity = s.identity;
    return identity !== null ? identity.members.slice() : [...s.map.values()];
  }
  const out = new Array<PyValue>(small.length >> 1);
  for (let i = 1; i < small.length; i += 2) out[i >> 1] = small[i] as PyValue;
  return out;
}

/** The member added first, or undefined for an empty set. */
export function firstAdded(s: PySet): PyValue | undefined {
  const n = s.inline;
  if (n >= 0) return n > 0 ? s.a : undefined;
  const small = s.small;
  if (small !== null) return small.length > 0 ? (small[1] as PyValue) : undefined;
  if (s.identity !== null) return s.identity.members[0];
  for (const v of s.map.values()) return v;
  return undefined;
}

/**
 * Makes `fresh`, a set just made, hold `src`'s members in `src`'s form: a copy as cheap as
 * the set is (micrograd's sets of Values stay in their fields or identity table).
 */
export function copySetInto(fresh: PySet, src: PySet): void {
  const n = src.inline;
  if (n >= 0) {
    fresh.inline = n;
    fresh.a = src.a;
    fresh.b = src.b;
  } else if (src.small !== null) fresh.small = src.small.slice();
  else if (src.identity !== null) fresh.identity = src.identity.clone();
  else {
    const m = fresh.map;
    for (const [k, v] of src.map) m.set(k, v);
  }
}

/** The members in the order they were added, each with its hash key (`keys[i]` is `values[i]`'s). */
export function addedEntries(s: PySet): { keys: unknown[]; values: PyValue[] } {
  const n = s.inline;
  if (n >= 0) {
    const values = n === 0 ? [] : n === 1 ? [s.a] : [s.a, s.b];
    return { keys: values, values };
  }
  const small = s.small;
  if (small !== null) {
    const keys = new Array<unknown>(small.length >> 1);
    const values = new Array<PyValue>(small.length >> 1);
    for (let i = 0; i < small.length; i += 2) {
      keys[i >> 1] = small[i];
      values[i >> 1] = small[i + 1] as PyValue;
    }
    return { keys, values };
  }
  if (s.identity !== null) {
    const values = s.identity.members.slice();
    return { keys: values, values };
  }
  return { keys: [...s.map.keys()], values: [...s.map.values()] };
}

/**
 * The members in the order Python iterates them, each with its hash key: a merge takes a
 * set's keys as CPython takes the hashes it stores, without calling a `__hash__` again.
 */
export function setEntries(s: PySet): { keys: unknown[]; values: PyValue[] } {
  const { keys, values } = addedEntries(s);
  const order = cpythonSetPermutation(s, values);
  if (order === null) return { keys, values };
  return { keys: order.map((m) => keys[m]), values: order.map((m) => values[m]) };
}

/** The members in the order Python iterates them (see setOrder.ts), as a new array. */
export function setValues(s: PySet): PyValue[] {
  const added = addedValues(s);
  return cpythonSetOrder(s, added) ?? added;
}

/** True when the set's order is CPython's table order rather than that of adding (setOrder.ts). */
export function hasFixedOrder(s: PySet): boolean {
  const n = s.inline;
  if (n >= 0) return n === 2 && fixedHash(s.a) !== null;
  const small = s.small;
  if (small !== null) return small.length > 2 && fixedHash(small[1] as PyValue) !== null;
  if (s.identity !== null) return false;
  if (s.map.size < 2) return false;
  for (const first of s.map.values()) return fixedHash(first) !== null;
  return false;
}

/**
 * Deletes the member keyed `k`, noting the discard for the set's CPython order (setOrder.ts);
 * false when the set had no such member.
 */
export function deleteFromSet(s: PySet, k: unknown): boolean {
  const m = s.map;
  const stored = m.get(k);
  if (stored === undefined) return false;
  noteSetDiscard(s, stored, m.size, () => [...m.values()]);
  m.delete(k);
  return true;
}

/** Notes the end of a difference_update of `s` (setOrder.ts). */
export function endSetDifference(s: PySet): void {
  noteSetDifferenceEnd(s, setSize(s), () => addedValues(s));
}
