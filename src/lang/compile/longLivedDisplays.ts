// Displays whose arrays get allocation sites of their own. V8 keeps one allocation site per
// array literal of a closure's code, shared by every display compiled through that closure.
// A tuple handed to a constructor (`Value(x, (self, other))`) lives as long as the graph, so
// V8 starts allocating that literal's arrays in the old generation ("pretenuring"), and a
// short-lived pair made through the same literal (`stack.append((node, i + 1))` in a
// backward pass) was then tenured too: its cost went from 41 to 70 ns a pair (measured in a
// loop of the interpreter after such tuples had been kept).

import type * as A from '../ast';
import type { Frame, PyValue } from '../runtime/values';

type Ev = (f: Frame) => PyValue;

const longLived = new WeakSet<object>();

/** Marks the list and tuple displays passed straight to a call of a name (a constructor, most often). */
export function markLongLivedDisplays(call: A.Call): void {
  if (call.func.type !== 'Name') return;
  for (const x of call.args) if (x.type === 'Tuple' || x.type === 'List') longLived.add(x);
}

/**
 * The items of a long-lived display of up to three plain items, or null for another display.
 * The rows repeat exprList.ts's on purpose: a shared helper would share its literals again.
 */
export function longLivedRow(display: object, evs: Ev[]): ((f: Frame) => PyValue[]) | null {
  if (!longLived.has(display)) return null;
  switch (evs.length) {
    case 1: {
      const [a] = evs;
      return (f) => [a(f)];
    }
    case 2: {
      const [a, b] = evs;
      return (f) => [a(f), b(f)];
    }
    case 3: {
      const [a, b, d] = evs;
      return (f) => [a(f), b(f), d(f)];
    }
  }
  return null;
}
