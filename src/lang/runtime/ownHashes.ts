// The hashes a program's own `__hash__` returned, kept for the order CPython iterates a set in
// (setOrder.ts). A `__hash__` built only from ints, floats and tuples of them (`hash((self.x,
// self.y))`, `self.suit.value * 100 + self.rank`) returns the same int on every CPython run, so
// a set of such objects has a fixed order there. One that hashed a str, an object by identity
// or None on the way (`hash(self.name)`, `id(self)`) varies by run: it is counted as it happens,
// and an object whose `__hash__` counted one has no fixed hash.

const fixed = new WeakMap<object, bigint>();
let varying = 0;

/** Notes that a hash that differs from run to run in CPython was just made. */
export function noteVaryingHash(): void {
  varying++;
}

/** How many varying hashes have been made: unchanged across a call, it made none. */
export function varyingHashCount(): number {
  return varying;
}

/** Keeps the hash `obj`'s own `__hash__` just returned (as hash() gives it), or null if it varies. */
export function noteOwnHash(obj: object, hash: bigint | null): void {
  if (hash === null) fixed.delete(obj);
  else fixed.set(obj, hash);
}

/** The fixed hash `obj`'s own `__hash__` last returned, or null. */
export function ownFixedHash(obj: object): bigint | null {
  return fixed.get(obj) ?? null;
}
