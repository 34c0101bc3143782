import { EngineError } from './errors';

/**
 * A cap on how many Values one run may create, so that a runaway program ends with a
 * LimitError instead of exhausting the host's memory. The kernel sets `limit` and resets
 * `count` before each run.
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
    `this run created more than ${nodeBudget.limit.toLocaleString('en-US')} graph nodes ` +
      `(the limit set in toygrad.maxGraphNodes)`,
  );
}
