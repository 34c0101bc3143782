// A Map of dict entries whose contents another structure holds (a module's globals, a class's
// namespace, sys.modules): a subclass overrides entries(), and keys, values, iteration and
// forEach all follow it, so the PyDict over it reads one live view whichever way it asks.

import type { DictEntry } from './values';

export class EntriesView extends Map<unknown, DictEntry> {
  override *keys(): MapIterator<unknown> {
    for (const [k] of this.entries()) yield k;
  }

  override *values(): MapIterator<DictEntry> {
    for (const [, e] of this.entries()) yield e;
  }

  override [Symbol.iterator](): MapIterator<[unknown, DictEntry]> {
    return this.entries();
  }

  override forEach(
    fn: (e: DictEntry, k: unknown, m: Map<unknown, DictEntry>) => void,
    thisArg?: unknown,
  ): void {
    for (const [k, e] of this.entries()) fn.call(thisArg, e, k, this);
  }
}
