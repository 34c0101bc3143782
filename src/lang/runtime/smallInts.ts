// Python ints are JS bigints, each a heap object. Counters (range, enumerate, len) hand out
// the same few small values over and over: made once here, they cost no allocation and no
// garbage. A bigint is immutable and compared by value, so sharing one is invisible.

/** Values in [0, SMALL_INT_LIMIT) are cached. */
export const SMALL_INT_LIMIT = 1 << 16;

const cache: (bigint | undefined)[] = [];

/** The int `n` (a safe integer) as a bigint, shared when small. */
export function intOf(n: number): bigint {
  if (n >= 0 && n < SMALL_INT_LIMIT) {
    const b = cache[n];
    if (b !== undefined) return b;
    return (cache[n] = BigInt(n));
  }
  return BigInt(n);
}

// Made once: every range loop asks countsSafely, and V8 neither hoists BigInt(...) nor folds
// a bigint's negation.
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** True when every value from `start` by `step` for `count` steps is a safe integer. */
export function countsSafely(start: bigint, step: bigint, count: bigint): boolean {
  const last = start + step * count;
  return start <= MAX_SAFE && start >= MIN_SAFE && last <= MAX_SAFE && last >= MIN_SAFE;
}
