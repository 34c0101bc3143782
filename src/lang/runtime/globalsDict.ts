// `globals()`: a module's global variables as a live dict. Compiled code keeps globals in an
// array of slots (names resolved at compile time), so the dict is the view: its map reads and
// writes those slots, and `globals()['lr'] = 0.1` binds `lr` as `lr = 0.1` would. The same
// dict object is returned every time. Keys that are not names (CPython allows any) are kept
// in the map's own storage, after the names.

import { EntriesView } from './entriesView';
import type { DictEntry, PyValue } from './values';
import { PyDict } from './values';

/** What the view needs of a module's global variables (compile/environment.ts Globals). */
export interface GlobalSlots {
  readonly values: (PyValue | undefined)[];
  readonly slots: Map<string, number>;
  readonly slotNames: readonly string[];
  slot(name: string): number;
  bind(i: number, v: PyValue): void;
  /** The bound slots in the order they were bound. */
  boundSlots(): number[];
}

class GlobalsMap extends EntriesView {
  constructor(private readonly g: GlobalSlots) {
    super();
  }

  private entry(name: string, i: number): DictEntry {
    const values = this.g.values;
    return {
      key: name,
      get value(): PyValue {
        return values[i] as PyValue;
      },
      set value(v: PyValue) {
        values[i] = v;
      },
    };
  }

  private boundSlot(k: unknown): number | undefined {
    if (typeof k !== 'string') return undefined;
    const i = this.g.slots.get(k);
    return i !== undefined && this.g.values[i] !== undefined ? i : undefined;
  }

  override get size(): number {
    let n = super.size;
    for (const i of this.g.slots.values()) if (this.g.values[i] !== undefined) n++;
    return n;
  }

  override get(k: unknown): DictEntry | undefined {
    const i = this.boundSlot(k);
    if (i !== undefined) return this.entry(k as string, i);
    return super.get(k);
  }

  override has(k: unknown): boolean {
    return this.boundSlot(k) !== undefined || super.has(k);
  }

  override set(k: unknown, e: DictEntry): this {
    if (typeof k === 'string') this.g.bind(this.g.slot(k), e.value);
    else super.set(k, e);
    return this;
  }

  override delete(k: unknown): boolean {
    const i = this.boundSlot(k);
    if (i === undefined) return super.delete(k);
    this.g.values[i] = undefined;
    return true;
  }

  override clear(): void {
    for (const i of this.g.slots.values()) this.g.values[i] = undefined;
    super.clear();
  }

  override *entries(): MapIterator<[unknown, DictEntry]> {
    for (const i of this.g.boundSlots()) {
      const name = this.g.slotNames[i];
      yield [name, this.entry(name, i)];
    }
    yield* super.entries();
  }
}

class GlobalsDict extends PyDict {
  override readonly map: Map<unknown, DictEntry>;
  constructor(g: GlobalSlots) {
    super();
    this.map = new GlobalsMap(g);
  }
}

const made = new WeakMap<GlobalSlots, PyDict>();

/** The live dict of a module's globals, the same object each time. */
export function globalsDict(g: GlobalSlots): PyDict {
  let d = made.get(g);
  if (d === undefined) {
    d = new GlobalsDict(g);
    made.set(g, d);
  }
  return d;
}
