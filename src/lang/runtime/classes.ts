// Making a class from what its `class` statement computed: the bases, the C3 MRO, the
// namespace the body left, `__slots__`, and Python's rule that a class defining __eq__
// without __hash__ has unhashable instances.

import { recordBodyEnd } from './getsetDescriptor';
import { addMemberDescriptors } from './memberDescriptor';
import { abstractNames } from './abstract';
import { builtinBaseOf, isDerivableBuiltin } from './builtinSubclass';
import { callValue } from './call';
import { isExceptionClass } from './exceptions';
import { resolveGenericBases } from './generics';
import { itemsOf } from './iteration';
import { mangle, manglingPrefix } from './privateName';
import { c3, PyClass, PyClassMethod, PyStaticMethod } from './objects';
import { typeName } from './repr';
import { strRepr } from '../format';
import { fail, typeError } from './state';
import { ABC_META, builtinClass, OBJECT } from './types';
import { PyFunction, type Kwargs, type PyValue } from './values';

/**
 * Makes the class. `metaclass`, when the class statement names one, is ABCMeta (an abstract
 * class without deriving from abc.ABC) or `type` (the default); tgrad has no other.
 */
export function createClass(
  name: string,
  bases: PyValue[],
  ns: Map<string, PyValue>,
  metaclass?: PyValue,
  kw: Map<string, PyValue> | null = null,
): PyClass {
  bases = resolveGenericBases(bases, ns);
  for (const b of bases) {
    if (b instanceof PyClass && b.meta?.create !== undefined) {
      return b.meta.create(name, bases, ns, kw);
    }
  }
  return createPlainClass(name, bases, ns, metaclass);
}

/** A class as `type` makes it (what a native metaclass's `create` builds on). */
export function createPlainClass(
  name: string,
  bases: PyValue[],
  ns: Map<string, PyValue>,
  metaclass?: PyValue,
): PyClass {
  const abstract = metaclass !== undefined && isAbcMeta(metaclass);
  const bs: PyClass[] = [];
  for (const b of bases) {
    if (!(b instanceof PyClass)) {
      throw typeError(`a class can only derive from classes, not from '${typeName(b)}'`);
    }
    // (A built-in class with abstract methods is one of collections.abc's mixin classes.)
    if (
      b.builtin &&
      b !== OBJECT &&
      !b.makesClasses &&
      !isExceptionClass(b) &&
      !isDerivableBuiltin(b) &&
      b.abstractMethods === null
    ) {
      if (NOT_ACCEPTABLE_BASES.has(b.name)) {
        throw typeError(`type '${b.name}' is not an acceptable base type`);
      }
      throw typeError(
        `a tgrad class can derive from object, the exception classes, dict, list, str, int, float, tuple, set, frozenset, enumerate, zip, map, filter, reversed and the program's own classes, not from '${b.name}'`,
      );
    }
    if (bs.includes(b)) throw typeError(`duplicate base class ${b.name}`);
    bs.push(b);
  }
  if (bs.length === 0) bs.push(OBJECT);
  if (ns.has('__eq__') && !ns.has('__hash__')) ns.set('__hash__', null);
  // type.__new__ makes these two classmethods when the body defines them as plain functions.
  for (const hook of IMPLICIT_CLASSMETHODS) {
    const fn = ns.get(hook);
    if (fn instanceof PyFunction) ns.set(hook, new PyClassMethod(fn));
  }
  const builtinBase = builtinBaseOf(bs, bs.some(isExceptionClass));
  const cls = new PyClass(name, bs, ns);
  cls.builtinBase = builtinBase;
  const mro = c3(cls, bs);
  if (mro === null) {
    throw typeError(
      `Cannot create a consistent method resolution\norder (MRO) for bases ${bs.map((b) => b.name).join(', ')}`,
    );
  }
  cls.mro = mro;
  cls.makesClasses = bs.some((b) => b.makesClasses);
  cls.abstractMethods = abstractNames(cls, bs, ns, abstract);
  cls.slotNames = slotNames(cls, ns.get('__slots__'));
  addMemberDescriptors(cls, ownSlots(cls, ns.get('__slots__')));
  recordBodyEnd(cls);
  for (const b of bs) b.subclasses.push(cls);
  return cls;
}

const IMPLICIT_CLASSMETHODS = ['__init_subclass__', '__class_getitem__'];

/** The built-in types CPython itself refuses as a base, with its message. */
const NOT_ACCEPTABLE_BASES = new Set([
  'bool',
  'range',
  'slice',
  'NoneType',
  'function',
  'builtin_function_or_method',
  'method',
  'generator',
]);

/** True for ABCMeta, false for `type`; any other metaclass is a TypeError that says so. */
function isAbcMeta(metaclass: PyValue): boolean {
  if (metaclass === ABC_META) return true;
  if (metaclass === builtinClass('type')) return false;
  throw typeError(
    `a tgrad class takes metaclass=ABCMeta (from abc) or none, not ${metaclass instanceof PyClass ? `'${metaclass.name}'` : `a '${typeName(metaclass)}'`}`,
  );
}

/** The class's own slot names (mangled), for their member descriptors; none without __slots__. */
function ownSlots(cls: PyClass, own: PyValue | undefined): string[] {
  if (own === undefined) return [];
  const declared = typeof own === 'string' ? [own] : itemsOf(own);
  const prefix = manglingPrefix(cls.name);
  return declared
    .filter((n): n is string => typeof n === 'string' && n !== '__dict__' && n !== '__weakref__')
    .map((n) => mangle(prefix, n));
}

/** The attribute names `__slots__` allows along the MRO, or null when instances have a __dict__. */
function slotNames(cls: PyClass, own: PyValue | undefined): Set<string> | null {
  if (own === undefined) return null;
  const names = new Set<string>();
  const declared = typeof own === 'string' ? [own] : itemsOf(own);
  for (const n of declared) {
    if (typeof n !== 'string') {
      throw typeError(`__slots__ items must be strings, not '${typeName(n)}'`);
    }
    if (n === '__dict__') return null;
    const slot = mangle(manglingPrefix(cls.name), n);
    // A slot is a descriptor in the class dict: a class attribute of that name would replace it.
    if (cls.dict.has(slot)) {
      throw fail('ValueError', `${strRepr(slot)} in __slots__ conflicts with class variable`);
    }
    names.add(slot);
  }
  for (const base of cls.mro.slice(1)) {
    if (base === OBJECT) continue;
    if (base.slotNames === null) return null;
    for (const n of base.slotNames) names.add(n);
  }
  return names;
}

/**
 * Python calls the nearest base's `__init_subclass__` once a class is made (before its
 * decorators run), with the new class and the class statement's keywords (`class
 * C(Base, flag=1)`): an implicit classmethod. object's does nothing, and takes no keywords.
 */
export function initSubclass(cls: PyClass, kw: Kwargs = null): void {
  for (const base of cls.mro.slice(1)) {
    const hook = base.dict.get('__init_subclass__');
    if (hook === undefined) continue;
    if (hook instanceof PyStaticMethod) callValue(hook.fn, [], kw);
    else callValue(hook instanceof PyClassMethod ? hook.fn : hook, [cls], kw);
    return;
  }
}
