// The cost of running under the debugger with no breakpoint hit: micrograd's engine.py +
// nn.py as user classes (every `a * b` a user method of several statements, the worst case
// for statement hooks), one demo step run plainly and under the debugger, alternating.

import { Debugger, type DebugHost } from '../src/lang/debug/debugger';
import { Interpreter } from '../src/lang/interpreter';
import { median } from './stats';
import { MICROGRAD, USER_SETUP, USER_STEP, silent } from './userEngine';

const STEPS = 4;

const neverPaused: DebugHost = {
  attention: new Int32Array(1),
  attend: () => {},
  paused: () => 'continue',
  output: () => {},
};

export interface DebugOverhead {
  plainMs: number;
  debugMs: number;
}

export function debugOverhead(): DebugOverhead {
  const interpreter = new Interpreter(silent);
  const setup = interpreter.runCell(MICROGRAD + USER_SETUP, 1);
  if (setup.error !== null) throw new Error(`setup failed: ${setup.error.toString()}`);
  const debug = new Debugger(neverPaused);
  // A breakpoint on a line the step never reaches: the hooks look and go on.
  debug.setBreakpoints(undefined, [{ line: 999_999 }]);
  const code = USER_STEP + 'total_loss.data\n';
  const plain: number[] = [];
  const debugged: number[] = [];
  const once = (run: () => { error: unknown }, into: number[]) => {
    const t0 = performance.now();
    const outcome = run();
    into.push(performance.now() - t0);
    if (outcome.error !== null) throw new Error(`step failed: ${String(outcome.error)}`);
  };
  for (let i = 0; i < STEPS + 1; i++) {
    once(() => interpreter.runCell(code, 1000), plain);
    once(() => interpreter.debugCell(code, 1000, debug), debugged);
  }
  // The first of each is warm-up.
  return { plainMs: median(plain.slice(1)), debugMs: median(debugged.slice(1)) };
}
