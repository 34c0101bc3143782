// __future__: its feature names import as in CPython. Only `annotations` changes anything
// (class annotations are kept as text: compile/unparse.ts); the others are Python 3's rules
// already. barry_as_FLUFL is left out: its `<>` is not ToyGrad's syntax.

import { NativeMethod, newAttrs, PyInstance } from '../../runtime/objects';
import { builtinClass } from '../../runtime/types';
import type { PyValue } from '../../runtime/values';

const FEATURE = builtinClass('_Feature');
/** Each feature object's repr (kept off its attributes). */
const shown = new WeakMap<PyInstance, string>();
FEATURE.dict.set(
  '__repr__',
  new NativeMethod('__repr__', '_Feature', (self: PyInstance) => shown.get(self) ?? '_Feature()'),
);

/** [name, CPython's repr of it]. */
const FEATURES: [string, string][] = [
  ['nested_scopes', "(2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 16"],
  ['generators', "(2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0"],
  ['division', "(2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 131072"],
  ['absolute_import', "(2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), 262144"],
  ['with_statement', "(2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), 524288"],
  ['print_function', "(2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 1048576"],
  ['unicode_literals', "(2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 2097152"],
  ['generator_stop', "(3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), 8388608"],
  ['annotations', "(3, 7, 0, 'beta', 1), None, 16777216"],
];

export function futureModule(): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  for (const [name, args] of FEATURES) {
    const f = new PyInstance(FEATURE, newAttrs());
    shown.set(f, `_Feature(${args})`);
    m.set(name, f);
  }
  m.set(
    'all_feature_names',
    FEATURES.map(([n]) => n),
  );
  return m;
}
