// `x: T = v` in a class body: after the assignment, T is evaluated and stored in the class's
// `__annotations__` under 'x' (CPython's order), which dataclasses reads for its fields. A
// subscript or `|` in T makes an alias object (genericAlias.ts) instead of subscripting or
// or-ing the classes, so `List[int]`, `list['Value']` and `int | None` evaluate anywhere.

import type * as A from '../ast';
import { NORMAL } from '../runtime/completion';
import { ELLIPSIS, genericAlias, unionType } from '../runtime/genericAlias';
import { setItem } from '../runtime/subscript';
import { Cell, PyDict, type PyValue } from '../runtime/values';
import type { Ev, Ex } from './closures';
import type { Compiler } from './compiler';
import { unparse } from './unparse';

/** An annotation's value, with subscripts and unions made into aliases. */
function compileAnnotationValue(c: Compiler, e: A.Expr): Ev {
  switch (e.type) {
    case 'Subscript': {
      const origin = compileAnnotationValue(c, e.value);
      const parts = (e.index.type === 'Tuple' ? e.index.elts : [e.index]).map((p) =>
        compileAnnotationValue(c, p),
      );
      return (f) =>
        genericAlias(
          origin(f),
          parts.map((p) => p(f)),
        );
    }
    case 'BinOp': {
      if (e.op !== '|') break;
      const left = compileAnnotationValue(c, e.left);
      const right = compileAnnotationValue(c, e.right);
      return (f) => unionType(left(f), right(f));
    }
    case 'Constant':
      // The parser reads `...` in an annotation as a constant None spanning three columns.
      if (e.value === null && e.line === e.endLine && e.endCol - e.col === 3) return () => ELLIPSIS;
      break;
  }
  return c.expr(e);
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
  let annotation: Ev;
  if (c.res.futureAnnotations) {
    const text = unparse(s.annotation);
    annotation = () => text;
  } else annotation = compileAnnotationValue(c, s.annotation);
  return (f) => {
    if (assignment !== null) assignment(f);
    const held = f[slot];
    let dict = held instanceof Cell ? held.v : held;
    if (dict === undefined) {
      dict = new PyDict();
      if (held instanceof Cell) held.v = dict;
      else f[slot] = dict;
    }
    setItem(dict as PyValue, key, annotation(f));
    return NORMAL;
  };
}
