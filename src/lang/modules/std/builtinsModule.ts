// The builtins module (`import builtins`, and the main module's `__builtins__`): the built-in
// names a Python program has, so `builtins.print is print`. ToyGrad's own built-ins (Value,
// MLP, draw…) are not among them: CPython has no such names.

import { TGRAD_ONLY_BUILTINS } from '../../builtins/tgradOnly';
import type { PyValue } from '../../runtime/values';
import type { StdContext } from './context';

export function builtinsModule(s: StdContext): Map<string, PyValue> {
  const table = new Map<string, PyValue>();
  for (const [name, value] of s.builtins)
    if (!TGRAD_ONLY_BUILTINS.has(name)) table.set(name, value);
  return table;
}
