// The user's own Value classes, read the way the tools read a built-in Value. An instance is
// Value-like when its own attributes hold a numeric `data` (or `val`) and a numeric `grad`;
// everything here reads those attributes directly and never runs the program's code (a
// property or __getattr__ could loop, raise or change state while the editor only looks).

import { Value } from '../../engine/value';
import { PyInstance } from './objects';
import { setValues } from './smallSet';
import { PySet, PyTuple, type PyValue } from './values';

const DATA_NAMES = ['data', 'val'] as const;
// `_inputs`: beyond the contract's list, as tiny_gpt.py and other scalar GPTs name them.
const INPUT_NAMES = [
  '_prev',
  '_children',
  'operands',
  'children',
  'prev',
  'inputs',
  '_inputs',
] as const;
const OP_NAMES = ['_op', 'op'] as const;
const LABEL_NAMES = ['label', 'name'] as const;

/** A node of a compute graph: a built-in Value or a Value-like instance of a user class. */
export type GraphNode = Value | PyInstance;

function numberOf(v: PyValue | undefined): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
}

function own(o: PyInstance, name: string): PyValue | undefined {
  return Object.prototype.hasOwnProperty.call(o.attrs, name) ? o.attrs[name] : undefined;
}

/** The name of the attribute holding the number (`data` or `val`), or null when not Value-like. */
export function dataName(o: PyInstance): 'data' | 'val' | null {
  if (numberOf(own(o, 'grad')) === null) return null;
  for (const n of DATA_NAMES) if (numberOf(own(o, n)) !== null) return n;
  return null;
}

export function isValueLike(v: PyValue): v is PyInstance {
  return v instanceof PyInstance && dataName(v) !== null;
}

export function isGraphNode(v: PyValue): v is GraphNode {
  return v instanceof Value || isValueLike(v);
}

export function nodeData(n: GraphNode): number {
  if (n instanceof Value) return n.data;
  const name = dataName(n);
  return name === null ? NaN : (numberOf(own(n, name)) ?? NaN);
}

export function nodeGrad(n: GraphNode): number {
  return n instanceof Value ? n.grad : (numberOf(own(n, 'grad')) ?? NaN);
}

function itemsOf(v: PyValue | undefined): readonly PyValue[] | null {
  if (Array.isArray(v)) return v;
  if (v instanceof PyTuple) return v.items;
  if (v instanceof PySet) return setValues(v);
  return null;
}

/** The node's inputs: a Value's own, or the first of a user object's input attributes holding nodes. */
export function nodeInputs(n: GraphNode): GraphNode[] {
  if (n instanceof Value) return n.inputs;
  let empty: GraphNode[] | null = null;
  for (const name of INPUT_NAMES) {
    const items = itemsOf(own(n, name));
    if (items === null) continue;
    const nodes = items.filter(isGraphNode);
    if (nodes.length > 0) return nodes;
    // A leaf's `_prev` is an empty set: it counts, unless a later attribute holds nodes.
    if (items.length === 0) empty ??= [];
  }
  return empty ?? [];
}

function stringAttr(o: PyInstance, names: readonly string[]): string {
  for (const n of names) {
    const v = own(o, n);
    if (typeof v === 'string' && v !== '') return v;
  }
  return '';
}

export function nodeOp(n: GraphNode): string {
  return n instanceof Value ? n.op : stringAttr(n, OP_NAMES);
}

/** Names top-level assignments bound Value-likes to (never stored on the user's object). */
const boundNames = new WeakMap<PyInstance, string>();

/** A top-level `name = value` bound a Value-like: remembers the name as its label of last resort. */
export function noteBoundName(v: PyValue, name: string): void {
  if (v instanceof PyInstance && !boundNames.has(v) && isValueLike(v)) boundNames.set(v, name);
}

export function nodeLabel(n: GraphNode): string {
  if (n instanceof Value) return n.label;
  const own = stringAttr(n, LABEL_NAMES);
  return own !== '' ? own : (boundNames.get(n) ?? '');
}

export function nodeSite(n: GraphNode): number {
  return n.site;
}

/** The class name a hover shows. */
export function nodeType(n: GraphNode): string {
  return n instanceof Value ? 'Value' : n.cls.name;
}

/** Every node of root's graph, inputs before outputs, without recursion (100k-node chains are ordinary). */
export function graphNodes(root: GraphNode): GraphNode[] {
  const order: GraphNode[] = [];
  const seen = new Set<GraphNode>([root]);
  const stack: GraphNode[] = [root];
  const next: number[] = [0];
  const inputsOf: GraphNode[][] = [nodeInputs(root)];
  while (stack.length > 0) {
    const top = stack.length - 1;
    const inputs = inputsOf[top];
    const i = next[top];
    if (i < inputs.length) {
      next[top] = i + 1;
      const x = inputs[i];
      if (!seen.has(x)) {
        seen.add(x);
        stack.push(x);
        next.push(0);
        inputsOf.push(nodeInputs(x));
      }
      continue;
    }
    order.push(stack.pop()!);
    next.pop();
    inputsOf.pop();
  }
  return order;
}
