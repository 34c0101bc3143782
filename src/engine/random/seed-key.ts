// How CPython's random.seed(a) turns its argument into the key of MT19937's
// init_by_array: an int seeds with the 32-bit words of abs(a), least significant first
// (at least one word, so 0 gives [0]); a float seeds with hash(a), read as an unsigned
// 64-bit integer (C's size_t), and then the same way.

const WORD = 0x100000000n;

/** The key words of `random.seed(n)` for a Python int n. */
export function intSeedKey(n: bigint): number[] {
  let rest = n < 0n ? -n : n;
  const words: number[] = [];
  do {
    words.push(Number(rest % WORD));
    rest /= WORD;
  } while (rest > 0n);
  return words;
}

/** sys.hash_info: hashes are reduced modulo the Mersenne prime 2^61 - 1. */
const HASH_BITS = 61n;
const HASH_MODULUS = (1n << HASH_BITS) - 1n;
const HASH_INF = 314159n;

/**
 * CPython's hash(x) for a float x: sign(x) * (|x| mod 2^61 - 1), where the modulus is
 * taken of the exact rational value, and -1 (reserved for errors in C) becomes -2.
 * NaN hashes by object identity in CPython, so it has no reproducible hash.
 */
export function floatHash(x: number): bigint {
  if (Number.isNaN(x)) throw new RangeError('NaN has no reproducible hash');
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (x === 0) return 0n;
  // |x| = mantissa * 2^exponent with an integer mantissa of at most 53 bits.
  let mantissa = Math.abs(x);
  let exponent = 0;
  while (!Number.isInteger(mantissa)) {
    mantissa *= 2;
    exponent -= 1;
  }
  while (mantissa > Number.MAX_SAFE_INTEGER) {
    mantissa /= 2;
    exponent += 1;
  }
  // 2^61 = 1 modulo 2^61 - 1, so 2^exponent reduces to 2^(exponent mod 61).
  const shift = BigInt(((exponent % 61) + 61) % 61);
  let h = (BigInt(mantissa) << shift) % HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** The key words of `random.seed(x)` for a Python float x. */
export function floatSeedKey(x: number): number[] {
  const h = floatHash(x);
  return intSeedKey(h < 0n ? h + (1n << 64n) : h);
}
