// How CPython names a callable in the errors of a call's `*args` and `**kwargs`
// (_PyObject_FunctionStr): `module.qualname()`, or `qualname()` for a built-in, or the
// object's str() when it has no `__qualname__`.

import { getAttr } from './attributes';
import { TgradError } from '../errors';
import { str } from './repr';
import type { PyValue } from './values';

function lookup(v: PyValue, name: string): PyValue | undefined {
  try {
    return getAttr(v, name);
  } catch (e) {
    if (e instanceof TgradError && e.kind === 'AttributeError') return undefined;
    throw e;
  }
}

export function functionStr(v: PyValue): string {
  const qualname = lookup(v, '__qualname__');
  if (qualname === undefined) return str(v);
  const module = lookup(v, '__module__');
  const q = str(qualname);
  return module === undefined || module === null || module === 'builtins'
    ? `${q}()`
    : `${str(module)}.${q}()`;
}
