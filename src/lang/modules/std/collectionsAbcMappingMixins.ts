// The mixin methods CPython's collections.abc.Mapping and MutableMapping define in Python,
// for a program's class deriving from them: all go through the class's own __getitem__,
// __iter__, __len__ (and __setitem__, __delitem__), so a subclass's override is seen.

import { callValue } from '../../runtime/call';
import { eq } from '../../runtime/equality';
import { keyError } from '../../runtime/exceptions';
import { fail } from '../../runtime/state';
import { collect, iterate } from '../../runtime/iteration';
import { NativeMethod, type PyClass } from '../../runtime/objects';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { delItem, getItem, setItem } from '../../runtime/subscript';
import { isInstanceOf } from '../../runtime/types';
import { storeKeysOrPairs } from '../../runtime/orderedDictWrites';
import { PyDict, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import { defArgs, onKeyError, viewClass } from './collectionsChainMap';

type Impl = (self: PyValue, args: PyValue[], kw: Kwargs) => PyValue;

function method(cls: PyClass, name: string, impl: Impl): void {
  cls.dict.set(name, new NativeMethod(name, cls.name, impl as never));
}

/** KeysView, ItemsView, ValuesView: made once, shared with ChainMap's. */
let views: Record<'keys' | 'items' | 'values', PyClass> | null = null;

function viewsOnce(): Record<'keys' | 'items' | 'values', PyClass> {
  views ??= { keys: viewClass('keys'), items: viewClass('items'), values: viewClass('values') };
  return views;
}

/** A dict of the mapping's items, as `dict(m.items())` makes in Mapping.__eq__. */
function asDict(m: PyValue): PyDict {
  const d = new PyDict();
  for (const k of collect(m)) setItem(d, k, getItem(m, k));
  return d;
}

/** Mapping's get, __contains__, keys, items, values and __eq__ (`mapping`: the Mapping class). */
export function addMappingMixins(cls: PyClass, mapping: PyClass): void {
  method(cls, 'get', (self, args, kw) => {
    const [key, dflt] = defArgs('Mapping.get', ['key', 'default'], 1, args, kw);
    return onKeyError(
      () => getItem(self, key!),
      () => dflt ?? null,
    );
  });
  method(cls, '__contains__', (self, args) =>
    onKeyError(
      () => (getItem(self, args[0]), true),
      () => false,
    ),
  );
  for (const kind of ['keys', 'items', 'values'] as const) {
    method(cls, kind, (self, args, kw) => {
      defArgs(`Mapping.${kind}`, [], 0, args, kw);
      return callValue(viewsOnce()[kind], [self], null);
    });
  }
  method(cls, '__eq__', (self, args) => {
    if (!isInstanceOf(args[0], mapping)) return NOT_IMPLEMENTED;
    return eq(asDict(self), asDict(args[0]));
  });
  // Mapping defines __eq__, so its instances are unhashable, as CPython's.
  cls.dict.set('__hash__', null);
}

/** MutableMapping's pop, popitem, clear, update and setdefault. */
export function addMutableMappingMixins(cls: PyClass, mapping: PyClass): void {
  method(cls, 'pop', (self, args, kw) => {
    const [key, dflt] = defArgs('MutableMapping.pop', ['key', 'default'], 1, args, kw);
    return onKeyError(
      () => {
        const v = getItem(self, key!);
        delItem(self, key!);
        return v;
      },
      () => {
        if (dflt === undefined) throw keyError(key!);
        return dflt;
      },
    );
  });
  method(cls, 'popitem', (self, args, kw) => {
    defArgs('MutableMapping.popitem', [], 0, args, kw);
    const key = iterate(self).next();
    if (key === undefined) {
      throw fail('KeyError', '');
    }
    const v = getItem(self, key);
    delItem(self, key);
    return new PyTuple([key, v]);
  });
  method(cls, 'clear', (self, args, kw) => {
    defArgs('MutableMapping.clear', [], 0, args, kw);
    for (let key = iterate(self).next(); key !== undefined; key = iterate(self).next()) {
      delItem(self, key);
    }
    return null;
  });
  method(cls, 'update', (self, args, kw) => {
    const [other] = defArgs('MutableMapping.update', ['other'], 0, args, null);
    if (other !== undefined) updateFrom(self, other, mapping);
    for (const [k, v] of kw ?? []) setItem(self, k, v);
    return null;
  });
  method(cls, 'setdefault', (self, args, kw) => {
    const [key, dflt] = defArgs('MutableMapping.setdefault', ['key', 'default'], 1, args, kw);
    return onKeyError(
      () => getItem(self, key!),
      () => {
        setItem(self, key!, dflt ?? null);
        return dflt ?? null;
      },
    );
  });
}

/** update's positional argument: a Mapping, something with keys(), or (key, value) pairs. */
function updateFrom(self: PyValue, other: PyValue, mapping: PyClass): void {
  if (isInstanceOf(other, mapping)) {
    for (const k of collect(other)) setItem(self, k, getItem(other, k));
    return;
  }
  // `for key, value in other: self[key] = value`: Python's own unpacking message.
  storeKeysOrPairs(self, other, (n) => `not enough values to unpack (expected 2, got ${n})`);
}
