import { EngineError } from './errors';

/**
 * A cap on the graph nodes a run holds, so that a runaway program ends with a LimitError
 * instead of exhausting the host's memory, while a training loop, whose every step builds a
 * graph, backpropagates and drops it, may run for as many steps as it likes. The kernel sets
 * `limit` and resets `count` before each run.
 *
 * What counts is the nodes that may still be alive: each node made adds one; a backward pass
 * takes off the nodes it went through (a step's graph has served its purpose). The nodes made
 * since the previous pass that it did not reach stay counted until the next pass, which
 * forgives them only if nothing was built on them in between (a graph of another use, thrown
 * away). So `Value(0.0).backward()` between the links of a growing chain frees nothing.
 */
export const nodeBudget = {
  limit: Number.POSITIVE_INFINITY,
  count: 0,
  /** The mark carried by the nodes the last pass did not reach (marks of passes are positive). */
  pendingMark: -1,
  /** How many nodes carry `pendingMark`. */
  pending: 0,
  /** Whether a node made since the last pass has one of them as an input. */
  touched: false,
};

export function resetNodeBudget(limit: number): void {
  nodeBudget.limit = limit;
  nodeBudget.count = 0;
  nodeBudget.pending = 0;
  nodeBudget.touched = false;
}

/**
 * After a backward pass over the arena: `released` nodes were reached; `unreached` others
 * now carry `mark` and wait for the next pass.
 */
export function settleBudget(released: number, unreached: number, mark: number): void {
  let count = nodeBudget.count - released;
  if (!nodeBudget.touched) count -= nodeBudget.pending;
  nodeBudget.count = count > 0 ? count : 0;
  nodeBudget.pending = unreached;
  nodeBudget.pendingMark = mark;
  nodeBudget.touched = false;
}

export function overBudget(): never {
  throw new EngineError(
    'LimitError',
    `this program holds more than ${nodeBudget.limit.toLocaleString('en-US')} graph nodes ` +
      'that no backward pass has gone through (setting toygrad.maxGraphNodes; tgrad run --max-nodes)',
  );
}
