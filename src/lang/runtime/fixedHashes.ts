// The hashes CPython gives a value on every run (ints, floats, bools, tuples and frozensets of
// them, objects whose own __hash__ gave such a one): the ones a set's order can be replayed from.

import { intHash, numberHash } from './numericHash';
import { PyInstance } from './objects';
import { tupleOverride } from './namedTupleOverrides';
import { ownFixedHash } from './ownHashes';
import { PyFrozenSet, PyNamedTuple, PyTuple, type PyValue } from './values';

const UINT64 = 1n << 64n;
const MASK64 = UINT64 - 1n;

// Python/pyhash.h's xxHash-based tuple hash (64-bit constants).
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/**
 * The hashes of tuples of numbers (and of such tuples), which cannot change: a set's order is
 * replayed from its members' hashes, and a tuple's takes a dozen BigInt steps an item.
 */
const tupleHashes = new WeakMap<PyTuple, bigint>();

/** hash(t) of a tuple as CPython 3.8+ computes it, or null if a member's hash varies by run. */
export function tupleHash(t: PyTuple): bigint | null {
  const known = tupleHashes.get(t);
  if (known !== undefined) return known;
  let lasting = t.constructor === PyTuple;
  let acc = XXPRIME_5;
  for (const item of t.items) {
    const h = fixedHash(item);
    if (h === null) return null;
    if (typeof item === 'object' && !(item instanceof PyTuple && tupleHashes.has(item))) {
      lasting = false;
    }
    const lane = h < 0n ? h + UINT64 : h;
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(t.items.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  const hash = acc === MASK64 ? 1546275796n : acc >= 1n << 63n ? acc - UINT64 : acc;
  if (lasting) tupleHashes.set(t, hash);
  return hash;
}

/**
 * hash(frozenset) of these members as CPython 3.11 computes it (setobject.c, frozenset_hash):
 * their hashes shuffled and xor-ed (order does not matter), mixed with the size; null when a
 * member's hash varies by run.
 */
export function frozensetHash(members: readonly PyValue[]): bigint | null {
  const shuffle = (h: bigint): bigint => {
    const u = h & MASK64;
    return ((u ^ 89869747n ^ (u << 16n)) * 3644798167n) & MASK64;
  };
  let hash = 0n;
  for (const m of members) {
    const h = fixedHash(m);
    if (h === null) return null;
    hash ^= shuffle(h);
  }
  hash ^= (BigInt(members.length + 1) * 1927868237n) & MASK64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & MASK64;
  if (hash === MASK64) hash = 590923713n;
  return hash >= 1n << 63n ? hash - UINT64 : hash;
}

/** hash(v) when it is the same on every CPython run (ints, floats, bools, tuples of them). */
export function fixedHash(v: PyValue): bigint | null {
  switch (typeof v) {
    case 'bigint':
      return intHash(v);
    case 'boolean':
      return v ? 1n : 0n;
    case 'number':
      // NaN hashes by identity in CPython 3.10+.
      return Number.isNaN(v) ? null : numberHash(v);
  }
  if (v instanceof PyTuple) {
    if (v.constructor === PyTuple) return tupleHash(v);
    // A namedtuple hashes as its tuple, unless its class has a __hash__ of its own.
    return ownFixedHash(v) ?? (v instanceof PyNamedTuple && !ownsHash(v) ? tupleHash(v) : null);
  }
  if (v instanceof PyFrozenSet) return frozensetHash([...v.map.values()]);
  if (v instanceof PyInstance) {
    // An int enum's member hashes as its int; other objects as their own __hash__ did.
    const plain = v.cls.meta?.keyValue?.(v);
    return plain !== undefined ? fixedHash(plain) : ownFixedHash(v);
  }
  return null;
}

/** True when a namedtuple's class (or a base between it and the namedtuple) defines __hash__. */
function ownsHash(t: PyNamedTuple): boolean {
  return tupleOverride(t, '__hash__') !== undefined;
}
