// Classes deriving from a built-in data type: `class Vocab(dict)`, `class Stack(list)`,
// `class Token(str)`, `class Count(int)`, `class Color(str, Enum)`. An instance is a
// PyBuiltinInstance: a user instance (its class, its own attributes) that carries a value of
// the built-in type, its payload. The operations on it go through the special-method door
// (instances.ts's callSpecial), where a special method the program wrote above the built-in
// base answers first, as in CPython, and anything else is the built-in's own behaviour on the
// payload (builtinPayloadSpecials.ts). Methods the program calls by name (`d.get(k)`,
// `super().append(x)`, `list.append(self, x)`) reach the payload's method when the class does
// not override them. Built-in methods never call the program's overrides (dict.update does not
// call a __setitem__ the subclass wrote), as in CPython, but for OrderedDict's writers
// (orderedDictWrites.ts).

import { TgradError } from '../errors';
import { errorClass } from './exceptions';
import { callValue } from './call';
import { bind } from './instances';
import { orderedDictWriter } from './orderedDictWrites';
import { NativeMethod, newAttrs, PyClass, PyInstance, PyStaticMethod } from './objects';
import { typeError } from './state';
import { setItem } from './subscript';
import { typeName } from './typeName';
import {
  Builtin,
  PyDeque,
  PyDict,
  PyFrozenSet,
  PyIterator,
  PySet,
  type Kwargs,
  type PyValue,
} from './values';

/** An instance of a class deriving from a built-in data type, with the built-in value it is. */
export class PyBuiltinInstance extends PyInstance {
  constructor(
    cls: PyClass,
    /** The built-in value: a list, a PyDict, a str, an int… (replaced by the type's __init__). */
    public payload: PyValue,
  ) {
    super(cls, newAttrs());
  }
}

/** The built-in types a class may derive from, by their class names (types.ts's registry). */
const DERIVABLE = new Set([
  'dict',
  'list',
  'str',
  'int',
  'float',
  'tuple',
  'set',
  'frozenset',
  'collections.defaultdict',
  'collections.OrderedDict',
  'Counter',
  'collections.deque',
  // The lazy iterators: `class Numbered(enumerate)`, a __next__ of its own over super()'s.
  'enumerate',
  'zip',
  'map',
  'filter',
  'reversed',
]);

/** The ones whose value is made by __new__ (the others are filled by __init__). */
const IMMUTABLE = new Set([
  'str',
  'int',
  'bool',
  'float',
  'tuple',
  'frozenset',
  'enumerate',
  'zip',
  'map',
  'filter',
  'reversed',
]);

/** The built-in value of `v` when it is an instance of a built-in type's subclass, else `v`. */
export function payloadOf(v: PyValue): PyValue {
  return v instanceof PyBuiltinInstance ? v.payload : v;
}

/** True for a built-in class a program's class may derive from (besides object and exceptions). */
export function isDerivableBuiltin(b: PyClass): boolean {
  return b.builtin && b.meta === null && DERIVABLE.has(b.name);
}

/**
 * The built-in data type the class made from `bases` derives from (the most derived one), or
 * null; CPython's TypeErrors for bases whose instances could not be one object.
 */
export function builtinBaseOf(
  bases: readonly PyClass[],
  hasExceptionBase: boolean,
): PyClass | null {
  let found: PyClass | null = null;
  for (const b of bases) {
    if (b.builtin && b.name === 'bool') {
      throw typeError("type 'bool' is not an acceptable base type");
    }
    const own = isDerivableBuiltin(b) ? b : b.builtinBase;
    if (own === null) continue;
    if (found === null || own.isSubclassOf(found)) found = own;
    else if (!found.isSubclassOf(own)) {
      throw typeError('multiple bases have instance lay-out conflict');
    }
  }
  if (found !== null && hasExceptionBase) {
    throw typeError('multiple bases have instance lay-out conflict');
  }
  if (found !== null) installConstructors(found);
  return found;
}

/**
 * What the class `cls` itself (or a class between it and its built-in base) defines for
 * `name`; undefined when the built-in base is reached first, so the built-in's behaviour holds.
 */
export function overrideOf(cls: PyClass, name: string): PyValue | undefined {
  const base = cls.builtinBase;
  for (const c of cls.mro) {
    if (c === base) return undefined;
    const v = c.dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The built-in value `base(args…)` makes (the type's own constructor). */
function construct(base: PyClass, args: PyValue[], kw: Kwargs): PyValue {
  return base.construct!(args, kw);
}

/** The payload of a new instance of `cls` before __init__: the value, or an empty container. */
function freshPayload(base: PyClass, args: PyValue[], kw: Kwargs): PyValue {
  return IMMUTABLE.has(base.name) ? construct(base, args, kw) : construct(base, [], null);
}

/**
 * `T.__new__(cls, …)` and `T.__init__(self, …)` for a derivable built-in T, set on T the first
 * time a class derives from it: what `super().__new__(cls, value)` and `super().__init__(…)`
 * reach. __new__ makes the instance (with its value, for str, int, float, tuple, frozenset);
 * __init__ fills the container (list, dict, set and dict's kinds). `newOnly`: bool, which
 * cannot be derived from, has a __new__ of its own but object's __init__.
 */
export function installConstructors(base: PyClass, newOnly = false): void {
  if (!base.dict.has('__new__')) {
    const make = new Builtin('__new__', (args, kw) => {
      if (args.length === 0) throw typeError(`${base.name}.__new__(): not enough arguments`);
      const target = args[0];
      if (!(target instanceof PyClass)) {
        throw typeError(`${base.name}.__new__(X): X is not a type object (${typeName(target)})`);
      }
      if (!target.isSubclassOf(base)) {
        throw typeError(
          `${base.name}.__new__(${target.name}): ${target.name} is not a subtype of ${base.name}`,
        );
      }
      const rest = args.slice(1);
      // `list.__new__(list, [1])` is an empty list: __init__ fills a mutable value.
      if (target.builtinBase === null) return freshPayload(target, rest, kw);
      const payload = freshPayload(target.builtinBase, rest, kw);
      return foreignIterator(target.builtinBase, payload)
        ? payload
        : new PyBuiltinInstance(target, payload);
    });
    base.setMember('__new__', new PyStaticMethod(make));
  }
  if (!newOnly && !base.dict.has('__init__')) {
    base.setMember(
      '__init__',
      new NativeMethod('__init__', base.name, (self: PyValue, args, kw) => {
        if (self instanceof PyBuiltinInstance) {
          const kind = self.cls.builtinBase!;
          if (!IMMUTABLE.has(kind.name)) fill(self, kind, args, kw);
        }
        return null;
      }),
    );
  }
}

/**
 * True for what reversed.__new__ returns from a sequence's own __reversed__ (a list's
 * list_reverseiterator): CPython returns it, not an instance of the subclass.
 */
function foreignIterator(base: PyClass, payload: PyValue): boolean {
  return (
    base.name === 'reversed' && !(payload instanceof PyIterator && payload.typeName === 'reversed')
  );
}

/** An instance of `cls` (deriving from a built-in type) whose value is `base(args…)`, without __init__. */
export function newBuiltinInstance(cls: PyClass, args: PyValue[]): PyBuiltinInstance {
  return new PyBuiltinInstance(cls, freshPayload(cls.builtinBase!, args, null));
}

/**
 * Calling a class that derives from a built-in type: its `__new__` (the program's, else the
 * built-in's, which takes the value for an immutable type), then its `__init__` (the program's,
 * else the built-in's, which fills a container from the arguments).
 */
export function instantiateBuiltinSubclass(cls: PyClass, args: PyValue[], kw: Kwargs): PyValue {
  const base = cls.builtinBase!;
  const userNew = overrideOf(cls, '__new__');
  let o: PyValue;
  if (userNew !== undefined && userNew !== null) {
    const fn = userNew instanceof PyStaticMethod ? userNew.fn : userNew;
    o = callValue(fn, [cls, ...args], kw);
    // A __new__ returning something else skips __init__, as in CPython.
    if (!(o instanceof PyInstance) || !o.cls.isSubclassOf(cls)) return o;
  } else {
    const payload = freshPayload(base, args, kw);
    if (foreignIterator(base, payload)) return payload;
    o = new PyBuiltinInstance(cls, payload);
  }
  const init = overrideOf(cls, '__init__');
  if (init !== undefined && init !== null) {
    const r = callValue(bind(init, o, cls), args, kw);
    if (r !== null) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  } else if (o instanceof PyBuiltinInstance && !IMMUTABLE.has(base.name)) {
    fill(o, base, args, kw);
  }
  return o;
}

/**
 * The built-in __init__ of a container: its value made from the arguments. OrderedDict's
 * stores each item through the class's own __setitem__ when it has one, as CPython's
 * (an update through `self[k] = v`); dict's, list's and set's never call it.
 */
function fill(o: PyBuiltinInstance, kind: PyClass, args: PyValue[], kw: Kwargs): void {
  const ownSet =
    kind.name === 'collections.OrderedDict' ? overrideOf(o.cls, '__setitem__') : undefined;
  if (ownSet === undefined || ownSet === null) {
    o.payload = construct(kind, args, kw);
    return;
  }
  const items = construct(kind, args, kw) as PyDict;
  o.payload = construct(kind, [], null);
  for (const e of [...items.map.values()]) setItem(o, e.key, e.value);
}

/**
 * The hash key of an instance whose class leaves __hash__ to its built-in base: its value's
 * (so `Color.RED` finds the key 'red'), or the built-in's TypeError for a list, dict or set;
 * undefined when the program's class defines __hash__ (or sets it to None).
 */
export function builtinSubclassKey(v: PyInstance, keyOf: (payload: PyValue) => unknown): unknown {
  if (overrideOf(v.cls, '__hash__') !== undefined) return undefined;
  const p = payloadOf(v);
  if (
    Array.isArray(p) ||
    p instanceof PyDict ||
    p instanceof PyDeque ||
    (p instanceof PySet && !(p instanceof PyFrozenSet))
  ) {
    throw typeError(`unhashable type: '${v.cls.name}'`);
  }
  return keyOf(p);
}

/**
 * `o.name` for a name neither the class nor the instance has: the built-in value's attribute
 * (`d.items`, `s.upper`, `n.real`), or undefined.
 */
export function payloadAttribute(
  o: PyBuiltinInstance,
  name: string,
  getAttr: (v: PyValue, name: string) => PyValue,
): PyValue | undefined {
  const p = o.payload;
  // deque.copy() on a subclass's instance calls the class on it, as CPython's deque_copy.
  if (name === 'copy' && p instanceof PyDeque) {
    const args = p.maxlen === null ? [o] : [o, BigInt(p.maxlen)];
    return new Builtin('copy', () => callValue(o.cls, args, null));
  }
  const write = orderedDictWriter(o, p, name);
  if (write !== undefined) return write;
  try {
    return getAttr(p, name);
  } catch (e) {
    if (e instanceof TgradError && errorClass(e).name === 'AttributeError') return undefined;
    throw e;
  }
}
