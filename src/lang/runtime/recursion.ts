// Python's recursion limit, for `sys.setrecursionlimit` / `sys.getrecursionlimit`. The limit
// counts nested calls and generator resumes (rt.depth); the interpreter keeps a limit set
// by the program for the rest of the session, as Python keeps it for the process. A limit
// beyond what the JS stack holds still ends in a RecursionError: the interpreter turns the
// stack overflow into one (see Interpreter.toUserError), never a crash.

import { indexArg } from './args';
import { fail, rt } from './state';
import type { PyValue } from './values';

/** `sys.getrecursionlimit()`. */
export function getRecursionLimit(): bigint {
  return BigInt(rt.maxDepth);
}

/** `sys.setrecursionlimit(n)`, with CPython's checks and messages. */
export function setRecursionLimit(limit: PyValue): void {
  const n = indexArg(limit);
  if (n < 1n) throw fail('ValueError', 'recursion limit must be greater or equal than 1');
  // Python counts the module's own frame: at top level the depth is 1.
  const depth = rt.depth + 1;
  if (n <= BigInt(depth)) {
    throw fail(
      'RecursionError',
      `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`,
    );
  }
  const value = n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
  rt.maxDepth = value;
  rt.recursionLimitSet(value);
}
