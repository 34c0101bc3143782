// `a, b = b, a + b` in a function: the values evaluated left to right, then stored left to
// right, as CPython's compiler does it (it builds no tuple for a same-length tuple display
// either), so the swap and the Fibonacci step make and unpack no tuple. At the top level of
// a cell the tuple is still made: the inline values show it.

import type * as A from '../ast';
import { NORMAL } from '../runtime/completion';
import type { PyValue } from '../runtime/values';
import type { Ev, Ex } from './closures';
import type { Compiler } from './compiler';
import { exprYields } from './yieldTree';

/** The statement compiled so, or null when it is not `t1, …, tn = e1, …, en` in a function. */
export function parallelAssign(c: Compiler, s: A.Assign): Ex | null {
  if (c.topLevel || s.targets.length !== 1) return null;
  const target = s.targets[0];
  const value = s.value;
  if (target.type !== 'Tuple' && target.type !== 'List') return null;
  if (value.type !== 'Tuple' || value.elts.length !== target.elts.length) return null;
  if (target.elts.some((e) => e.type === 'Starred')) return null;
  if (value.elts.some((e) => e.type === 'Starred' || exprYields(e))) return null;
  const values: Ev[] = value.elts.map((e) => c.expr(e));
  const stores = target.elts.map((t) => c.target(t, true));
  if (values.length === 2) {
    const [v0, v1] = values;
    const [s0, s1] = stores;
    return (f) => {
      const a = v0(f);
      const b = v1(f);
      s0(f, a);
      s1(f, b);
      return NORMAL;
    };
  }
  const n = values.length;
  return (f) => {
    const got = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) got[i] = values[i](f);
    for (let i = 0; i < n; i++) stores[i](f, got[i]);
    return NORMAL;
  };
}
