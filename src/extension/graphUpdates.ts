// After another backward the drawn graph is the same Values with new grads: the panel then
// gets only what changed, so the picture updates in place instead of being laid out again.

import type { GraphPayload, ValueUpdate } from '../kernel/protocol';

/**
 * The data/grad changes from `drawn` to `next`, or null when `next` is a different graph
 * (other Values, e.g. the cell ran again) and must be sent whole.
 */
export function valueUpdates(drawn: GraphPayload, next: GraphPayload): ValueUpdate[] | null {
  if (drawn.rootId !== next.rootId || drawn.values.length !== next.values.length) return null;
  const old = new Map<number, { data: number; grad: number }>();
  for (const v of drawn.values) old.set(v.id, v);
  const updates: ValueUpdate[] = [];
  for (const v of next.values) {
    const before = old.get(v.id);
    if (before === undefined) return null;
    if (!Object.is(before.data, v.data) || !Object.is(before.grad, v.grad)) {
      updates.push({ id: v.id, data: v.data, grad: v.grad });
    }
  }
  return updates;
}

/** `graph` with the updates applied (the state keeps what the panel shows). */
export function applyUpdates(graph: GraphPayload, updates: readonly ValueUpdate[]): GraphPayload {
  const byId = new Map(updates.map((u) => [u.id, u]));
  return {
    ...graph,
    values: graph.values.map((v) => {
      const u = byId.get(v.id);
      return u === undefined ? v : { ...v, data: u.data, grad: u.grad };
    }),
  };
}
