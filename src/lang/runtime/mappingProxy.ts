// `C.__dict__` and `vars(C)`: CPython's mappingproxy, a read-only live view of a class's
// namespace. It is a dict to everything that reads dicts (indexing, `in`, len, iteration,
// get/keys/values/items/copy, equality, repr as `mappingproxy({...})`); writing through it is
// CPython's TypeError, and dict's mutating methods are not its attributes.

import { EntriesView } from './entriesView';
import type { PyClass } from './objects';
import { typeError } from './state';
import { defaultModule } from './types';
import { PyDict, type DictEntry, type PyValue } from './values';

/** The `__dict__`/`__weakref__` descriptors a class's dict shows, and the key they follow. */
export interface ClassGetsets {
  descriptors: { getsetName: string; value: PyValue }[];
  /** null: before every key; undefined: after the last. */
  after: string | null | undefined;
}

// Given by getsetDescriptor.ts once class statements can run (it needs the runtime loaded).
let classGetsets: (cls: PyClass) => ClassGetsets | null = () => null;

export function showClassGetsets(of: (cls: PyClass) => ClassGetsets | null): void {
  classGetsets = of;
}

/** A dict entry whose value cannot be replaced (dict's `d[k] = v` replaces an entry's value). */
function readOnly(key: string, value: PyValue): DictEntry {
  return {
    key,
    get value(): PyValue {
      return value;
    },
    set value(_v: PyValue) {
      throw typeError("'mappingproxy' object does not support item assignment");
    },
  };
}

/** The class's names as dict entries: `__module__` first, then the class dict's order. */
class ClassNamespace extends EntriesView {
  constructor(private readonly cls: PyClass) {
    super();
  }

  private module(): DictEntry {
    return readOnly('__module__', defaultModule(this.cls));
  }

  override get(k: unknown): DictEntry | undefined {
    if (k === '__module__') return this.module();
    const v = typeof k === 'string' ? this.cls.dict.get(k) : undefined;
    if (v === undefined && (k === '__dict__' || k === '__weakref__')) {
      const d = classGetsets(this.cls)?.descriptors.find((g) => g.getsetName === k);
      return d === undefined ? undefined : readOnly(k, d.value);
    }
    return v === undefined ? undefined : readOnly(k as string, v);
  }

  override has(k: unknown): boolean {
    return this.get(k) !== undefined;
  }

  override get size(): number {
    const getsets = classGetsets(this.cls)?.descriptors.length ?? 0;
    return this.cls.dict.size + (this.cls.dict.has('__module__') ? 0 : 1) + getsets;
  }

  override *entries(): MapIterator<[unknown, DictEntry]> {
    if (!this.cls.dict.has('__module__')) yield ['__module__', this.module()];
    // The class dict keeps CPython's order: a docstring after __module__, else __doc__ after
    // the body's names, and attributes set later after it; type()'s __dict__ and __weakref__
    // descriptors come right after the body's names.
    const getsets = classGetsets(this.cls);
    const extra = function* (): Generator<[unknown, DictEntry]> {
      for (const d of getsets?.descriptors ?? []) {
        yield [d.getsetName, readOnly(d.getsetName, d.value)];
      }
    };
    if (getsets?.after === null) yield* extra();
    for (const [k, v] of this.cls.dict) {
      yield [k, readOnly(k, v)];
      if (getsets?.after === k) yield* extra();
    }
    if (getsets !== null && getsets.after === undefined) yield* extra();
  }

  override set(): this {
    throw typeError("'mappingproxy' object does not support item assignment");
  }

  override delete(): boolean {
    throw typeError("'mappingproxy' object does not support item deletion");
  }

  override clear(): void {
    throw typeError("'mappingproxy' object does not support item deletion");
  }
}

/**
 * A dict's entries, read-only: Enum's `__members__`. It reads as a class namespace does (the
 * same refusals to write), over the dict instead of the class.
 */
class ReadOnlyEntries extends ClassNamespace {
  constructor(
    owner: PyClass,
    private readonly dict: PyDict,
  ) {
    super(owner);
  }

  override get(k: unknown): DictEntry | undefined {
    const e = this.dict.map.get(k);
    // Read through, as CPython's proxy reads the dict it wraps.
    return e === undefined ? undefined : readOnly(e.key as string, e.value);
  }

  override get size(): number {
    return this.dict.map.size;
  }

  override *entries(): MapIterator<[unknown, DictEntry]> {
    for (const [k, e] of this.dict.map) yield [k, readOnly(e.key as string, e.value)];
  }
}

export class PyMappingProxy extends PyDict {
  /** The dict it views; null for a class's namespace. */
  readonly viewed: PyDict | null;

  /** A class's namespace, or (with `over`) any dict, seen through a mappingproxy. */
  constructor(cls: PyClass, over?: PyDict) {
    super();
    this.viewed = over ?? null;
    const entries = over === undefined ? new ClassNamespace(cls) : new ReadOnlyEntries(cls, over);
    Object.defineProperty(this, 'map', { value: entries });
  }

  /** A read-only live view of `dict`. */
  static over(dict: PyDict, owner: PyClass): PyMappingProxy {
    return new PyMappingProxy(owner, dict);
  }
}

/** The methods a mappingproxy has, of dict's. */
export const MAPPING_PROXY_METHODS: ReadonlySet<string> = new Set([
  'get',
  'keys',
  'values',
  'items',
  'copy',
  '__getitem__',
  '__contains__',
  '__len__',
  '__iter__',
]);
