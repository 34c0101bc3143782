// The few mutable numbers the evaluator touches on its hot paths, kept in one module-level
// object of fixed shape so that V8 keeps every access a plain field load. Only one cell
// runs at a time in a process (runs are synchronous), so one object serves every
// interpreter: each run sets it up before it starts.

import { setCurrentSite, type BackwardReport, type Value } from '../../engine';
import { TgradError, type Span, type TgradErrorKind } from '../errors';
import { noteAllocation } from './memory';
import type { PyClass } from './objects';
import type { Kwargs, PyValue } from './values';

export const rt = {
  /** Id of the node being evaluated: errors without a position get this one's. */
  pos: 0,
  /** Nested user-function calls. */
  depth: 0,
  /**
   * `callers[d]`: the node that made the call running at depth d (its caller's position),
   * for warnings.warn's stacklevel; entries above `depth` are stale.
   */
  callers: [] as number[],
  /**
   * `frameNames[d]`: the code name of the Python frame running at depth d (`<module>` at 0),
   * or null for a C-level level (type.__call__): traceback.extract_stack's frames.
   */
  frameNames: ['<module>'] as (string | null)[],
  maxDepth: 1000,
  /** The value a `return` hands to its caller (read right after the RETURN completion). */
  returnValue: null as PyValue,
  /** Counts down to the next poll of the stop flag and the clock. */
  ticks: 0,
  /**
   * Called when `ticks` reaches zero: throws to stop the run, else resets `ticks`. A loop
   * passes its header's site, so a time limit that ends it points at the loop that spins.
   */
  poll: (site?: number): void => {
    void site;
  },
  /** Counts down the work long built-ins do (items compared, characters scanned) to a poll. */
  work: 0,
  /** Biggest list or string a single operation may build. */
  maxItems: 10_000_000,
  /** `sys.setrecursionlimit(n)` set `maxDepth`: the interpreter keeps it for its session. */
  recursionLimitSet: (n: number): void => {
    void n;
  },
  /** `v.backward()` / `backward(v)`: the interpreter records the target and reports NaN grads. */
  backward: (v: Value): void => {
    v.backward();
  },
  /** A backward pass run by a built-in (train): warns of NaN or infinite grads as `backward`. */
  reportBackward: (report: BackwardReport): void => {
    void report;
  },
  /** What calling a built-in type does, in the interpreter that is running. */
  constructors: new Map<PyClass, (args: PyValue[], kw: Kwargs) => PyValue>(),
  /**
   * The built-in names of the interpreter that is running (`len`, `hash`, `round`…), which
   * the built-in types' special methods call (`[1].__len__()` is `len([1])`).
   */
  builtins: new Map<string, PyValue>() as ReadonlyMap<string, PyValue>,
  /**
   * The file span of a node's site id (a traceback's lines), in the interpreter running; with
   * an error raised there, where that error is (see Positions.errorSpan).
   */
  spanOf: (site: number, err?: TgradError): Span | undefined => {
    void site;
    void err;
    return undefined;
  },
  /** The file name a traceback shows for a span's file (undefined: the program's own). */
  fileName: (file: string | undefined): string => file ?? '<string>',
  /** The text of a line of a file a traceback shows, or null. */
  sourceLine: (file: string | undefined, line: number): string | null => {
    void file;
    void line;
    return null;
  },
  /** The exceptions being handled (innermost last), for a bare `raise`. */
  handling: [] as TgradError[],
};

/** Marks the node being evaluated: its id positions errors and is the site of new Values. */
export function at(id: number): void {
  rt.pos = id;
  setCurrentSite(id);
}

/** Called once per loop iteration and per call: polls stop requests and the clock now and then. */
export function tick(): void {
  if (--rt.ticks <= 0) rt.poll();
}

/**
 * How much work (items compared, characters scanned) a long built-in may do between polls
 * of the stop flag and the clock: a few milliseconds' worth. A loop whose iterations sort
 * or scan big data then overshoots a stop or a time limit by milliseconds, not by the 100
 * iterations between the evaluator's own polls.
 */
export const WORK_QUANTUM = 200_000;

/** Called by long built-ins with the work just done or about to be done. */
export function work(n: number): void {
  rt.work -= n;
  if (rt.work <= 0) {
    rt.work = WORK_QUANTUM;
    rt.poll();
  }
}

/** An error at the position of the node being evaluated (given when the run catches it). */
export function fail(kind: TgradErrorKind, message: string): TgradError {
  return new TgradError(kind, message);
}

export function typeError(message: string): TgradError {
  return new TgradError('TypeError', message);
}

export function valueError(message: string): TgradError {
  return new TgradError('ValueError', message);
}

/**
 * Guards an operation about to build a list or string of `n` items: the item cap, then the
 * heap's headroom for about 8 bytes an item.
 */
export function checkSize(n: number | bigint, what: string): void {
  if (n > rt.maxItems) {
    throw new TgradError(
      'LimitError',
      `${what} would hold ${n.toLocaleString('en-US')} items, more than the ${rt.maxItems.toLocaleString('en-US')} a run may build`,
    );
  }
  noteAllocation(Number(n) * 8);
}
