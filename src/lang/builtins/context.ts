// What built-in functions need from the interpreter that runs them.

import type { Random } from '../../engine/random';
import type { RunHost } from '../host';
import type { PyFile, PyValue } from '../runtime/values';

export interface BuiltinContext {
  readonly host: RunHost;
  readonly rng: Random;
  /** True when the run must end now (a stop request, or the time cap). */
  mustStop(): boolean;
  /** Ends the run: stopped, or a LimitError when the time cap was reached. */
  stopNow(): never;
  /**
   * sys.stdout, sys.stderr or sys.stdin as the program has it now (contextlib.redirect_stdout or an
   * assignment may have replaced it); undefined while sys is not imported, or where there is
   * no sys (the host's own output is the stream then).
   */
  programStream?(name: 'stdout' | 'stderr' | 'stdin'): PyValue | undefined;
  /** The program's standard input (sys.stdin before the program replaces it): one per run. */
  stdin(): PyFile;
}
