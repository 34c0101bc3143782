// `for x in zip(numbers(), letters()):` and `list(map(str, numbers()))`: generators that
// calls in the expression have just made, handed straight to a built-in iterator that only
// wraps them (zip, map, filter, enumerate, itertools' chain, islice, …). Nothing else holds
// them, so CPython frees the wrapper, and with it closes those generators (their `finally`
// blocks run), the moment the loop is left (before its `else`) or the consuming built-in
// returns; a wrapper frees its tuple of iterators last item first, so they close in reverse
// order. runtime/loopGenerator.ts has the one-generator case (`for x in numbers():`).

import type * as A from '../ast';
import { callValue } from '../runtime/call';
import { catchable } from '../runtime/exceptions';
import { generatorsMade, PyGenerator } from '../runtime/generator';
import { closeLeft, ownedGenerator } from '../runtime/loopGenerator';
import { at, rt } from '../runtime/state';
import { builtinClass } from '../runtime/types';
import type { Frame, Kwargs, PyValue } from '../runtime/values';
import type { Ev } from './closures';
import type { Compiler } from './compiler';
import { consumerSet } from './consumedGenerator';
import { makesCall, mayOwnGenerator } from './ownedIterable';

/** The iterable's value, with the fresh generators it wrapped added to `held`. */
export type WrappedEv = (f: Frame, held: PyGenerator[]) => PyValue;

/** Built-in wrappers by the name a program calls them by (itertools' with or without `itertools.`). */
const BUILTIN_WRAPPERS = ['zip', 'map', 'filter', 'enumerate'];
// Not groupby (its groups keep the groupby, so its input, alive), nor tee.
const ITERTOOLS_WRAPPERS = [
  'accumulate',
  'chain',
  'compress',
  'cycle',
  'dropwhile',
  'filterfalse',
  'islice',
  'pairwise',
  'starmap',
  'takewhile',
  'zip_longest',
];

/** The classes those calls are (itertools' makers are classes too), checked at run time. */
const WRAPPER_CLASSES = new Set<PyValue>([
  ...BUILTIN_WRAPPERS.map((n) => builtinClass(n)),
  ...ITERTOOLS_WRAPPERS.map((n) => builtinClass(`itertools.${n}`)),
]);

function wrapperName(func: A.Expr): boolean {
  if (func.type === 'Name') {
    return BUILTIN_WRAPPERS.includes(func.name) || ITERTOOLS_WRAPPERS.includes(func.name);
  }
  return (
    func.type === 'Attribute' &&
    func.value.type === 'Name' &&
    ITERTOOLS_WRAPPERS.includes(func.attr)
  );
}

/** Whether `e` is a wrapper call whose arguments are wrappers, fresh calls or call-free. */
function wrapperShape(e: A.Expr): boolean {
  if (e.type !== 'Call' || !wrapperName(e.func)) return false;
  if (e.keywords.some((k) => k.name === null || makesCall(k.value))) return false;
  // A lambda runs later, on the items; it cannot reach the generators.
  return e.args.every(
    (a) =>
      a.type !== 'Starred' &&
      (wrapperShape(a) || mayOwnGenerator(a) || a.type === 'Lambda' || !makesCall(a)),
  );
}

/** Whether such a call may wrap a generator made there. */
function wrapsFresh(e: A.Call): boolean {
  return e.args.some((a) => (wrapperShape(a) ? wrapsFresh(a as A.Call) : mayOwnGenerator(a)));
}

function part(c: Compiler, a: A.Expr): WrappedEv {
  if (wrapperShape(a)) return wrapper(c, a as A.Call);
  const ev = c.expr(a);
  if (!mayOwnGenerator(a)) return (f) => ev(f);
  return (f, held) => {
    const before = generatorsMade();
    const depth = rt.depth;
    const v = ev(f);
    const g = v instanceof PyGenerator ? ownedGenerator(v, before, depth) : null;
    if (g !== null) held.push(g);
    return v;
  };
}

function wrapper(c: Compiler, e: A.Call): WrappedEv {
  const fn = c.expr(e.func);
  const parts = e.args.map((a) => part(c, a));
  const names = e.keywords.map((k) => k.name!);
  const values = e.keywords.map((k) => c.expr(k.value));
  const id = c.site(e);
  return (f, held) => {
    const callee = fn(f);
    const mark = held.length;
    const args = parts.map((p) => p(f, held));
    let kw: Kwargs = null;
    if (names.length > 0) {
      kw = new Map();
      for (let i = 0; i < names.length; i++) kw.set(names[i], values[i](f));
    }
    at(id);
    // Another callee (the program's own `zip`) may keep what it is given.
    if (!WRAPPER_CLASSES.has(callee)) held.length = mark;
    return callValue(callee, args, kw);
  };
}

/** The iterable `e` when it is a built-in wrapper over a generator made there, else null. */
export function wrappedIterable(c: Compiler, e: A.Expr): WrappedEv | null {
  if (c.env.debug !== undefined || !wrapperShape(e) || !wrapsFresh(e as A.Call)) return null;
  return wrapper(c, e as A.Call);
}

/** Closes the held generators, last first, as the wrapper's tuple of iterators frees them. */
export function closeWrapped(held: PyGenerator[], depth: number): void {
  for (let i = held.length - 1; i >= 0; i--) closeLeft(held[i], depth);
}

/**
 * `list(zip(numbers(), xs))`, `next(map(f, numbers()))`: a consuming built-in (or next, with
 * its default) called by its name on such a wrapper; the generators close once it returns.
 */
export function consumedWrapperCall(c: Compiler, e: A.Call): Ev | null {
  if (e.func.type !== 'Name') return null;
  // sorted(key=…), max(default=…), sum(start=…): a lambda or a value made without a call.
  if (
    e.keywords.some((k) => k.name === null || (k.value.type !== 'Lambda' && makesCall(k.value)))
  ) {
    return null;
  }
  const isNext = e.func.name === 'next';
  if (e.args.length !== 1 && !(isNext && e.args.length === 2)) return null;
  if (e.args.some((a) => a.type === 'Starred')) return null;
  const w = wrappedIterable(c, e.args[0]);
  if (w === null) return null;
  const consumers = consumerSet(c);
  const builtinNext = c.env.builtins.get('next');
  if (builtinNext !== undefined) consumers.add(builtinNext);
  const fn = c.expr(e.func);
  const fallback = e.args.length === 2 ? c.expr(e.args[1]) : null;
  const names = e.keywords.map((k) => k.name!);
  const values = e.keywords.map((k) => c.expr(k.value));
  const id = c.site(e);
  return (f) => {
    const callee = fn(f);
    const held: PyGenerator[] = [];
    const depth = rt.depth;
    let r: PyValue;
    try {
      const v = w(f, held);
      const args = fallback === null ? [v] : [v, fallback(f)];
      let kw: Kwargs = null;
      if (names.length > 0) {
        kw = new Map();
        for (let i = 0; i < names.length; i++) kw.set(names[i], values[i](f));
      }
      at(id);
      // A function of the program's may keep the wrapper.
      if (!consumers.has(callee)) held.length = 0;
      r = callValue(callee, args, kw);
    } catch (err) {
      if (catchable(err) !== null) closeWrapped(held, depth);
      throw err;
    }
    closeWrapped(held, depth);
    return r;
  };
}
