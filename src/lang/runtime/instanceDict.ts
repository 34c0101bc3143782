// An instance's `__dict__` (and `vars(obj)`): the instance's own attributes as a live dict,
// the same dict object every time. Attributes live in the instance's attribute bag, where the
// fast paths read them; the first time the program asks for the dict, the bag becomes a view
// of a PyDict, so writes through either side are seen by the other. Only the instances whose
// dict was asked for pay for that.

import { payloadOf } from './builtinSubclass';
import { newAttrs, type AttrBag, type PyInstance } from './objects';
import { fail, typeError } from './state';
import { typeName } from './repr';
import { PyDict, type PyValue } from './values';

const dicts = new WeakMap<PyInstance, PyDict>();

/** `o.__dict__`: the live dict of `o`'s attributes; an AttributeError for a `__slots__` instance. */
export function instanceDict(o: PyInstance): PyDict {
  const d = dicts.get(o);
  if (d !== undefined) return d;
  if (o.cls.slotNames !== null) {
    throw fail('AttributeError', `'${o.cls.name}' object has no attribute '__dict__'`);
  }
  const made = new PyDict();
  for (const k of Object.keys(o.attrs)) made.map.set(k, { key: k, value: o.attrs[k] });
  attach(o, made);
  return made;
}

/** `o.__dict__ = d`: `o`'s attributes become the dict `d`. */
export function setInstanceDict(o: PyInstance, v: PyValue): void {
  // `self.__dict__ = self` in a dict subclass: the attributes are the dict's items.
  v = payloadOf(v);
  if (!(v instanceof PyDict)) {
    throw typeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
  }
  attach(o, v);
}

function attach(o: PyInstance, d: PyDict): void {
  o.attrs = bagOver(d);
  dicts.set(o, d);
}

/** An attribute bag whose properties are the dict's str keys (its other keys are not names). */
function bagOver(d: PyDict): AttrBag {
  const map = d.map;
  return new Proxy(newAttrs(), {
    get: (_t, k) => (typeof k === 'string' ? map.get(k)?.value : undefined),
    set: (_t, k, v: PyValue) => {
      if (typeof k === 'string') map.set(k, { key: k, value: v });
      return true;
    },
    deleteProperty: (_t, k) => {
      if (typeof k === 'string') map.delete(k);
      return true;
    },
    has: (_t, k) => typeof k === 'string' && map.has(k),
    ownKeys: () => [...map.keys()].filter((k): k is string => typeof k === 'string'),
    getOwnPropertyDescriptor: (_t, k) => {
      const e = typeof k === 'string' ? map.get(k) : undefined;
      if (e === undefined) return undefined;
      return { value: e.value, writable: true, enumerable: true, configurable: true };
    },
  });
}
