// What a program's class gets from deriving from collections.abc's classes: their abstract
// methods (a class that leaves one undefined is abstract: "Can't instantiate abstract class
// Rows with abstract methods __getitem__, __len__"), and the mixin methods CPython's
// collections.abc defines in Python: Iterator's __iter__ (the iterator itself) and
// Sequence's __contains__, __iter__, __reversed__, index and count, all through the
// program's own __getitem__ and __len__, and MutableSequence's append, extend, pop, remove,
// reverse, clear and __iadd__ through its insert and item methods; Mapping's and Set's (and their mutable kinds') are
// in collectionsAbcMappingMixins.ts and collectionsAbcSetMixins.ts.

import { length } from '../../builtins/lengthAndRange';
import { TgradError } from '../../errors';
import { addMappingMixins, addMutableMappingMixins } from './collectionsAbcMappingMixins';
import { addMutableSetMixins, addSetMixins } from './collectionsAbcSetMixins';
import { sameOrEqual } from '../../runtime/equality';
import { errorClass, EXCEPTION_CLASSES } from '../../runtime/exceptions';
import { NativeMethod, type PyClass } from '../../runtime/objects';
import { fail, typeError } from '../../runtime/state';
import { fakeAddress } from '../../runtime/repr';
import { delItem, getItem, setItem } from '../../runtime/subscript';
import { callMethod } from '../../runtime/attributes';
import { collect, iterate } from '../../runtime/iteration';
import { PyIterator, type PyValue } from '../../runtime/values';

/** Each derivable class's abstract methods, its bases' included (`__abstractmethods__`). */
const ABSTRACT: Record<string, readonly string[]> = {
  Iterable: ['__iter__'],
  Iterator: ['__next__'],
  Sized: ['__len__'],
  Container: ['__contains__'],
  Hashable: ['__hash__'],
  Callable: ['__call__'],
  Reversible: ['__iter__', '__reversed__'],
  Collection: ['__contains__', '__iter__', '__len__'],
  Sequence: ['__getitem__', '__len__'],
  MutableSequence: ['__delitem__', '__getitem__', '__len__', '__setitem__', 'insert'],
  Mapping: ['__getitem__', '__iter__', '__len__'],
  MutableMapping: ['__delitem__', '__getitem__', '__iter__', '__len__', '__setitem__'],
  Set: ['__contains__', '__iter__', '__len__'],
  MutableSet: ['__contains__', '__iter__', '__len__', 'add', 'discard'],
};

/** Whether `name` is one of the collections.abc classes a program's class may derive from. */
export function isMixinAbc(name: string): boolean {
  return name in ABSTRACT;
}

/** Gives the class `cls` (collections.abc's `name`) its abstract methods and mixins. */
export function addAbcMixins(cls: PyClass, name: string): void {
  cls.abstractMethods = new Set(ABSTRACT[name]);
  if (name === 'Iterator') method(cls, '__iter__', (self) => self);
  if (name === 'Mapping') addMappingMixins(cls, cls);
  if (name === 'MutableMapping') addMutableMappingMixins(cls, cls.mro[1]);
  if (name === 'Set') addSetMixins(cls, cls);
  if (name === 'MutableSet') addMutableSetMixins(cls);
  if (name === 'MutableSequence') addMutableSequenceMixins(cls);
  if (name === 'Sequence') {
    method(cls, '__iter__', (self) => sequenceIterator(self, 'Sequence.__iter__'));
    method(cls, '__contains__', (self, args) => {
      const it = sequenceIterator(self, 'Sequence.__contains__');
      for (let v = it.next(); v !== undefined; v = it.next()) {
        if (sameOrEqual(v, args[0])) return true;
      }
      return false;
    });
    method(cls, '__reversed__', (self) => {
      let i = BigInt(length(self));
      return generator('Sequence.__reversed__', () => (i > 0n ? getItem(self, --i) : undefined));
    });
    method(cls, 'index', (self, args) => sequenceIndex(self, args));
    method(cls, 'count', (self, args) => {
      let n = 0n;
      const it = sequenceIterator(self, 'Sequence.count');
      for (let v = it.next(); v !== undefined; v = it.next()) if (sameOrEqual(v, args[0])) n++;
      return n;
    });
  }
}

/**
 * MutableSequence's append, clear, reverse, extend, pop, remove and __iadd__, through the
 * class's own insert, __getitem__, __setitem__, __delitem__ and __len__.
 */
function addMutableSequenceMixins(cls: PyClass): void {
  method(cls, 'append', (self, args) => {
    callMethod(self, 'insert', [BigInt(length(self)), args[0]], null);
    return null;
  });
  method(cls, 'clear', (self) => {
    try {
      for (;;) callMethod(self, 'pop', [], null);
    } catch (e) {
      if (!(e instanceof TgradError) || !errorClass(e).isSubclassOf(INDEX_ERROR())) throw e;
    }
    return null;
  });
  method(cls, 'reverse', (self) => {
    const n = BigInt(length(self));
    for (let i = 0n; i < n / 2n; i++) {
      const a = getItem(self, i);
      const b = getItem(self, n - i - 1n);
      setItem(self, i, b);
      setItem(self, n - i - 1n, a);
    }
    return null;
  });
  const extend = (self: PyValue, values: PyValue): void => {
    const items = values === self ? collect(values) : null;
    if (items !== null) {
      for (const v of items) callMethod(self, 'append', [v], null);
      return;
    }
    const it = iterate(values);
    for (let v = it.next(); v !== undefined; v = it.next()) callMethod(self, 'append', [v], null);
  };
  method(cls, 'extend', (self, args) => {
    extend(self, args[0]);
    return null;
  });
  method(cls, 'pop', (self, args) => {
    const index = args.length > 0 ? args[0] : -1n;
    const v = getItem(self, index);
    delItem(self, index);
    return v;
  });
  method(cls, 'remove', (self, args) => {
    delItem(self, callMethod(self, 'index', [args[0]], null));
    return null;
  });
  method(cls, '__iadd__', (self, args) => {
    extend(self, args[0]);
    return self;
  });
}

const INDEX_ERROR = (): PyClass => EXCEPTION_CLASSES.get('IndexError')!;

function method(
  cls: PyClass,
  name: string,
  impl: (self: PyValue, args: PyValue[]) => PyValue,
): void {
  cls.dict.set(name, new NativeMethod(name, cls.name, impl as never));
}

/** A generator-like iterator, shown as CPython shows the mixin's generator. */
function generator(qualname: string, next: () => PyValue | undefined): PyIterator {
  const it = new PyIterator('generator', next);
  it.describe = () => `<generator object ${qualname} at ${fakeAddress(it)}>`;
  return it;
}

/** self[0], self[1], … until an IndexError, as Sequence.__iter__ does. */
function sequenceIterator(self: PyValue, qualname: string): PyIterator {
  let i = 0n;
  let done = false;
  return generator(qualname, () => {
    if (done) return undefined;
    try {
      return getItem(self, i++);
    } catch (e) {
      if (
        e instanceof TgradError &&
        errorClass(e).isSubclassOf(EXCEPTION_CLASSES.get('IndexError')!)
      ) {
        done = true;
        return undefined;
      }
      throw e;
    }
  });
}

/** Sequence.index(value, start=0, stop=None): a bare ValueError when absent, as CPython's. */
function sequenceIndex(self: PyValue, args: PyValue[]): PyValue {
  if (args.length < 1 || args.length > 3) {
    throw typeError(
      `index() takes from 2 to 4 positional arguments but ${args.length + 1} were given`,
    );
  }
  const n = BigInt(length(self));
  const bound = (v: PyValue | undefined, dflt: bigint): bigint => {
    if (v === undefined || v === null) return dflt;
    if (typeof v !== 'bigint')
      throw typeError('slice indices must be integers or have an __index__ method');
    return v < 0n ? (v + n < 0n ? 0n : v + n) : v;
  };
  let i = bound(args[1], 0n);
  const stop = bound(args[2], -1n);
  for (; stop < 0n || i < stop; i++) {
    let v: PyValue;
    try {
      v = getItem(self, i);
    } catch (e) {
      if (
        e instanceof TgradError &&
        errorClass(e).isSubclassOf(EXCEPTION_CLASSES.get('IndexError')!)
      )
        break;
      throw e;
    }
    if (sameOrEqual(v, args[0])) return i;
  }
  throw fail('ValueError', '');
}
