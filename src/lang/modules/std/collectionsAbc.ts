// collections.abc: the abstract classes as isinstance() answers them for the built-in types
// (list is a MutableSequence, dict a MutableMapping, set a MutableSet…) and, for the
// one-method ones (Iterable, Sized, Container, Callable, Hashable, Iterator), for any class
// that defines the methods, as CPython's __subclasshook__ does. The classes cannot be made,
// nor derived from.

import { isCallable } from '../../runtime/call';
import { hashKey } from '../../runtime/equality';
import { PyGenerator } from '../../runtime/generator';
import { c3, PyClass, PyInstance } from '../../runtime/objects';
import { typeError } from '../../runtime/state';
import { OBJECT } from '../../runtime/types';
import {
  PyDeque,
  PyDict,
  PyDictView,
  PyFile,
  PyIterator,
  PyRange,
  PyFrozenSet,
  PySet,
  PyTuple,
  type PyValue,
} from '../../runtime/values';

const has = (v: PyValue, ...names: string[]): boolean =>
  v instanceof PyInstance && names.every((n) => v.cls.lookup(n) != null);

const isSequence = (v: PyValue): boolean =>
  Array.isArray(v) ||
  typeof v === 'string' ||
  v instanceof PyTuple ||
  v instanceof PyRange ||
  v instanceof PyDeque;
const isIterator = (v: PyValue): boolean =>
  v instanceof PyIterator || v instanceof PyFile || has(v, '__iter__', '__next__');
const isSetLike = (v: PyValue): boolean =>
  v instanceof PySet || (v instanceof PyDictView && v.kind !== 'values');
const isCollection = (v: PyValue): boolean =>
  isSequence(v) || v instanceof PyDict || v instanceof PySet || v instanceof PyDictView;

function isHashable(v: PyValue): boolean {
  if (v instanceof PyTuple) return true;
  // keys() and items() are sets (unhashable); values() hashes by identity.
  if (v instanceof PyDictView) return v.kind === 'values';
  try {
    hashKey(v);
    return true;
  } catch {
    return false;
  }
}

/** Each abstract class with what makes a value one of its instances. */
const CHECKS: [string, (v: PyValue) => boolean][] = [
  ['Iterable', (v) => isCollection(v) || isIterator(v) || has(v, '__iter__')],
  ['Iterator', isIterator],
  ['Generator', (v) => v instanceof PyGenerator],
  ['Sized', (v) => isCollection(v) || has(v, '__len__')],
  ['Container', (v) => isCollection(v) || has(v, '__contains__')],
  ['Collection', (v) => isCollection(v) || has(v, '__len__', '__iter__', '__contains__')],
  ['Reversible', (v) => isSequence(v) || v instanceof PyDict || v instanceof PyDictView],
  ['Sequence', isSequence],
  ['MutableSequence', (v) => Array.isArray(v) || v instanceof PyDeque],
  ['Mapping', (v) => v instanceof PyDict],
  ['MutableMapping', (v) => v instanceof PyDict],
  ['Set', isSetLike],
  ['MutableSet', (v) => v instanceof PySet && !(v instanceof PyFrozenSet)],
  ['MappingView', (v) => v instanceof PyDictView],
  ['KeysView', (v) => v instanceof PyDictView && v.kind === 'keys'],
  ['ItemsView', (v) => v instanceof PyDictView && v.kind === 'items'],
  ['ValuesView', (v) => v instanceof PyDictView && v.kind === 'values'],
  ['Hashable', isHashable],
  ['Callable', isCallable],
];

function abstractClass(name: string, check: (v: PyValue) => boolean): PyClass {
  const cls = new PyClass(name, [OBJECT], new Map(), null, true);
  cls.mro = c3(cls, [OBJECT])!;
  cls.construct = () => {
    throw typeError(`Can't instantiate abstract class ${name}`);
  };
  cls.instanceCheck = check;
  return cls;
}

export function collectionsAbcModule(): Map<string, PyValue> {
  return new Map<string, PyValue>(CHECKS.map(([n, check]) => [n, abstractClass(n, check)]));
}
