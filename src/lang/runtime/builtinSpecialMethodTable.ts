// The registry of the built-in types' special methods: each type's own table (filled by
// builtinSpecialMethodDefs.ts), and the lookup that finds a method on a type or the
// built-in classes it derives from.

import type { PyClass } from './objects';
import { builtinClass } from './types';
import type { Kwargs, PyValue } from './values';

/**
 * One special method of a built-in type: what it does given the value and its arguments,
 * how many arguments it takes, and whether CPython makes it a slot wrapper (`__add__`,
 * `__len__`: `<slot wrapper …>`, bound a method-wrapper) or a plain method (`__round__`,
 * `__format__`, `list.__getitem__`: `<method …>`, bound a built-in method).
 */
export interface SpecialMethod {
  readonly name: string;
  /** What it does; `kw` is given only to a method that checks its own arguments. */
  readonly run: (self: PyValue, args: PyValue[], kw: Kwargs) => PyValue;
  readonly min: number;
  readonly max: number;
  readonly slot: boolean;
  /** It checks its own arguments and keywords (`dict.__init__(d, a=1)`): no checks before. */
  readonly checksOwn: boolean;
}

/** A type's own special methods; null where the type sets the name to None (`list.__hash__`). */
type Table = Map<string, SpecialMethod | null>;

const TABLES = new Map<string, Table>();

function table(typeName: string): Table {
  let t = TABLES.get(typeName);
  if (t === undefined) {
    t = new Map();
    TABLES.set(typeName, t);
  }
  return t;
}

export function define(
  typeNames: readonly string[],
  names: readonly string[],
  run: (name: string) => SpecialMethod['run'],
  arity: number | [number, number],
  slot = true,
  checksOwn = false,
): void {
  const [min, max] = typeof arity === 'number' ? [arity, arity] : arity;
  for (const name of names) {
    const m: SpecialMethod = { name, run: run(name), min, max, slot, checksOwn };
    for (const t of typeNames) table(t).set(name, m);
  }
}

export function setNone(typeNames: readonly string[], name: string): void {
  for (const t of typeNames) table(t).set(name, null);
}

/** The pseudo-type whose table every iterator (a generator, zip, a list's iterator…) has. */
export const ITERATOR = 'iterator';

/** The dicts of the collections module have dict's special methods (they are dicts here). */
const ALIASES = new Map([
  ['collections.OrderedDict', 'dict'],
  ['collections.defaultdict', 'dict'],
  ['Counter', 'dict'],
]);

/**
 * A built-in class's own special method `name` (or, for the collections' dicts, dict's when
 * the class has none of its own), null for None, undefined when it has none.
 */
export function ownSpecialMethod(cls: PyClass, name: string): SpecialMethod | null | undefined {
  const own = TABLES.get(cls.name)?.get(name);
  if (own !== undefined) return own;
  const alias = ALIASES.get(cls.name);
  return alias === undefined ? undefined : TABLES.get(alias)?.get(name);
}

/** The names of a built-in class's own special methods (None ones included), for dir(). */
export function ownSpecialMethodNames(cls: PyClass): string[] {
  const alias = ALIASES.get(cls.name);
  const t = TABLES.get(cls.name) ?? (alias === undefined ? undefined : TABLES.get(alias));
  return t === undefined ? [] : [...t.keys()];
}

/**
 * The special method `name` of the built-in type `cls` or of the built-in classes it derives
 * from (bool's `__add__` is int's, every type's `__eq__` at least object's): the method, null
 * when the type sets it to None (`list.__hash__`), undefined when it has none.
 */
export function specialMethodOfClass(cls: PyClass, name: string): SpecialMethod | null | undefined {
  for (const c of cls.mro) {
    const m = c.builtin ? ownSpecialMethod(c, name) : undefined;
    if (m !== undefined) return m;
  }
  return undefined;
}

/** The special method `name` of the built-in type called `typeName` (see specialMethodOfClass). */
export function builtinSpecialMethod(
  typeName: string,
  name: string,
): SpecialMethod | null | undefined {
  return specialMethodOfClass(builtinClass(typeName), name);
}

/** The special method `name` every iterator has (`__iter__`, `__next__`), or undefined. */
export function iteratorSpecialMethod(name: string): SpecialMethod | undefined {
  return TABLES.get(ITERATOR)?.get(name) ?? undefined;
}
