// The backward pass of a built-in Value, replayed step by step for the stepper: the nodes in
// reverse topological order, each pushing its gradient into its inputs by the chain rule
// (value.ts's localTerms), with the running sums of nodes that get several contributions.
// Computed on demand (only when a learner opens the stepper), from the graph's data as it
// is now; the pass itself (backward.ts) never pays for any of this.

import { topologicalOrder } from '../../engine/backward';
import { localTerms } from '../../engine/localTerms';
import { materializeConstant, Value } from '../../engine/value';

export interface PlannedPush {
  input: Value;
  /** The local rule with placeholders (see LocalTerm). */
  rule: string;
  contribution: number;
  /** The input's grad before this push; null for its first contribution. */
  before: number | null;
  after: number;
}

export interface PlannedStep {
  node: Value;
  /** The node's grad when it pushes (all of its contributions are in by then). */
  grad: number;
  pushes: PlannedPush[];
}

/**
 * Every step of root's backward pass: first root itself (its grad is 1), then each node
 * with inputs, outputs before inputs. Constants are made Values first, as the graph draws
 * them, so each step names nodes the panel shows.
 */
export function planBackward(root: Value): PlannedStep[] {
  for (const v of topologicalOrder(root)) materializeConstant(v);
  const order = topologicalOrder(root);
  const grads = new Map<Value, number>([[root, 1]]);
  const steps: PlannedStep[] = [{ node: root, grad: 1, pushes: [] }];
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    const terms = localTerms(node);
    if (terms.length === 0) continue;
    const grad = grads.get(node) ?? 0;
    const pushes: PlannedPush[] = [];
    for (const t of terms) {
      const contribution = t.local * grad;
      const known = grads.get(t.input);
      const after = known === undefined ? contribution : known + contribution;
      grads.set(t.input, after);
      pushes.push({ input: t.input, rule: t.rule, contribution, before: known ?? null, after });
    }
    if (node === root) steps[0].pushes = pushes;
    else steps.push({ node, grad, pushes });
  }
  return steps;
}

/** Every node of root's graph in the order it was made (inputs first), for the forward mode. */
export function planForward(root: Value): Value[] {
  for (const v of topologicalOrder(root)) materializeConstant(v);
  return topologicalOrder(root);
}
