// `x: T = v` in a class body or at a module's top level: after the assignment, T is evaluated
// and stored in the class's `__annotations__` (the module's: a global) under 'x' (CPython's
// order), which dataclasses reads for its fields.
// `List[int]`, `list['Value']` and `int | None` are types as values (runtime/typeForms.ts).

import type * as A from '../ast';
import { NORMAL } from '../runtime/completion';
import { classBodyValue } from '../runtime/classBodyStore';
import { setItem } from '../runtime/subscript';
import { Cell, PyDict, type PyValue } from '../runtime/values';
import type { Ev, Ex } from './closures';
import type { Compiler } from './compiler';
import { unparse } from './unparse';

/** T, as `x: T` stores it: its value, or its text under `from __future__ import annotations`. */
function annotationValue(c: Compiler, s: A.AnnAssign): Ev {
  if (!c.res.futureAnnotations) return c.expr(s.annotation);
  const text = unparse(s.annotation);
  return () => text;
}

/**
 * `x: T [= v]` at a module's top level. CPython makes the module's `__annotations__` when the
 * module starts; here (a notebook runs cell by cell) the first annotation does if it is unbound.
 */
export function compileModuleAnnotation(c: Compiler, s: A.AnnAssign, assignment: Ex | null): Ex {
  const g = c.env.globals;
  const i = g.slot('__annotations__');
  const key = (s.target as A.Name).name;
  const annotation = annotationValue(c, s);
  return (f) => {
    if (assignment !== null) assignment(f);
    let dict = g.values[i];
    if (dict === undefined) g.bind(i, (dict = new PyDict()));
    setItem(dict, key, annotation(f));
    return NORMAL;
  };
}

/** `x: T [= v]` in a class body, whose `__annotations__` is the variable `annotations`. */
export function compileClassAnnotation(
  c: Compiler,
  s: A.AnnAssign,
  annotations: A.Name,
  assignment: Ex | null,
): Ex {
  const ref = c.res.refs.get(annotations);
  if (ref === undefined || ref.kind !== 'local') {
    throw new Error('a class body binds __annotations__ locally');
  }
  const slot = ref.v.slot;
  const key = (s.target as A.Name).name;
  const annotation = annotationValue(c, s);
  return (f) => {
    if (assignment !== null) assignment(f);
    const held = f[slot];
    let dict = held instanceof Cell ? held.v : held;
    if (dict === undefined) {
      // (A metaclass's prepared namespace takes it at this point of the body, as in CPython.)
      dict = classBodyValue(f, '__annotations__', new PyDict());
      if (held instanceof Cell) held.v = dict;
      else f[slot] = dict;
    }
    setItem(dict as PyValue, key, annotation(f));
    return NORMAL;
  };
}
