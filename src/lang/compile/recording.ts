// What a top-level assignment reports to the recorder: the value shown at the end of its line,
// the name it was bound to (a Value's label), and whether it went into an object.

import type * as A from '../ast';
import type { PyValue } from '../runtime/values';
import type { Compiler } from './compiler';

/** Reports a top-level assignment's value to the recorder (inline values, last Value). */
export function recording(
  c: Compiler,
  line: number,
  /** The assignment's one target; null for `a = b = v`. */
  target: A.Expr | null,
): ((v: PyValue) => void) | null {
  if (!c.topLevel) return null;
  const recorder = c.env.recorder;
  const name = target?.type === 'Name' ? target.name : null;
  const intoObject = target?.type === 'Attribute' || target?.type === 'Subscript';
  return (v) => recorder.assigned(line, v, name, intoObject);
}
