// The member descriptors `__slots__` puts in a class's dict: `S.__dict__['x']` and `S.x` are
// `<member 'x' of 'S' objects>`, of type member_descriptor, with __get__, __set__ and
// __delete__ and CPython's errors (an unset slot reads as AttributeError, a descriptor of
// another class's objects refuses). An instance keeps its slots as its own attributes: the
// descriptor is a property whose functions read and write them, and an attribute site may
// read a slot directly (attributeCache.ts).

import { PyClass, PyInstance, PyProperty } from './objects';
import { fail, typeError } from './state';
import { typeName } from './typeName';
import { Builtin, BoundMethod, type PyValue } from './values';

export class PyMemberDescriptor extends PyProperty {
  constructor(
    /** The slot's name (mangled: `_S__y`). */
    readonly slot: string,
    /** The class whose `__slots__` named it (`__objclass__`). */
    readonly owner: PyClass,
    fget: Builtin,
    fset: Builtin,
    fdel: Builtin,
  ) {
    super(fget, fset, fdel);
  }
}

/** The member descriptor of `owner`'s slot `slot`: a property over the instance's attribute. */
function makeMember(slot: string, owner: PyClass): PyMemberDescriptor {
  const box: { d: PyMemberDescriptor | null } = { d: null };
  const d = new PyMemberDescriptor(
    slot,
    owner,
    new Builtin(slot, (args) => memberGet(box.d!, args[0] ?? null)),
    new Builtin(slot, (args) => memberSet(box.d!, args[0] ?? null, args[1] ?? null)),
    new Builtin(slot, (args) => memberDelete(box.d!, args[0] ?? null)),
  );
  box.d = d;
  return d;
}

/** The instance the descriptor applies to, or CPython's TypeError. */
function instanceFor(d: PyMemberDescriptor, obj: PyValue): PyInstance {
  if (!(obj instanceof PyInstance) || !obj.cls.isSubclassOf(d.owner)) {
    throw typeError(
      `descriptor '${d.slot}' for '${d.owner.name}' objects doesn't apply to a '${typeName(obj)}' object`,
    );
  }
  return obj;
}

/** `d.__get__(obj)`: the slot's value; the descriptor itself for obj None. */
export function memberGet(d: PyMemberDescriptor, obj: PyValue): PyValue {
  if (obj === null) return d;
  const o = instanceFor(d, obj);
  const v = o.attrs[d.slot];
  if (v === undefined) {
    throw fail('AttributeError', `'${o.cls.name}' object has no attribute '${d.slot}'`);
  }
  return v;
}

function memberSet(d: PyMemberDescriptor, obj: PyValue, v: PyValue): PyValue {
  instanceFor(d, obj).attrs[d.slot] = v;
  return null;
}

/** `del obj.x` of a slot: CPython's AttributeError names only the slot when it is unset. */
function memberDelete(d: PyMemberDescriptor, obj: PyValue): PyValue {
  const o = instanceFor(d, obj);
  if (o.attrs[d.slot] === undefined) throw fail('AttributeError', d.slot);
  delete o.attrs[d.slot];
  return null;
}

export function memberRepr(d: PyMemberDescriptor): string {
  return `<member '${d.slot}' of '${d.owner.name}' objects>`;
}

/** The descriptor's own attributes: __name__, __qualname__, __objclass__, __get__ … */
export function memberAttribute(d: PyMemberDescriptor, name: string): PyValue | undefined {
  switch (name) {
    case '__name__':
      return d.slot;
    case '__qualname__':
      return `${d.owner.qualifiedName}.${d.slot}`;
    case '__objclass__':
      return d.owner;
    case '__doc__':
      return null;
    case '__get__':
      return new BoundMethod(d, name, ((self: PyMemberDescriptor, args: PyValue[]) =>
        memberGet(self, args[0] ?? null)) as never);
    case '__set__':
      return new BoundMethod(d, name, ((self: PyMemberDescriptor, args: PyValue[]) =>
        memberSet(self, args[0] ?? null, args[1] ?? null)) as never);
    case '__delete__':
      return new BoundMethod(d, name, ((self: PyMemberDescriptor, args: PyValue[]) =>
        memberDelete(self, args[0] ?? null)) as never);
  }
  return undefined;
}

/** Each of the class's own slots as a member descriptor in its dict, in sorted order (CPython's). */
export function addMemberDescriptors(cls: PyClass, own: readonly string[]): void {
  if (own.length === 0) return;
  const dict = cls.dict;
  // A class without a docstring gets `__doc__ = None` after the members, as type_new adds it.
  const doc = dict.get('__doc__');
  const last = [...dict.keys()].pop();
  const docLast = last === '__doc__' && doc === null;
  if (docLast) dict.delete('__doc__');
  for (const slot of [...own].sort()) dict.set(slot, makeMember(slot, cls));
  if (docLast) dict.set('__doc__', null);
}
