// How the stepper names nodes in its text: a Value's label (the name it was assigned to),
// a constant by its number, an unnamed node by the expression that made it from named ones
// when that is short (`(x1 * w1)`, `tanh(n)`), else by its operation and id (`tanh#65787`),
// so every step reads as a chain-rule update of nodes a learner can find in the graph.

import { Value } from '../../engine/value';
import { nodeLabel, type GraphNode } from '../../lang/runtime/valueLike';
import type { ValueIds } from '../valueIds';
import { num, type RuleOperands } from './stepText';

const INFIX = new Set(['+', '-', '*', '/', '**']);
/** Longest name built from a node's inputs; longer expressions read worse than `mul#12`. */
const MAX_EXPRESSION = 24;
/** How many unnamed operations deep an expression name may nest (`tanh((x * w))`). */
const MAX_DEPTH = 2;
/** An infix operation by a word, for `op#id` (`*#12` would read as a multiplication). */
const OP_WORDS: Readonly<Record<string, string>> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'div',
};

export function nameOf(v: GraphNode, ids: ValueIds): string {
  const label = nodeLabel(v);
  if (label !== '') return label;
  if (!(v instanceof Value)) return `#${ids.idOf(v)}`;
  if (v.isConstant) return num(v.data);
  return expressionOf(v, MAX_DEPTH) ?? `${opWord(v.op)}#${ids.idOf(v)}`;
}

/**
 * A node as the receiver of `.grad`: as nameOf, but a constant in parentheses, so its update
 * reads `(2.0000).grad += …` (Python's own way to take an attribute of a number literal)
 * rather than `2.0000.grad`, which looks like a number with a decimal part `grad`.
 */
export function receiverOf(v: GraphNode, ids: ValueIds): string {
  const name = nameOf(v, ids);
  return v instanceof Value && v.isConstant && v.label === '' ? `(${name})` : name;
}

function opWord(op: string): string {
  if (op.startsWith('**')) return 'pow';
  return OP_WORDS[op] ?? op;
}

/** A name or a short expression for `v` (null when it would be too long or too deep). */
function nameWithin(v: Value, depth: number): string | null {
  const label = v.label;
  if (label !== '') return label;
  if (v.isConstant) return num(v.data);
  return depth > 0 ? expressionOf(v, depth) : null;
}

/** `(x1 * w1)`, `tanh(n)`, `(x**2)`, `(-a)` from its inputs' names; null if too long. */
function expressionOf(v: Value, depth: number): string | null {
  const inputs = v.inputs;
  if (inputs.length === 0) return null;
  const names: string[] = [];
  for (const x of inputs) {
    const n = nameWithin(x, depth - 1);
    if (n === null) return null;
    names.push(n);
  }
  const op = v.op;
  let text: string;
  if (inputs.length === 2 && INFIX.has(op)) text = `(${names[0]} ${op} ${names[1]})`;
  else if (op.startsWith('**')) text = `(${names[0]}${op})`;
  else if (op === 'neg') text = `(-${names[0]})`;
  else text = `${op}(${names.join(', ')})`;
  return text.length <= MAX_EXPRESSION ? text : null;
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
  // An unnamed node named by its expression needs no `name =` in front of that expression.
  const lead = name.includes('#') || v.label !== '' ? `${name} = ` : '';
  return `${lead}${byName} = ${byNumber} = ${num(v.data)}`;
}
