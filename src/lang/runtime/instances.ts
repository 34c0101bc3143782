// Attributes, method calls and construction for classes and their instances, with Python's
// lookup order: a data descriptor (property) on the class, then the instance's own
// attributes, then the class (functions bind to the instance, classmethods to the class).

import { TgradError } from '../errors';
import { checkInstantiable } from './abstract';
import { PyExceptionGroupObject } from './exceptionGroupObject';
import { ownSpecialTypeAttribute, specialTypeAttribute } from './builtinSpecialMethods';
import { callFunction, callValue } from './call';
import { call2 } from './frames';
import {
  errorClass,
  EXCEPTION_CLASSES,
  exceptionAttribute,
  isExceptionClass,
  makeExceptionObject,
} from './exceptions';
import {
  NativeMethod,
  newInstanceAttrs,
  PyClass,
  PyClassMethod,
  PyExceptionObject,
  PyInstance,
  PyMethod,
  PyProperty,
  PyStaticMethod,
  PySuper,
  userHook,
  type InitPlan,
} from './objects';
import { assignClass } from './classAssignment';
import { classDirNames } from './classDir';
import { PyMemberDescriptor } from './memberDescriptor';
import { propertyDelete, propertyGet, propertySet } from './propertyAccess';
import { descriptorDelete, descriptorGet, descriptorSet, isDataDescriptor } from './descriptors';
import {
  enterBuiltinType,
  enterCoexistMethod,
  enterNativeCall,
  enterNativeLevel,
  leaveNativeLevel,
} from './nativeCallDepth';
import { getAttr } from './attributes';
import { payloadSpecial, payloadSpecialMethod } from './builtinPayloadSpecials';
import { fromkeysOf } from './dictFromkeys';
import {
  instantiateBuiltinSubclass,
  isDerivableBuiltin,
  overrideOf,
  payloadAttribute,
  PyBuiltinInstance,
} from './builtinSubclass';
import { instanceDict, setInstanceDict } from './instanceDict';
import { makeClassWith, typeOwnMember } from './metaclasses';
import { setTraceback } from './tracebacks';
import { PyMappingProxy } from './mappingProxy';
import { typeName } from './repr';
import { fail, typeError } from './state';
import { withAttributeSuggestion } from './suggest';
import { builtinTypeAttribute } from './typeMethods';
import { typeObjectMethod } from './typeObjectMethods';
import { defaultModule, OBJECT, OBJECT_INIT, typeOf } from './types';
import {
  BoundMethod,
  Builtin,
  DefWrapper,
  LruCacheWrapper,
  PyDict,
  PyFunction,
  PyTuple,
  type Kwargs,
  type PyValue,
} from './values';

const ATTRIBUTE_ERROR = EXCEPTION_CLASSES.get('AttributeError')!;

/** What a class attribute is when read through `self` (an instance or a class). */
export function bind(v: PyValue, self: PyValue, owner: PyClass): PyValue {
  if (v instanceof PyFunction || v instanceof LruCacheWrapper || v instanceof DefWrapper) {
    return new PyMethod(v, self);
  }
  if (v instanceof NativeMethod) return new BoundMethod(self, v.name, v.impl, v.slot);
  if (v instanceof PyClassMethod) return classMethodGet(v, owner);
  if (v instanceof PyStaticMethod) return v.fn;
  if (v instanceof PyProperty) return propertyGet(v, self);
  if (v instanceof PyInstance) return orItself(descriptorGet(v, self, owner), v);
  return v;
}

/**
 * A classmethod read through its class: the function bound to it, or, when it wraps a
 * descriptor (`@classmethod` over `@property`, which CPython 3.11 still chains), what that
 * descriptor gives for the class.
 */
function classMethodGet(v: PyClassMethod, owner: PyClass): PyValue {
  const fn = v.fn;
  if (fn instanceof PyProperty) return propertyGet(fn, owner);
  if (fn instanceof PyInstance) {
    const got = descriptorGet(fn, owner, typeOf(owner));
    if (got !== undefined) return got;
  }
  return new PyMethod(fn, owner);
}

/** What __get__ returned (None too), or the attribute itself when it has no __get__. */
function orItself(got: PyValue | undefined, v: PyValue): PyValue {
  return got === undefined ? v : got;
}

// The names dir(o) lists, object's own included: CPython picks its suggestion from dir(),
// so '__ne__' is offered for a missing '__name__'.
function instanceAttributeNames(o: PyInstance): string[] {
  return [...Object.keys(o.attrs), ...classDirNames(o.cls)];
}

function noInstanceAttribute(o: PyInstance, name: string): never {
  const err = fail(
    'AttributeError',
    withAttributeSuggestion(
      `'${o.cls.name}' object has no attribute '${name}'`,
      name,
      instanceAttributeNames(o),
    ),
  );
  // CPython's AttributeError names the attribute and the object (e.name, e.obj).
  err.attributes = { name, obj: o };
  throw err;
}

/** `o.name` on an instance. */
export function instanceGet(o: PyInstance, name: string): PyValue {
  if (o.cls.interceptsGet) return hookedGet(o, name);
  return plainGet(o, name);
}

/** The lookup of object.__getattribute__, then __getattr__ when it found nothing. */
function plainGet(o: PyInstance, name: string): PyValue {
  const cls = o.cls;
  const cv = cls.lookup(name);
  if (cv instanceof PyProperty) {
    // A slot: the instance's own attribute; unset, __getattr__ or the AttributeError.
    if (cv instanceof PyMemberDescriptor && cv.owner.dict.get(name) === cv) {
      return o.attrs[name] ?? instanceFallback(o, name);
    }
    try {
      return propertyGet(cv, o);
    } catch (e) {
      return afterDescriptorError(o, name, e);
    }
  }
  if (cv instanceof PyInstance && isDataDescriptor(cv)) {
    // (A data descriptor without __get__ leaves the read to the instance's own attribute.)
    let got: PyValue | undefined;
    try {
      got = descriptorGet(cv, o, cls);
    } catch (e) {
      return afterDescriptorError(o, name, e);
    }
    if (got !== undefined) return got;
  }
  const own = o.attrs[name];
  if (own !== undefined) return own;
  if (cv !== undefined) {
    try {
      return bind(cv, o, cls);
    } catch (e) {
      return afterDescriptorError(o, name, e);
    }
  }
  return instanceFallback(o, name);
}

/**
 * A property's getter or a descriptor's __get__ raised: an AttributeError from it goes to the
 * class's __getattr__ when it has one, as CPython calls __getattr__ whenever the whole
 * __getattribute__ lookup (descriptors included) raised AttributeError.
 */
function afterDescriptorError(o: PyInstance, name: string, e: unknown): PyValue {
  if (!(e instanceof TgradError) || !errorClass(e).isSubclassOf(ATTRIBUTE_ERROR)) throw e;
  const getattr = o.cls.lookup('__getattr__');
  if (getattr === undefined) throw e;
  return callValue(bind(getattr, o, o.cls), [name], null);
}

function instanceFallback(o: PyInstance, name: string): PyValue {
  const v = specialAttribute(o, name);
  if (v !== undefined) return v;
  if (o instanceof PyBuiltinInstance) {
    // `D().fromkeys(…)` makes a D, as `D.fromkeys(…)` does.
    const fromkeys = name === 'fromkeys' ? fromkeysOf(o.cls) : undefined;
    if (fromkeys !== undefined) return fromkeys;
    // `d.items`, `s.upper`: the built-in value's own attribute, bound to the value.
    const own = payloadAttribute(o, name, getAttr);
    if (own !== undefined) return own;
  }
  const getattr = o.cls.lookup('__getattr__');
  if (getattr !== undefined) return callValue(bind(getattr, o, o.cls), [name], null);
  return noInstanceAttribute(o, name);
}

function specialAttribute(o: PyInstance, name: string): PyValue | undefined {
  if (name === '__class__') return o.cls;
  if (name === '__dict__') return instanceDict(o);
  if (o instanceof PyExceptionObject) {
    const v = exceptionAttribute(o, name);
    if (v !== undefined) return v;
  }
  // object's special methods (`obj.__eq__`, `obj.__repr__`), and a built-in base's.
  if (name.startsWith('__')) {
    const m = specialTypeAttribute(o.cls, name);
    if (m !== undefined) return bind(m, o, o.cls);
  }
  return undefined;
}

/** object.__getattribute__(o, name): the lookup without the __getattr__ fallback. */
export function objectGetAttribute(o: PyInstance, name: string): PyValue {
  const cls = o.cls;
  const cv = cls.lookup(name);
  if (cv instanceof PyProperty) return propertyGet(cv, o);
  if (cv instanceof PyInstance && isDataDescriptor(cv)) {
    // (A data descriptor without __get__ leaves the read to the instance's own attribute.)
    const got = descriptorGet(cv, o, cls);
    if (got !== undefined) return got;
  }
  const own = o.attrs[name];
  if (own !== undefined) return own;
  if (cv !== undefined) return bind(cv, o, cls);
  const v = specialAttribute(o, name);
  if (v !== undefined) return v;
  if (o instanceof PyBuiltinInstance) {
    const own = payloadAttribute(o, name, getAttr);
    if (own !== undefined) return own;
  }
  return noInstanceAttribute(o, name);
}

/** A read through the class's own __getattribute__; its AttributeError falls back to __getattr__. */
function hookedGet(o: PyInstance, name: string): PyValue {
  const hook = userHook(o.cls, '__getattribute__')!;
  const getattr = o.cls.lookup('__getattr__');
  if (getattr === undefined) return callValue(bind(hook, o, o.cls), [name], null);
  try {
    return callValue(bind(hook, o, o.cls), [name], null);
  } catch (e) {
    if (!(e instanceof TgradError) || !errorClass(e).isSubclassOf(ATTRIBUTE_ERROR)) throw e;
    return callValue(bind(getattr, o, o.cls), [name], null);
  }
}

/** `o.name(args…)` on an instance, without making a bound method. */
export function instanceCall(o: PyInstance, name: string, args: PyValue[], kw: Kwargs): PyValue {
  const cv = o.cls.lookup(name);
  if (cv instanceof PyFunction && o.attrs[name] === undefined && !o.cls.interceptsGet) {
    return callFunction(cv, withSelf(o, args), kw);
  }
  const m = instanceGet(o, name);
  // A built-in type's method on a subclass's instance (`env.get(k)` on a dict subclass) is a
  // call CPython does not specialize: it takes a checked level.
  if (o instanceof PyBuiltinInstance && m instanceof BoundMethod) enterNativeCall();
  return callValue(m, args, kw);
}

/** `o.name = v` on an instance: through the class's own __setattr__ when it has one. */
export function instanceSet(o: PyInstance, name: string, v: PyValue): void {
  const hook = userHook(o.cls, '__setattr__');
  if (hook !== undefined) callValue(bind(hook, o, o.cls), [name, v], null);
  else objectSetAttr(o, name, v);
}

/** object.__setattr__(o, name, v): a property's setter, else the instance's own attribute. */
export function objectSetAttr(o: PyInstance, name: string, v: PyValue): void {
  if (name === '__dict__') {
    setInstanceDict(o, v);
    return;
  }
  if (name === '__class__') {
    assignClass(o, v);
    return;
  }
  const cv = o.cls.lookup(name);
  if (cv instanceof PyProperty) {
    propertySet(cv, o, v);
    return;
  }
  if (cv instanceof PyInstance && descriptorSet(cv, o, v)) return;
  const slots = o.cls.slotNames;
  if (slots !== null && !slots.has(name)) {
    if (o instanceof PyExceptionObject && setExceptionField(o, name, v)) return;
    throw fail(
      'AttributeError',
      cv === undefined
        ? `'${o.cls.name}' object has no attribute '${name}'`
        : `'${o.cls.name}' object attribute '${name}' is read-only`,
    );
  }
  if (o instanceof PyExceptionObject && setExceptionField(o, name, v)) return;
  o.attrs[name] = v;
}

function setExceptionField(o: PyExceptionObject, name: string, v: PyValue): boolean {
  if (o instanceof PyExceptionGroupObject && (name === 'message' || name === 'exceptions')) {
    throw fail('AttributeError', 'readonly attribute');
  }
  switch (name) {
    case 'args':
      o.args = v instanceof PyTuple ? v : new PyTuple(Array.isArray(v) ? v.slice() : [v]);
      return true;
    case '__cause__':
      o.cause = v;
      o.suppressContext = true;
      return true;
    case '__context__':
      o.context = v;
      return true;
    case '__traceback__':
      setTraceback(o, v);
      return true;
  }
  return false;
}

/** `del o.name` on an instance: through the class's own __delattr__ when it has one. */
export function instanceDelete(o: PyInstance, name: string): void {
  const hook = userHook(o.cls, '__delattr__');
  if (hook !== undefined) callValue(bind(hook, o, o.cls), [name], null);
  else objectDelAttr(o, name);
}

/** object.__delattr__(o, name). */
export function objectDelAttr(o: PyInstance, name: string): void {
  if (name === '__class__') throw typeError("can't delete __class__ attribute");
  const cv = o.cls.lookup(name);
  if (cv instanceof PyProperty) {
    propertyDelete(cv, o);
    return;
  }
  if (cv instanceof PyInstance && descriptorDelete(cv, o)) return;
  if (o.attrs[name] === undefined) noInstanceAttribute(o, name);
  delete o.attrs[name];
}

// ---- classes as objects -------------------------------------------------------------------

/**
 * `C.__annotations__`: the class's own (a base's are not inherited, Python 3.10+), made an
 * empty dict in the class's namespace when its body annotated nothing.
 */
function ownAnnotations(cls: PyClass): PyValue {
  const own = cls.dict.get('__annotations__');
  if (own !== undefined) return own;
  const made = new PyDict();
  cls.setMember('__annotations__', made);
  return made;
}

/** `C.name`. */
export function classGet(cls: PyClass, name: string): PyValue | undefined {
  // A class body sets its own __module__: it is never a base's (abc.ABC's is 'abc').
  if (name === '__module__') return cls.dict.get(name) ?? defaultModule(cls);
  if (name === '__annotations__' && !cls.builtin) return ownAnnotations(cls);
  const v = cls.lookup(name);
  if (v !== undefined) {
    if (v instanceof PyClassMethod) return classMethodGet(v, cls);
    if (v instanceof PyStaticMethod) return v.fn;
    if (v instanceof PyInstance) return orItself(descriptorGet(v, null, cls), v);
    return v;
  }
  // (A namedtuple subclass is built in, but a class statement in a function gave it a qualname.)
  if (name === '__qualname__' && (!cls.builtin || cls.qualname !== null)) return cls.qualifiedName;
  switch (name) {
    case '__name__':
    case '__qualname__':
      // Some built-in types are named with their module in messages (`collections.OrderedDict`,
      // `operator.itemgetter`, `abc.ABCMeta`), as in CPython; __name__ is the bare name.
      return cls.builtin ? cls.name.replace(/^.*\./, '') : cls.name;
    case '__mro__':
      return new PyTuple(cls.mro.slice());
    case '__bases__':
      return new PyTuple(cls.bases.slice());
    case '__base__':
      return cls.bases[0] ?? null;
    case '__subclasses__':
      // The direct subclasses made so far, in the order their class statements ran.
      return new BoundMethod(cls, '__subclasses__', () => cls.subclasses.slice());
    case '__module__':
      return defaultModule(cls);
    case '__doc__':
      return null;
    case '__class__':
      return typeOf(cls);
    case '__dict__':
      return new PyMappingProxy(cls);
  }
  return typeObjectMethod(cls, name);
}

export function classSet(cls: PyClass, name: string, v: PyValue, hooked = true): void {
  const meta = cls.meta;
  if (meta !== null && meta.setAttribute !== undefined && meta.setAttribute(cls, name, v, hooked)) {
    return;
  }
  if (cls.builtin) {
    throw typeError(`cannot set '${name}' attribute of immutable type '${cls.name}'`);
  }
  cls.meta?.guardSet?.(cls, name, v);
  if (name === '__name__') {
    if (typeof v !== 'string') {
      throw typeError(`can only assign string to ${cls.name}.__name__, not '${typeName(v)}'`);
    }
    cls.name = v;
    return;
  }
  cls.setMember(name, v);
}

export function classDelete(cls: PyClass, name: string): void {
  if (cls.builtin) {
    throw typeError(`cannot delete '${name}' attribute of immutable type '${cls.name}'`);
  }
  cls.meta?.guardSet?.(cls, name, undefined);
  if (!cls.dict.has(name))
    throw fail('AttributeError', `type object '${cls.name}' has no attribute '${name}'`);
  cls.setMember(name, undefined);
}

/** super(cls, obj): lookups along type(obj)'s MRO after cls (or obj's own MRO for a class). */
export function makeSuper(cls: PyClass, self: PyValue): PySuper {
  const start = self instanceof PyClass && self.isSubclassOf(cls) ? self : typeOf(self);
  if (!start.isSubclassOf(cls)) {
    throw typeError('super(type, obj): obj must be an instance or subtype of type');
  }
  return new PySuper(cls, self, start);
}

/** `super().name`. */
export function superGet(s: PySuper, name: string): PyValue {
  const mro = s.start.mro;
  let i = mro.indexOf(s.cls) + 1;
  for (; i < mro.length; i++) {
    const c = mro[i];
    // A built-in class's special methods are in its table (`super().__init__(items)` in a
    // subclass of list reaches list's).
    const v =
      c.dict.get(name) ??
      builtinBaseMember(s, c, name) ??
      (c.builtin && c.makesClasses ? typeOwnMember(name) : undefined) ??
      (c.builtin ? ownSpecialTypeAttribute(c, name) : undefined) ??
      (c === OBJECT && name === '__new__' ? OBJECT_NEW : undefined);
    if (v !== undefined) {
      if (s.self === s.start && !(s.self instanceof PyInstance)) {
        // super() in a classmethod: functions stay unbound, classmethods bind to the class.
        if (v instanceof PyClassMethod) return new PyMethod(v.fn, s.self);
        if (v instanceof PyStaticMethod) return v.fn;
        return v;
      }
      return bind(v, s.self, s.start);
    }
  }
  throw fail('AttributeError', `'super' object has no attribute '${name}'`);
}

/**
 * `super().append(x)`, `super().__getitem__(k)` on an instance of a built-in type's subclass
 * once the lookup reaches that built-in type: its method, which works on the instance's value.
 */
function builtinBaseMember(s: PySuper, c: PyClass, name: string): PyValue | undefined {
  if (!(s.self instanceof PyBuiltinInstance) || !isDerivableBuiltin(c)) return undefined;
  return builtinTypeAttribute(c, name) ?? payloadSpecialMethod(c, name);
}

/** `super().name(args…)`. */
export function superCall(s: PySuper, name: string, args: PyValue[], kw: Kwargs): PyValue {
  if (s.self instanceof PyInstance) {
    const mro = s.start.mro;
    for (let i = mro.indexOf(s.cls) + 1; i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v === undefined) continue;
      if (v instanceof PyFunction) return callFunction(v, withSelf(s.self, args), kw);
      break;
    }
  }
  return callValue(superGet(s, name), args, kw);
}

// ---- construction -------------------------------------------------------------------------

/** Calling a class: a built-in type runs its constructor; a user class makes an instance and runs __init__. */
export function instantiate(cls: PyClass, args: PyValue[], kw: Kwargs): PyValue {
  if (cls.meta?.call !== undefined) return cls.meta.call(cls, args, kw);
  return instantiateAsType(cls, args, kw);
}

/** Calling a class as `type` does (what a native metaclass's `call` builds on). */
export function instantiateAsType(cls: PyClass, args: PyValue[], kw: Kwargs): PyValue {
  if (cls.builtin && !isExceptionClass(cls) && cls !== OBJECT) {
    enterBuiltinType(cls.name);
    return cls.construct!(args, kw);
  }
  if (cls.makesClasses) return makeClassWith(cls, args, kw);
  checkInstantiable(cls);
  enterNativeLevel();
  let made: PyValue;
  try {
    made = makeInstance(cls, args, kw);
  } finally {
    leaveNativeLevel();
  }
  return made;
}

/** type.__call__'s work for a program's class: __new__ (or a new instance), then __init__. */
function makeInstance(cls: PyClass, args: PyValue[], kw: Kwargs): PyValue {
  if (cls.builtinBase !== null) return instantiateBuiltinSubclass(cls, args, kw);
  let o: PyValue;
  const own = isExceptionClass(cls) ? null : userNew(cls);
  if (own !== null) {
    // The class's __new__ makes the object; __init__ runs only on an instance of the class.
    o = callValue(own, [cls, ...args], kw);
    if (!(o instanceof PyInstance) || !o.cls.isSubclassOf(cls)) return o;
  } else {
    o = isExceptionClass(cls)
      ? makeExceptionObject(cls, new PyTuple(args.slice()))
      : new PyInstance(cls, newInstanceAttrs(cls));
  }
  const init = o instanceof PyInstance ? o.cls.lookup('__init__') : cls.lookup('__init__');
  if (init === OBJECT_INIT || init === undefined) {
    if (own === null && (args.length > 0 || (kw !== null && kw.size > 0))) {
      throw typeError(`${cls.name}() takes no arguments`);
    }
    return o;
  }
  let r: PyValue;
  if (init instanceof PyFunction) r = callFunction(init, withSelf(o, args), kw);
  else r = callValue(bind(init, o, (o as PyInstance).cls), args, kw);
  if (r !== null) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  return o;
}

/** Calls special method `name` found on type(o), bound to o; undefined when the type has none. */
export function callSpecial(o: PyInstance, name: string, args: PyValue[]): PyValue | undefined {
  if (o.cls.builtinBase !== null) return builtinSubclassSpecial(o, name, args);
  const m = o.cls.lookup(name);
  if (m === undefined || m === null) return undefined;
  if (m instanceof PyFunction) return callFunction(m, withSelf(o, args), null);
  return callValue(bind(m, o, o.cls), args, null);
}

/** callSpecial with one argument, without gathering it in an array of its own first. */
export function callSpecial1(o: PyInstance, name: string, arg: PyValue): PyValue | undefined {
  if (o.cls.builtinBase !== null) return builtinSubclassSpecial(o, name, [arg]);
  const m = o.cls.lookup(name);
  if (m === undefined || m === null) return undefined;
  if (m instanceof PyFunction) return call2(m, o, arg);
  return callValue(bind(m, o, o.cls), [arg], null);
}

/**
 * callSpecial on an instance of a built-in type's subclass: the program's method when a class
 * above the built-in base defines it, else the built-in type's behaviour on the value.
 */
function builtinSubclassSpecial(o: PyInstance, name: string, args: PyValue[]): PyValue | undefined {
  const m = overrideOf(o.cls, name);
  if (m === null) return undefined;
  if (m !== undefined) return callValue(bind(m, o, o.cls), args, null);
  // (An instance made without its value, by object.__new__, has only object's behaviour.)
  if (!(o instanceof PyBuiltinInstance)) return undefined;
  enterCoexistMethod(o.payload, name);
  return payloadSpecial(o, name, args);
}

/** [self, ...args] in one allocation. */
function withSelf(self: PyValue, args: PyValue[]): PyValue[] {
  switch (args.length) {
    case 0:
      return [self];
    case 1:
      return [self, args[0]];
    case 2:
      return [self, args[0], args[1]];
  }
  const out = [self];
  for (let i = 0; i < args.length; i++) out.push(args[i]);
  return out;
}

/** A program's class's own `__new__` (a function, implicitly static), or null for object's. */
function userNew(cls: PyClass): PyValue | null {
  const m = cls.lookup('__new__');
  if (m instanceof PyFunction) return m;
  if (m instanceof PyStaticMethod) return m.fn;
  return null;
}

/** `object.__new__(cls)`: a bare instance of a program's class, no __init__ run. */
export const OBJECT_NEW = new Builtin('__new__', (args, kw) => {
  if (args.length === 0) throw typeError('object.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyClass)) {
    throw typeError(`object.__new__(X): X is not a type object (${typeName(cls)})`);
  }
  if (cls === OBJECT) {
    if (args.length > 1 || (kw !== null && kw.size > 0)) {
      throw typeError('object() takes no arguments');
    }
    return new PyInstance(cls, newInstanceAttrs(cls));
  }
  if (cls.builtin || cls.builtinBase !== null || isExceptionClass(cls)) {
    throw typeError(`object.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
  }
  const extra = args.length > 1 || (kw !== null && kw.size > 0);
  if (extra && (userNew(cls) !== null || cls.lookup('__init__') === OBJECT_INIT)) {
    throw typeError(
      userNew(cls) !== null
        ? 'object.__new__() takes exactly one argument (the type to instantiate)'
        : `${cls.name}() takes no arguments`,
    );
  }
  checkInstantiable(cls);
  return new PyInstance(cls, newInstanceAttrs(cls));
});

/** Calls a class whose call arguments were gathered with slot 0 left for the instance. */
export function instantiateInto(cls: PyClass, args: PyValue[], kw: Kwargs): PyValue {
  let plan = cls.initPlan;
  if (plan === undefined) {
    plan = initPlanOf(cls);
    cls.initPlan = plan;
  }
  if (plan === null) return instantiate(cls, args.slice(1), kw);
  checkInstantiable(cls);
  enterNativeLevel();
  const o = plan.exception
    ? makeExceptionObject(cls, new PyTuple(args.slice(1)))
    : new PyInstance(cls, newInstanceAttrs(cls));
  args[0] = o;
  let r: PyValue;
  try {
    r = callFunction(plan.init, args, kw);
  } finally {
    leaveNativeLevel();
  }
  if (r !== null) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  return o;
}

/** A plain class's plan, or null for one a metaclass, a built-in base or a `__new__` makes. */
function initPlanOf(cls: PyClass): InitPlan | null {
  const init = cls.lookup('__init__');
  if (
    !(init instanceof PyFunction) ||
    cls.builtin ||
    cls.meta !== null ||
    cls.builtinBase !== null ||
    userNew(cls) !== null
  )
    return null;
  return { init, exception: isExceptionClass(cls) };
}

/** repr for a value already known to be an instance, without a user __repr__. */
export function defaultInstanceRepr(o: PyInstance, id: number): string {
  return `<__main__.${o.cls.qualifiedName} object at 0x${(0x7f0000000000 + id * 16).toString(16)}>`;
}
