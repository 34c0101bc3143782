// weakref.ref, weakref.proxy and the check that a value can be weakly referenced.
//
// ToyGrad's values live in JavaScript's heap, where nothing counts references: the interpreter
// cannot know the moment a program drops its last reference to an object (CPython frees it
// then, and its weak references die at once). A ToyGrad weak reference therefore holds its
// object as long as the reference itself lives: `r()` always returns the object, callbacks
// never run, and the weak collections keep their entries until the program removes them.
// What a program sees while its objects are alive is CPython's; docs/language.md says the rest.

import { getAttr, setAttr, delAttr } from '../../runtime/attributes';
import { binary } from '../../runtime/arith';
import { callValue } from '../../runtime/call';
import { contains, eq, order } from '../../runtime/equality';
import { hashOf } from '../../builtins/types';
import { iterate } from '../../runtime/iteration';
import {
  c3,
  NativeMethod,
  newInstanceAttrs,
  PyClass,
  PyInstance,
  PyProperty,
} from '../../runtime/objects';
import { fakeAddress, str } from '../../runtime/repr';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { typeError } from '../../runtime/state';
import { getItem, setItem, delItem } from '../../runtime/subscript';
import { truthy } from '../../runtime/truth';
import { OBJECT } from '../../runtime/types';
import { typeName } from '../../runtime/typeName';
import {
  Builtin,
  PyDict,
  PyFrozenSet,
  PyFunction,
  PyIterator,
  PyModule,
  PySet,
  PyTuple,
  type Kwargs,
  type MethodImpl,
  type PyValue,
} from '../../runtime/values';
import { length } from '../../builtins/lengthAndRange';

/** Built-in bases whose subclasses' instances cannot be weakly referenced (CPython's layout). */
const NO_WEAKREF_BASES = new Set(['int', 'str', 'tuple', 'bytes', 'bool', 'float', 'complex']);

/** Whether `__weakref__` is among the slots a class along the MRO declares. */
function declaresWeakrefSlot(cls: PyClass): boolean {
  return cls.mro.some((c) => {
    const slots = c.dict.get('__slots__');
    if (slots === undefined) return false;
    if (slots === '__weakref__') return true;
    return (
      (Array.isArray(slots) || slots instanceof PyTuple) &&
      (Array.isArray(slots) ? slots : slots.items).includes('__weakref__')
    );
  });
}

/** Whether CPython lets `v` be weakly referenced. */
function weakReferenceable(v: PyValue): boolean {
  if (v instanceof PyInstance) {
    const cls = v.cls;
    if (cls.builtinBase !== null && NO_WEAKREF_BASES.has(cls.builtinBase.name)) return false;
    // A class whose every base has __slots__ has no __weakref__ unless a slot names it.
    return cls.slotNames === null || declaresWeakrefSlot(cls);
  }
  if (v instanceof PyIterator) return v.typeName === 'generator';
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  return (
    v instanceof PyClass ||
    v instanceof PyFunction ||
    v instanceof Builtin ||
    v instanceof PySet ||
    v instanceof PyFrozenSet ||
    v instanceof PyModule ||
    // ToyGrad's own Value, MLP and such (and bound methods, files, deques) take weak references
    // as CPython's objects of a class do.
    (!(v instanceof PyTuple || v instanceof PyDict) &&
      !['bytes', 'bytearray', 'range', 'slice', 'NoneType'].includes(typeName(v)))
  );
}

/** CPython's TypeError for a value that cannot be weakly referenced. */
export function checkReferenceable(v: PyValue): void {
  if (!weakReferenceable(v)) {
    throw typeError(`cannot create weak reference to '${typeName(v)}' object`);
  }
}

interface RefState {
  target: PyValue;
  callback: PyValue;
}

/** The object and callback of each weak reference and proxy. */
const STATE = new WeakMap<PyInstance, RefState>();
/** The weak references and proxies to each object, oldest first (getweakrefcount). */
const REFS_TO = new WeakMap<object, PyInstance[]>();
/** Each object's reference without a callback: `ref(o) is ref(o)`, as in CPython. */
const PLAIN_REF = new WeakMap<object, PyInstance>();

const identityOf = (v: PyValue): object => v as object;

function stateOf(self: PyInstance): RefState {
  const s = STATE.get(self);
  if (s === undefined) throw typeError('weakref object is not initialized');
  return s;
}

/** The referent of a weakref made here, or undefined when `v` is not one. */
export function referent(v: PyValue): PyValue | undefined {
  return v instanceof PyInstance ? STATE.get(v)?.target : undefined;
}

export function makeClass(
  name: string,
  methods: [string, MethodImpl<PyInstance>][],
  bases: PyClass[] = [OBJECT],
): PyClass {
  const dict = new Map<string, PyValue>([['__module__', 'weakref']]);
  for (const [m, impl] of methods) dict.set(m, new NativeMethod(m, name, impl));
  const cls = new PyClass(name, bases, dict, null, true);
  cls.mro = c3(cls, bases)!;
  return cls;
}

/** A new weak reference (or proxy) of class `cls` to `target`, counted as one to `owner`. */
export function newRef(
  cls: PyClass,
  target: PyValue,
  callback: PyValue,
  owner = target,
): PyInstance {
  const r = new PyInstance(cls, newInstanceAttrs(cls));
  STATE.set(r, { target, callback });
  const key = identityOf(owner);
  const list = REFS_TO.get(key) ?? [];
  list.push(r);
  REFS_TO.set(key, list);
  return r;
}

/** All weak references and proxies to `v` (getweakrefs). */
export function refsTo(v: PyValue): PyInstance[] {
  if (v === null || typeof v !== 'object') return [];
  return REFS_TO.get(v)?.slice() ?? [];
}

/** `<weakref at 0x…; to 'A' at 0x…>`, with the name of a function or class after it. */
function refRepr(self: PyInstance, kind: string): string {
  const t = stateOf(self).target;
  const named = t instanceof PyFunction || t instanceof PyClass || t instanceof Builtin;
  const name = named ? ` (${str(getAttr(t, '__name__'))})` : '';
  return `<${kind} at ${fakeAddress(self)}; to '${typeName(t)}' at ${fakeAddress(identityOf(t))}${name}>`;
}

export const REF_CLASS = makeClass('ReferenceType', [
  [
    '__call__',
    (self, args) => {
      if (args.length > 0) throw typeError(`weakref expected 0 arguments, got ${args.length}`);
      return stateOf(self).target;
    },
  ],
  ['__repr__', (self) => refRepr(self, 'weakref')],
  ['__hash__', (self) => hashOf(stateOf(self).target)],
  [
    '__eq__',
    (self, args) => {
      const other = referent(args[0]);
      if (other === undefined) return NOT_IMPLEMENTED;
      return eq(stateOf(self).target, other);
    },
  ],
  [
    '__ne__',
    (self, args) => {
      const other = referent(args[0]);
      if (other === undefined) return NOT_IMPLEMENTED;
      return !eq(stateOf(self).target, other);
    },
  ],
]);
REF_CLASS.dict.set(
  '__callback__',
  new PyProperty(
    new Builtin('__callback__', (args) => stateOf(args[0] as PyInstance).callback),
    null,
    null,
    null,
    '__callback__',
  ),
);

/** weakref.ref(object[, callback]). */
export function makeRef(args: PyValue[], kw: Kwargs): PyValue {
  if (kw !== null && kw.size > 0) throw typeError('ref() takes no keyword arguments');
  if (args.length === 0) throw typeError('__new__ expected at least 1 argument, got 0');
  if (args.length > 2) throw typeError(`__new__ expected at most 2 arguments, got ${args.length}`);
  const [target, callback = null] = args;
  checkReferenceable(target);
  if (callback !== null) return newRef(REF_CLASS, target, callback);
  const key = identityOf(target);
  let r = PLAIN_REF.get(key);
  if (r === undefined) PLAIN_REF.set(key, (r = newRef(REF_CLASS, target, null)));
  return r;
}
REF_CLASS.construct = makeRef;

const target = (self: PyInstance): PyValue => stateOf(self).target;

/** A proxy's method that applies `op` to its object and the arguments. */
const forward =
  (op: (t: PyValue, args: PyValue[], kw: Kwargs) => PyValue): MethodImpl<PyInstance> =>
  (self, args, kw) =>
    op(target(self), args, kw ?? null);

const BINARY: [string, Parameters<typeof binary>[0]][] = [
  ['add', '+'],
  ['sub', '-'],
  ['mul', '*'],
  ['truediv', '/'],
  ['floordiv', '//'],
  ['mod', '%'],
  ['pow', '**'],
  ['matmul', '@'],
];

function proxyMethods(): [string, MethodImpl<PyInstance>][] {
  const methods: [string, MethodImpl<PyInstance>][] = [
    ['__getattr__', forward((t, a) => getAttr(t, a[0] as string))],
    ['__setattr__', forward((t, a) => (setAttr(t, a[0] as string, a[1]), null))],
    ['__delattr__', forward((t, a) => (delAttr(t, a[0] as string), null))],
    ['__repr__', (self) => refRepr(self, 'weakproxy')],
    ['__str__', forward((t) => str(t))],
    ['__bool__', forward((t) => truthy(t))],
    ['__len__', forward((t) => length(t))],
    ['__iter__', forward((t) => iterate(t))],
    ['__contains__', forward((t, a) => contains(t, a[0]))],
    ['__getitem__', forward((t, a) => getItem(t, a[0]))],
    ['__setitem__', forward((t, a) => (setItem(t, a[0], a[1]), null))],
    ['__delitem__', forward((t, a) => (delItem(t, a[0]), null))],
    ['__eq__', forward((t, a) => eq(t, referent(a[0]) ?? a[0]))],
    ['__ne__', forward((t, a) => !eq(t, referent(a[0]) ?? a[0]))],
  ];
  for (const [name, op] of BINARY) {
    methods.push([`__${name}__`, forward((t, a) => binary(op, t, referent(a[0]) ?? a[0]))]);
    methods.push([`__r${name}__`, forward((t, a) => binary(op, referent(a[0]) ?? a[0], t))]);
  }
  for (const op of ['<', '<=', '>', '>='] as const) {
    const name = { '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' }[op];
    methods.push([`__${name}__`, forward((t, a) => order(op, t, referent(a[0]) ?? a[0]))]);
  }
  return methods;
}

/** A proxy's __hash__: CPython's proxy types name themselves with their module in the error. */
function unhashable(name: string): NativeMethod {
  return new NativeMethod('__hash__', name, () => {
    throw typeError(`unhashable type: '${name}'`);
  });
}

export const PROXY_CLASS = makeClass('ProxyType', proxyMethods());
PROXY_CLASS.dict.set('__hash__', unhashable('weakref.ProxyType'));
export const CALLABLE_PROXY_CLASS = makeClass('CallableProxyType', [
  ...proxyMethods(),
  ['__call__', forward((t, a, kw) => callValue(t, a, kw))],
]);
CALLABLE_PROXY_CLASS.dict.set('__hash__', unhashable('weakref.ProxyType'));

/** weakref.proxy(object[, callback]): a callable object gets a CallableProxyType. */
export const proxyFunction = new Builtin('proxy', (args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('proxy() takes no keyword arguments');
  if (args.length === 0) throw typeError('proxy expected at least 1 argument, got 0');
  if (args.length > 2) throw typeError(`proxy expected at most 2 arguments, got ${args.length}`);
  const [t, callback = null] = args;
  checkReferenceable(t);
  const callable =
    t instanceof PyClass ||
    t instanceof PyFunction ||
    t instanceof Builtin ||
    (t instanceof PyInstance && t.cls.lookup('__call__') !== undefined);
  return newRef(callable ? CALLABLE_PROXY_CLASS : PROXY_CLASS, t, callback);
});
