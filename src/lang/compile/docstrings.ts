// Python's docstring rule: a body whose first statement is a plain string literal has that
// string as its `__doc__` (functions, classes and modules alike); otherwise `__doc__` is None.

import type * as A from '../ast';

export function docstringOf(body: readonly A.Stmt[]): string | null {
  const first = body[0];
  if (first === undefined || first.type !== 'ExprStmt') return null;
  const v = first.value;
  // An f-string is never a docstring, even one without fields (CPython: `f"doc"` leaves None).
  return v.type === 'Constant' && typeof v.value === 'string' && v.fstring !== true
    ? v.value
    : null;
}
