// collections.abc: the abstract classes as isinstance() answers them for the built-in types
// (list is a MutableSequence, dict a MutableMapping, set a MutableSet…) and, for the
// one-method ones (Iterable, Sized, Container, Callable, Hashable, Iterator), for any class
// that defines the methods, as CPython's __subclasshook__ does. The classes cannot be made;
// the one-method ones, Collection and Sequence can be derived from (collectionsAbcMixins.ts).

import { PyBuiltinInstance } from '../../runtime/builtinSubclass';
import { isCallable } from '../../runtime/call';
import { hashKey } from '../../runtime/equality';
import { PyGenerator } from '../../runtime/generator';
import { c3, PyClass, PyInstance } from '../../runtime/objects';
import { typeName } from '../../runtime/repr';
import { typeError } from '../../runtime/state';
import { addAbcMixins, isMixinAbc } from './collectionsAbcMixins';
import { isChainMap } from './collectionsChainMap';
import { TYPING_ABC_BASES } from '../../runtime/generics';
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

/**
 * Each abstract class with what makes a value one of its instances, and the methods that
 * make a class its subclass by CPython's __subclasshook__ (the one-method classes only).
 */
const CHECKS: [string, (v: PyValue) => boolean, readonly string[] | null][] = [
  ['Iterable', (v) => isCollection(v) || isIterator(v) || has(v, '__iter__'), ['__iter__']],
  ['Iterator', isIterator, ['__iter__', '__next__']],
  ['Generator', (v) => v instanceof PyGenerator, null],
  ['Sized', (v) => isCollection(v) || has(v, '__len__'), ['__len__']],
  ['Container', (v) => isCollection(v) || has(v, '__contains__'), ['__contains__']],
  [
    'Collection',
    (v) => isCollection(v) || has(v, '__len__', '__iter__', '__contains__'),
    ['__len__', '__iter__', '__contains__'],
  ],
  [
    'Reversible',
    (v) => isSequence(v) || v instanceof PyDict || v instanceof PyDictView,
    ['__reversed__', '__iter__'],
  ],
  ['Sequence', isSequence, null],
  ['MutableSequence', (v) => Array.isArray(v) || v instanceof PyDeque, null],
  ['Mapping', (v) => v instanceof PyDict || isChainMap(v), null],
  ['MutableMapping', (v) => v instanceof PyDict || isChainMap(v), null],
  ['Set', isSetLike, null],
  ['MutableSet', (v) => v instanceof PySet && !(v instanceof PyFrozenSet), null],
  ['MappingView', (v) => v instanceof PyDictView, null],
  ['KeysView', (v) => v instanceof PyDictView && v.kind === 'keys', null],
  ['ItemsView', (v) => v instanceof PyDictView && v.kind === 'items', null],
  ['ValuesView', (v) => v instanceof PyDictView && v.kind === 'values', null],
  ['Hashable', isHashable, ['__hash__']],
  ['Callable', isCallable, ['__call__']],
];

/**
 * One value of each built-in class that issubclass() answers for, by the class's name: a
 * built-in class is a subclass of an abstract one when its values are instances of it, so
 * the two questions share one answer.
 */
const SAMPLES = new Map<string, PyValue>(
  [
    0n,
    0,
    false,
    '',
    null,
    [],
    new PyTuple([]),
    new PyDict(),
    new PySet(),
    new PyFrozenSet(),
    new PyRange(0n, 0n, 1n),
    OBJECT,
  ].map((v) => [typeName(v), v]),
);

/** issubclass(c, the abstract class): by its built-in base's values, or by its methods. */
function subclassCheck(
  c: PyClass,
  check: (v: PyValue) => boolean,
  hook: readonly string[] | null,
): boolean {
  for (const base of c.mro) {
    const sample = base.builtin ? SAMPLES.get(base.name) : undefined;
    if (sample !== undefined) return check(sample);
  }
  if (hook === null) return false;
  // A class that sets a method to None (`__hash__ = None`) opts out, as in CPython.
  return hook.every((n) => c.lookup(n) != null || (n === '__hash__' && c.hashMode() !== 'none'));
}

function abstractClass(
  name: string,
  check: (v: PyValue) => boolean,
  hook: readonly string[] | null,
  bases: PyClass[],
): PyClass {
  const cls = new PyClass(name, bases, new Map([['__module__', 'collections.abc']]), null, true);
  cls.mro = c3(cls, bases)!;
  cls.construct = () => {
    throw typeError(`Can't instantiate abstract class ${name}`);
  };
  if (isMixinAbc(name)) {
    addAbcMixins(cls, name);
    const names = [...cls.abstractMethods!].sort();
    const which = names.length === 1 ? 'method' : 'methods';
    cls.construct = () => {
      throw typeError(
        `Can't instantiate abstract class ${name} with abstract ${which} ${names.join(', ')}`,
      );
    };
  }
  // A list (dict…) subclass's instance is a Sequence (Mapping…) as its value is; so is an
  // instance of a program's class deriving from it.
  cls.instanceCheck = (v) =>
    check(v) ||
    (v instanceof PyBuiltinInstance && check(v.payload)) ||
    (v instanceof PyInstance && v.cls.isSubclassOf(cls));
  cls.subclassCheck = (c) => c.isSubclassOf(cls) || subclassCheck(c, check, hook);
  return cls;
}

/** Each abstract class's bases among the others, as collections.abc derives them. */
const BASES: Record<string, readonly string[]> = {
  Iterator: ['Iterable'],
  Generator: ['Iterator'],
  Reversible: ['Iterable'],
  Collection: ['Sized', 'Iterable', 'Container'],
  Sequence: ['Reversible', 'Collection'],
  MutableSequence: ['Sequence'],
  Mapping: ['Collection'],
  MutableMapping: ['Mapping'],
  Set: ['Collection'],
  MutableSet: ['Set'],
  MappingView: ['Sized'],
  KeysView: ['MappingView', 'Set'],
  ItemsView: ['MappingView', 'Set'],
  ValuesView: ['MappingView', 'Collection'],
};

/** The classes, made once: typing's `Iterable[T]` as a base stands for the same one. */
let classes: Map<string, PyClass> | null = null;

function abcClasses(): Map<string, PyClass> {
  if (classes !== null) return classes;
  const made = new Map<string, PyClass>();
  for (const [n, check, hook] of CHECKS) {
    const bases = (BASES[n] ?? []).map((b) => made.get(b)!);
    made.set(n, abstractClass(n, check, hook, bases.length > 0 ? bases : [OBJECT]));
  }
  classes = made;
  return made;
}

/** collections.abc's class `name` (KeysView, for the views Mapping's keys() makes). */
export function abcClass(name: string): PyClass {
  return abcClasses().get(name)!;
}

export function collectionsAbcModule(): Map<string, PyValue> {
  return new Map<string, PyValue>(abcClasses());
}

// `class Rows(typing.Sequence[float])` derives from collections.abc.Sequence, as in CPython.
for (const name of ['Iterable', 'Iterator', 'Sized', 'Container', 'Hashable', 'Collection']) {
  TYPING_ABC_BASES.set(name, () => abcClasses().get(name)!);
}
TYPING_ABC_BASES.set('Reversible', () => abcClasses().get('Reversible')!);
TYPING_ABC_BASES.set('Sequence', () => abcClasses().get('Sequence')!);
for (const name of ['Mapping', 'MutableMapping', 'MutableSet', 'MutableSequence']) {
  TYPING_ABC_BASES.set(name, () => abcClasses().get(name)!);
}
// typing.Set is the built-in set; typing.AbstractSet is collections.abc.Set.
TYPING_ABC_BASES.set('AbstractSet', () => abcClasses().get('Set')!);
