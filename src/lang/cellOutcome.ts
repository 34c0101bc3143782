// What a run of a cell leaves for its host: how it ended, the value it shows, and what the
// editor's inline values, hovers and graph read (the values assigned per line, the Value of
// the last backward() and of the last assignment of one).

import type { TgradError } from './errors';
import type { RunRecorder } from './compile/environment';
import type { ProgramExit } from './runtime/systemExit';
import type { PyValue } from './runtime/values';
import { Value } from '../engine';
import { isValueLike, noteBoundName, type GraphNode } from './runtime/valueLike';

export type RunStatus = 'ok' | 'error' | 'stopped';

export interface CellOutcome {
  status: RunStatus;
  error: TgradError | null;
  /** The value of the cell's final expression statement, when it has one and it is not None. */
  result: PyValue | undefined;
  /** The Value (or Value-like) of the cell's last backward() call. */
  backwardTarget: GraphNode | null;
  /** The Value (or Value-like) bound by the cell's last top-level assignment of one. */
  lastAssigned: GraphNode | null;
  /** File line → the value last assigned on that line (top level and its loops). */
  assignments: Map<number, PyValue>;
  /**
   * Lines whose value in `assignments` was bound to a name: a store into an object later on
   * the line (`o = n.tanh(); o.label = 'o'`, the lecture's way) does not replace it.
   */
  namedLines: Set<number>;
  /** How the program ended itself (an uncaught SystemExit: `sys.exit(...)`), else null. */
  exit: ProgramExit | null;
}

export function emptyOutcome(): CellOutcome {
  return {
    status: 'ok',
    error: null,
    result: undefined,
    backwardTarget: null,
    lastAssigned: null,
    assignments: new Map(),
    namedLines: new Set(),
    exit: null,
  };
}

/** The recorder compiled cells report to, writing into the outcome of the run in progress. */
export function outcomeRecorder(current: () => CellOutcome): RunRecorder {
  return {
    assigned: (line, value, name, intoObject) => {
      const outcome = current();
      if (intoObject) {
        if (outcome.namedLines.has(line)) return;
      } else {
        outcome.namedLines.add(line);
      }
      outcome.assignments.set(line, value);
      if (value instanceof Value) outcome.lastAssigned = value;
      else if (isValueLike(value)) {
        outcome.lastAssigned = value;
        if (name !== null) noteBoundName(value, name);
      }
    },
    backwardCalled: (target) => {
      if (isValueLike(target)) current().backwardTarget = target;
    },
    result: (value) => {
      current().result = value;
    },
  };
}
