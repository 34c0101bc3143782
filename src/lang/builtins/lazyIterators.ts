// zip, enumerate, map, filter and reversed: the lazy iterators, with Python's argument rules
// and messages (zip's strict= checks, reversed of a program's sequence class).

import { payloadOf } from '../runtime/builtinSubclass';
import { PyZipPair } from '../runtime/zipPairs';
import { bytesData } from '../runtime/bytes';
import { TgradError } from '../errors';
import { EXCEPTION_CLASSES, errorClass } from '../runtime/exceptions';
import { makeEnumerate } from '../runtime/enumeratePairs';
import { callSpecial } from '../runtime/instances';
import { callTupleOverride } from '../runtime/namedTupleOverrides';
import { PyClass, PyInstance } from '../runtime/objects';
import { bindBuiltin, exactArgs, indexArg, noKeywords } from '../runtime/args';
import { callValue } from '../runtime/call';
import { characters, collect, iterate } from '../runtime/iteration';
import { dictReverseIterator } from '../runtime/dictIteration';
import { typeName } from '../runtime/repr';
import { fail, tick, typeError } from '../runtime/state';
import { truthy } from '../runtime/truth';
import { length } from './lengthAndRange';
import {
  PyDeque,
  PyDict,
  PyDictView,
  PyIterator,
  PyRange,
  PyTuple,
  type Kwargs,
  type PyValue,
} from '../runtime/values';

export function zip(args: PyValue[], kw: Kwargs): PyIterator {
  const [strictArg] = bindBuiltin('zip', ['strict'], 0, [], kw);
  const strict = strictArg !== undefined && truthy(strictArg);
  const its = args.map((a) => iterate(a));
  const n = its.length;
  let done = n === 0;
  /** Iterator `i` ended: zip ends, after strict's check of the lengths. */
  const end = (i: number): undefined => {
    done = true;
    if (strict) {
      if (i > 0)
        throw fail(
          'ValueError',
          `zip() argument ${i + 1} is shorter than argument${i > 1 ? 's' : ''} 1${i > 1 ? `-${i}` : ''}`,
        );
      for (let j = 1; j < n; j++) {
        if (its[j].next() !== undefined) {
          throw fail(
            'ValueError',
            `zip() argument ${j + 1} is longer than argument${j > 1 ? 's' : ''} 1${j > 1 ? `-${j}` : ''}`,
          );
        }
      }
    }
    return undefined;
  };
  // Each item's array is made at its size (a pair is the common case): grown by push, it
  // would keep room for 17.
  const next = (): PyValue | undefined => {
    if (done) return undefined;
    const x0 = its[0].next();
    if (x0 === undefined) return end(0);
    if (n === 1) return new PyTuple([x0]);
    const x1 = its[1].next();
    if (x1 === undefined) return end(1);
    if (n === 2) return new PyTuple([x0, x1]);
    const items: PyValue[] = [x0, x1];
    for (let i = 2; i < n; i++) {
      const x = its[i].next();
      if (x === undefined) return end(i);
      items.push(x);
    }
    return new PyTuple(items);
  };
  return n === 2 && !strict ? new PyZipPair(next, its[0], its[1]) : new PyIterator('zip', next);
}

export function enumerate(args: PyValue[], kw: Kwargs): PyIterator {
  // CPython's enumerate checks for its argument before the keywords, in its own words.
  if (args.length === 0 && !(kw?.has('iterable') ?? false)) {
    throw typeError("enumerate() missing required argument 'iterable'");
  }
  const [iterable, startArg] = bindBuiltin('enumerate', ['iterable', 'start'], 1, args, kw);
  // The start is read before the iterable is asked for its iterator, as CPython reads it.
  const start = startArg === undefined ? 0n : indexArg(startArg);
  return makeEnumerate(iterate(iterable as PyValue), start);
}

export function map(args: PyValue[], kw: Kwargs): PyIterator {
  noKeywords('map', kw);
  if (args.length < 2) throw typeError('map() must have at least two arguments.');
  const fn = args[0];
  const its = args.slice(1).map((a) => iterate(a));
  return new PyIterator('map', () => {
    const xs: PyValue[] = [];
    for (const it of its) {
      const x = it.next();
      if (x === undefined) return undefined;
      xs.push(x);
    }
    return callValue(fn, xs, null);
  });
}

export function filter(args: PyValue[], kw: Kwargs): PyIterator {
  exactArgs('filter', 2, args, kw);
  const fn = args[0];
  const it = iterate(args[1]);
  return new PyIterator('filter', () => {
    for (let x = it.next(); x !== undefined; x = it.next()) {
      tick();
      if (truthy(fn === null ? x : callValue(fn, [x], null))) return x;
    }
    return undefined;
  });
}

export function reversedOf(value: PyValue): PyValue {
  // A namedtuple class's own __reversed__ (tuple has none of its own).
  const ownTuple = callTupleOverride(value, '__reversed__', []);
  if (ownTuple !== undefined) return ownTuple;
  if (value instanceof PyInstance) {
    // The class's __reversed__ answers, whatever it returns (CPython checks nothing of it).
    const own = callSpecial(value, '__reversed__', []);
    if (own !== undefined) return own;
    if (value.cls.builtinBase === null) return reversedSequence(value);
  }
  // A list (str, tuple, dict) subclass's instance reverses as its value.
  const v = payloadOf(value);
  let items: readonly PyValue[];
  if (Array.isArray(v)) {
    // A list reversed lazily, as Python's list_reverseiterator.
    let i = v.length - 1;
    return new PyIterator('list_reverseiterator', () =>
      i >= 0 && i < v.length ? v[i--] : undefined,
    );
  }
  if (v instanceof PyTuple) items = v.items;
  else if (typeof v === 'string') items = characters(v);
  else if (v instanceof PyRange) {
    let i = v.length - 1n;
    return new PyIterator('range_iterator', () => (i >= 0n ? v.at(i--) : undefined));
  }
  // CPython's own reverse iterator types for dicts, their views and deques; `reversed` else.
  let kind = 'reversed';
  if (v instanceof PyDict) return dictReverseIterator(v, 'keys');
  if (v instanceof PyDictView) return dictReverseIterator(v.dict, v.kind);
  if (v instanceof PyDeque) {
    items = v.items.slice();
    kind = '_deque_reverse_iterator';
  } else if (bytesData(v) !== null) items = collect(v);
  else if (!(v instanceof PyTuple) && typeof v !== 'string') {
    throw typeError(`'${typeName(v)}' object is not reversible`);
  }
  let i = items!.length - 1;
  return new PyIterator(kind, () => (i >= 0 ? items[i--] : undefined));
}

/**
 * reversed() of an instance without __reversed__: the sequence protocol, as CPython's
 * reversed: __getitem__ from len()-1 down to 0, IndexError or StopIteration ending it early.
 */
function reversedSequence(value: PyInstance): PyIterator {
  // `__reversed__ = None` refuses it, as a class without __getitem__ (or a mapping) is refused.
  if (value.cls.lookup('__reversed__') === null || !isSequenceLike(value.cls)) {
    throw typeError(`'${value.cls.name}' object is not reversible`);
  }
  let i = length(value);
  return new PyIterator('reversed', () => {
    if (--i < 0) return undefined;
    try {
      return callSpecial(value, '__getitem__', [BigInt(i)])!;
    } catch (e) {
      if (e instanceof TgradError && endsSequence(errorClass(e))) {
        i = 0;
        return undefined;
      }
      throw e;
    }
  });
}

function endsSequence(cls: PyClass): boolean {
  return (
    cls.isSubclassOf(EXCEPTION_CLASSES.get('IndexError')!) ||
    cls.isSubclassOf(EXCEPTION_CLASSES.get('StopIteration')!)
  );
}

/** PySequence_Check for a program's class: a __getitem__ (a dict subclass's is no sequence's). */
function isSequenceLike(cls: PyClass): boolean {
  const m = cls.lookup('__getitem__');
  return m !== undefined && m !== null;
}
