// A tuple display whose items are all constants (`(1.0, 1.0)`, `()`, `("a", (1, 2))`) is one
// tuple object, made when the code is compiled and returned by every evaluation, as CPython's
// compiler folds it into a constant of the code object. A tuple never changes, so sharing it is
// invisible but to `is` and id(), where it now agrees with CPython. A scalar autograd engine's
// `Value(a + b, (self, other), (1.0, 1.0))` then allocates no tuple for its local gradients.

import type * as A from '../ast';
import { PyBytes } from '../runtime/bytesValue';
import { binary, unary } from '../runtime/arith';
import { PyTuple, type PyValue } from '../runtime/values';

/** The value of a constant item, or undefined when the item is not one. */
export function constantItem(e: A.Expr): PyValue | undefined {
  // A bytes literal folds as the bytes object it evaluates to (immutable too).
  if (e.type === 'Constant') return e.value instanceof Uint8Array ? new PyBytes(e.value) : e.value;
  if (e.type === 'Tuple') return constantTuple(e);
  // `-1.0`, `2**40`, `-2**63`, `1/3`: CPython's AST optimizer folds an operator on constant
  // numbers into a constant (Python/ast_opt.c, fold_unaryop and fold_binop).
  if (e.type === 'UnaryOp') return foldedUnary(e);
  if (e.type === 'BinOp') return foldedBinary(e);
  return undefined;
}

type Num = number | bigint | boolean;

function isNum(v: PyValue | undefined): v is Num {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

function foldedUnary(e: A.UnaryOp): PyValue | undefined {
  const v = constantItem(e.operand);
  if (!isNum(v)) return undefined;
  if (e.op === 'not') return !(v === true || (v !== false && v !== 0 && v !== 0n));
  if (e.op === '~' && typeof v === 'number') return undefined;
  return unary(e.op, v);
}

/** The bit length of an int (a bool counts as 0 or 1). */
function bits(v: bigint | boolean): number {
  const n = typeof v === 'boolean' ? (v ? 1n : 0n) : v < 0n ? -v : v;
  return n === 0n ? 0 : n.toString(2).length;
}

/** The int sizes past which CPython leaves `*`, `**` and `<<` to run time (MAX_INT_SIZE). */
const MAX_INT_BITS = 128;

function tooBig(op: A.BinaryOperator, a: Num, b: Num): boolean {
  if (typeof a === 'number' || typeof b === 'number') return false;
  const [va, vb] = [bits(a), bits(b)];
  if (va === 0 || vb === 0) return false;
  const positive = b === true || (typeof b === 'bigint' && b > 0n);
  if (op === '*') return va + vb > MAX_INT_BITS;
  if (op === '**') return positive && va > Math.floor(MAX_INT_BITS / Number(b));
  if (op === '<<') return !positive || Number(b) > MAX_INT_BITS || va > MAX_INT_BITS - Number(b);
  return false;
}

function foldedBinary(e: A.BinOp): PyValue | undefined {
  const a = constantItem(e.left);
  const b = constantItem(e.right);
  if (!isNum(a) || !isNum(b) || e.op === '@' || tooBig(e.op, a, b)) return undefined;
  try {
    return binary(e.op, a, b);
  } catch {
    // An operation that fails (1/0, 1 << -1) is left to fail when it runs, as in CPython.
    return undefined;
  }
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
