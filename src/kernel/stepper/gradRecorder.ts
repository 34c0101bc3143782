// Records a user's own backward() for the stepper: every write to a Value-like's `grad`
// while it runs (the node, the grad before and after, the line that wrote it). Only Run
// Backward records (one pass a learner asked for); cells, `train` and loops never do, so an
// ordinary run pays nothing but gradWatch's null check.

import { gradWatch } from '../../lang/runtime/gradWatch';
import type { PyInstance } from '../../lang/runtime/objects';
import type { PyValue } from '../../lang/runtime/values';

export interface RecordedWrite {
  node: PyInstance;
  before: number;
  after: number;
  site: number;
}

/** Writes kept at most (a pass over a million-node graph records no more than this). */
export const MAX_RECORDED_WRITES = 200_000;

function numberOf(v: PyValue | undefined): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return NaN;
}

export function recordGradWrites<T>(run: () => T): { result: T; writes: RecordedWrite[] } {
  const writes: RecordedWrite[] = [];
  const previous = gradWatch.listener;
  gradWatch.listener = (node, before, after, site) => {
    if (writes.length < MAX_RECORDED_WRITES) {
      writes.push({ node, before: numberOf(before), after: numberOf(after), site });
    }
  };
  try {
    return { result: run(), writes };
  } finally {
    gradWatch.listener = previous;
  }
}
