// CPython's compiler keeps one object per equal constant in a module (its constant cache,
// keyed as _PyCode_ConstantKey keys them): a set display of constants folded into a frozenset
// that equals an earlier one in the same compilation reuses the earlier frozenset, and with it
// that display's member order ({16, -8, 40} then {40, -8, 16} both iterate as the first).
// The cache here is per compiled cell or module, for displays of ints, floats, bools and None.

import type { Resolution } from './scopeModel';
import type { PyValue } from '../runtime/values';

const caches = new WeakMap<Resolution, Map<string, readonly PyValue[]>>();

/** A constant's cache key part: its type and value (1, True and 1.0 are different keys). */
function keyOf(v: PyValue): string | null {
  if (v === null) return 'n';
  if (typeof v === 'boolean') return v ? 'b1' : 'b0';
  if (typeof v === 'bigint') return `i${v}`;
  // -0.0 and 0.0 are different constants.
  if (typeof v === 'number') return Object.is(v, -0) ? 'f-0' : `f${v}`;
  return null;
}

/**
 * The items the first display equal to `items` had, in its order, in the compilation `res`
 * belongs to (`items` themselves for the first one); null when they are not all cacheable.
 */
export function cachedConstantSet(
  res: Resolution,
  items: readonly PyValue[],
): readonly PyValue[] | null {
  const keys: string[] = [];
  for (const v of items) {
    const k = keyOf(v);
    if (k === null) return null;
    keys.push(k);
  }
  const key = [...new Set(keys)].sort().join(',');
  let cache = caches.get(res);
  if (cache === undefined) {
    cache = new Map();
    caches.set(res, cache);
  }
  const first = cache.get(key);
  if (first !== undefined) return first;
  cache.set(key, items);
  return items;
}
