// The session's seeded random generator: CPython's `random` module, so that a .tgrad file
// draws the numbers the same Python program would (micrograd initialises its weights with
// random.uniform(-1, 1) after random.seed(n)).
//
// Exact, to the last bit and on every platform: MT19937 as CPython implements it
// (_randommodule.c), with seeding through init_by_array and the key CPython derives from
// an int or a float seed, 53-bit floats built from two 32-bit outputs, and getrandbits
// filling words least significant first; and above it the methods of Lib/random.py
// (3.11) that need only integer and correctly rounded arithmetic, with the same draws in
// the same order: random(), uniform, getrandbits, randbelow (rejection on getrandbits),
// randint, shuffle, choice and both strategies of sample.
//
// gauss is exact too: its log, cos and sin are correctly rounded (src/engine/math), the
// digits glibc's functions give CPython.

import { cos, log, sin } from './math';
import { intSeedKey, floatSeedKey } from './random/seed-key';

const N = 624;
const M = 397;
const TWO_PI = 2 * Math.PI;

/** A snapshot of a generator (CPython's getstate(): the 624 words, the position, gauss_next). */
export interface RandomState {
  /** The Mersenne Twister's 624 state words, each an unsigned 32-bit integer. */
  readonly words: readonly number[];
  /** How many words of the current block are used up, 0..624. */
  readonly index: number;
  /** gauss's cached second value, or null. */
  readonly gaussNext: number | null;
}

/** Bit length of a non-negative safe integer (Python's int.bit_length()). */
function bitLength(n: number): number {
  if (n < 0x100000000) return 32 - Math.clz32(n);
  return 64 - Math.clz32(Math.floor(n / 0x100000000));
}

function isUint32(w: unknown): boolean {
  return typeof w === 'number' && Number.isInteger(w) && w >= 0 && w <= 0xffffffff;
}

/**
 * A seeded pseudo-random generator with the methods and the exact output of CPython's
 * random.Random. `new Random()` is `random.seed(0)`, the state every session starts in.
 */
export class Random {
  private readonly mt = new Int32Array(N);
  private index = N;
  private hasGaussNext = false;
  private gaussNext = 0;

  constructor(seed: number | bigint = 0) {
    this.seed(seed);
  }

  /**
   * random.seed(n). A bigint or an integer-valued number seeds as a Python int (the
   * words of abs(n)); any other number seeds as a Python float, through hash(n). Pass
   * `asFloat` to seed an integer-valued number as a float too (seed(-5.0) is not
   * seed(-5) in CPython, while seed(5.0) is seed(5)). Resets gauss's cached value.
   */
  seed(n: number | bigint, asFloat = false): void {
    let key: number[];
    if (typeof n === 'bigint') {
      key = intSeedKey(n);
    } else if (Number.isNaN(n)) {
      throw new RangeError('seed(n) needs a number, not NaN');
    } else if (Number.isInteger(n) && !asFloat) {
      key = intSeedKey(BigInt(n));
    } else {
      key = floatSeedKey(n);
    }
    this.initByArray(key);
    this.hasGaussNext = false;
    this.gaussNext = 0;
  }

  /** A float in [0, 1) with 53 random bits. */
  random(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  /** a + (b - a) * random(): a float between a and b. */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** A normal deviate by Box-Muller; each call pair shares two random() draws, like CPython. */
  gauss(mu = 0, sigma = 1): number {
    let z: number;
    if (this.hasGaussNext) {
      z = this.gaussNext;
      this.hasGaussNext = false;
    } else {
      const x2pi = this.random() * TWO_PI;
      const g2rad = Math.sqrt(-2 * log(1 - this.random()));
      z = cos(x2pi) * g2rad;
      this.gaussNext = sin(x2pi) * g2rad;
      this.hasGaussNext = true;
    }
    return mu + z * sigma;
  }

  /** An integer with k random bits, 0 <= k <= 53 (exact in a double). */
  getrandbits(k: number): number {
    if (!Number.isInteger(k) || k < 0 || k > 53) {
      throw new RangeError(`getrandbits(k) needs a whole k from 0 to 53, got ${k}`);
    }
    if (k === 0) return 0;
    if (k <= 32) return this.next32() >>> (32 - k);
    const low = this.next32();
    const high = this.next32() >>> (64 - k);
    return high * 0x100000000 + low;
  }

  /** An integer with k random bits, for any k >= 0. */
  getrandbitsBig(k: number): bigint {
    if (!Number.isInteger(k) || k < 0) {
      throw new RangeError(`getrandbits(k) needs a whole k of at least 0, got ${k}`);
    }
    let result = 0n;
    for (let shift = 0; k > 0; shift += 32, k -= 32) {
      const word = k < 32 ? this.next32() >>> (32 - k) : this.next32();
      result |= BigInt(word) << BigInt(shift);
    }
    return result;
  }

  /** A uniform integer in [0, n), n >= 1: CPython's _randbelow_with_getrandbits. */
  randbelow(n: number): number {
    if (!Number.isSafeInteger(n) || n < 1) {
      throw new RangeError(`randbelow(n) needs a whole n of at least 1, got ${n}`);
    }
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** randbelow for any n >= 1, beyond 2 ** 53 too (getrandbits of n's bit length). */
  randbelowBig(n: bigint): bigint {
    if (n <= BigInt(Number.MAX_SAFE_INTEGER)) return BigInt(this.randbelow(Number(n)));
    const k = n.toString(2).length;
    let r = this.getrandbitsBig(k);
    while (r >= n) r = this.getrandbitsBig(k);
    return r;
  }

  /** A uniform integer in [a, b], both ends included. */
  randint(a: number, b: number): number {
    if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) {
      throw new RangeError(`randint(a, b) needs whole numbers, got ${a} and ${b}`);
    }
    if (b < a) throw new RangeError(`randint(a, b) needs a <= b, got ${a} and ${b}`);
    return a + this.randbelow(b - a + 1);
  }

  /** Shuffles xs in place (Fisher-Yates from the end, as CPython does). */
  shuffle<T>(xs: T[]): void {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1);
      const t = xs[i];
      xs[i] = xs[j];
      xs[j] = t;
    }
  }

  /** One element of a non-empty list. */
  choice<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new RangeError('choice() needs a non-empty list');
    return xs[this.randbelow(xs.length)];
  }

  /** k distinct positions of xs, in selection order (CPython's sample, both strategies). */
  sample<T>(xs: readonly T[], k: number): T[] {
    return this.sampleIndices(xs.length, k).map((j) => xs[j]);
  }

  /** The positions sample(xs, k) picks from a sequence of length n, in selection order. */
  sampleIndices(n: number, k: number): number[] {
    if (!Number.isInteger(k) || k < 0 || k > n) {
      throw new RangeError(`sample(list, k) needs k from 0 to the list's length ${n}, got ${k}`);
    }
    const result: number[] = new Array<number>(k);
    // CPython picks the strategy that needs less memory: a copy of the list, or a set
    // of picked positions sized like a hash table for k entries, 21 + 4 ** ceil(log(3k, 4))
    // for k > 5. That power of 4 is the smallest one above 3k (3k never is one) for every
    // k below 3.7e14, far beyond any list's length; found with integers, the branch cannot
    // depend on how a log rounds.
    let setsize = 21;
    if (k > 5) {
      let table = 4;
      while (table < 3 * k) table *= 4;
      setsize += table;
    }
    if (n <= setsize) {
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /** A copy of the whole state, for a session snapshot; setState(getState()) changes nothing. */
  getState(): RandomState {
    return {
      words: Array.from(this.mt, (w) => w >>> 0),
      index: this.index,
      gaussNext: this.hasGaussNext ? this.gaussNext : null,
    };
  }

  /** Restores a state from getState() (a snapshot, possibly one sent between threads). */
  setState(state: RandomState): void {
    const { words, index, gaussNext } = state;
    if (!Array.isArray(words) || words.length !== N || !words.every(isUint32)) {
      throw new RangeError(`a random state needs ${N} unsigned 32-bit words`);
    }
    if (!Number.isInteger(index) || index < 0 || index > N) {
      throw new RangeError(`a random state's index must be a whole number from 0 to ${N}`);
    }
    if (gaussNext !== null && typeof gaussNext !== 'number') {
      throw new RangeError("a random state's gaussNext must be a number or null");
    }
    for (let i = 0; i < N; i++) this.mt[i] = words[i];
    this.index = index;
    this.hasGaussNext = gaussNext !== null;
    this.gaussNext = gaussNext ?? 0;
  }

  /** The next tempered 32-bit output (genrand_uint32). */
  private next32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** Regenerates the 624 words of the next block. */
  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (-(y & 1) & 0x9908b0df);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & 0x9908b0df);
    }
    y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & 0x9908b0df);
    this.index = 0;
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1];
      mt[i] = Math.imul(1812433253, prev ^ (prev >>> 30)) + i;
    }
    this.index = N;
  }

  /** MT19937's init_by_array, with CPython's key. */
  private initByArray(key: readonly number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) >>> 0) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1];
      mt[i] = (mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }
}
