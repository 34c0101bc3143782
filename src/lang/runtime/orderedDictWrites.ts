// OrderedDict's update (CPython's is MutableMapping's), setdefault and |= store each item
// through `self[k] = v`, so a subclass's own __setitem__ runs for each, as in CPython; dict's
// and its other subclasses' never call it.

import { getAttr } from './attributes';
import { callValue } from './call';
import { catchable, errorClass, EXCEPTION_CLASSES } from './exceptions';
import { collect } from './iteration';
import { bindArgs } from './args';
import { fail, typeError } from './state';
import { getItem, setItem } from './subscript';
import { Builtin, PyDict, PyOrderedDict, type Kwargs, type PyValue } from './values';

/** `other.keys`, or undefined when it has none: what update() takes for a mapping. */
export function keysMethod(other: PyValue): PyValue | undefined {
  try {
    return getAttr(other, 'keys');
  } catch (e) {
    const err = catchable(e);
    if (err === null || !errorClass(err).isSubclassOf(EXCEPTION_CLASSES.get('AttributeError')!))
      throw e;
    return undefined;
  }
}

/**
 * `o[k] = v` for each item of update's argument when it is no dict: something with keys(), or
 * (key, value) pairs, a pair of another length failing with `tooFew`'s message or Python's
 * `too many values to unpack (expected 2)`. MutableMapping's update (a Python loop) and
 * OrderedDict's (C) differ only in that message.
 */
export function storeKeysOrPairs(
  o: PyValue,
  other: PyValue,
  tooFew: (count: number) => string,
): void {
  const keys = keysMethod(other);
  if (keys !== undefined) {
    for (const k of collect(callValue(keys, [], null))) setItem(o, k, getItem(other, k));
    return;
  }
  for (const pair of collect(other)) {
    const kv = collect(pair);
    if (kv.length !== 2) {
      throw fail(
        'ValueError',
        kv.length > 2 ? 'too many values to unpack (expected 2)' : tooFew(kv.length),
      );
    }
    setItem(o, kv[0], kv[1]);
  }
}

/** `o[k] = v` for each item of update's argument: a dict, something with keys(), or pairs. */
function storeEach(o: PyValue, other: PyValue): void {
  if (other instanceof PyDict) {
    for (const e of [...other.map.values()]) setItem(o, e.key, e.value);
    return;
  }
  storeKeysOrPairs(o, other, (n) => `need more than ${n} value${n === 1 ? '' : 's'} to unpack`);
}

/** OrderedDict.update as CPython's: each item stored by `target[k] = v`. */
export function orderedDictUpdate(target: PyValue, args: PyValue[], kw: Kwargs): null {
  if (args.length > 1) {
    throw typeError(`update() takes at most 1 positional argument (${args.length} given)`);
  }
  if (args.length === 1) storeEach(target, args[0]);
  for (const [k, v] of kw ?? []) setItem(target, k, v);
  return null;
}

/** OrderedDict.setdefault(key, default=None): `target[key]`, else stores the default there. */
export function orderedDictSetdefault(target: PyValue, args: PyValue[], kw: Kwargs): PyValue {
  const [key, dflt] = bindArgs('setdefault', ['key', 'default'], 1, args, kw);
  try {
    return getItem(target, key!);
  } catch (e) {
    const err = catchable(e);
    if (err === null || !errorClass(err).isSubclassOf(EXCEPTION_CLASSES.get('KeyError')!)) throw e;
  }
  setItem(target, key!, dflt ?? null);
  return dflt ?? null;
}

/**
 * `o.update` or `o.setdefault` for an instance of an OrderedDict subclass (its payload the
 * OrderedDict), through the instance so its own __setitem__ runs; undefined for other names.
 */
export function orderedDictWriter(o: PyValue, payload: PyValue, name: string): Builtin | undefined {
  if (!(payload instanceof PyOrderedDict)) return undefined;
  if (name === 'update') return new Builtin('update', (args, kw) => orderedDictUpdate(o, args, kw));
  if (name === 'setdefault') {
    return new Builtin('setdefault', (args, kw) => orderedDictSetdefault(o, args, kw));
  }
  return undefined;
}

/** `o |= other` on such an instance: update's storing, the instance itself the result. */
export function orderedDictInplaceOr(o: PyValue, other: PyValue): PyValue {
  storeEach(o, other);
  return o;
}
