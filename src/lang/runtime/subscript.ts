// Indexing and slicing (`xs[i]`, `xs[a:b:c]`, `d[k]`) and their assignment and deletion,
// with Python's index rules (negative indices count from the end, slices clamp) and errors.

import { PyMappingProxy } from './mappingProxy';
import { callTupleOverride } from './namedTupleOverrides';
import { keyError } from './exceptions';
import { typeName } from './repr';
import { characters, isSimpleString, itemsOf } from './iteration';
import { hashKey } from './equality';
import { dictAliasKey, dictEntry } from './hashAliases';
import { callSpecial } from './instances';
import { instanceIndex } from './numberHooks';
import { callValue } from './call';
import { NativeMethod, PyClass, PyClassMethod, PyInstance } from './objects';
import { checkSize, fail, rt, typeError } from './state';
import {
  PyCounter,
  PyDeque,
  PyDict,
  PyDictView,
  PyRange,
  PySet,
  PySlice,
  PyNamedTuple,
  PyTuple,
  type MethodImpl,
  type PyValue,
} from './values';
import { subscriptType } from './typeForms';
import { byteArraySetItem, bytesItem, PyByteArray, PyBytes } from './bytes';

/** A slice's [start, stop, step, count] over a sequence of `length`. */
function sliceOf(length: number, s: PySlice): [number, number, number, number] {
  return sliceIndices(length, s.start, s.stop, s.step);
}

/** An index operand as a number, or undefined when it is not an int (or bool). */
function intIndex(k: PyValue): number | undefined {
  if (typeof k === 'bigint') {
    // One conversion, no BigInt comparisons: a k past 2^53 converts to at least 2^53.
    const n = Number(k);
    if (n > Number.MAX_SAFE_INTEGER) return Number.MAX_SAFE_INTEGER;
    if (n < -Number.MAX_SAFE_INTEGER) return -Number.MAX_SAFE_INTEGER;
    return n;
  }
  if (typeof k === 'boolean') return k ? 1 : 0;
  const i = instanceIndex(k);
  return i === undefined ? undefined : intIndex(i);
}

function badIndex(container: string, k: PyValue): never {
  if (container === 'str') throw typeError(`string indices must be integers, not '${typeName(k)}'`);
  throw typeError(`${container} indices must be integers or slices, not ${typeName(k)}`);
}

/** A slice bound: an int, or null for an omitted one. */
function sliceBound(v: PyValue): number | null {
  if (v === null) return null;
  const i = intIndex(v);
  if (i === undefined) {
    throw typeError('slice indices must be integers or None or have an __index__ method');
  }
  return i;
}

/** Python's slice.indices(length): [start, stop, step, count]. */
export function sliceIndices(
  length: number,
  lower: PyValue,
  upper: PyValue,
  stepValue: PyValue,
): [number, number, number, number] {
  const stepBound = sliceBound(stepValue);
  const step = stepBound ?? 1;
  if (step === 0) throw fail('ValueError', 'slice step cannot be zero');
  const lo = sliceBound(lower);
  const hi = sliceBound(upper);
  let start: number;
  let stop: number;
  if (lo === null) start = step < 0 ? length - 1 : 0;
  else {
    start = lo < 0 ? lo + length : lo;
    if (start < 0) start = step < 0 ? -1 : 0;
    else if (start >= length) start = step < 0 ? length - 1 : length;
  }
  if (hi === null) stop = step < 0 ? -1 : length;
  else {
    stop = hi < 0 ? hi + length : hi;
    if (stop < 0) stop = step < 0 ? -1 : 0;
    else if (stop >= length) stop = step < 0 ? length - 1 : length;
  }
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, count];
}

function sliceArray(
  items: readonly PyValue[],
  lower: PyValue,
  upper: PyValue,
  step: PyValue,
): PyValue[] {
  const [start, , st, count] = sliceIndices(items.length, lower, upper, step);
  if (st === 1) return items.slice(start, start + count);
  const out = new Array<PyValue>(count);
  for (let i = 0, j = start; i < count; i++, j += st) out[i] = items[j];
  return out;
}

/** Python's `o[lower:upper:step]`. */
export function getSlice(o: PyValue, lower: PyValue, upper: PyValue, step: PyValue): PyValue {
  if (Array.isArray(o)) return sliceArray(o, lower, upper, step);
  if (o instanceof PyInstance) return getItem(o, new PySlice(lower, upper, step));
  if (o instanceof PyTuple) {
    const own = callTupleOverride(o, '__getitem__', [new PySlice(lower, upper, step)]);
    return own !== undefined ? own : new PyTuple(sliceArray(o.items, lower, upper, step));
  }
  if (typeof o === 'string') {
    if (isSimpleString(o) && (step === null || step === 1n)) {
      const [start, , , count] = sliceIndices(o.length, lower, upper, step);
      return o.slice(start, start + count);
    }
    return sliceArray(characters(o), lower, upper, step).join('');
  }
  if (o instanceof PyRange) {
    const len = o.length > 9007199254740991n ? Number.MAX_SAFE_INTEGER : Number(o.length);
    const [start, stop, st] = sliceIndices(len, lower, upper, step);
    const b = BigInt(st);
    return new PyRange(o.at(BigInt(start)), o.at(BigInt(stop)), o.step * b);
  }
  if (o instanceof PyBytes || o instanceof PyByteArray) {
    return bytesItem(o, new PySlice(lower, upper, step), sliceOf);
  }
  // Anything else takes the slice as its key or index, as `o[slice(…)]` would: a deque's
  // "sequence index must be integer, not 'slice'", a dict's unhashable key, a class's alias.
  return getItem(o, new PySlice(lower, upper, step));
}

/** Python's `o[k]`. */
export function getItem(o: PyValue, k: PyValue): PyValue {
  if (o instanceof PyInstance) {
    const r = callSpecial(o, '__getitem__', [k]);
    if (r !== undefined) return r;
    throw typeError(`'${o.cls.name}' object is not subscriptable`);
  }
  if (Array.isArray(o)) {
    const i = intIndex(k);
    if (i === undefined) {
      if (k instanceof PySlice) return getSlice(o, k.start, k.stop, k.step);
      return badIndex('list', k);
    }
    const j = i < 0 ? i + o.length : i;
    if (j < 0 || j >= o.length) throw fail('IndexError', 'list index out of range');
    return o[j];
  }
  if (o instanceof PyDict) {
    const e = dictEntry(o, k, hashKey(k));
    if (e === undefined) {
      const dflt = o.missing(k);
      if (dflt === undefined) throw keyError(k);
      return dflt;
    }
    return e.value;
  }
  if (o instanceof PyDeque) {
    const i = intIndex(k);
    if (i === undefined) throw typeError(`sequence index must be integer, not '${typeName(k)}'`);
    const j = i < 0 ? i + o.length : i;
    if (j < 0 || j >= o.length) throw fail('IndexError', 'deque index out of range');
    return o.at(j);
  }
  if (o instanceof PyTuple) {
    const own = o instanceof PyNamedTuple ? callTupleOverride(o, '__getitem__', [k]) : undefined;
    if (own !== undefined) return own;
    const i = intIndex(k);
    if (i === undefined) {
      if (k instanceof PySlice) return getSlice(o, k.start, k.stop, k.step);
      return badIndex('tuple', k);
    }
    const j = i < 0 ? i + o.items.length : i;
    if (j < 0 || j >= o.items.length) throw fail('IndexError', 'tuple index out of range');
    return o.items[j];
  }
  if (typeof o === 'string') {
    const i = intIndex(k);
    if (i === undefined) {
      if (k instanceof PySlice) return getSlice(o, k.start, k.stop, k.step);
      return badIndex('str', k);
    }
    const chars = isSimpleString(o) ? o : characters(o);
    const j = i < 0 ? i + chars.length : i;
    if (j < 0 || j >= chars.length) throw fail('IndexError', 'string index out of range');
    return chars[j];
  }
  if (o instanceof PyRange) {
    // (An object with __index__ indexes a range too, as it does a list.)
    const i = typeof k === 'bigint' ? k : typeof k === 'boolean' ? (k ? 1n : 0n) : instanceIndex(k);
    if (i === undefined) {
      if (k instanceof PySlice) return getSlice(o, k.start, k.stop, k.step);
      return badIndex('range', k);
    }
    const j = i < 0n ? i + o.length : i;
    if (j < 0n || j >= o.length) throw fail('IndexError', 'range object index out of range');
    return o.at(j);
  }
  if (o instanceof PyBytes || o instanceof PyByteArray) return bytesItem(o, k, sliceOf);
  if (o instanceof PyClass) {
    if (o.meta?.item !== undefined) return o.meta.item(o, k);
    // `C[k]` asks the class's __class_getitem__ (a classmethod even when not declared one).
    const hook = o.lookup('__class_getitem__');
    if (hook instanceof NativeMethod) return (hook.impl as MethodImpl<PyClass>)(o, [k], null);
    if (hook !== undefined) {
      return callValue(hook instanceof PyClassMethod ? hook.fn : hook, [o, k], null);
    }
  }
  const form = subscriptType(o, k);
  if (form !== undefined) return form;
  if (o instanceof PyClass) throw typeError(`type '${o.name}' is not subscriptable`);
  throw typeError(`'${typeName(o)}' object is not subscriptable`);
}

/** Python's `o[k] = v`. */
export function setItem(o: PyValue, k: PyValue, v: PyValue): void {
  if (o instanceof PyInstance) {
    if (callSpecial(o, '__setitem__', [k, v]) !== undefined) return;
    throw typeError(`'${o.cls.name}' object does not support item assignment`);
  }
  if (Array.isArray(o)) {
    const i = intIndex(k);
    if (i === undefined) {
      if (k instanceof PySlice) return setSlice(o, k.start, k.stop, k.step, v);
      return badIndex('list', k);
    }
    const j = i < 0 ? i + o.length : i;
    if (j < 0 || j >= o.length) throw fail('IndexError', 'list assignment index out of range');
    o[j] = v;
    return;
  }
  if (o instanceof PyDeque) {
    const i = intIndex(k);
    if (i === undefined) throw typeError(`sequence index must be integer, not '${typeName(k)}'`);
    const j = i < 0 ? i + o.length : i;
    if (j < 0 || j >= o.length) throw fail('IndexError', 'deque index out of range');
    o.setAt(j, v);
    return;
  }
  if (o instanceof PyByteArray) return byteArraySetItem(o, k, v, sliceOf);
  // A mappingproxy has no item assignment at all: refused before its key is hashed.
  if (o instanceof PyMappingProxy) {
    throw typeError(`'${typeName(o)}' object does not support item assignment`);
  }
  if (o instanceof PyDict) {
    const key = hashKey(k);
    const e = dictEntry(o, k, key);
    if (e !== undefined) e.value = v;
    else {
      if (o.map.size >= rt.maxItems) checkSize(o.map.size + 1, 'this dict');
      o.map.set(key, { key: k, value: v });
    }
    return;
  }
  throw typeError(`'${typeName(o)}' object does not support item assignment`);
}

/** Python's `xs[a:b:c] = items`. */
export function setSlice(
  o: PyValue,
  lower: PyValue,
  upper: PyValue,
  step: PyValue,
  v: PyValue,
): void {
  if (o instanceof PyInstance) return setItem(o, new PySlice(lower, upper, step), v);
  if (o instanceof PyByteArray)
    return byteArraySetItem(o, new PySlice(lower, upper, step), v, sliceOf);
  // Anything else takes the slice as its key or index (a deque refuses it, a dict hashes it).
  if (!Array.isArray(o)) return setItem(o, new PySlice(lower, upper, step), v);
  let items: readonly PyValue[];
  try {
    items = itemsOf(v);
  } catch {
    throw typeError(
      step === null ? 'can only assign an iterable' : 'must assign iterable to extended slice',
    );
  }
  if (items === o) items = o.slice();
  const [start, stop, st, count] = sliceIndices(o.length, lower, upper, step);
  if (st === 1) {
    checkSize(o.length - count + items.length, 'this list');
    // Rebuilt by hand: splice(...items) would pass every item as a call argument.
    const tail = o.slice(Math.max(start, stop));
    o.length = start;
    for (let i = 0; i < items.length; i++) o.push(items[i]);
    for (let i = 0; i < tail.length; i++) o.push(tail[i]);
    return;
  }
  if (items.length !== count) {
    throw fail(
      'ValueError',
      `attempt to assign sequence of size ${items.length} to extended slice of size ${count}`,
    );
  }
  for (let i = 0, j = start; i < count; i++, j += st) o[j] = items[i];
}

/**
 * `del o[k]` where o has no item deletion: CPython's PyObject_DelItem says "doesn't" (from
 * PySequence_DelItem) for a type with sequence methods and an int key, else "does not".
 */
function noItemDeletion(o: PyValue, k: PyValue): never {
  const sequence =
    o instanceof PyInstance ||
    typeof o === 'string' ||
    o instanceof PyTuple ||
    o instanceof PySet ||
    o instanceof PyRange ||
    o instanceof PyDictView ||
    o instanceof PyMappingProxy ||
    o instanceof PyBytes;
  const contraction = sequence && intIndex(k) !== undefined ? "doesn't" : 'does not';
  throw typeError(`'${typeName(o)}' object ${contraction} support item deletion`);
}

/** Python's `del o[k]`. */
export function delItem(o: PyValue, k: PyValue): void {
  if (o instanceof PyInstance) {
    if (callSpecial(o, '__delitem__', [k]) !== undefined) return;
    noItemDeletion(o, k);
  }
  if (Array.isArray(o)) {
    const i = intIndex(k);
    if (i === undefined) {
      if (k instanceof PySlice) return delSlice(o, k.start, k.stop, k.step);
      return badIndex('list', k);
    }
    const j = i < 0 ? i + o.length : i;
    if (j < 0 || j >= o.length) throw fail('IndexError', 'list assignment index out of range');
    o.splice(j, 1);
    return;
  }
  if (o instanceof PyMappingProxy) noItemDeletion(o, k);
  if (o instanceof PyDict) {
    if (!o.map.delete(hashKey(k))) {
      const alias = dictAliasKey(o, k);
      if (alias !== undefined) o.map.delete(alias);
      // Counter's own __delitem__ deletes only a key it holds: a missing one is no error.
      else if (!(o instanceof PyCounter)) throw keyError(k);
    }
    return;
  }
  if (o instanceof PyDeque) {
    // A deque takes an int index (no slice), as CPython's deque_ass_item does.
    const i = intIndex(k);
    if (i === undefined) {
      throw typeError(`sequence index must be integer, not '${typeName(k)}'`);
    }
    const j = i < 0 ? i + o.length : i;
    if (j < 0 || j >= o.length) throw fail('IndexError', 'deque index out of range');
    if (j === 0) o.popFront();
    else if (j === o.length - 1) o.popBack();
    else o.items.splice(j, 1);
    return;
  }
  noItemDeletion(o, k);
}

export function delSlice(o: PyValue, lower: PyValue, upper: PyValue, step: PyValue): void {
  if (o instanceof PyInstance) return delItem(o, new PySlice(lower, upper, step));
  if (!Array.isArray(o)) return delItem(o, new PySlice(lower, upper, step));
  const [start, , st, count] = sliceIndices(o.length, lower, upper, step);
  if (st === 1) {
    o.splice(start, count);
    return;
  }
  const drop = new Set<number>();
  for (let i = 0, j = start; i < count; i++, j += st) drop.add(j);
  const kept = o.filter((_, i) => !drop.has(i));
  o.length = 0;
  for (const x of kept) o.push(x);
}
