// Whatever a run ends with, as the error a learner sees: our own TgradErrors, the engine's and
// the formatter's errors, and the JS RangeErrors a runaway program meets (a stack too deep, a
// string or array too big), each at the running position, else at the cell's first line.
// Never a stack trace of ours.

import { EngineError } from '../engine';
import { TgradError, type Span } from './errors';
import { FormatError } from './format';
import { programExit, type ProgramExit } from './runtime/systemExit';

/** `error` placed at `span` (the running position), when there is one. */
export function locatedAt(error: TgradError, span: Span | undefined): TgradError {
  if (span !== undefined) error.locate(span);
  return error;
}

/**
 * Any exception a run can end with, as the error the learner sees; `spanFor` gives where the
 * running position puts an error (a failed method lookup stops at the attribute's name).
 */
export function toUserError(
  e: unknown,
  firstLine: number,
  spanFor: (error: TgradError) => Span | undefined,
): TgradError {
  const locatedOr = (error: TgradError): TgradError => {
    locatedAt(error, spanFor(error));
    if (!error.located) error.locate({ line: firstLine, col: 1, endLine: firstLine, endCol: 1 });
    return error;
  };
  if (e instanceof TgradError) return e.located ? e : locatedOr(e);
  if (e instanceof EngineError || e instanceof FormatError) {
    return locatedOr(new TgradError(e.kind, e.message));
  }
  if (e instanceof RangeError) {
    if (/call stack/i.test(e.message)) {
      return locatedOr(new TgradError('RecursionError', 'maximum recursion depth exceeded'));
    }
    if (
      /invalid (string|array|typed array) length|allocation failed|maximum (bigint|map|set) size/i.test(
        e.message,
      )
    ) {
      return locatedOr(new TgradError('LimitError', 'this value grew too large to hold in memory'));
    }
    return locatedOr(new TgradError('ValueError', e.message));
  }
  const message = e instanceof Error ? e.message : String(e);
  return locatedOr(
    new TgradError('TypeError', `internal error in tgrad (please report it): ${message}`),
  );
}

/** How an uncaught error ends the program when it is a SystemExit (see programExit). */
export function exitOf(error: TgradError): ProgramExit | null {
  try {
    return programExit(error);
  } catch {
    // Reading `code` ran the program's own code, which failed: exit 1, as a bad code would.
    return { status: 1, message: null };
  }
}

/** An exit with status 0 and nothing to print: the program ended successfully. */
export function isSuccess(exit: ProgramExit | null): boolean {
  return exit !== null && exit.status === 0 && exit.message === null;
}
