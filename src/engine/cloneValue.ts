// Copies of a node, for Python's copy module: a node with the same data, grad, label and op
// over operands of the caller's choosing (the same ones for copy.copy, copies for deepcopy).

import { Op, Value } from './value';

/**
 * The operands of v as the node holds them: a Value or null, and a Value, a number (the
 * operand of an op with a constant) or null. A fused node (a dot product, an MLP's forward)
 * first expands into the chain of nodes micrograd would have made, so a copy is made of
 * plain nodes only.
 */
export function operandsOf(v: Value): [Value | null, Value | number | null] {
  if (v.code === Op.Dot || v.code === Op.Mlp) void v.inputs;
  return [v.a, v.b];
}

/** A new node like v (data, grad, label, op) over the operands a and b. */
export function cloneNode(v: Value, a: Value | null, b: Value | number | null): Value {
  const copy = new Value(v.data, v.label, v.code, a, b);
  copy.grad = v.grad;
  return copy;
}
