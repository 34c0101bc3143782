// Reverse-mode differentiation over a Value's graph. No recursion anywhere: graphs of
// millions of nodes and chains millions deep must work (micrograd's recursive topological
// sort stops near depth 1,000 in Python; a recursive one in JS near 6,000).

import { nodeBudget } from './budget';
import { propagate, Value } from './value';

/** What the reused arrays hold where no pass has left a node: keeps them of one type. */
let sentinel: Value | null = null;

export interface BackwardReport {
  /** Nodes whose gradient came out NaN or infinite, nearest the output first (at most 5). */
  nonFinite: Value[];
}

// Each pass uses two fresh marks: `enter` while a node's inputs are being visited, `done`
// once it is placed. Marks only grow, so any mark below `enter` is from an earlier pass.
let pass = 0;
// Reused from pass to pass (growing, never shrinking) so that a training loop does not
// reallocate them every step; `count` says how much of `order` the last pass filled.
const stack: Value[] = [];
const order: Value[] = [];
let count = 0;
let stackHigh = 0;
let adjoints = new Float64Array(1024);

/**
 * Every node of root's graph, each after all of its inputs (root last), in `order[0..n)`;
 * returns n. Sets each node's `slot` to its index. Call `releaseOrder` when done with it.
 */
function sortTopologically(root: Value): number {
  pass += 1;
  const enter = pass * 2;
  const done = enter + 1;
  let n = 0;
  let sp = 0;
  stack[sp++] = root;
  while (sp > 0) {
    const v = stack[sp - 1];
    if (v.mark < enter) {
      v.mark = enter;
      // Push b before a so that a's subtree is placed first, as micrograd's recursion does.
      const b = v.b;
      if (b !== null && typeof b !== 'number' && b.mark < enter) stack[sp++] = b;
      const a = v.a;
      if (a !== null && a.mark < enter) stack[sp++] = a;
      if (sp > stackHigh) stackHigh = sp;
    } else {
      sp--;
      if (v.mark === enter) {
        v.mark = done;
        v.slot = n;
        order[n++] = v;
      }
    }
  }
  count = n;
  return n;
}

/** Drops the references the last pass left, so they do not keep an old graph alive. */
function releaseOrder(): void {
  sentinel ??= new Value(0);
  order.fill(sentinel, 0, count);
  stack.fill(sentinel, 0, stackHigh);
  count = 0;
  stackHigh = 0;
}

/**
 * Every node of root's graph, each after all of its inputs (root last), as a new array.
 * Sets each node's `slot` to its index.
 */
export function topologicalOrder(root: Value): Value[] {
  const n = sortTopologically(root);
  const copy = order.slice(0, n);
  releaseOrder();
  return copy;
}

/**
 * Computes ∂root/∂n for every node n of root's graph, afresh for this pass, and adds it to
 * n.grad (so root.grad grows by 1). Grads left in nodes by earlier passes are never
 * propagated again (micrograd's issue #53); a node used twice gets both contributions.
 */
export function backward(root: Value): BackwardReport {
  // The graph has served its purpose; what is made next is the next step's.
  nodeBudget.count = 0;
  const n = sortTopologically(root);
  const nodes = order;
  if (adjoints.length < n) adjoints = new Float64Array(Math.max(n, adjoints.length * 2));
  const adj = adjoints;
  adj.fill(0, 0, n);
  adj[n - 1] = 1;
  let nonFinite: Value[] | null = null;
  for (let i = n - 1; i >= 0; i--) {
    const v = nodes[i];
    const g = adj[i];
    v.grad += g;
    // g - g is NaN exactly when g is NaN or infinite
    if (g - g !== 0) {
      nonFinite ??= [];
      if (nonFinite.length < 5) nonFinite.push(v);
    }
    propagate(v, g, adj);
  }
  releaseOrder();
  return { nonFinite: nonFinite ?? [] };
}

/** Sets grad to 0 on every node of root's graph. */
export function zeroGraphGrads(root: Value): void {
  const n = sortTopologically(root);
  for (let i = 0; i < n; i++) order[i].grad = 0;
  releaseOrder();
}

/** Sets grad to 0 on each Value. */
export function zeroGrad(values: readonly Value[]): void {
  for (let i = 0; i < values.length; i++) values[i].grad = 0;
}
