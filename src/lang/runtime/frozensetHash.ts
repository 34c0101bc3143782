// hash(frozenset) as CPython 3.11 computes it (Objects/setobject.c, frozenset_hash): the
// members' hashes shuffled and xor-ed (so the order does not matter), mixed with the size.
// It is fixed from run to run only when every member's hash is (numbers, tuples of them);
// a program printing it then prints CPython's number.

import { fixedHash } from './setOrder';
import { addedValues } from './smallSet';
import type { PyFrozenSet } from './values';

const UINT64 = 1n << 64n;
const MASK64 = UINT64 - 1n;

function shuffleBits(h: bigint): bigint {
  const u = h & MASK64;
  return ((u ^ 89869747n ^ (u << 16n)) * 3644798167n) & MASK64;
}

/** CPython's hash of the frozenset, or null when a member's hash varies by run. */
export function frozensetHash(s: PyFrozenSet): bigint | null {
  const members = addedValues(s);
  let hash = 0n;
  for (const m of members) {
    const h = fixedHash(m);
    if (h === null) return null;
    hash ^= shuffleBits(h);
  }
  hash ^= (BigInt(members.length + 1) * 1927868237n) & MASK64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & MASK64;
  if (hash === MASK64) hash = 590923713n;
  return hash >= 1n << 63n ? hash - UINT64 : hash;
}
