// micrograd's nn.py written by the user (Neuron/Layer/MLP as user classes) over the built-in
// Value: the demo step with each user-written `sum((wi*xi …), self.b)` fused into the Dot op
// (tape on, compile/fusedDot.ts) against the same program unfused (tape off).

import { Interpreter } from '../src/lang/interpreter';
import { useTape } from '../src/engine/tapeSwitch';
import { MICROGRAD, USER_SETUP, USER_STEP, silent } from './userEngine';
import { median } from './stats';

/** MICROGRAD without its Value class: nn.py's classes then use the built-in Value. */
export const NN_OVER_BUILTIN_VALUE =
  MICROGRAD.slice(0, MICROGRAD.indexOf('class Value:')) +
  MICROGRAD.slice(MICROGRAD.indexOf('class Module:'));

/** Median ms per demo step (after warm-up) and the losses, with the tape on or off. */
export function timeNnOverBuiltinValue(
  tapeOn: boolean,
  steps: number,
  warmup: number,
): { ms: number; losses: number[] } {
  const previous = useTape(tapeOn);
  try {
    const interpreter = new Interpreter(silent);
    const setup = interpreter.runCell(NN_OVER_BUILTIN_VALUE + USER_SETUP, 1);
    if (setup.error !== null) throw new Error(`setup failed: ${setup.error.toString()}`);
    const times: number[] = [];
    const losses: number[] = [];
    for (let k = 0; k < warmup + steps; k++) {
      const t0 = performance.now();
      const outcome = interpreter.runCell(USER_STEP + 'total_loss.data\n', 1000);
      const t1 = performance.now();
      if (outcome.error !== null) throw new Error(`step failed: ${outcome.error.toString()}`);
      losses.push(outcome.result as number);
      if (k >= warmup) times.push(t1 - t0);
    }
    return { ms: median(times), losses };
  } finally {
    useTape(previous);
  }
}
