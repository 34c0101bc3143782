// CPython's hash() of numbers: every number hashes to its exact value reduced modulo the
// Mersenne prime 2^61 - 1 (sys.hash_info.modulus), with the sign kept and -1 (C's error
// value) made -2. So equal numbers of any kind hash alike: hash(2) == hash(2.0) and
// hash(Fraction(1, 2)) == hash(0.5).

import { floatHash } from '../../engine/random/seed-key';

export const HASH_MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159n;

/** hash(n) of an int. */
export function intHash(n: bigint): bigint {
  const h = n < 0n ? -(-n % HASH_MODULUS) : n % HASH_MODULUS;
  return h === -1n ? -2n : h;
}

/** hash(x) of a float; NaN (hashed by identity in CPython) gives 0, as before Python 3.10. */
export function numberHash(x: number): bigint {
  return Number.isNaN(x) ? 0n : floatHash(x);
}

/** x ** e mod m for e >= 0. */
function powMod(x: bigint, e: bigint, m: bigint): bigint {
  let result = 1n;
  x %= m;
  while (e > 0n) {
    if ((e & 1n) === 1n) result = (result * x) % m;
    x = (x * x) % m;
    e >>= 1n;
  }
  return result;
}

/** hash(Fraction(n, d)) for d > 0, as fractions.Fraction.__hash__ computes it. */
export function rationalHash(n: bigint, d: bigint): bigint {
  // d's inverse modulo the prime is d^(p-2) (Fermat); d a multiple of p has none: inf's hash.
  const dinv = d % HASH_MODULUS === 0n ? null : powMod(d, HASH_MODULUS - 2n, HASH_MODULUS);
  const h = dinv === null ? HASH_INF : intHash(intHash(n < 0n ? -n : n) * dinv);
  const signed = n >= 0n ? h : -h;
  return signed === -1n ? -2n : signed;
}

/**
 * What hash() makes of the int a `__hash__` returned, as CPython's slot_tp_hash: itself when it
 * fits a machine word (-1 becoming -2, the C error value), else that int's own hash.
 */
export function reducedOwnHash(h: bigint): bigint {
  if (h >= -(1n << 63n) && h < 1n << 63n) return h === -1n ? -2n : h;
  return intHash(h);
}
