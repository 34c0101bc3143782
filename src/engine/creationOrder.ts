// The Values made since the last backward pass, in the order they were made. Every input of a
// node is made before the node, so this order is a topological order for free: backward walks
// it from the output down and needs no depth-first search through the graph (which chases
// pointers through megabytes of nodes, the largest cost of a training step).
//
// A node made before the last pass (a parameter, a graph kept and reused) is "old": it is not
// in the arena, and backward sorts the old part of a graph the slow way. So the arena is only an
// optimisation: forgetting it (`forgetCreationOrder`) is always correct.

import { nodeBudget } from './budget';
import type { Value } from './value';

/**
 * Past this many nodes the arena forgets its contents instead of growing: it keeps at most this
 * many nodes alive that the program may have dropped (memory stays bounded); older ones are
 * sorted by depth-first search when a pass reaches them.
 */
export const MAX_ARENA = 1 << 21;
/** Past this length a released arena gives its array back instead of keeping it for reuse. */
const KEEP_ARRAY = 1 << 20;

export const arena = {
  /** nodes[i].slot === i for i < length while the node is in the arena. */
  nodes: [] as Value[],
  length: 0,
  /** Fills released entries so that the array keeps one element type and holds no old graph. */
  filler: null as Value | null,
  /** Off: every node is old and backward sorts the whole graph (the reference path). */
  enabled: true,
};

/** Turns the creation order on or off (off: the simple reference path, for tests). */
export function useCreationOrder(on: boolean): void {
  forgetCreationOrder();
  arena.enabled = on;
}

/** True when v was made since the arena was last released (its slot is its place there). */
export function inArena(v: Value): boolean {
  const i = v.slot;
  return i < arena.length && arena.nodes[i] === v;
}

/** Puts a new node at the end of the arena. */
export function enterArena(v: Value): void {
  if (!arena.enabled) return;
  if (arena.length === MAX_ARENA) forgetCreationOrder();
  v.slot = arena.length;
  arena.nodes[arena.length++] = v;
}

/** Drops the arena's references: every node made so far becomes old. */
export function forgetCreationOrder(): void {
  const { nodes, length, filler } = arena;
  if (nodes.length > KEEP_ARRAY) nodes.length = 0;
  else if (filler !== null) nodes.fill(filler, 0, length);
  else nodes.length = 0;
  arena.length = 0;
}

/** Nodes made late that stand, in the creation order, just before `at` (dot.ts's chains). */
export interface Expansion {
  at: Value;
  nodes: readonly Value[];
}

/**
 * Puts each expansion's nodes into the arena just before its `at`, where they would have been
 * made, so that the arena stays a topological order and no node outside it has an input in it.
 * One pass over the arena for any number of expansions; an `at` no longer there is skipped
 * (its nodes stay old, as it is).
 */
export function placeExpansions(expansions: readonly Expansion[]): void {
  const placed = expansions.filter((e) => inArena(e.at)).sort((p, q) => p.at.slot - q.at.slot);
  if (placed.length === 0) return;
  let added = 0;
  for (const e of placed) added += e.nodes.length;
  if (arena.length + added > MAX_ARENA) {
    // Past the cap the arena is forgotten, as when it fills up: every node becomes old.
    forgetCreationOrder();
    return;
  }
  nodeBudget.count += added;
  const { nodes } = arena;
  const first = placed[0].at.slot;
  const tail = nodes.slice(first, arena.length);
  let out = first;
  let from = first;
  for (const e of placed) {
    const upTo = e.at.slot;
    for (; from < upTo; from++) place(tail[from - first], out++);
    for (const v of e.nodes) place(v, out++);
  }
  for (; from < arena.length; from++) place(tail[from - first], out++);
  arena.length = out;
}

function place(v: Value, at: number): void {
  v.slot = at;
  arena.nodes[at] = v;
}
