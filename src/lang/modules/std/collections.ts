// collections: defaultdict and Counter (dicts with a rule for missing keys). deque and
// namedtuple are not here yet (namedtuple needs classes).

import { defineAll } from '../../builtins/core';
import { callValue } from '../../runtime/call';
import { addCounts } from '../../runtime/methods/counterMethods';
import { updateDict } from '../../runtime/methods/dictMethods';
import { typeError } from '../../runtime/state';
import { setItem } from '../../runtime/subscript';
import { Builtin, PyCounter, PyDefaultDict, PyFunction, type PyValue } from '../../runtime/values';

function isCallable(v: PyValue): boolean {
  return v instanceof Builtin || v instanceof PyFunction;
}

export function collectionsModule(): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  defineAll(m, [
    [
      'defaultdict',
      (args, kw) => {
        const factory = args.length > 0 ? args[0] : null;
        if (factory !== null && !isCallable(factory)) {
          throw typeError('first argument must be callable or None');
        }
        const make = factory === null ? null : () => callValue(factory, [], null);
        const d = new PyDefaultDict(factory, make, (dict, key, v) => setItem(dict, key, v));
        if (args.length > 2)
          throw typeError(`defaultdict expected at most 2 arguments, got ${args.length}`);
        if (args.length === 2) updateDict(d, args[1], 'dictionary');
        if (kw !== null) for (const [k, v] of kw) setItem(d, k, v);
        return d;
      },
    ],
    [
      'Counter',
      (args, kw) => {
        if (args.length > 1) throw typeError(`expected at most 1 argument, got ${args.length}`);
        const c = new PyCounter();
        addCounts(c, args[0], kw, 1n);
        return c;
      },
    ],
  ]);
  return m;
}
