// The language's heap probe for a session's worker: V8's own statistics of this isolate
// (the worker's resourceLimits set its limit), and a forced full collection so that garbage
// not yet collected is not mistaken for a program's data.

import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { HeapProbe } from '../lang/runtime/memory';

/** V8's `gc()`, reachable without starting Node with --expose-gc; undefined where refused. */
function forcedCollection(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => void (gc as () => unknown)() : undefined;
  } catch {
    return undefined;
  }
}

export function v8HeapProbe(): HeapProbe {
  return {
    used: () => getHeapStatistics().used_heap_size,
    limit: getHeapStatistics().heap_size_limit,
    collect: forcedCollection(),
  };
}
