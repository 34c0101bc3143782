// How many backward passes each shown Value's grad holds since it was last zero. micrograd
// adds every pass to `.grad` (Run Backward, then a cell calling `L.backward()`, doubles
// them): that stays, but the editor says so where the grad is shown. Counted by watching
// the grads of the Values a person can see (bound names and the values of assignment lines)
// before each backward pass and after each run: a grad that changed counts one pass more,
// a grad of zero counts none.

import { Value } from '../engine/value';
import type { PyValue } from '../lang/runtime/values';

interface Seen {
  grad: number;
  passes: number;
}

export class GradPasses {
  private readonly seen = new WeakMap<Value, Seen>();

  /** Notes the grads of these values now (before a pass, and at the end of a run). */
  settle(values: Iterable<PyValue | undefined>): void {
    for (const v of values) {
      if (!(v instanceof Value)) continue;
      const s = this.seen.get(v);
      if (s === undefined) {
        this.seen.set(v, { grad: v.grad, passes: v.grad === 0 ? 0 : 1 });
      } else if (v.grad === 0) {
        s.grad = 0;
        s.passes = 0;
      } else if (!Object.is(s.grad, v.grad)) {
        s.grad = v.grad;
        s.passes += 1;
      }
    }
  }

  /** Passes summed in v's grad, as last settled (0 for a Value never seen). */
  of(v: Value): number {
    return this.seen.get(v)?.passes ?? 0;
  }
}

/** " (3 passes)" after an inline value whose grad holds more than one pass, else "". */
export function passesSuffix(passes: number): string {
  return passes > 1 ? ` (${passes} passes)` : '';
}
