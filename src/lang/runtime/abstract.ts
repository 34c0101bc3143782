// Abstract methods, as abc.ABCMeta keeps them: @abstractmethod marks a function; a class
// made from an ABC (PyClass.abstractMethods not null) notes which names are still abstract
// (its own marked ones, and its bases' ones it does not override); such a class cannot be
// instantiated while any is left. A plain class ignores the marks, as in Python.

import { PyClass, PyClassMethod, PyInstance, PyProperty, PyStaticMethod } from './objects';
import { typeError } from './state';
import { truthy } from './truth';
import { typeOf } from './types';
import { setAddKey } from './smallSet';
import { Builtin, PyFrozenSet, PyFunction, type PyValue } from './values';

/** The functions @abstractmethod marked (Python sets their `__isabstractmethod__`). */
const MARKED = new WeakSet<object>();

export function markAbstract(f: PyValue): void {
  if (typeof f === 'object' && f !== null) MARKED.add(f);
}

/** Python's `getattr(v, '__isabstractmethod__', False)` for what a class body can hold. */
export function isAbstract(v: PyValue): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (MARKED.has(v)) return true;
  if (v instanceof PyStaticMethod || v instanceof PyClassMethod) return isAbstract(v.fn);
  if (v instanceof PyProperty)
    return isAbstract(v.fget) || isAbstract(v.fset) || isAbstract(v.fdel);
  if (v instanceof PyInstance) {
    const own = v.attrs.__isabstractmethod__;
    return own !== undefined && truthy(own);
  }
  return false;
}

/** `f.__isabstractmethod__`: a marked function has it; a descriptor answers for its functions. */
export function abstractAttribute(v: PyValue): boolean | undefined {
  if (v instanceof PyFunction) return MARKED.has(v) ? true : undefined;
  if (v instanceof PyStaticMethod || v instanceof PyClassMethod || v instanceof PyProperty) {
    return isAbstract(v);
  }
  return undefined;
}

/**
 * The abstract names of a class being made from `bases` with namespace `ns`, or null when no
 * base is an ABC and the class names no ABCMeta (then the class is a plain one).
 */
export function abstractNames(
  cls: PyClass,
  bases: readonly PyClass[],
  ns: ReadonlyMap<string, PyValue>,
  /** True for `metaclass=ABCMeta`: an ABC whatever its bases. */
  abcMeta = false,
): Set<string> | null {
  if (!abcMeta && !bases.some((b) => b.abstractMethods !== null)) return null;
  const names = new Set<string>();
  for (const [name, v] of ns) if (isAbstract(v)) names.add(name);
  for (const base of bases) {
    for (const name of base.abstractMethods ?? []) {
      const v = cls.lookup(name);
      if (v === undefined || isAbstract(v)) names.add(name);
    }
  }
  return names;
}

/** The classes registered as virtual subclasses of each ABC (with register()). */
const REGISTERED = new WeakMap<PyClass, PyClass[]>();

/** issubclass(c, abc) as ABCMeta answers it: by the MRO, else by a registration. */
function isVirtualSubclass(c: PyClass, abc: PyClass): boolean {
  if (c.isSubclassOf(abc)) return true;
  const registered = REGISTERED.get(abc);
  return registered !== undefined && registered.some((r) => c.isSubclassOf(r));
}

/**
 * `abc.register(sub)`: sub counts as a subclass of abc and of abc's own ABC bases (as a
 * class registered with numbers.Integral is a numbers.Number).
 */
export function registerVirtualSubclass(abc: PyClass, sub: PyClass): void {
  for (const base of abc.mro) {
    if (base.abstractMethods === null) continue;
    const list = REGISTERED.get(base) ?? [];
    if (!list.includes(sub)) list.push(sub);
    REGISTERED.set(base, list);
    base.subclassCheck = (c) => isVirtualSubclass(c, base);
    base.instanceCheck = (v) => isVirtualSubclass(typeOf(v), base);
  }
}

/**
 * What an ABC has from its metaclass ABCMeta: `register`, bound to the class, and
 * `__abstractmethods__`, the frozenset of names still abstract (in no class's __dict__, and
 * an instance does not have them), or undefined.
 */
export function abcMetaAttribute(cls: PyClass, name: string): PyValue | undefined {
  if (cls.abstractMethods === null) return undefined;
  if (name === '__abstractmethods__') {
    const names = new PyFrozenSet();
    for (const n of cls.abstractMethods) setAddKey(names, n, n);
    return names;
  }
  if (name !== 'register') return undefined;
  return new Builtin('register', (args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('register() takes no keyword arguments');
    if (args.length !== 1) {
      throw typeError(`register() takes exactly one argument (${args.length} given)`);
    }
    const sub = args[0];
    if (!(sub instanceof PyClass)) throw typeError('Can only register classes');
    registerVirtualSubclass(cls, sub);
    return sub;
  });
}

/** CPython's refusal to make an instance of a class with abstract methods left. */
export function checkInstantiable(cls: PyClass): void {
  const left = cls.abstractMethods;
  if (left === null || left.size === 0) return;
  const names = [...left].sort();
  const what = names.length === 1 ? 'abstract method' : 'abstract methods';
  throw typeError(`Can't instantiate abstract class ${cls.name} with ${what} ${names.join(', ')}`);
}
