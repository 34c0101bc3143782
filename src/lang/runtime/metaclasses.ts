// The program's own metaclasses: `class Meta(type)` and the classes it makes. A class whose
// metaclass is the program's keeps a ClassMeta (objects.ts) that sends what `type` would do
// for it (calling the class, its repr, isinstance, attributes it lacks) to the metaclass's
// methods; `type.__new__`, `type.__init__` and `type.__call__` are values the metaclass
// reaches by super(). Classes without one take none of these paths.

import { getAttr } from './attributes';
import { callValue } from './call';
import { createClass, initSubclass } from './classes';
import { descriptorSet, setNames } from './descriptors';
import { bind, classSet, instantiateAsType } from './instances';
import { collect } from './iteration';
import {
  NativeMethod,
  PyClass,
  PyInstance,
  PyProperty,
  PyStaticMethod,
  type ClassMeta,
} from './objects';
import { payloadOf } from './builtinSubclass';
import { typeName } from './repr';
import { fail, rt, typeError } from './state';
import { truthy } from './truth';
import { ABC_META, builtinClass, plainClassRepr, typeOf } from './types';
import { Builtin, PyDict, PyTuple, PyTypeForm, type Kwargs, type PyValue } from './values';
import { argTypeName } from './typeName';

const TYPE = (): PyClass => builtinClass('type');

/** True for `type` and the classes deriving from it: calling one makes a class. */
export function isMetaclass(c: PyClass): boolean {
  return c.makesClasses;
}

/** A metaclass of the program's (not `type`, ABCMeta or a native one). */
function isUserMetaclass(c: PyClass): boolean {
  return !c.builtin && isMetaclass(c);
}

const CONFLICT =
  'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases';

/** CPython's _PyType_CalculateMetaclass: the most derived of `meta` and the bases' types. */
export function winningMetaclass(meta: PyClass, bases: readonly PyValue[]): PyClass {
  let winner = meta;
  for (const b of bases) {
    // (A generic alias base, `Generic[T]`, stands for a class of `type`'s.)
    if (b instanceof PyTypeForm) continue;
    const t = typeOf(b);
    if (winner.isSubclassOf(t)) continue;
    if (t.isSubclassOf(winner)) {
      winner = t;
      continue;
    }
    throw typeError(CONFLICT);
  }
  return winner;
}

/**
 * What a class statement calls to make its class when the program's metaclass takes part
 * (named by `metaclass=`, or the type of a base), or null for the classes `type` makes as
 * before. A `metaclass=` that is not a class (a function) is called as it is.
 */
export function programMetaclass(explicit: PyValue | undefined, bases: PyValue[]): PyValue | null {
  if (explicit !== undefined && !(explicit instanceof PyClass)) return explicit;
  const own = explicit !== undefined && isUserMetaclass(explicit);
  if (
    !own &&
    !bases.some(
      (b) => b instanceof PyClass && b.meta?.type !== undefined && isUserMetaclass(b.meta.type),
    )
  ) {
    return null;
  }
  const start = explicit ?? (bases.length > 0 ? typeOf(bases[0]) : TYPE());
  return winningMetaclass(start, bases);
}

/** `Meta.__prepare__(name, bases, **kw)`, or a new dict when the metaclass has none. */
export function prepareNamespace(
  meta: PyValue,
  name: string,
  bases: PyValue[],
  kw: Kwargs,
): PyValue {
  if (!(meta instanceof PyClass) || meta.lookup('__prepare__') === undefined) return new PyDict();
  return callValue(getAttr(meta, '__prepare__'), [name, new PyTuple(bases.slice())], kw);
}

/** The class namespace a metaclass was given, as the Map a PyClass keeps. */
function namespaceMap(ns: PyValue): Map<string, PyValue> {
  const d = payloadOf(ns);
  if (!(d instanceof PyDict)) {
    throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
  }
  const out = new Map<string, PyValue>();
  for (const { key, value } of d.map.values()) {
    if (typeof key === 'string') out.set(key, value);
  }
  return out;
}

/** `type.__new__(mcs, name, bases, ns, **kw)`: the class, made with `mcs` as its metaclass. */
function typeNew(args: PyValue[], kw: Kwargs): PyValue {
  const mcs = args[0];
  if (!(mcs instanceof PyClass)) {
    throw typeError(`type.__new__(X): X is not a type object (${typeName(mcs)})`);
  }
  if (!isMetaclass(mcs)) {
    throw typeError(`type.__new__(${mcs.name}): ${mcs.name} is not a subtype of type`);
  }
  if (args.length !== 4) {
    throw typeError(`type.__new__() takes exactly 3 arguments (${args.length - 1} given)`);
  }
  const [, name, bases, ns] = args;
  if (typeof name !== 'string') {
    throw typeError(`type.__new__() argument 1 must be str, not ${argTypeName(name)}`);
  }
  if (!(bases instanceof PyTuple)) {
    throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  }
  const winner = winningMetaclass(mcs, bases.items);
  if (winner !== mcs) {
    // A base's metaclass is more derived: its own __new__ makes the class, as in CPython.
    const own = ownNew(winner);
    if (own !== null) return callValue(own, [winner, name, bases, ns], kw);
  }
  const map = namespaceMap(ns);
  const qualname = map.get('__qualname__');
  if (qualname !== undefined && typeof qualname !== 'string') {
    throw typeError(`type __qualname__ must be a str, not ${typeName(qualname)}`);
  }
  map.delete('__qualname__');
  if (!map.has('__doc__')) map.set('__doc__', null);
  const abstract = winner.isSubclassOf(ABC_META);
  const cls = createClass(name, [...bases.items], map, abstract ? ABC_META : undefined);
  if (qualname !== undefined && qualname !== name) cls.qualname = qualname;
  if (isUserMetaclass(winner)) adopt(cls, winner);
  setNames(cls, rt.pos);
  initSubclass(cls, kw !== null && kw.size > 0 ? kw : null);
  return cls;
}

export const TYPE_NEW = new Builtin('__new__', typeNew);

/** `type.__init__(cls, name, bases, ns)`: nothing to do once __new__ made the class. */
export const TYPE_INIT = new NativeMethod(
  '__init__',
  'type',
  (_self: PyValue, args, kw) => {
    if (args.length !== 1 && args.length !== 3) {
      throw typeError('type.__init__() takes 1 or 3 arguments');
    }
    if (args.length === 1 && kw !== null && kw.size > 0) {
      throw typeError('type.__init__() takes no keyword arguments');
    }
    return null;
  },
  true,
);

/** `type.__call__(cls, *args)`: what calling a class does without a metaclass __call__. */
export const TYPE_CALL = new NativeMethod(
  '__call__',
  'type',
  (self: PyValue, args, kw) => {
    if (!(self instanceof PyClass)) {
      throw typeError(
        `descriptor '__call__' requires a 'type' object but received a '${typeName(self)}'`,
      );
    }
    return instantiateAsType(self, args, kw);
  },
  true,
);

/** `type.__setattr__(cls, name, v)`: the store a metaclass's own __setattr__ calls by super(). */
export const TYPE_SETATTR = new NativeMethod(
  '__setattr__',
  'type',
  (self: PyValue, args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('__setattr__() takes no keyword arguments');
    if (args.length !== 2) throw typeError(`expected 2 arguments, got ${args.length}`);
    const name = args[0];
    if (typeof name !== 'string') {
      throw typeError(`attribute name must be string, not '${typeName(name)}'`);
    }
    if (!(self instanceof PyClass)) {
      throw typeError(
        `descriptor '__setattr__' requires a 'type' object but received a '${typeName(self)}'`,
      );
    }
    classSet(self, name, args[1], false);
    return null;
  },
  true,
);

/** `type.name` for type's own methods a metaclass reaches by super(), or undefined. */
export function typeOwnMember(name: string): PyValue | undefined {
  switch (name) {
    case '__new__':
      return TYPE_NEW;
    case '__init__':
      return TYPE_INIT;
    case '__call__':
      return TYPE_CALL;
    case '__setattr__':
      return TYPE_SETATTR;
  }
  return undefined;
}

/** The metaclass's own `__new__` (implicitly static), or null for type's. */
function ownNew(mcs: PyClass): PyValue | null {
  const m = mcs.lookup('__new__');
  if (m === undefined || m instanceof NativeMethod || m === TYPE_NEW) return null;
  return m instanceof PyStaticMethod ? m.fn : m;
}

/**
 * Calling a metaclass `mcs` (`Meta(name, bases, ns)`, `type(name, bases, ns)`): its __new__
 * (type's by default), then the made class's metaclass's __init__ when it is an instance of
 * mcs, as type.__call__ does.
 */
export function makeClassWith(mcs: PyClass, args: PyValue[], kw: Kwargs): PyValue {
  const own = ownNew(mcs);
  const made = own === null ? typeNew([mcs, ...args], kw) : callValue(own, [mcs, ...args], kw);
  if (!(made instanceof PyClass)) return made;
  const t = typeOf(made);
  if (!t.isSubclassOf(mcs)) return made;
  const init = t.lookup('__init__');
  if (init !== undefined && !(init instanceof NativeMethod)) {
    const r = callValue(bind(init, made, t), args, kw);
    if (r !== null) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  }
  return made;
}

/** The metaclass's own method `name` (not type's nor object's), or undefined. */
function metaMethod(meta: PyClass, name: string): PyValue | undefined {
  const m = meta.lookup(name);
  return m === undefined || m === null || m instanceof NativeMethod ? undefined : m;
}

const hooks = new WeakMap<PyClass, ClassMeta>();

/**
 * Makes `cls` a class of the program's metaclass `meta`. A metaclass deriving from a native
 * one (`class Meta(EnumMeta)`) keeps what the native one does where it overrides nothing.
 */
function adopt(cls: PyClass, meta: PyClass): void {
  let h = hooks.get(meta);
  if (h === undefined) {
    const native = cls.meta !== null && meta.isSubclassOf(cls.meta.type) ? cls.meta : null;
    h = metaHooks(meta, native);
    hooks.set(meta, h);
  }
  cls.meta = h;
  const check = metaMethod(meta, '__instancecheck__');
  if (check !== undefined) {
    // CPython answers an exact type match before asking the metaclass.
    cls.instanceCheck = (v) =>
      typeOf(v) === cls || truthy(callValue(bind(check, cls, meta), [v], null));
  }
  const sub = metaMethod(meta, '__subclasscheck__');
  if (sub !== undefined) {
    cls.subclassCheck = (c) => truthy(callValue(bind(sub, cls, meta), [c], null));
  }
}

/**
 * What `type` (or the native metaclass `native` the metaclass derives from) does for a class,
 * sent to the metaclass's methods where it has them.
 */
function metaHooks(meta: PyClass, native: ClassMeta | null): ClassMeta {
  const h: {
    -readonly [K in keyof ClassMeta]: ClassMeta[K];
  } = {
    // The native metaclass's ways with the class body, its dict keys and its attributes.
    create: native?.create,
    guardSet: native?.guardSet,
    bodyStore: native?.bodyStore,
    keyValue: native?.keyValue,
    iterate: native?.iterate,
    contains: native?.contains,
    item: native?.item,
    type: meta,
    call(cls, args, kw) {
      const own = metaMethod(meta, '__call__');
      if (own === undefined) {
        return native?.call !== undefined
          ? native.call(cls, args, kw)
          : instantiateAsType(cls, args, kw);
      }
      return callValue(bind(own, cls, meta), args, kw);
    },
    repr(cls) {
      const own = metaMethod(meta, '__repr__');
      if (own === undefined)
        return native?.repr !== undefined ? native.repr(cls) : plainClassRepr(cls);
      const r = callValue(bind(own, cls, meta), [], null);
      if (typeof r !== 'string') {
        throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
      }
      return r;
    },
    setAttribute(cls, name, v, hooked) {
      const own = hooked ? metaMethod(meta, '__setattr__') : undefined;
      if (own !== undefined) {
        callValue(bind(own, cls, meta), [name, v], null);
        return true;
      }
      const d = meta.lookup(name);
      if (d instanceof PyProperty) {
        if (d.fset === null) {
          throw fail('AttributeError', `property '${name}' of '${meta.name}' object has no setter`);
        }
        callValue(d.fset, [cls, v], null);
        return true;
      }
      return d instanceof PyInstance && descriptorSet(d, cls, v);
    },
    attribute(cls, name) {
      const v = meta.lookup(name);
      if (v !== undefined) return bind(v, cls, meta);
      return this.missing!(cls, name);
    },
    missing(cls, name) {
      // The metaclass's __getattr__: what its classes answer for a name nothing defines.
      const hook = metaMethod(meta, '__getattr__');
      return hook === undefined ? undefined : callValue(bind(hook, cls, meta), [name], null);
    },
  };
  if (metaMethod(meta, '__iter__') !== undefined) {
    h.iterate = (cls) => {
      const it = callValue(bind(metaMethod(meta, '__iter__')!, cls, meta), [], null);
      return collect(it);
    };
  }
  if (metaMethod(meta, '__contains__') !== undefined) {
    h.contains = (cls, v) =>
      truthy(callValue(bind(metaMethod(meta, '__contains__')!, cls, meta), [v], null));
  }
  if (metaMethod(meta, '__getitem__') !== undefined) {
    h.item = (cls, k) => callValue(bind(metaMethod(meta, '__getitem__')!, cls, meta), [k], null);
  }
  if (native?.iterate !== undefined) {
    // The native len(C) counts C's own members, whatever the metaclass's __iter__ yields.
    const count = native.iterate;
    h.length = (cls) => BigInt(count(cls).length);
  }
  if (metaMethod(meta, '__len__') !== undefined) {
    h.length = (cls) => {
      const n = callValue(bind(metaMethod(meta, '__len__')!, cls, meta), [], null);
      if (typeof n === 'boolean') return n ? 1n : 0n;
      if (typeof n !== 'bigint') {
        throw typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
      }
      if (n < 0n) throw fail('ValueError', '__len__() should return >= 0');
      return n;
    };
  }
  return h;
}
