// The special methods a program writes on a namedtuple class or a subclass of one (`class
// P(namedtuple('P', 'x y')): def __eq__(...)`). Its instances are tuples (PyNamedTuple), so
// the operators answer as tuples unless the class overrides them: then ==, the orderings,
// hash, len, iteration, indexing, `in`, truth and the binary operators call the override, as
// CPython finds it on type(p) before tuple's own. (`!=` without an own `__ne__` stays tuple's.)

import { callValue } from './call';
import { bind } from './instances';
import type { PyClass } from './objects';
import { NOT_IMPLEMENTED } from './special';
import { PyFunction, PyNamedTuple, type PyValue } from './values';

/** Per class, the overrides looked up so far, valid while the class's version holds. */
const found = new WeakMap<
  PyClass,
  { version: number; methods: Map<string, PyValue | null | undefined> }
>();

/**
 * The method `name` written above tuple on `v`'s class (null: set to None, as `__hash__` is
 * for a class with its own `__eq__`), or undefined when `v` is no namedtuple or tuple's own
 * method applies.
 */
export function tupleOverride(v: PyValue, name: string): PyValue | null | undefined {
  if (!(v instanceof PyNamedTuple)) return undefined;
  const cls = v.cls;
  let cache = found.get(cls);
  if (cache === undefined || cache.version !== cls.version) {
    cache = { version: cls.version, methods: new Map() };
    found.set(cls, cache);
  }
  if (cache.methods.has(name)) return cache.methods.get(name);
  let hit: PyValue | undefined;
  for (const c of cls.mro) {
    // tuple and object: the built-in behaviour.
    if (c.builtin && c.meta === null) break;
    hit = c.dict.get(name);
    if (hit !== undefined) break;
  }
  cache.methods.set(name, hit);
  return hit;
}

/** Calls `v`'s override `name` with `args`; undefined when it has none. */
export function callTupleOverride(v: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const m = tupleOverride(v, name);
  if (m === undefined || m === null) return undefined;
  const nt = v as PyNamedTuple;
  if (m instanceof PyFunction) return callValue(m, [nt, ...args], null);
  return callValue(bind(m, nt, nt.cls), args, null);
}

const RICH = {
  '<': '__lt__',
  '<=': '__le__',
  '>': '__gt__',
  '>=': '__ge__',
  '==': '__eq__',
  '!=': '__ne__',
} as const;
const SWAPPED = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' } as const;

/**
 * `a op b` with a namedtuple on a side: what the left's override, else the right's reflected
 * one, answered (NotImplemented passes the turn); undefined for tuple's own comparison.
 */
export function namedTupleCompare(
  op: keyof typeof RICH,
  a: PyValue,
  b: PyValue,
): PyValue | undefined {
  const f = callTupleOverride(a, RICH[op], [b]);
  if (f !== undefined && f !== NOT_IMPLEMENTED) return f;
  const r = callTupleOverride(b, RICH[SWAPPED[op]], [a]);
  if (r !== undefined && r !== NOT_IMPLEMENTED) return r;
  return undefined;
}
