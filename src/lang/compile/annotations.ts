// `x: T = v` in a class body: after the assignment, T is evaluated and stored in the class's
// `__annotations__` under 'x' (CPython's order), which dataclasses reads for its fields.
// `List[int]`, `list['Value']` and `int | None` are types as values (runtime/typeForms.ts).

import type * as A from '../ast';
import { NORMAL } from '../runtime/completion';
import { classBodyValue } from '../runtime/classBodyStore';
import { setItem } from '../runtime/subscript';
import { Cell, PyDict, type PyValue } from '../runtime/values';
import type { Ev, Ex } from './closures';
import type { Compiler } from './compiler';
import { unparse } from './unparse';

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
  let annotation: Ev;
  if (c.res.futureAnnotations) {
    const text = unparse(s.annotation);
    annotation = () => text;
  } else annotation = c.expr(s.annotation);
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
