// A functools.partial's attributes besides func/args/keywords: like CPython's, a partial has a
// `__dict__`, so `basetwo.__doc__ = '…'` or `p.name = …` store there, while `func`, `args` and
// `keywords` are read-only.

import { hashKey } from './equality';
import { PyPartial } from './partial';
import { fail } from './state';
import { typeName } from './typeName';
import { PyDict, type PyValue } from './values';

/** CPython's `functools.partial.__doc__`, what a partial without its own `__doc__` shows. */
const PARTIAL_DOC =
  'partial(func, *args, **keywords) - new function with partial application\n' +
  '    of the given arguments and keywords.\n';

const READONLY = new Set(['func', 'args', 'keywords']);

/** `p.name` for a partial's `__dict__` and `__doc__`, or undefined. */
export function partialAttribute(p: PyPartial, name: string): PyValue | undefined {
  if (name === '__dict__') return (p.dict ??= new PyDict());
  const own = p.dict?.map.get(hashKey(name));
  if (own !== undefined) return own.value;
  if (name === '__doc__') return PARTIAL_DOC;
  return name === '__module__' ? 'functools' : undefined;
}

/** `p.name = v` (v given) or `del p.name` (v undefined) on a partial. */
export function partialSetOrDelete(p: PyPartial, name: string, v: PyValue | undefined): void {
  if (READONLY.has(name)) throw fail('AttributeError', 'readonly attribute');
  if (name === '__dict__') {
    if (v === undefined) throw fail('TypeError', 'cannot delete __dict__');
    if (!(v instanceof PyDict)) {
      throw fail('TypeError', `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
    }
    p.dict = v;
    return;
  }
  const key = hashKey(name);
  if (v !== undefined) {
    (p.dict ??= new PyDict()).map.set(key, { key: name, value: v });
    return;
  }
  if (p.dict?.map.delete(key) !== true) {
    throw fail('AttributeError', `'functools.partial' object has no attribute '${name}'`);
  }
}
