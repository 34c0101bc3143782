// A dict's keys, values or items walked live over its table, as CPython's dict iterators
// walk it: a value changed meanwhile is seen as it is then; the dict changing size fails
// ("dictionary changed size during iteration", again at every later step), and so does a
// walk that meets more keys than the dict had when it started (a key deleted and another
// added: "dictionary keys changed during iteration"). An OrderedDict gaining or losing a
// key fails as CPython's does, "OrderedDict mutated during iteration".

import { fail } from './state';
import { PyDict, PyIterator, PyOrderedDict, PyTuple, type DictEntry, type PyValue } from './values';

export type DictPart = 'keys' | 'values' | 'items';

export function dictIterator(d: PyDict, part: DictPart): PyIterator {
  if (d instanceof PyOrderedDict) return orderedIterator(d, part);
  const map = d.map;
  const size = map.size;
  const entries = map.values();
  let remaining = size;
  let done = false;
  let broken = false;
  const typeName = `dict_${part.replace(/s$/, '')}iterator`;
  return new PyIterator(typeName, (): PyValue | undefined => {
    if (done) return undefined;
    if (broken || map.size !== size) {
      // CPython's iterator stays broken: every later next() fails the same way.
      broken = true;
      throw fail('RuntimeError', 'dictionary changed size during iteration');
    }
    const r = entries.next();
    if (r.done === true) {
      done = true;
      return undefined;
    }
    if (remaining === 0) {
      done = true;
      throw fail('RuntimeError', 'dictionary keys changed during iteration');
    }
    remaining--;
    return partOf(r.value, part);
  });
}

function partOf(e: DictEntry, part: DictPart): PyValue {
  if (part === 'keys') return e.key as PyValue;
  if (part === 'values') return e.value;
  return new PyTuple([e.key as PyValue, e.value]);
}

/**
 * CPython's OrderedDict iterator keeps the key that comes next when it yields one: with none
 * (it yielded the last), the walk is over whatever is added later; with one, a key added or
 * removed meanwhile fails it.
 */
function orderedIterator(d: PyOrderedDict, part: DictPart): PyIterator {
  const map = d.map;
  const size = map.size;
  const keys = map.keys();
  let next = keys.next();
  // One iterator type for an OrderedDict and each of its views, as CPython's.
  return new PyIterator('odict_iterator', (): PyValue | undefined => {
    if (next.done === true) return undefined;
    if (map.size !== size) throw fail('RuntimeError', 'OrderedDict mutated during iteration');
    const e = map.get(next.value)!;
    next = keys.next();
    return partOf(e, part);
  });
}

/**
 * reversed() of a dict or of one of its views: the keys it had, from the last, each read as
 * it is then; a change of size fails the walk as the forward one's does (an OrderedDict's,
 * only while it has keys left to give).
 */
export function dictReverseIterator(d: PyDict, part: DictPart): PyIterator {
  const map = d.map;
  const size = map.size;
  const keys = [...map.keys()];
  const ordered = d instanceof PyOrderedDict;
  let i = keys.length - 1;
  let done = false;
  let broken = false;
  const what = part === 'keys' ? 'key' : part.slice(0, -1);
  const typeName = ordered ? 'odict_iterator' : `dict_reverse${what}iterator`;
  return new PyIterator(typeName, (): PyValue | undefined => {
    if (done || (ordered && i < 0)) return undefined;
    if (broken || map.size !== size) {
      broken = true;
      throw fail(
        'RuntimeError',
        ordered
          ? 'OrderedDict mutated during iteration'
          : 'dictionary changed size during iteration',
      );
    }
    while (i >= 0) {
      const e = map.get(keys[i--]);
      if (e !== undefined) return partOf(e, part);
    }
    done = true;
    return undefined;
  });
}
