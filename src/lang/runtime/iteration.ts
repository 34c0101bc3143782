// Python's iteration protocol over every iterable tgrad value. Lists are walked by index
// with a live length (as Python's list iterator does, so appending while looping works);
// dicts are walked live over their table (dictIteration.ts), sets over a snapshot of their
// members.

import { payloadOf } from './builtinSubclass';
import { callTupleOverride, tupleOverride } from './namedTupleOverrides';
import { PyBuiltinInstance } from './builtinSubclass';
import { setValues } from './smallSet';
import { countsSafely, intOf } from './smallInts';
import { bytesData, PyBytes } from './bytesValue';
import { typeName } from './repr';
import { errorClass, EXCEPTION_CLASSES } from './exceptions';
import { callSpecial } from './instances';
import { PyClass, PyInstance } from './objects';
import { checkSize, fail, rt, tick, typeError, work } from './state';
import { TgradError } from '../errors';
import { fileData, readable, readLine } from './methods/fileMethods';
import { dictIterator } from './dictIteration';
import {
  PyDict,
  PyDeque,
  PyDictView,
  PyFile,
  PyIterator,
  PyRange,
  PySet,
  PyNamedTuple,
  PyTuple,
  type PyValue,
} from './values';

const HAS_SURROGATES = /[\uD800-\uDFFF]/;

/** A str's characters as Python counts them (code points). */
export function characters(s: string): string[] {
  if (!HAS_SURROGATES.test(s)) return s.split('');
  return Array.from(s);
}

/** Python's len() of a str. */
export function strLength(s: string): number {
  if (!HAS_SURROGATES.test(s)) return s.length;
  // Each surrogate pair is one code point: count the high halves that start a pair.
  const pairs = s.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g);
  return s.length - (pairs === null ? 0 : pairs.length);
}

/**
 * A list's or a plain tuple's items, for a loop that reads them by index: a list to its live
 * length at each step (as its iterator reads it), a tuple's unchanging items in place; else
 * null. A namedtuple iterates as iter() does (a subclass may override __iter__).
 */
export function sequenceItems(v: PyValue): readonly PyValue[] | null {
  if (Array.isArray(v)) return v as PyValue[];
  if (v instanceof PyTuple && v.constructor === PyTuple) return v.items;
  return null;
}

/** True when the str indexes like a JS string (no surrogate pairs). */
export function isSimpleString(s: string): boolean {
  return !HAS_SURROGATES.test(s);
}

function arrayIterator(typeName: string, items: readonly PyValue[]): PyIterator {
  let i = 0;
  return new PyIterator(typeName, () => (i < items.length ? items[i++] : undefined));
}

/** A deque's items in order, failing as CPython does once the deque gains or loses one. */
function dequeIterator(d: PyDeque): PyIterator {
  let i = 0;
  const state = d.state;
  const length = d.length;
  return new PyIterator('_collections._deque_iterator', () => {
    if (d.state !== state || d.length !== length) {
      throw fail('RuntimeError', 'deque mutated during iteration');
    }
    return i < length ? d.at(i++) : undefined;
  });
}

/**
 * Walks a snapshot of a dict's or set's items, failing as Python does when the container
 * changes size meanwhile (a loop that adds to what it walks would otherwise just go on).
 */
function watchedIterator(
  typeName: string,
  items: readonly PyValue[],
  map: { readonly size: number },
  noun: 'Set',
): PyIterator {
  let i = 0;
  const size = map.size;
  return new PyIterator(typeName, () => {
    if (map.size !== size) {
      throw fail('RuntimeError', `${noun} changed size during iteration`);
    }
    return i < items.length ? items[i++] : undefined;
  });
}

/** True for the values `for` can walk. */
export function isIterable(v: PyValue): boolean {
  return (
    Array.isArray(v) ||
    typeof v === 'string' ||
    v instanceof PyTuple ||
    v instanceof PyIterator ||
    v instanceof PyRange ||
    v instanceof PyDict ||
    v instanceof PySet ||
    v instanceof PyDictView ||
    v instanceof PyFile ||
    v instanceof PyDeque ||
    bytesData(v) !== null ||
    (v instanceof PyClass && v.meta?.iterate !== undefined) ||
    (v instanceof PyInstance &&
      (v.cls.lookup('__iter__') !== undefined ||
        v.cls.lookup('__getitem__') !== undefined ||
        (v instanceof PyBuiltinInstance && isIterable(v.payload))))
  );
}

/** A str holding only ASCII characters (nothing above U+007F). */
const NON_ASCII = /[^\p{ASCII}]/u;

/** Python's iter(v), or the TypeError for a value that is not iterable. */
export function iterate(v: PyValue): PyIterator {
  if (Array.isArray(v)) return arrayIterator('list_iterator', v);
  if (v instanceof PyIterator) return v;
  if (v instanceof PyTuple) {
    const own = v instanceof PyNamedTuple ? callTupleOverride(v, '__iter__', []) : undefined;
    return own === undefined ? arrayIterator('tuple_iterator', v.items) : iterate(own);
  }
  if (typeof v === 'string') {
    // CPython 3.11 iterates an all-ASCII str with its own iterator type.
    const kind = NON_ASCII.test(v) ? 'str_iterator' : 'str_ascii_iterator';
    return arrayIterator(kind, characters(v));
  }
  if (v instanceof PyRange) {
    const { length, start, step } = v;
    if (countsSafely(start, step, length)) {
      // Counted in numbers: no bigint made per step when the values are small.
      const n = Number(length);
      const from = Number(start);
      const by = Number(step);
      let k = 0;
      return new PyIterator('range_iterator', () => {
        if (k >= n) return undefined;
        tick();
        return intOf(from + by * k++);
      });
    }
    let i = 0n;
    return new PyIterator('range_iterator', () => {
      if (i >= length) return undefined;
      tick();
      return v.at(i++);
    });
  }
  if (v instanceof PyDict) return dictIterator(v, 'keys');
  if (v instanceof PySet) {
    return watchedIterator('set_iterator', setValues(v), v.map, 'Set');
  }
  if (v instanceof PyDictView) return dictIterator(v.dict, v.kind);
  if (v instanceof PyDeque) return dequeIterator(v);
  const data = bytesData(v);
  if (data !== null) {
    let i = 0;
    // A bytearray's iterator reads it as it is then, as CPython's does.
    const name = v instanceof PyBytes ? 'bytes_iterator' : 'bytearray_iterator';
    return new PyIterator(name, () => {
      const now = bytesData(v)!;
      return i < now.length ? intOf(now[i++]) : undefined;
    });
  }
  if (v instanceof PyFile) {
    readable(v); // a closed file fails here, as Python's iter(f) does
    return new PyIterator('_io.TextIOWrapper', () => {
      // next() disables tell() until the lines run out, as CPython's text files do.
      v.telling = false;
      const line = readLine(v);
      if (line === '') v.telling = true;
      return line === '' ? undefined : fileData(v, line);
    });
  }
  if (v instanceof PyInstance) return instanceIterator(v);
  if (v instanceof PyClass && v.meta?.iterate !== undefined) {
    return arrayIterator('generator', v.meta.iterate(v));
  }
  throw typeError(`'${typeName(v)}' object is not iterable`);
}

/**
 * The items of an iterable as an array. Lists and tuples come back as their own storage
 * (callers must not keep or change it); anything else is collected.
 */
export function itemsOf(v: PyValue): readonly PyValue[] {
  if (Array.isArray(v)) return v;
  if (v instanceof PyTuple && tupleOverride(v, '__iter__') === undefined) return v.items;
  return collect(v);
}

/** A new array of an iterable's items: Python's list(v). */
export function collect(v: PyValue): PyValue[] {
  if (Array.isArray(v)) return v.slice();
  if (v instanceof PyTuple && tupleOverride(v, '__iter__') === undefined) return v.items.slice();
  if (typeof v === 'string') return characters(v);
  if (v instanceof PyRange) {
    checkSize(v.length, 'this list');
    const n = Number(v.length);
    const out: PyValue[] = new Array<PyValue>(n);
    let x = v.start;
    for (let i = 0; i < n; i++, x += v.step) out[i] = x;
    return out;
  }
  if (v instanceof PyDict) return [...v.map.values()].map((e) => e.key);
  if (v instanceof PySet) return setValues(v);
  if (v instanceof PyDictView) return v.items();
  const it = iterate(v);
  const out: PyValue[] = [];
  for (let x = it.next(); x !== undefined; x = it.next()) {
    if (out.length >= rt.maxItems) checkSize(out.length + 1, 'this list');
    if (--rt.work <= 0) work(0);
    out.push(x);
  }
  return out;
}

/** Calls `step`, turning the exception `end` (StopIteration, IndexError) into the end (undefined). */
function until(end: string, step: () => PyValue): PyValue | undefined {
  try {
    return step();
  } catch (e) {
    if (e instanceof TgradError && errorClass(e).isSubclassOf(EXCEPTION_CLASSES.get(end)!)) {
      return undefined;
    }
    throw e;
  }
}

/** iter(obj): its __iter__ (an iterator, or an object with __next__), else __getitem__ from 0. */
function instanceIterator(v: PyInstance): PyIterator {
  const it = callSpecial(v, '__iter__', []);
  if (it !== undefined) return asIterator(it);
  // `__iter__ = None` says the class is not iterable, whatever its __getitem__.
  if (v.cls.lookup('__getitem__') !== undefined && v.cls.lookup('__iter__') !== null) {
    let i = 0n;
    return new PyIterator('iterator', () =>
      until('IndexError', () => callSpecial(v, '__getitem__', [i++])!),
    );
  }
  throw typeError(`'${v.cls.name}' object is not iterable`);
}

/** What __iter__ returned, as an iterator. */
export function asIterator(it: PyValue): PyIterator {
  if (it instanceof PyIterator) return it;
  if (it instanceof PyInstance && it.cls.lookup('__next__') === undefined) {
    // A subclass of enumerate, zip, map… without a __next__ of its own: its iterator.
    const p = payloadOf(it);
    if (p instanceof PyIterator) return p;
  }
  if (it instanceof PyInstance && it.cls.lookup('__next__') !== undefined) {
    return new PyIterator(it.cls.name, () =>
      until('StopIteration', () => callSpecial(it, '__next__', [])!),
    );
  }
  throw typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
}
