// CPython 3.11 counts each PyObject_RichCompare as one recursion level while it runs, with its
// own message: comparing lists nested 5,000 deep, or a self-referencing dict with another,
// fails with "maximum recursion depth exceeded in comparison", and a frame at the limit cannot
// compare two tuples. Lists, tuples, deques and dicts hold a level while their items compare,
// and so does a comparison involving an instance while its __eq__/__lt__ runs (so a
// recursive __eq__ alternates compare and frame levels, and the one that trips names the
// message). Items compare at one level deeper unless they are the same object (CPython's
// PyObject_RichCompareBool answers identity without a level). Numbers and strings compare
// without a level: CPython's specialized COMPARE_OP does not take one.

import { fail, rt } from './state';

const MESSAGE = 'maximum recursion depth exceeded in comparison';

/** Enters a comparison's level; the caller leaves with `leaveComparison` in a finally. */
export function enterComparison(): void {
  if (rt.depth + 1 >= rt.maxDepth) throw fail('RecursionError', MESSAGE);
  rt.depth++;
  rt.callers[rt.depth] = rt.pos;
  rt.frameNames[rt.depth] = null;
}

export function leaveComparison(): void {
  rt.depth--;
}

/** Before comparing two items that are not the same object, inside a held comparison. */
export function checkItemComparison(): void {
  if (rt.depth + 1 >= rt.maxDepth) throw fail('RecursionError', MESSAGE);
}
