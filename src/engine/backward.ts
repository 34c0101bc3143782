// Reverse-mode differentiation over a Value's graph. No recursion anywhere: graphs of
// millions of nodes and chains millions deep must work (micrograd's recursive topological
// sort stops near depth 1,000 in Python; a recursive one in JS near 6,000).
//
// The nodes made since the last pass are walked in reverse creation order (creationOrder.ts),
// which is a topological order that costs nothing to find; only the nodes made before (the
// parameters, a graph kept and built on) are sorted by a depth-first search. Every gradient
// is computed into adjoint arrays first and added to the nodes' `grad` only once the whole
// pass is done, so a pass interrupted by Stop leaves every grad as it was.

import { settleBudget } from './budget';
import { arena, forgetCreationOrder, inArena } from './creationOrder';
import { dotBackward, dotInputs, expandDot, isDot, placeQueuedExpansions } from './dotChain';
import { interruptTicks, pollInterrupt, startPass } from './interrupt';
import { passRan } from './passData';
import { placeholder, propagate, Value } from './value';
import type { DotNode } from './dot';
import { commitMlp, expandMlp, isMlp, mlpBackward, mlpInputs, mlpNonFinite } from './mlpChain';

export interface BackwardReport {
  /** Nodes whose gradient came out NaN or infinite, nearest the output first (at most 5). */
  nonFinite: Value[];
}

// Marks handed out so far. Each pass takes fresh ones, so any mark below a pass's own is from
// an earlier pass; the marks the budget gives unreached nodes are negative (budget.ts).
let marks = 0;

// Reused from pass to pass (growing, never shrinking) so that a training loop does not
// reallocate them every step; `count` says how much of `order` the last sort filled.
const stack: Value[] = [];
const order: Value[] = [];
let count = 0;
let stackHigh = 0;
/** Adjoints of the arena's nodes by slot, then of the old nodes they reach. */
let adjoints = new Float64Array(1024);
/** Adjoints of the old part of the graph, by place in `order`. */
let oldAdjoints = new Float64Array(1024);
/** The old nodes reached from the arena (or the old root), and the adjoint each got there. */
const boundary: Value[] = [];
let seeds = new Float64Array(64);
let boundaryCount = 0;

/**
 * Every node reachable from roots[0..nroots), each after all of its inputs, in
 * `order[0..n)`; returns n. With `numbered`, sets each node's `slot` to its index (only for
 * nodes outside the arena, whose slot is their place there). Call `releaseOrder` when done.
 */
function sortTopologically(roots: readonly Value[], nroots: number, numbered: boolean): number {
  const enter = ++marks;
  const done = ++marks;
  if (roots !== boundary) startPass();
  let n = 0;
  for (let r = 0; r < nroots; r++) {
    const root = roots[r];
    if (root.mark >= enter) continue;
    let sp = 0;
    stack[sp++] = root;
    while (sp > 0) {
      if (--interruptTicks.left === 0) pollInterrupt();
      const v = stack[sp - 1];
      if (v.mark < enter) {
        v.mark = enter;
        // A fused node is sorted as the chain it stands for (placed once the sort is done).
        if (isDot(v)) expandDot(v, 'queue');
        else if (isMlp(v)) expandMlp(v, 'queue');
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
          if (numbered) v.slot = n;
          order[n++] = v;
          if (n > count) count = n;
        }
      }
    }
  }
  placeQueuedExpansions();
  return n;
}

/** Drops the references the last pass left, so they do not keep an old graph alive. */
function releaseOrder(): void {
  const filler = placeholder();
  order.fill(filler, 0, count);
  stack.fill(filler, 0, stackHigh);
  boundary.fill(filler, 0, boundaryCount);
  count = 0;
  stackHigh = 0;
  boundaryCount = 0;
}

/** Every node of root's graph, each after all of its inputs (root last), as a new array. */
export function topologicalOrder(root: Value): Value[] {
  try {
    const n = sortTopologically([root], 1, false);
    return order.slice(0, n);
  } finally {
    releaseOrder();
  }
}

/** An old node reached for the first time in this pass: its adjoint goes after the arena's. */
function addBoundary(v: Value, at: number): void {
  v.slot = at;
  if (boundaryCount === seeds.length) {
    const grown = new Float64Array(seeds.length * 2);
    grown.set(seeds);
    seeds = grown;
  }
  boundary[boundaryCount++] = v;
}

function growAdjoints(min: number): Float64Array {
  const grown = new Float64Array(Math.max(min, adjoints.length * 2));
  grown.set(adjoints);
  adjoints = grown;
  return grown;
}

/**
 * Walks the arena from root down to its first node, propagating adjoints through the nodes
 * root reaches (marked `mark`) and collecting the old nodes they reach in `boundary`. Marks
 * the arena's other nodes `-mark` (see budget.ts). Returns how many arena nodes it reached.
 */
function walkArena(root: Value, mark: number): number {
  const nodes = arena.nodes;
  const length = arena.length;
  const top = root.slot;
  let adj = adjoints.length >= length + 64 ? adjoints : growAdjoints(length + 64);
  let next = length;
  root.mark = mark;
  adj[top] = 1;
  let reached = 0;
  const unreached = -mark;
  for (let i = top; i >= 0; i--) {
    if (--interruptTicks.left === 0) pollInterrupt();
    const v = nodes[i];
    if (v.mark !== mark) {
      v.mark = unreached;
      continue;
    }
    reached++;
    if (isDot(v)) {
      next = reachInputs(dotInputs(v, inputsFound), mark, next);
      adj = adjoints;
      dotBackward(v, adj[i], adj);
      continue;
    }
    if (isMlp(v)) {
      next = reachInputs(mlpInputs(v, inputsFound), mark, next);
      adj = adjoints;
      mlpBackward(v, adj[i], adj);
      continue;
    }
    const a = v.a;
    if (a === null) continue;
    if (a.mark !== mark) {
      a.mark = mark;
      if (inArena(a)) adj[a.slot] = 0;
      else {
        if (next === adj.length) adj = growAdjoints(next + 1);
        addBoundary(a, next);
        adj[next++] = 0;
      }
    }
    const b = v.b;
    if (b !== null && typeof b !== 'number' && b.mark !== mark) {
      b.mark = mark;
      if (inArena(b)) adj[b.slot] = 0;
      else {
        if (next === adj.length) adj = growAdjoints(next + 1);
        addBoundary(b, next);
        adj[next++] = 0;
      }
    }
    propagate(v, adj[i], adj);
  }
  for (let i = top + 1; i < length; i++) nodes[i].mark = unreached;
  for (let k = 0; k < boundaryCount; k++) seeds[k] = adj[boundary[k].slot];
  return reached;
}

const inputsFound: Value[] = [];

/**
 * walkArena's marking of a fused node's inputs, `inputsFound[0..k)`, in the order the unfused
 * graph's walk meets them.
 */
function reachInputs(k: number, mark: number, next: number): number {
  for (let j = 0; j < k; j++) {
    const x = inputsFound[j];
    if (x.mark === mark) continue;
    x.mark = mark;
    if (inArena(x)) adjoints[x.slot] = 0;
    else {
      if (next === adjoints.length) growAdjoints(next + 1);
      addBoundary(x, next);
      adjoints[next++] = 0;
    }
  }
  return next;
}

/** Sorts and walks the old nodes reachable from `boundary`; returns how many there are. */
function walkOld(): number {
  if (boundaryCount === 0) return 0;
  const n = sortTopologically(boundary, boundaryCount, true);
  if (oldAdjoints.length < n) oldAdjoints = new Float64Array(Math.max(n, oldAdjoints.length * 2));
  const adj = oldAdjoints;
  adj.fill(0, 0, n);
  for (let k = 0; k < boundaryCount; k++) adj[boundary[k].slot] = seeds[k];
  for (let i = n - 1; i >= 0; i--) {
    if (--interruptTicks.left === 0) pollInterrupt();
    propagate(order[i], adj[i], adj);
  }
  return n;
}

/**
 * Computes ∂root/∂n for every node n of root's graph, afresh for this pass, and adds it to
 * n.grad (so root.grad grows by 1). Grads left in nodes by earlier passes are never
 * propagated again (micrograd's issue #53); a node used twice gets both contributions.
 * With `replace`, each grad of the graph becomes ∂root/∂n instead (zero the graph's grads,
 * then backward), still only once the pass is complete: an interrupted pass changes none.
 */
export function backward(root: Value, replace = false): BackwardReport {
  passRan(root);
  const mark = ++marks;
  startPass();
  let nonFinite: Value[] | null = null;
  try {
    const fromArena = inArena(root);
    let reached = 0;
    if (fromArena) reached = walkArena(root, mark);
    else {
      addBoundary(root, 0);
      seeds[0] = 1;
    }
    const n = walkOld();
    // The pass is complete: only now do the grads change.
    if (fromArena) {
      const nodes = arena.nodes;
      const adj = adjoints;
      for (let i = root.slot; i >= 0; i--) {
        const v = nodes[i];
        if (v.mark !== mark) continue;
        const g = adj[i];
        v.grad = replace ? g : v.grad + g;
        if (isDot(v)) v.innerGrad = replace ? g : v.innerGrad + g;
        if (isMlp(v)) {
          commitMlp(v, replace);
          const found = mlpNonFinite(v, g, 5 - (nonFinite?.length ?? 0));
          if (found.length > 0) (nonFinite ??= []).push(...found);
          continue;
        }
        // g - g is NaN exactly when g is NaN or infinite
        if (g - g !== 0 && (nonFinite ??= []).length < 5) {
          nonFinite.push(v);
          // The chain's nodes, as the unfused pass reports them (the arena is forgotten below).
          if (isDot(v)) nonFinite.push(...chainNearestFirst(v, 5 - nonFinite.length));
        }
      }
    }
    const adj = oldAdjoints;
    for (let i = n - 1; i >= 0; i--) {
      const v = order[i];
      const g = adj[i];
      v.grad = replace ? g : v.grad + g;
      if (g - g !== 0 && (nonFinite ??= []).length < 5) nonFinite.push(v);
    }
    if (fromArena) {
      // The graph has served its purpose: what is made next is the next step's.
      settleBudget(reached, arena.length - reached, -mark);
      arena.filler ??= placeholder();
      forgetCreationOrder();
    }
  } finally {
    releaseOrder();
  }
  return { nonFinite: nonFinite ?? [] };
}

/** The first `limit` nodes of d's expanded chain below d, in reverse creation order. */
function chainNearestFirst(d: DotNode, limit: number): Value[] {
  // The chain's 2n − 1 nodes below d: wₙ₋₁·xₙ₋₁, then the sum before it, and so on down.
  const inner = d.terms!.length - 1;
  expandDot(d, 'never');
  const found: Value[] = [];
  let v: Value = d;
  while (found.length < Math.min(limit, inner)) {
    found.push(v.b as Value);
    if (found.length === Math.min(limit, inner)) break;
    v = v.a!;
    found.push(v);
  }
  return found;
}

/** Sets grad to 0 on every node of root's graph. */
export function zeroGraphGrads(root: Value): void {
  try {
    const n = sortTopologically([root], 1, false);
    for (let i = 0; i < n; i++) order[i].grad = 0;
  } finally {
    releaseOrder();
  }
}

/** Sets grad to 0 on each Value. */
export function zeroGrad(values: readonly Value[]): void {
  for (let i = 0; i < values.length; i++) values[i].grad = 0;
}
