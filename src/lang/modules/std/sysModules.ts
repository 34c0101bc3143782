// sys.modules: the modules loaded so far by name, `__main__` (the program) among them, as a
// live dict (`getattr(sys.modules[__name__], name)` finds a class a command line names). A
// program may add or remove entries; imports do not consult them, they look for files.

import { EntriesView } from '../../runtime/entriesView';
import type { DictEntry } from '../../runtime/values';
import { PyDict, type PyModule } from '../../runtime/values';
import type { StdContext } from './context';

/** The loaded modules, with the program's own additions and removals over them. */
class LoadedModules extends EntriesView {
  private readonly added = new Map<unknown, DictEntry>();
  private readonly removed = new Set<unknown>();

  constructor(private readonly s: StdContext) {
    super();
  }

  private loaded(): Map<string, PyModule> {
    return new Map(this.s.modules());
  }

  override get(k: unknown): DictEntry | undefined {
    const own = this.added.get(k);
    if (own !== undefined || this.removed.has(k) || typeof k !== 'string') return own;
    const m = this.loaded().get(k);
    return m === undefined ? undefined : { key: k, value: m };
  }

  override has(k: unknown): boolean {
    return this.get(k) !== undefined;
  }

  override set(k: unknown, e: DictEntry): this {
    this.removed.delete(k);
    this.added.set(k, e);
    return this;
  }

  override delete(k: unknown): boolean {
    const had = this.has(k);
    this.added.delete(k);
    this.removed.add(k);
    return had;
  }

  override clear(): void {
    this.added.clear();
    for (const [k] of this.s.modules()) this.removed.add(k);
  }

  override get size(): number {
    return [...this.entries()].length;
  }

  override *entries(): MapIterator<[unknown, DictEntry]> {
    for (const [k, m] of this.loaded()) {
      if (!this.removed.has(k) && !this.added.has(k)) yield [k, { key: k, value: m }];
    }
    yield* this.added.entries();
  }
}

/** sys.modules, one dict for the session. */
export function sysModulesDict(s: StdContext): PyDict {
  const d = new PyDict();
  Object.defineProperty(d, 'map', { value: new LoadedModules(s) });
  return d;
}
