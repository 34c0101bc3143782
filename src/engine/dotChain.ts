// What backward.ts needs of a fused `b + Σ wᵢ·xᵢ` node (dot.ts): its local gradients, in the
// order micrograd's chain would add them, and its expansion into that chain.

import { inArena, placeExpansions, type Expansion } from './creationOrder';
import type { DotNode } from './dot';
import { Op, Value } from './value';

/** A weight's partner: an input Value or a plain number (micrograd makes it a constant). */
export type DotInput = Value | number;

/**
 * Adds g times the local gradients to the inputs' adjoints, in the order the unfused chain's
 * reverse walk adds them (wₙ₋₁, xₙ₋₁, …, w₁, x₁, then b, then w₀, x₀), so that an input used
 * twice gets its contributions summed in the same order. Each input's slot must be reached.
 */
export function dotBackward(d: DotNode, g: number, adj: Float64Array): void {
  const terms = d.terms!;
  const n = terms.length >> 1;
  for (let i = n - 1; i >= 1; i--) mulBackward(terms[i] as Value, terms[n + i], g, adj);
  adj[d.a!.slot] += g;
  mulBackward(terms[0] as Value, terms[n], g, adj);
}

function mulBackward(w: Value, x: DotInput, g: number, adj: Float64Array): void {
  if (typeof x === 'number') {
    adj[w.slot] += x * g;
    return;
  }
  adj[w.slot] += x.data * g;
  adj[x.slot] += w.data * g;
}

/**
 * The inputs of d in the order the unfused chain's reverse walk first meets them (see
 * dotBackward), numbers left out, into `out`; returns how many.
 */
export function dotInputs(d: DotNode, out: Value[]): number {
  const terms = d.terms!;
  const n = terms.length >> 1;
  let k = 0;
  for (let i = n - 1; i >= 1; i--) {
    out[k++] = terms[i] as Value;
    const x = terms[n + i];
    if (typeof x !== 'number') out[k++] = x;
  }
  out[k++] = d.a!;
  out[k++] = terms[0] as Value;
  const x0 = terms[n];
  if (typeof x0 !== 'number') out[k++] = x0;
  return k;
}

/** A node of the expanded chain: made as a constant is, outside the budget and the arena. */
function innerNode(code: Op, data: number, a: Value, b: DotInput, d: DotNode, site: number): Value {
  // A Const is the one kind of node the constructor leaves out of the arena and the budget
  // (placeExpansions counts and places these); it gets its real op code right after.
  const v = new Value(data, '', Op.Const, a, b);
  v.code = code;
  v.site = site;
  v.scope = d.scope;
  v.grad = d.innerGrad;
  return v;
}

const queued: Expansion[] = [];

/**
 * Turns d into micrograd's chain: (((b + w₀·x₀) + w₁·x₁) + …) + wₙ₋₁·xₙ₋₁, d itself being the
 * last `+`. The chain's nodes go into the creation order before d: `now`, or once the caller
 * has expanded everything it needs (`queue`, then `placeQueuedExpansions`), or not at all
 * (`never`: the caller forgets the creation order anyway).
 */
export function expandDot(d: DotNode, place: 'now' | 'queue' | 'never'): void {
  const terms = d.terms!;
  const parts = d.parts!;
  const n = terms.length >> 1;
  const nodes: Value[] = [];
  let s: Value = d.a!;
  let sum = parts[0];
  for (let i = 0; i < n; i++) {
    const w = terms[i] as Value;
    const x = terms[n + i];
    const p = parts[i + 1];
    const m = innerNode(typeof x === 'number' ? Op.MulK : Op.Mul, p, w, x, d, d.mulSite);
    nodes.push(m);
    if (i === n - 1) {
      d.code = Op.Add;
      d.a = s;
      d.b = m;
    } else {
      sum = sum + p;
      s = innerNode(Op.Add, sum, s, m, d, d.site);
      nodes.push(s);
    }
  }
  d.terms = null;
  d.parts = null;
  if (place === 'never' || !inArena(d)) return;
  placeExpansion({ at: d, nodes }, place);
}

/** Places a fused node's expansion now, or with the others once the caller is done (`queue`). */
export function placeExpansion(expansion: Expansion, place: 'now' | 'queue'): void {
  if (place === 'now') placeExpansions([expansion]);
  else queued.push(expansion);
}

/** Places the chains `expandDot(…, 'queue')` made since the last call. */
export function placeQueuedExpansions(): void {
  if (queued.length === 0) return;
  placeExpansions(queued);
  queued.length = 0;
}

export function isDot(v: Value): v is DotNode {
  return v.code === Op.Dot;
}
