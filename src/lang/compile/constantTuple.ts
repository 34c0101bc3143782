// A tuple display whose items are all constants (`(1.0, 1.0)`, `()`, `("a", (1, 2))`) is one
// tuple object, made when the code is compiled and returned by every evaluation, as CPython's
// compiler folds it into a constant of the code object. A tuple never changes, so sharing it is
// invisible but to `is` and id(), where it now agrees with CPython. A scalar autograd engine's
// `Value(a + b, (self, other), (1.0, 1.0))` then allocates no tuple for its local gradients.

import type * as A from '../ast';
import { PyBytes } from '../runtime/bytesValue';
import { PyTuple, type PyValue } from '../runtime/values';

/** The value of a constant item, or undefined when the item is not one. */
export function constantItem(e: A.Expr): PyValue | undefined {
  // A bytes literal folds as the bytes object it evaluates to (immutable too).
  if (e.type === 'Constant') return e.value instanceof Uint8Array ? new PyBytes(e.value) : e.value;
  if (e.type === 'Tuple') return constantTuple(e);
  // `-1.0` is a unary minus of a constant; CPython folds it into the tuple too.
  if (e.type === 'UnaryOp' && e.op === '-' && e.operand.type === 'Constant') {
    const v = e.operand.value;
    if (typeof v === 'number' || typeof v === 'bigint') return -v;
  }
  return undefined;
}

/** The folded tuple of a display whose items are all constants, else undefined. */
export function constantTuple(e: A.TupleExpr): PyTuple | undefined {
  const items: PyValue[] = [];
  for (const elt of e.elts) {
    const v = constantItem(elt);
    if (v === undefined) return undefined;
    items.push(v);
  }
  return new PyTuple(items);
}
