// Keys of different types that CPython finds as one: an object whose class's __hash__ returns
// hash(1) and whose __eq__ says it equals 1 finds the key 1 in a dict (`{1: 'one'}.get(K())`),
// and the int 1 finds such an object stored as a key. Containers are Maps keyed by hashKey(),
// which keeps the types apart, so a lookup that missed asks here for the key of a stored item
// of another type with the same hash, and compares as CPython does (the stored key's __eq__
// first). Only keys the container holds are compared: __eq__ never meets an object it could
// not meet in CPython.

import { anyHashGroups, groupHash, groupKeysOfHash } from './hashGroups';
import { eq, hashKey } from './equality';
import { fixedHash } from './fixedHashes';
import { PyInstance } from './objects';
import { strHash } from './strHash';
import { setHasKey } from './smallSet';
import { PyDict, PyNamedTuple, PySet, PyTuple, type DictEntry, type PyValue } from './values';

/** Values hash() was asked for whose hash is not an int's own: what a __hash__ may return. */
const hashedValues = new Map<bigint, PyValue>();
const HASHED_VALUES_MAX = 4096;

/** Keeps that hash() of `v` (a str, a float, a tuple ...) gave `h`, for __hash__ = hash(v). */
export function noteHashOf(h: bigint, v: PyValue): void {
  if (hashedValues.size >= HASHED_VALUES_MAX) hashedValues.clear();
  hashedValues.set(h, v);
}

/** Whether a key of x's type can stand for one of another type (a cheap test for misses). */
export function mayHaveAlias(x: PyValue): boolean {
  // No object hashed by its own __hash__ yet (most programs): nothing to look for.
  if (!anyHashGroups()) return false;
  if (x instanceof PyInstance || x instanceof PyNamedTuple) return groupHash(x) !== undefined;
  const t = typeof x;
  return (
    t === 'bigint' || t === 'number' || t === 'boolean' || t === 'string' || x instanceof PyTuple
  );
}

/** hash(x) of a built-in key, or undefined when none is known. */
function builtinHash(x: PyValue): bigint | undefined {
  if (typeof x === 'string') return strHash(x);
  return fixedHash(x) ?? undefined;
}

/** The container keys an item equal to x could be stored under, x's own aside. */
function candidateKeys(x: PyValue): readonly unknown[] {
  if (x instanceof PyInstance || x instanceof PyNamedTuple) {
    const h = groupHash(x);
    if (h === undefined) return [];
    // The ints hashing to h (hash(-1) is -2, as in C), and what hash() gave h for.
    const keys: unknown[] = [hashKey(h)];
    if (h === -2n) keys.push(hashKey(-1n));
    const v = hashedValues.get(h);
    if (v !== undefined) keys.push(hashKey(v));
    return keys;
  }
  const h = builtinHash(x);
  return h === undefined ? [] : groupKeysOfHash(h);
}

/**
 * The key under which a container holds an item CPython finds equal to `x`, whose own key
 * missed: `has` tells the keys it holds, `stored` the item kept under one.
 */
function aliasKey(
  x: PyValue,
  has: (k: unknown) => boolean,
  stored: (k: unknown) => PyValue,
): unknown {
  for (const k of candidateKeys(x)) if (has(k) && eq(stored(k), x)) return k;
  return undefined;
}

/** The key of d's item equal to x, when x's own key missed: one of another type, or undefined. */
export function dictAliasKey(d: PyDict, x: PyValue): unknown {
  if (!mayHaveAlias(x)) return undefined;
  return aliasKey(
    x,
    (c) => d.map.has(c),
    (c) => d.map.get(c)!.key,
  );
}

/** The key of s's member equal to x, when x's own key missed: one of another type, or undefined. */
export function setAliasKey(s: PySet, x: PyValue): unknown {
  if (!mayHaveAlias(x)) return undefined;
  return aliasKey(
    x,
    (c) => setHasKey(s, c),
    (c) => s.map.get(c)!,
  );
}

/** d's entry for `key`, whose hash key is `k`: its own, or that of a key of another type equal to it. */
export function dictEntry(d: PyDict, key: PyValue, k: unknown): DictEntry | undefined {
  const e = d.map.get(k);
  if (e !== undefined) return e;
  const alias = dictAliasKey(d, key);
  return alias === undefined ? undefined : d.map.get(alias);
}

/**
 * `items` without those equal to an earlier item of another type, as building a set from them
 * drops them (`{1, K()}` is `{1}`); `items` itself when none can be.
 */
export function withoutAliases(items: readonly PyValue[]): readonly PyValue[] {
  if (items.length < 2 || !anyHashGroups() || !items.some(mayHaveAlias)) return items;
  const held = new Map<unknown, PyValue>();
  const kept: PyValue[] = [];
  for (const v of items) {
    const k = hashKey(v);
    if (held.has(k)) continue;
    const has = (c: unknown): boolean => held.has(c);
    if (mayHaveAlias(v) && aliasKey(v, has, (c) => held.get(c)!) !== undefined) continue;
    held.set(k, v);
    kept.push(v);
  }
  return kept;
}
