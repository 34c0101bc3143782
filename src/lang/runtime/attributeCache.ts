// Inline caches for `obj.name` and `obj.name = v` at one site of compiled code. When the
// object is an instance of the class the site saw last (unchanged since: same version),
// the attribute is an own property of the instance and nothing on the class intercepts it
// (no property or other data descriptor, no __slots__ refusal, no __setattr__ or __getattribute__ of the program's),
// so the site reads or writes the attribute store
// directly instead of walking the class's MRO.

import { isDataDescriptor } from './descriptors';
import { PyMemberDescriptor } from './memberDescriptor';
import { PyClass, PyExceptionObject, PyInstance, userHook } from './objects';
import type { PyValue } from './values';

/**
 * A data descriptor other than a slot's member descriptor: a slot is the instance's own
 * attribute, read and written directly (an unset one takes the general path).
 */
function plainDescriptor(v: PyValue | undefined): boolean {
  return isDataDescriptor(v) && !(v instanceof PyMemberDescriptor);
}

/** A reader for one site: the attribute's value, or undefined to take the general path. */
export function instanceReader(name: string): (o: PyInstance) => PyValue | undefined {
  let cls: PyClass | null = null;
  let version = -1;
  return (o) => {
    const c = o.cls;
    if (c !== cls || c.version !== version) {
      if (plainDescriptor(c.lookup(name)) || c.interceptsGet) return undefined;
      cls = c;
      version = c.version;
    }
    return o.attrs[name];
  };
}

/** A writer for one site: true when it stored the value, false to take the general path. */
export function instanceWriter(name: string): (o: PyInstance, v: PyValue) => boolean {
  // `o.__dict__ = d` replaces the attributes themselves; `o.__class__ = C` the class.
  if (name === '__dict__' || name === '__class__') return () => false;
  let cls: PyClass | null = null;
  let version = -1;
  return (o, v) => {
    const c = o.cls;
    if (c !== cls || c.version !== version) {
      if (
        o instanceof PyExceptionObject ||
        plainDescriptor(c.lookup(name)) ||
        userHook(c, '__setattr__') !== undefined ||
        (c.slotNames !== null && !c.slotNames.has(name))
      ) {
        return false;
      }
      cls = c;
      version = c.version;
    }
    const bag = o.attrs;
    // An attribute's first value is None for a moment: V8 then keeps the field as a tagged
    // pointer rather than an unboxed float, whose every read would box a new number.
    if (bag[name] === undefined) bag[name] = null;
    bag[name] = v;
    return true;
  };
}
