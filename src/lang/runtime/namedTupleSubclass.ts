// Subclasses of a namedtuple class (`class Point(namedtuple('Point', 'x y')): ...`, or of a
// typing.NamedTuple class). Their instances are still tuples (PyNamedTuple) whose `cls` is the
// subclass, so a namedtuple class takes over class creation and calling through its ClassMeta:
// the subclass gets a C3 MRO through the namedtuple class, tuple and object, and calling it
// runs the `__new__` found along that MRO (the namedtuple's own, or one the program wrote that
// reaches it through super()), then a program-written `__init__`.

import { callValue } from './call';
import { c3, newAttrs, PyClass, PyProperty, PyStaticMethod, type ClassMeta } from './objects';
import { typeName } from './typeName';
import { fail, typeError } from './state';
import { builtinClass, OBJECT, typeOf } from './types';
import { PyFunction, PyNamedTuple, type Kwargs, type PyValue } from './values';

/** `class Sub(Point, Mixin)`: the bases a namedtuple subclass may have, checked. */
function checkedBases(bases: PyValue[]): PyClass[] {
  const tuple = builtinClass('tuple');
  const out: PyClass[] = [];
  for (const b of bases) {
    if (!(b instanceof PyClass)) {
      throw typeError(`a class can only derive from classes, not from '${typeName(b)}'`);
    }
    const allowed = b.meta === NAMED_TUPLE_CLASS_META || b === tuple || b === OBJECT || !b.builtin;
    if (!allowed) {
      throw typeError(
        `a tgrad namedtuple subclass can also derive from object, tuple and the program's own classes, not from '${b.name}'`,
      );
    }
    if (out.includes(b)) throw typeError(`duplicate base class ${b.name}`);
    out.push(b);
  }
  return out;
}

function createSubclass(name: string, bases: PyValue[], ns: Map<string, PyValue>): PyClass {
  const bs = checkedBases(bases);
  if (!ns.has('__module__')) ns.set('__module__', '__main__');
  // As for any class: its own __eq__ without its own __hash__ makes instances unhashable.
  if (ns.has('__eq__') && !ns.has('__hash__')) ns.set('__hash__', null);
  // Like the namedtuple class itself, a built-in class: its instances are tuples, not objects.
  const cls = new PyClass(name, bs, ns, null, true);
  const mro = c3(cls, bs);
  if (mro === null) {
    throw typeError(
      `Cannot create a consistent method resolution\norder (MRO) for bases ${bs.map((b) => b.name).join(', ')}`,
    );
  }
  cls.mro = mro;
  cls.meta = NAMED_TUPLE_CLASS_META;
  for (const b of bs) b.subclasses.push(cls);
  return cls;
}

/** `Sub(1, 2)`: `__new__(Sub, 1, 2)`, then the program's `__init__` if the class has one. */
function callClass(cls: PyClass, args: PyValue[], kw: Kwargs): PyValue {
  const found = cls.lookup('__new__');
  const make = found instanceof PyStaticMethod ? found.fn : found;
  if (make === undefined || make === null) throw typeError(`cannot create '${cls.name}' instances`);
  const made = callValue(make, [cls, ...args], kw);
  const init = cls.lookup('__init__');
  if (init instanceof PyFunction && typeOf(made).isSubclassOf(cls)) {
    const r = callValue(init, [made, ...args], kw);
    if (r !== null) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  }
  return made;
}

/** The metaclass behaviour of every namedtuple class and its subclasses (`type` otherwise). */
export const NAMED_TUPLE_CLASS_META: ClassMeta = {
  type: builtinClass('type'),
  create: createSubclass,
  call: callClass,
};

/**
 * `p.name = v` on a namedtuple: a field is read-only, a property runs its setter, and an
 * instance of a subclass that left out `__slots__ = ()` keeps any other name in its own dict.
 * False when the instance takes no such attribute (the caller says so).
 */
export function setNamedTupleAttribute(self: PyNamedTuple, name: string, v: PyValue): boolean {
  if (self.fields.includes(name)) {
    // A field is a read-only property of the namedtuple class (CPython 3.11's message).
    throw fail('AttributeError', "can't set attribute");
  }
  const cv = self.cls.lookup(name);
  if (cv instanceof PyProperty) {
    if (cv.fset === null) {
      throw fail('AttributeError', `property '${name}' of '${self.cls.name}' object has no setter`);
    }
    callValue(cv.fset, [self, v], null);
    return true;
  }
  if (!hasInstanceDict(self.cls)) return false;
  (self.attrs ??= newAttrs())[name] = v;
  return true;
}

/** True when a class between `cls` and tuple leaves out `__slots__` (as the namedtuple's has). */
function hasInstanceDict(cls: PyClass): boolean {
  for (const c of cls.mro) {
    if (c.builtin && c.meta === null) return false;
    if (!c.dict.has('__slots__')) return true;
  }
  return false;
}
