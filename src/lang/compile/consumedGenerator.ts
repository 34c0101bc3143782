// `sum(x * x for x in xs)`: a one-clause generator expression handed straight to a built-in
// that only consumes it (sum, min, max, any, all, sorted, list, tuple, set, frozenset) runs as
// a plain iterator (clauseBodies.ts's consumedClause) instead of a generator object: no one
// else can reach it, so its send/throw/close and its state are never looked at, while its
// laziness, its frame and its errors stay a generator's. micrograd's and microgpt's forward
// passes are made of such sums. Whether the callee is that built-in is decided at run time.

import type * as A from '../ast';
import { callValue } from '../runtime/call';
import { at } from '../runtime/state';
import type { PyValue } from '../runtime/values';
import type { Ev } from './closures';
import type { Compiler } from './compiler';
import { generatorMakers } from './comprehensions';
import { iterableExpression } from './expressions';

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

/**
 * `f(<genexpr>)`, or `f(<genexpr>, start)` for sum, with f a name: the call, giving the
 * expression's plain iterator when f is one of CONSUMERS; null for another shape.
 */
export function consumedGeneratorCall(c: Compiler, e: A.Call): Ev | null {
  if (c.env.debug !== undefined) return null;
  if (e.func.type !== 'Name' || e.keywords.length !== 0) return null;
  const gen = e.args[0];
  if (gen?.type !== 'GeneratorExp' || gen.generators.length !== 1) return null;
  const two = e.func.name === 'sum' && e.args.length === 2 && e.args[1].type !== 'Starred';
  if (e.args.length !== 1 && !two) return null;
  const consumers = new Set<PyValue>();
  for (const name of CONSUMERS) {
    const b = c.env.builtins.get(name);
    if (b !== undefined) consumers.add(b);
  }
  // In the order the ordinary call evaluates them: callee, first iterable, then start.
  const fn = c.expr(e.func);
  const firstIter = gen.generators[0].iter;
  const first = iterableExpression(c, firstIter);
  const firstId = c.site(firstIter);
  const { generator, consumed } = generatorMakers(c, gen);
  const start = two ? c.expr(e.args[1]) : null;
  const id = c.site(e);
  return (f) => {
    const callee = fn(f);
    const source = first(f);
    at(firstId);
    const g =
      consumed !== null && consumers.has(callee) ? consumed(f, source) : generator(f, source);
    const args = start === null ? [g] : [g, start(f)];
    at(id);
    return callValue(callee, args, null);
  };
}
