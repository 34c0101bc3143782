// Whether a planned backward pass still gives the grads the graph holds. The stepper plans
// with the data the last pass used (engine/passData.ts keeps the numbers an update overwrote
// since), so a plan of that pass gives its grads; a pass before it, grads from another pass
// or data given up (too many writes) do not, and checking the plan against the grads costs
// the stepper one walk and training nothing: the panel then says so rather than show wrong
// numbers silently.

import { Op, type Value } from '../../engine/value';
import type { PlannedStep } from './backwardSteps';

/**
 * What the panel says above the steps when the plan does not give the graph's grads. Short:
 * the panel's step text is four lines high, and the steps must stay in view under it.
 */
export const STALE_NOTE =
  'The data changed after this backward pass (or the grads are from another): numbers are as they are now.';

/**
 * What the panel says above steps shown with the data the pass used (engine/passData.ts) when
 * the graph's data changed since: the graph's numbers and the steps' then differ.
 */
export const PAST_DATA_NOTE =
  'The data changed after this backward pass: the steps show the numbers it used.';

/** Equal up to the rounding of adding the same terms in another order. */
function same(planned: number, actual: number): boolean {
  if (Number.isNaN(planned) || Number.isNaN(actual)) {
    return Number.isNaN(planned) && Number.isNaN(actual);
  }
  if (planned === actual) return true;
  const scale = Math.max(1, Math.abs(planned), Math.abs(actual));
  return Math.abs(planned - actual) <= 1e-9 * scale;
}

/**
 * True when every node's planned grad (its last running sum) is the grad it holds. Constants
 * are left out: the pass gives a number operand no grad (value.ts materializeConstant makes
 * it a Value only for the picture).
 */
export function planGivesGrads(steps: readonly PlannedStep[]): boolean {
  if (steps.length === 0) return true;
  const planned = new Map<Value, number>([[steps[0].node, 1]]);
  for (const s of steps) for (const p of s.pushes) planned.set(p.input, p.after);
  for (const [node, grad] of planned) {
    if (node.code !== Op.Const && !same(grad, node.grad)) return false;
  }
  return true;
}
