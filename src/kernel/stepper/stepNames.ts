// How the stepper names nodes in its text: a Value's label (the name it was assigned to),
// a constant by its number, any other node by its id (`#12`), as the graph's tooltip does.

import { Value } from '../../engine/value';
import { nodeLabel, type GraphNode } from '../../lang/runtime/valueLike';
import type { ValueIds } from '../valueIds';
import { num, type RuleOperands } from './stepText';

export function nameOf(v: GraphNode, ids: ValueIds): string {
  const label = nodeLabel(v);
  if (label !== '') return label;
  if (v instanceof Value && v.isConstant) return num(v.data);
  return `#${ids.idOf(v)}`;
}

function operand(v: Value | null, ids: ValueIds): RuleOperands['a'] {
  return v === null ? null : { name: nameOf(v, ids), data: v.data, constant: v.isConstant };
}

/** What a node's local rules refer to: itself, its Value inputs and its number operand. */
export function operandsOf(n: Value, ids: ValueIds): RuleOperands {
  const inputs = n.inputs;
  return {
    out: { name: nameOf(n, ids), data: n.data },
    a: operand(inputs[0] ?? null, ids),
    b: operand(inputs[1] ?? null, ids),
    // A power's exponent stays in the node (`**2`); other number operands are Values by now.
    k: typeof n.b === 'number' ? n.b : 0,
  };
}

const INFIX = new Set(['+', '-', '*', '/', '**']);

/** `x1w1 = x1 * w1 = 2.0000 * -3.0000 = -6.0000`, `o = tanh(n) = tanh(0.8814) = 0.7071`, `x1 = 2.0000`. */
export function forwardLine(v: Value, ids: ValueIds): string {
  const name = nameOf(v, ids);
  const inputs = v.inputs;
  const op = v.op;
  if (inputs.length === 0) return `${name} = ${num(v.data)}`;
  const names = inputs.map((x) => nameOf(x, ids));
  const values = inputs.map((x) => num(x.data));
  let byName: string;
  let byNumber: string;
  if (inputs.length === 2 && INFIX.has(op)) {
    byName = `${names[0]} ${op} ${names[1]}`;
    byNumber = `${values[0]} ${op} ${values[1]}`;
  } else if (op.startsWith('**')) {
    byName = `${names[0]}${op}`;
    byNumber = `${values[0]}${op}`;
  } else if (op === 'neg') {
    byName = `-${names[0]}`;
    byNumber = `-(${values[0]})`;
  } else {
    byName = `${op}(${names.join(', ')})`;
    byNumber = `${op}(${values.join(', ')})`;
  }
  return `${name} = ${byName} = ${byNumber} = ${num(v.data)}`;
}
