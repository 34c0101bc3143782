// `obj.__class__ = Other` (object.__setattr__): the instance becomes an instance of Other, as
// the state pattern's `self.__class__ = ClosedState` uses it. CPython allows it between
// program-made classes whose instances are laid out alike: the same built-in base (object,
// list, ValueError…) and the same __slots__; otherwise CPython's TypeError.

import { PyClass, type PyInstance } from './objects';
import { typeName } from './repr';
import { typeError } from './state';
import type { PyValue } from './values';

/** The built-in class whose layout an instance of cls has (object for a plain class). */
function layoutBase(cls: PyClass): PyClass | undefined {
  return cls.mro.find((c) => c.builtin);
}

function sameSlots(a: PyClass, b: PyClass): boolean {
  if (a.slotNames === null || b.slotNames === null) return a.slotNames === b.slotNames;
  const x = [...a.slotNames];
  const y = [...b.slotNames];
  return x.length === y.length && x.every((n, i) => n === y[i]);
}

export function assignClass(o: PyInstance, v: PyValue): void {
  if (!(v instanceof PyClass)) {
    throw typeError(`__class__ must be set to a class, not '${typeName(v)}' object`);
  }
  if (v.builtin) {
    throw typeError(
      '__class__ assignment only supported for mutable types or ModuleType subclasses',
    );
  }
  const old = o.cls;
  if (layoutBase(v) !== layoutBase(old) || !sameSlots(v, old)) {
    throw typeError(`__class__ assignment: '${v.name}' object layout differs from '${old.name}'`);
  }
  o.cls = v;
}
