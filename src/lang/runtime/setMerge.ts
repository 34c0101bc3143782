// The set operations that build a set from whole sets, done in the order CPython's
// Objects/setobject.c does them, so that the result's table (and the order it iterates in)
// is CPython's: set_merge copies another set's table into an empty one, or sizes the table
// for both before adding; a dict's keys are added after one resize; an intersection walks the
// smaller set; a difference either copies and discards or adds what is left.

import { hashedByIdentity, hashKey } from './equality';
import { dictAliasKey, mayHaveAlias, setAliasKey } from './hashAliases';
import { itemsOf } from './iteration';
import { PyInstance } from './objects';
import {
  cpythonSetTable,
  fixedHash,
  forgetSetHistory,
  noteSetMerge,
  noteSetSwap,
  noteSetUnordered,
} from './setOrder';
import {
  addedEntries,
  copySetInto,
  firstAdded,
  addedValues,
  deleteFromSet,
  endSetDifference,
  setAddKey,
  setHasKey,
  setSize,
  setEntries,
} from './smallSet';
import { checkSize, rt } from './state';
import { PyDict, PyFrozenSet, PySet, type PyValue } from './values';

export function addToSet(s: PySet, v: PyValue): void {
  // `visited.add(v)` in a backward pass: past its first members the set is an identity table.
  const identity = s.identity;
  if (identity !== null && v instanceof PyInstance && hashedByIdentity(v)) {
    if (identity.members.length < rt.maxItems) identity.add(v);
    else if (!identity.has(v)) checkSize(identity.members.length + 1, 'this set');
    return;
  }
  addKeyed(s, hashKey(v), v);
}

/** Whether s has `v` (whose hash key is `k`), as a member of v's type or of another (hashAliases.ts). */
function holds(s: PySet, k: unknown, v: PyValue): boolean {
  return setHasKey(s, k) || setAliasKey(s, v) !== undefined;
}

/** Removes the member equal to `v` (whose hash key is `k`); false when there is none. */
export function deleteMember(s: PySet, v: PyValue, k: unknown = hashKey(v)): boolean {
  if (deleteFromSet(s, k)) return true;
  const alias = setAliasKey(s, v);
  return alias !== undefined && deleteFromSet(s, alias);
}

/** Adds `v`, whose hash key is `k`. */
function addKeyed(s: PySet, k: unknown, v: PyValue): void {
  // A member of another type equal to v stays, as in CPython (`{1}.add(K())`).
  if (mayHaveAlias(v) && !setHasKey(s, k) && setAliasKey(s, v) !== undefined) return;
  // The size first: the lookup is needed only at the limit.
  if (s.small === null && s.inline < 0 && setSize(s) >= rt.maxItems && !setHasKey(s, k)) {
    checkSize(setSize(s) + 1, 'this set');
  }
  setAddKey(s, k, v);
}

/** An empty set of `self`'s kind, for a method's result. */
export function newSetLike(self: PySet): PySet {
  return self instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
}

/** True for a dict that is not a subclass (CPython's PyDict_CheckExact). */
function exactDict(v: PyValue): v is PyDict {
  return v instanceof PyDict && v.constructor === PyDict;
}

/** True when set(v) takes v's members as a whole (a set's table, a dict's keys after one resize). */
export function mergesWhole(v: PyValue): boolean {
  return v instanceof PySet || exactDict(v);
}

/** CPython's set_swap_bodies: `s` takes `other`'s members and table (`s &= t`). */
export function replaceSet(s: PySet, other: PySet): void {
  forgetSetHistory(s);
  const m = s.map;
  m.clear();
  for (const [k, v] of other.map) m.set(k, v);
  noteSetSwap(s, other, addedValues(other));
}

/** CPython's set_update_internal: `other`'s members added to `s`. */
export function updateSet(s: PySet, other: PyValue): void {
  if (other instanceof PySet) {
    // set_merge: a.update(a) and an empty other change nothing.
    if (other === s || setSize(other) === 0) return;
    const { keys, values } = addedEntries(other);
    if (fixedHash(values[0]) === null) {
      // No order to match (strs, objects): the common case, kept cheap.
      for (let i = 0; i < keys.length; i++) addKeyed(s, keys[i], values[i]);
      noteSetUnordered(s);
      return;
    }
    const table = cpythonSetTable(other, values);
    const order = table === null ? values.map((_, m) => m) : table.order();
    const before = addedValues(s);
    for (const m of order) addKeyed(s, keys[m], values[m]);
    const adds = order.map((m) => values[m]);
    noteSetMerge(s, before, adds, addedValues(s), table && { table, members: values });
    return;
  }
  if (exactDict(other)) {
    const before = addedValues(s);
    const adds: PyValue[] = [];
    for (const [k, e] of other.map) {
      addKeyed(s, k, e.key);
      adds.push(e.key);
    }
    noteSetMerge(s, before, adds, addedValues(s), null);
    return;
  }
  for (const v of itemsOf(other)) addToSet(s, v);
}

/** A new set of `kind`'s kind holding `other`'s members (set(x), frozenset(x), s.copy()). */
export function setOf(other: PyValue, kind: PySet = new PySet()): PySet {
  const out = newSetLike(kind);
  if (other instanceof PySet) {
    const first = firstAdded(other);
    // No order to replay (strs, objects): the common case, a plain copy.
    if (first !== undefined && fixedHash(first) === null) {
      copySetInto(out, other);
      return out;
    }
  }
  updateSet(out, other);
  return out;
}

/** `a | b`, `a.union(*others)`: a copy of `a` updated from each. */
export function setUnion(a: PySet, others: readonly PyValue[]): PySet {
  const out = setOf(a, a);
  // set_or and set_union skip the set itself (`a | a` is a copy).
  for (const o of others) if (o !== a) updateSet(out, o);
  return out;
}

/** `a & b`, `a.intersection(b)`: the smaller set walked, its members the other has added. */
export function setIntersection(a: PySet, other: PyValue): PySet {
  if (other === a) return setOf(a, a);
  const out = newSetLike(a);
  if (other instanceof PySet) {
    const [walked, probed] = setSize(other) > setSize(a) ? [a, other] : [other, a];
    const { keys, values } = setEntries(walked);
    for (let i = 0; i < keys.length; i++) {
      if (holds(probed, keys[i], values[i])) addKeyed(out, keys[i], values[i]);
    }
    return out;
  }
  for (const v of itemsOf(other)) {
    const k = hashKey(v);
    if (holds(a, k, v)) addKeyed(out, k, v);
  }
  return out;
}

/** `a - b`, `a.difference(b)`: a copy with b's members discarded, or a's others added. */
export function setDifference(a: PySet, other: PyValue): PySet {
  const size = other instanceof PySet ? setSize(other) : exactDict(other) ? other.map.size : -1;
  if (size < 0 || setSize(a) >> 2 > size) {
    const out = setOf(a, a);
    discardAll(out, other);
    return out;
  }
  const out = newSetLike(a);
  const { keys, values } = setEntries(a);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const has =
      other instanceof PySet
        ? holds(other, k, values[i])
        : (other as PyDict).map.has(k) || dictAliasKey(other as PyDict, values[i]) !== undefined;
    if (!has) addKeyed(out, k, values[i]);
  }
  return out;
}

/** set_difference_update_internal: `other`'s members discarded from `s`. */
export function discardAll(s: PySet, other: PyValue): void {
  if (other === s) {
    // `s.difference_update(s)` empties s, as set_clear_internal: a fresh table.
    forgetSetHistory(s);
    s.map.clear();
    return;
  }
  // The order of the discards does not matter: each leaves a dummy where its member was.
  if (other instanceof PySet) {
    const { keys, values } = addedEntries(other);
    for (let i = 0; i < keys.length; i++) deleteMember(s, values[i], keys[i]);
  } else if (exactDict(other)) for (const [k, e] of other.map) deleteMember(s, e.key, k);
  else for (const v of itemsOf(other)) deleteMember(s, v);
  endSetDifference(s);
}

/**
 * CPython's set_symmetric_difference_update: each of `other`'s members (in its order) is
 * discarded from `s` when there, else added; a dict's keys are taken as they are, any other
 * iterable's as a set of them.
 */
export function toggleSet(s: PySet, other: PyValue): void {
  if (other === s) {
    // `s ^= s` empties s, as set_clear: a fresh table.
    forgetSetHistory(s);
    s.map.clear();
    return;
  }
  if (exactDict(other)) {
    for (const [k, e] of other.map) if (!deleteMember(s, e.key, k)) addKeyed(s, k, e.key);
    return;
  }
  // A member of another type equal to one of other's is discarded too (`{1} ^ {K()}`).
  const { keys, values } = setEntries(other instanceof PySet ? other : setOf(other));
  for (let i = 0; i < keys.length; i++) {
    if (!deleteMember(s, values[i], keys[i])) addKeyed(s, keys[i], values[i]);
  }
}

/** `a ^ b`, `a.symmetric_difference(b)`: a set of b's members, a's toggled in. */
export function setSymmetricDifference(a: PySet, other: PyValue): PySet {
  const out = setOf(other, a);
  toggleSet(out, a);
  return out;
}
