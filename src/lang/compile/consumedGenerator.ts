// `sum(x * x for x in xs)`: a one-clause generator expression handed straight to a built-in
// that only consumes it (sum, min, max, any, all, sorted, list, tuple, set, frozenset) runs as
// a plain iterator (clauseBodies.ts's consumedClause) instead of a generator object: no one
// else can reach it, so its send/throw/close and its state are never looked at, while its
// laziness, its frame and its errors stay a generator's. micrograd's and microgpt's forward
// passes are made of such sums. Whether the callee is that built-in is decided at run time.
//
// A generator that a call in the expression's first iterable has just made (`any(v > 2 for v
// in readings())`) is held by nothing else: once such a built-in (or `next`) returns, CPython
// frees the expression and with it that generator, closing it (its `finally` runs) before the
// statement goes on. The same for `any(readings())`, the generator handed straight to one.

import type * as A from '../ast';
import { callValue } from '../runtime/call';
import { generatorsMade, PyGenerator } from '../runtime/generator';
import { closeLeft, ownedGenerator } from '../runtime/loopGenerator';
import { at, rt } from '../runtime/state';
import type { PyValue } from '../runtime/values';
import type { Ev } from './closures';
import type { Compiler } from './compiler';
import { generatorMakers } from './comprehensions';
import { iterableExpression } from './expressions';
import { mayOwnGenerator } from './ownedIterable';
import { closeWrapped, wrappedIterable } from './wrappedGenerators';

/** The built-ins that take an iterable and only iterate it, never handing it on. */
const CONSUMERS = [
  'sum',
  'min',
  'max',
  'any',
  'all',
  'sorted',
  'list',
  'tuple',
  'set',
  'frozenset',
];

export function consumerSet(c: Compiler): Set<PyValue> {
  const consumers = new Set<PyValue>();
  for (const name of CONSUMERS) {
    const b = c.env.builtins.get(name);
    if (b !== undefined) consumers.add(b);
  }
  return consumers;
}

/** `v`, evaluated since `before` at call depth `depth`, when it is a generator it alone holds. */
function freshGenerator(v: PyValue, before: number, depth: number): PyGenerator | null {
  return v instanceof PyGenerator ? ownedGenerator(v, before, depth) : null;
}

/**
 * `f(<genexpr>)`, or `f(<genexpr>, start)` for sum (`f(<genexpr>, default)` for next), with f
 * a name: the call, giving the expression's plain iterator when f is one of CONSUMERS, and
 * closing afterwards a generator its first iterable's call made; null for another shape.
 */
export function consumedGeneratorCall(c: Compiler, e: A.Call): Ev | null {
  if (c.env.debug !== undefined) return null;
  if (e.func.type !== 'Name' || e.keywords.length !== 0) return null;
  const gen = e.args[0];
  if (gen?.type !== 'GeneratorExp' || gen.generators.length !== 1) return null;
  const name = e.func.name;
  const two =
    (name === 'sum' || name === 'next') && e.args.length === 2 && e.args[1].type !== 'Starred';
  if (e.args.length !== 1 && !two) return null;
  const consumers = consumerSet(c);
  const builtinNext = c.env.builtins.get('next');
  // In the order the ordinary call evaluates them: callee, first iterable, then start.
  const fn = c.expr(e.func);
  const firstIter = gen.generators[0].iter;
  const owns = mayOwnGenerator(firstIter);
  // `sum(a * b for a, b in zip(numbers(), xs))`: the generators the wrapper alone holds close
  // once the built-in returns (wrappedGenerators.ts).
  const wrapped = owns ? null : wrappedIterable(c, firstIter);
  const first = wrapped === null ? iterableExpression(c, firstIter) : null;
  const firstId = c.site(firstIter);
  const { generator, consumed } = generatorMakers(c, gen);
  const start = two ? c.expr(e.args[1]) : null;
  const id = c.site(e);
  if (wrapped !== null) {
    return (f) => {
      const callee = fn(f);
      const depth = rt.depth;
      const wrappers: PyGenerator[] = [];
      const source = wrapped(f, wrappers);
      at(firstId);
      const consumes = consumers.has(callee);
      // Another callee (the program's own) may keep the generator expression.
      if (!consumes && callee !== builtinNext) wrappers.length = 0;
      const g = consumed !== null && consumes ? consumed(f, source) : generator(f, source);
      const args = start === null ? [g] : [g, start(f)];
      at(id);
      // An error leaves them open: a traceback through the generator expression keeps its
      // frame, and with it the wrapper, until the exception is dropped.
      const r = callValue(callee, args, null);
      closeWrapped(wrappers, depth);
      return r;
    };
  }
  const firstEv = first!;
  return (f) => {
    const callee = fn(f);
    const before = generatorsMade();
    const depth = rt.depth;
    const source = firstEv(f);
    at(firstId);
    const consumes = consumers.has(callee);
    const made = owns && (consumes || callee === builtinNext);
    const held = made ? freshGenerator(source, before, depth) : null;
    const g = consumed !== null && consumes ? consumed(f, source) : generator(f, source);
    const args = start === null ? [g] : [g, start(f)];
    at(id);
    const r = callValue(callee, args, null);
    if (held !== null) closeLeft(held, depth);
    return r;
  };
}

/**
 * `any(readings())`: one of CONSUMERS called by its name on a call's result alone; a
 * generator that call has just made is closed once the built-in returns. Null for another
 * shape.
 */
export function consumedFreshCall(c: Compiler, e: A.Call): Ev | null {
  if (c.env.debug !== undefined) return null;
  if (e.func.type !== 'Name' || !CONSUMERS.includes(e.func.name)) return null;
  if (e.keywords.length !== 0 || e.args.length !== 1 || !mayOwnGenerator(e.args[0])) return null;
  const consumers = consumerSet(c);
  const fn = c.expr(e.func);
  const arg = c.expr(e.args[0]);
  const id = c.site(e);
  return (f) => {
    const callee = fn(f);
    const before = generatorsMade();
    const depth = rt.depth;
    const v = arg(f);
    const held = consumers.has(callee) ? freshGenerator(v, before, depth) : null;
    at(id);
    const r = callValue(callee, [v], null);
    if (held !== null) closeLeft(held, depth);
    return r;
  };
}
