// A `for` loop over a generator that its own iterable expression has just made, such as
// `for x in numbers():`. Nothing else holds that generator, so CPython frees it, and closes it
// (running its `finally` blocks), as soon as the loop is left: by `break`, `return` or an
// exception. We have no reference counts; this covers that deterministic case.

import { setCurrentSite } from '../../engine';
import { catchable } from './exceptions';
import { PyGenerator } from './generator';
import { rt } from './state';
import type { PyIterator } from './values';

/**
 * The generator the loop owns, when `it` was made by the call that is the loop's iterable
 * expression: made during its evaluation (after `before`), by a call one level below the loop
 * (`depth`), and not started. Else null.
 */
export function ownedGenerator(it: PyIterator, before: number, depth: number): PyGenerator | null {
  if (!(it instanceof PyGenerator)) return null;
  return it.fresh && it.serial > before && it.depth === depth + 1 ? it : null;
}

/**
 * Closes a generator whose loop was left. The loop's own state (the value being returned, the
 * position an unlocated error will get, the call depth) is kept. An error raised by close()
 * is dropped: CPython only prints it to standard error as an unraisable exception.
 */
export function closeLeft(g: PyGenerator, depth: number): void {
  if (g.finished) return;
  const { pos, returnValue } = rt;
  const savedDepth = rt.depth;
  rt.depth = depth;
  try {
    g.close();
  } catch (e) {
    if (catchable(e) === null) throw e;
  } finally {
    rt.depth = savedDepth;
    rt.pos = pos;
    setCurrentSite(pos);
    rt.returnValue = returnValue;
  }
}
