// A neuron's pre-activation `b + w₀·x₀ + w₁·x₁ + …` as one node instead of micrograd's chain of
// 2n `*` and `+` nodes: a training step makes and walks about a tenth of the nodes. The numbers
// are micrograd's bit for bit: the forward sums in micrograd's order
// (`sum((wi*xi for wi, xi in zip(self.w, x)), self.b)`), and backward adds each input's share
// in the order the chain's reverse walk would (see dotBackward).
//
// Nobody sees the fusion: when the graph is looked at (`_prev`, `inputs`, a graph picture, a
// topological sort), the node expands into the very chain micrograd builds, with the data the
// chain had at forward time and the grads backward passes gave it, placed in the creation order
// where the chain's nodes would have been made (creationOrder.ts, placeExpansions).
//
// This file is the op (its node and its forward); dotChain.ts is what backward.ts needs of it
// (its local gradients and the expansion). The node class lives here, away from backward.ts,
// because value.ts imports backward.ts and a class cannot extend Value before value.ts is done.

import { nodeBudget } from './budget';
import { expandDot, type DotInput } from './dotChain';
import { Op, Value } from './value';

export type { DotInput } from './dotChain';

export class DotNode extends Value {
  /** w₀ … wₙ₋₁ then x₀ … xₙ₋₁, as they were at forward time; null once expanded. */
  terms: DotInput[] | null;
  /** b's data then each wᵢ·xᵢ, as computed at forward time (the chain's own data). */
  parts: number[] | null;
  /** The sum of the adjoints backward passes gave this node: each inner node's grad. */
  innerGrad = 0;
  /** The site of the expanded chain's `*` nodes: a user-written `wi*xi`'s own, else d's. */
  mulSite: number;

  constructor(data: number, bias: Value, terms: DotInput[], parts: number[]) {
    // `a` holds the bias so that the node is no leaf; the other inputs are in `terms`.
    super(data, '', Op.Dot, bias, null);
    this.terms = terms;
    this.parts = parts;
    this.mulSite = this.site;
  }

  override get inputs(): Value[] {
    if (this.code === Op.Dot) expandDot(this, 'now');
    return super.inputs;
  }
}

/**
 * b + Σ wᵢ·xᵢ over w.length terms (x has at least as many), as one node; `mulSite`, when
 * given, is where the products were written (a user's comprehension, lang's fusedDot.ts).
 */
export function dot(
  w: readonly Value[],
  x: readonly DotInput[],
  bias: Value,
  mulSite?: number,
): Value {
  const n = w.length;
  const terms: DotInput[] = new Array<DotInput>(2 * n);
  const parts: number[] = new Array<number>(n + 1);
  const pending = nodeBudget.pendingMark;
  let touched = bias.mark === pending;
  let sum = bias.data;
  parts[0] = sum;
  for (let i = 0; i < n; i++) {
    const wi = w[i];
    const xi = x[i];
    terms[i] = wi;
    terms[n + i] = xi;
    let p: number;
    if (typeof xi === 'number') p = wi.data * xi;
    else {
      p = wi.data * xi.data;
      if (xi.mark === pending) touched = true;
    }
    if (wi.mark === pending) touched = true;
    parts[i + 1] = p;
    sum = sum + p;
  }
  // Building on a node the last backward pass did not reach keeps such nodes counted (budget.ts).
  if (touched) nodeBudget.touched = true;
  const d = new DotNode(sum, bias, terms, parts);
  if (mulSite !== undefined) d.mulSite = mulSite;
  return d;
}
