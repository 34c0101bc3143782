// The methods of the built-in types read from the type itself: `str.lower`, `list.append`,
// `dict.fromkeys`, `object.__hash__`. An instance's method table is the one its values use
// (`"a".lower()`); read from the type, a method is unbound and takes the instance first
// (`map(str.upper, words)`, `sorted(xs, key=str.lower)`), with CPython's TypeError when
// given a value of another type.

import { payloadOf } from './builtinSubclass';
import { exactArgs, noKeywords } from './args';
import { fromkeysOf } from './dictFromkeys';
import { COUNTER_METHODS } from './methods/counterMethods';
import { DEFAULTDICT_METHODS } from './methods/defaultDictMethods';
import { DEQUE_METHODS } from './methods/dequeMethods';
import { DICT_METHODS } from './methods/dictMethods';
import { ORDERED_DICT_METHODS } from './methods/orderedDictMethods';
import { FROZENSET_METHODS, SET_METHODS } from './methods/setMethods';
import { LIST_METHODS, TUPLE_METHODS } from './methods/listMethods';
import { RANGE_METHODS } from './methods/rangeMethods';
import { FLOAT_METHODS, floatFromHex, INT_METHODS } from './methods/numberMethods';
import { STR_METHODS } from './methods/strMethods';
import { maketrans } from './methods/strMethodsMore';
import { OBJECT_NEW } from './instances';
import { typeOwnMember } from './metaclasses';
import { specialTypeAttribute } from './builtinSpecialMethods';
import {
  BYTEARRAY_FROMHEX,
  BYTEARRAY_METHODS,
  BYTES_FROMHEX,
  BYTES_MAKETRANS,
  BYTES_METHODS,
} from './methods/bytesMethods';
import { INT_FROM_BYTES } from './intBytes';
import { classGetItem } from './typeForms';
import { NativeMethod, PyClass } from './objects';
import { typeName } from './repr';
import { typeError } from './state';
import { isInstanceOf } from './types';
import { Builtin, type MethodImpl, type PyValue } from './values';

type MethodTable = ReadonlyMap<string, MethodImpl<never>>;

/**
 * The method table of each built-in type by name, made on first use: the tables' modules and
 * this one import each other through the runtime, so none may be read while modules load.
 */
let tables: Map<string, MethodTable> | null = null;

const methodTables = (): Map<string, MethodTable> =>
  (tables ??= new Map<string, MethodTable>([
    ['str', STR_METHODS as ReadonlyMap<string, MethodImpl<never>>],
    ['list', LIST_METHODS as ReadonlyMap<string, MethodImpl<never>>],
    ['tuple', TUPLE_METHODS as ReadonlyMap<string, MethodImpl<never>>],
    ['range', RANGE_METHODS as ReadonlyMap<string, MethodImpl<never>>],
    ['dict', DICT_METHODS as ReadonlyMap<string, MethodImpl<never>>],
    ['set', SET_METHODS as ReadonlyMap<string, MethodImpl<never>>],
    ['frozenset', FROZENSET_METHODS as ReadonlyMap<string, MethodImpl<never>>],
    ['int', INT_METHODS as ReadonlyMap<string, MethodImpl<never>>],
    ['bool', INT_METHODS as ReadonlyMap<string, MethodImpl<never>>],
    ['float', FLOAT_METHODS as ReadonlyMap<string, MethodImpl<never>>],
    ['bytes', BYTES_METHODS as ReadonlyMap<string, MethodImpl<never>>],
    ['bytearray', BYTEARRAY_METHODS as ReadonlyMap<string, MethodImpl<never>>],
    // collections' classes: `OrderedDict.move_to_end(od, k)`, `super().most_common(n)`.
    ['collections.OrderedDict', ORDERED_DICT_METHODS as ReadonlyMap<string, MethodImpl<never>>],
    ['collections.defaultdict', DEFAULTDICT_METHODS as ReadonlyMap<string, MethodImpl<never>>],
    ['Counter', COUNTER_METHODS as ReadonlyMap<string, MethodImpl<never>>],
    ['collections.deque', DEQUE_METHODS as ReadonlyMap<string, MethodImpl<never>>],
  ]));

/** float.fromhex(s), a class method CPython reads from the type. */
const FROMHEX = new Builtin('fromhex', (args, kw) => {
  exactArgs('fromhex', 1, args, kw);
  return floatFromHex(args[0]);
});

/** str.maketrans(x[, y[, z]]), a static method: no instance comes first. */
const MAKETRANS = new Builtin('maketrans', (args, kw) => {
  noKeywords('str.maketrans', kw);
  return maketrans(args);
});

/** Made once each, so that `str.lower is str.lower`. */
const made = new Map<string, PyValue>();

function unbound(cls: PyClass, name: string, impl: MethodImpl<never>): NativeMethod {
  return new NativeMethod(name, cls.name, (self: PyValue, args, kw) => {
    if (!isInstanceOf(self, cls)) {
      throw typeError(
        `descriptor '${name}' for '${cls.name}' objects doesn't apply to a '${typeName(self)}' object`,
      );
    }
    // An instance of a subclass (`list.append(stack, x)`) is worked on as its built-in value.
    return (impl as MethodImpl<PyValue>)(payloadOf(self), args, kw);
  });
}

/** `T.name` for a built-in type T whose class has no such member, or undefined. */
export function builtinTypeAttribute(cls: PyClass, name: string): PyValue | undefined {
  // A class method every class deriving from dict has, bound to the class.
  if (name === 'fromkeys') {
    const m = fromkeysOf(cls);
    if (m !== undefined) return m;
  }
  if (!cls.builtin) {
    // `C.__new__` of a class that defines none: its first built-in base's (object's).
    if (name === '__new__') {
      const base = cls.mro.find((c) => c.builtin);
      if (base !== undefined) return builtinTypeAttribute(base, name);
    }
    // A program's class has the special methods of the built-in classes it derives from.
    return specialTypeAttribute(cls, name);
  }
  const key = `${cls.name}.${name}`;
  const hit = made.get(key);
  if (hit !== undefined) return hit;
  let v: PyValue | undefined;
  if (key === 'float.fromhex') v = FROMHEX;
  else if (key === 'str.maketrans') v = MAKETRANS;
  else if (key === 'bytes.fromhex') v = BYTES_FROMHEX;
  else if (key === 'bytes.maketrans' || key === 'bytearray.maketrans') v = BYTES_MAKETRANS;
  else if (key === 'bytearray.fromhex') v = BYTEARRAY_FROMHEX;
  else if (key === 'int.from_bytes') v = INT_FROM_BYTES;
  else if (key === 'object.__new__') v = OBJECT_NEW;
  else if (name === '__class_getitem__' && classGetItem(cls) !== undefined) v = classGetItem(cls);
  else if (cls.makesClasses && typeOwnMember(name) !== undefined) v = typeOwnMember(name);
  else {
    const impl = methodTables().get(cls.name)?.get(name);
    if (impl !== undefined) v = unbound(cls, name, impl);
    // A special method (`int.__add__`, `object.__eq__`) is made by its own table.
    else return specialTypeAttribute(cls, name);
  }
  if (v !== undefined) made.set(key, v);
  return v;
}
