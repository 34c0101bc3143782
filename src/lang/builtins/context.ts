// What built-in functions need from the interpreter that runs them.

import type { Random } from '../../engine/random';
import type { RunHost } from '../host';

export interface BuiltinContext {
  readonly host: RunHost;
  readonly rng: Random;
  /** True when the run must end now (a stop request, or the time cap). */
  mustStop(): boolean;
  /** Ends the run: stopped, or a LimitError when the time cap was reached. */
  stopNow(): never;
}
