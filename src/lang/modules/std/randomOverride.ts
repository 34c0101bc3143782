// A random.Random subclass that defines its own random() or getrandbits(): CPython's
// distributions call them (uniform, gauss, choices… through self.random; choice, shuffle,
// sample, randrange… through _randbelow), and _randbelow is chosen by the class nearest in
// the MRO that defines one of them: getrandbits → draws of bits, random → CPython's
// _randbelow_without_getrandbits over random(). The base methods, reached by super(), draw from
// the generator itself (a call already inside the program's method does).

import { Random } from '../../../engine/random';
import { callMethod } from '../../runtime/attributes';
import { toFloat } from '../../runtime/numbers';
import { NativeMethod, type PyClass, type PyInstance } from '../../runtime/objects';
import { typeError } from '../../runtime/state';
import type { PyValue } from '../../runtime/values';

/** 2 ** 53: random.py's BPF bits of a float. */
const MAXSIZE = 9007199254740992;

/** Which of random / getrandbits the program's class overrides, as __init_subclass__ decides. */
export function overrides(cls: PyClass): { random: boolean; getrandbits: boolean } | null {
  for (const c of cls.mro) {
    const r = c.dict.get('random');
    const g = c.dict.get('getrandbits');
    if (r instanceof NativeMethod || g instanceof NativeMethod) return null;
    if (g !== undefined) return { random: r !== undefined, getrandbits: true };
    if (r !== undefined) return { random: true, getrandbits: false };
  }
  return null;
}

export class OverriddenRandom extends Random {
  /** Nonzero inside the program's own method: its super() call draws from the generator. */
  private depth = 0;

  constructor(
    private readonly self: PyInstance,
    private readonly which: { random: boolean; getrandbits: boolean },
  ) {
    super();
  }

  /** Runs the base class's own method as called from the program (`super().random()`). */
  native<T>(f: () => T): T {
    this.depth++;
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  private program(name: string, args: PyValue[], base: () => PyValue): PyValue {
    if (this.depth > 0) return base();
    this.depth++;
    try {
      return callMethod(this.self, name, args, null);
    } finally {
      this.depth--;
    }
  }

  override random(): number {
    if (!this.which.random) return super.random();
    const v = this.program('random', [], () => super.random());
    if (typeof v === 'number') return v;
    if (typeof v === 'bigint' || typeof v === 'boolean') return toFloat(v);
    throw typeError(`must be real number, not ${typeof v}`);
  }

  override getrandbitsBig(k: number): bigint {
    if (!this.which.getrandbits) return super.getrandbitsBig(k);
    const v = this.program('getrandbits', [BigInt(k)], () => super.getrandbitsBig(k));
    if (typeof v !== 'bigint')
      throw typeError("'float' object cannot be interpreted as an integer");
    return v;
  }

  override getrandbits(k: number): number {
    return this.which.getrandbits ? Number(this.getrandbitsBig(k)) : super.getrandbits(k);
  }

  override randbelow(n: number): number {
    if (this.which.getrandbits || this.depth > 0) return super.randbelow(n);
    // _randbelow_without_getrandbits.
    if (n >= MAXSIZE) return Math.floor(this.random() * n);
    const rem = MAXSIZE % n;
    const limit = (MAXSIZE - rem) / MAXSIZE;
    let r = this.random();
    while (r >= limit) r = this.random();
    return Math.floor(r * MAXSIZE) % n;
  }

  override randbelowBig(n: bigint): bigint {
    if (n <= BigInt(Number.MAX_SAFE_INTEGER)) return BigInt(this.randbelow(Number(n)));
    return super.randbelowBig(n);
  }
}
