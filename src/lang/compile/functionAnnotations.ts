// A def's annotations (`def f(x: int) -> str`): evaluated when the def runs, after the
// defaults, in the scope around the def, and kept in the function's `__annotations__`. Under
// `from __future__ import annotations` each is its source text instead, never evaluated.

import type * as A from '../ast';
import { PyDict, type Frame, type PyFunction } from '../runtime/values';
import type { Ev } from './closures';
import type { Compiler } from './compiler';
import { unparse } from './unparse';

/**
 * The annotated names and their annotations, in CPython 3.11's order of evaluation (and of
 * the dict): the parameters after a `/`, then those before it, `*args`, the keyword-only
 * ones, `**kwargs`, and `return`.
 */
export function annotationsOf(s: A.FunctionDef): { key: string; annotation: A.Expr }[] {
  const ps = s.params;
  const named = [
    ...ps.args.slice(ps.posonly),
    ...ps.args.slice(0, ps.posonly),
    ps.vararg,
    ...ps.kwonly,
    ps.kwarg,
  ];
  const out: { key: string; annotation: A.Expr }[] = [];
  for (const p of named) {
    if (p !== null && p.annotation !== null) out.push({ key: p.name, annotation: p.annotation });
  }
  if (s.returns !== null) out.push({ key: 'return', annotation: s.returns });
  return out;
}

/** Stores the def's annotations on the function it made; null when it has none. */
export function compileFunctionAnnotations(
  c: Compiler,
  s: A.FunctionDef,
): ((f: Frame, fn: PyFunction) => void) | null {
  const items = annotationsOf(s);
  if (items.length === 0) return null;
  const keys = items.map((it) => it.key);
  const values: Ev[] = items.map((it) => {
    if (!c.res.futureAnnotations) return c.expr(it.annotation);
    const text = unparse(it.annotation);
    return () => text;
  });
  return (f, fn) => {
    const dict = new PyDict();
    for (let i = 0; i < keys.length; i++) {
      dict.map.set(keys[i], { key: keys[i], value: values[i](f) });
    }
    fn.extras ??= { dict: null };
    fn.extras.annotations = dict;
  };
}
