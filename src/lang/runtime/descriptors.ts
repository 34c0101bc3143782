// Python's descriptor protocol for objects of the program's classes (and native ones such as
// functools.cached_property): a class attribute whose class defines __get__ is asked for the
// value when read; one that also defines __set__ or __delete__ (a data descriptor) wins over
// the instance's own attributes and handles writes and deletes. `property` is the built-in
// data descriptor and keeps its own fast path; functions bind in instances.ts.

import { callValue } from './call';
import { catchable, exceptionOf } from './exceptions';
import { NativeMethod, PyClass, PyInstance, PyMethod, PyProperty } from './objects';
import { at, fail } from './state';
import { BoundMethod, type PyValue } from './values';

/** The descriptor's special method `name` bound to it, or undefined when its class lacks it. */
function hook(d: PyInstance, name: string): PyValue | undefined {
  const h = d.cls.lookup(name);
  if (h === undefined || h === null) return undefined;
  return h instanceof NativeMethod ? new BoundMethod(d, h.name, h.impl) : new PyMethod(h, d);
}

function defines(d: PyInstance, name: string): boolean {
  const h = d.cls.lookup(name);
  return h !== undefined && h !== null;
}

/** True for a class attribute that handles writes: a property, or an object with __set__/__delete__. */
export function isDataDescriptor(v: PyValue | undefined): boolean {
  if (v instanceof PyProperty) return true;
  return v instanceof PyInstance && (defines(v, '__set__') || defines(v, '__delete__'));
}

/** `d.__get__(instance, owner)` when d is an object whose class defines __get__, else undefined. */
export function descriptorGet(d: PyValue, instance: PyValue, owner: PyClass): PyValue | undefined {
  if (!(d instanceof PyInstance)) return undefined;
  const get = hook(d, '__get__');
  if (get === undefined) return undefined;
  return callValue(get, [instance, owner], null);
}

/** `d.__set__(instance, v)` for a data descriptor `d`; false when d is not one. */
export function descriptorSet(d: PyValue, instance: PyValue, v: PyValue): boolean {
  if (!(d instanceof PyInstance)) return false;
  const set = hook(d, '__set__');
  if (set !== undefined) {
    callValue(set, [instance, v], null);
    return true;
  }
  if (defines(d, '__delete__')) throw fail('AttributeError', '__set__');
  return false;
}

/** `d.__delete__(instance)` for a data descriptor `d`; false when d is not one. */
export function descriptorDelete(d: PyValue, instance: PyValue): boolean {
  if (!(d instanceof PyInstance)) return false;
  const del = hook(d, '__delete__');
  if (del !== undefined) {
    callValue(del, [instance], null);
    return true;
  }
  if (defines(d, '__set__')) throw fail('AttributeError', '__delete__');
  return false;
}

/**
 * What type.__new__ does once a class exists: each attribute of the class body whose class
 * defines __set_name__ learns its owner and name (a descriptor that stores under its name).
 * `site` is the class statement's.
 */
export function setNames(cls: PyClass, site: number): void {
  for (const [name, v] of [...cls.dict]) {
    if (v instanceof PyProperty) v.name = name;
    if (!(v instanceof PyInstance)) continue;
    const set = hook(v, '__set_name__');
    if (set === undefined) continue;
    try {
      callValue(set, [cls, name], null);
    } catch (e) {
      const err = catchable(e);
      if (err === null) throw e;
      // CPython 3.11 reports which attribute failed, at the class statement, with the error
      // as the cause.
      at(site);
      const wrapped = fail(
        'RuntimeError',
        `Error calling __set_name__ on '${v.cls.name}' instance '${name}' in '${cls.name}'`,
      );
      const obj = exceptionOf(wrapped);
      obj.cause = exceptionOf(err);
      obj.suppressContext = true;
      throw wrapped;
    }
  }
}
