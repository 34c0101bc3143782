import { EngineError } from './errors';

/**
 * A cap on how many Values may be made between two backward passes (or since the run
 * began), so that a runaway program ends with a LimitError instead of exhausting the
 * host's memory, while a training loop, whose every step builds a graph, backpropagates
 * and drops it, may run for as many steps as it likes. The kernel sets `limit` and resets
 * `count` before each run; every backward pass resets `count`.
 */
export const nodeBudget = {
  limit: Number.POSITIVE_INFINITY,
  count: 0,
};

export function resetNodeBudget(limit: number): void {
  nodeBudget.limit = limit;
  nodeBudget.count = 0;
}

export function overBudget(): never {
  throw new EngineError(
    'LimitError',
    `this program made more than ${nodeBudget.limit.toLocaleString('en-US')} graph nodes ` +
      'without a backward pass in between (setting toygrad.maxGraphNodes; tgrad run --max-nodes)',
  );
}
