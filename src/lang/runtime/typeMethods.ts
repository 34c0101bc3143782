// The methods of the built-in types read from the type itself: `str.lower`, `list.append`,
// `dict.fromkeys`, `object.__hash__`. An instance's method table is the one its values use
// (`"a".lower()`); read from the type, a method is unbound and takes the instance first
// (`map(str.upper, words)`, `sorted(xs, key=str.lower)`), with CPython's TypeError when
// given a value of another type.

import { exactArgs, expectArgs, noKeywords } from './args';
import { hashKey } from './equality';
import { iterate } from './iteration';
import { DICT_METHODS } from './methods/dictMethods';
import { FROZENSET_METHODS, SET_METHODS } from './methods/setMethods';
import { LIST_METHODS, TUPLE_METHODS } from './methods/listMethods';
import { STR_METHODS } from './methods/strMethods';
import { NativeMethod, PyClass } from './objects';
import { objectNumber, typeName } from './repr';
import { rt, checkSize, typeError } from './state';
import { isInstanceOf } from './types';
import { Builtin, PyDict, type MethodImpl, type PyValue } from './values';

const TABLES = new Map<string, ReadonlyMap<string, MethodImpl<never>>>([
  ['str', STR_METHODS as ReadonlyMap<string, MethodImpl<never>>],
  ['list', LIST_METHODS as ReadonlyMap<string, MethodImpl<never>>],
  ['tuple', TUPLE_METHODS as ReadonlyMap<string, MethodImpl<never>>],
  ['dict', DICT_METHODS as ReadonlyMap<string, MethodImpl<never>>],
  ['set', SET_METHODS as ReadonlyMap<string, MethodImpl<never>>],
  ['frozenset', FROZENSET_METHODS as ReadonlyMap<string, MethodImpl<never>>],
]);

/** Made once each, so that `str.lower is str.lower`. */
const made = new Map<string, PyValue>();

/** dict.fromkeys(iterable, value=None): a dict of the keys, each with the same value. */
const FROMKEYS = new Builtin('fromkeys', (args, kw) => {
  noKeywords('dict.fromkeys', kw);
  expectArgs('fromkeys', args, 1, 2);
  const value = args[1] ?? null;
  const d = new PyDict();
  const it = iterate(args[0]);
  for (let key = it.next(); key !== undefined; key = it.next()) {
    const k = hashKey(key);
    if (d.map.has(k)) continue;
    if (d.map.size >= rt.maxItems) checkSize(d.map.size + 1, 'this dict');
    d.map.set(k, { key, value });
  }
  return d;
});

/** object.__hash__: the identity hash, for a class that defines __eq__ and keeps it. */
const OBJECT_HASH = new NativeMethod('__hash__', 'object', (self: PyValue, args, kw) => {
  noKeywords('object.__hash__', kw);
  exactArgs('__hash__', 0, args, null);
  return typeof self === 'object' && self !== null ? BigInt(objectNumber(self)) : hashOf(self);
});

function hashOf(v: PyValue): bigint {
  const k = hashKey(v);
  return typeof k === 'bigint' ? k : typeof k === 'number' ? BigInt(Math.trunc(k)) : 0n;
}

function unbound(cls: PyClass, name: string, impl: MethodImpl<never>): NativeMethod {
  return new NativeMethod(name, cls.name, (self: PyValue, args, kw) => {
    if (!isInstanceOf(self, cls)) {
      throw typeError(
        `descriptor '${name}' for '${cls.name}' objects doesn't apply to a '${typeName(self)}' object`,
      );
    }
    return (impl as MethodImpl<PyValue>)(self, args, kw);
  });
}

/** `T.name` for a built-in type T whose class has no such member, or undefined. */
export function builtinTypeAttribute(cls: PyClass, name: string): PyValue | undefined {
  if (!cls.builtin) return undefined;
  const key = `${cls.name}.${name}`;
  const hit = made.get(key);
  if (hit !== undefined) return hit;
  let v: PyValue | undefined;
  if (key === 'dict.fromkeys') v = FROMKEYS;
  else if (key === 'object.__hash__') v = OBJECT_HASH;
  else {
    const impl = TABLES.get(cls.name)?.get(name);
    if (impl !== undefined) v = unbound(cls, name, impl);
  }
  if (v !== undefined) made.set(key, v);
  return v;
}
