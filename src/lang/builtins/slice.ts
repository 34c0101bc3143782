// slice(stop) and slice(start, stop[, step]): the object `xs[a:b:c]` passes to __getitem__.

import { expectArgs, noKeywords } from '../runtime/args';
import { PySlice, type PyValue } from '../runtime/values';
import { defineAll } from './core';

export function sliceBuiltins(into: Map<string, PyValue>): void {
  defineAll(into, [
    [
      'slice',
      (args, kw) => {
        noKeywords('slice', kw);
        expectArgs('slice', args, 1, 3);
        if (args.length === 1) return new PySlice(null, args[0], null);
        return new PySlice(args[0], args[1], args[2] ?? null);
      },
    ],
  ]);
}
