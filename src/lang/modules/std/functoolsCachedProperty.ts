// functools.cached_property: a non-data descriptor that computes the value on the first read
// and stores it in the instance's __dict__ under its own name, where later reads find it
// before the class attribute (so they cost a plain attribute read). Built on the runtime's
// descriptor protocol (runtime/descriptors.ts), as CPython's is a pure-Python class.

import { bindArgs } from '../../runtime/args';
import { callValue } from '../../runtime/call';
import { getAttr } from '../../runtime/attributes';
import { c3, NativeMethod, newAttrs, PyClass, PyInstance } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { typeError } from '../../runtime/state';
import { OBJECT } from '../../runtime/types';
import type { Kwargs, PyValue } from '../../runtime/values';

const NAME = 'cached_property';

function method(
  name: string,
  impl: (self: PyInstance, args: PyValue[], kw: Kwargs) => PyValue,
): [string, NativeMethod] {
  return [name, new NativeMethod(name, NAME, impl)];
}

function docOf(f: PyValue): PyValue {
  try {
    return getAttr(f, '__doc__');
  } catch {
    return null;
  }
}

export const CACHED_PROPERTY: PyClass = new PyClass(
  NAME,
  [OBJECT],
  new Map<string, PyValue>([
    ['__module__', 'functools'],
    method('__set_name__', (self, args, kw) => {
      const [, name] = bindArgs('__set_name__', ['owner', 'name'], 2, args, kw);
      const known = self.attrs.attrname;
      if (known === null || known === undefined) self.attrs.attrname = name!;
      else if (known !== name) {
        throw typeError(
          `Cannot assign the same cached_property to two different names (${repr(known)} and ${repr(name!)}).`,
        );
      }
      return null;
    }),
    method('__get__', (self, args, kw) => {
      const [instance] = bindArgs('__get__', ['instance', 'owner'], 1, args, kw);
      if (instance === null || instance === undefined) return self;
      const name = self.attrs.attrname;
      if (typeof name !== 'string') {
        throw typeError('Cannot use cached_property instance without calling __set_name__ on it.');
      }
      if (!(instance instanceof PyInstance) || instance.cls.slotNames !== null) {
        const owner = instance instanceof PyInstance ? instance.cls.name : repr(instance);
        throw typeError(
          `No '__dict__' attribute on '${owner}' instance to cache '${name}' property.`,
        );
      }
      const cached = instance.attrs[name];
      if (cached !== undefined) return cached;
      const v = callValue(self.attrs.func, [instance], null);
      instance.attrs[name] = v;
      return v;
    }),
  ]),
  null,
  true,
);
CACHED_PROPERTY.mro = c3(CACHED_PROPERTY, [OBJECT])!;
CACHED_PROPERTY.construct = (args, kw) => {
  const [func] = bindArgs('cached_property', ['func'], 1, args, kw);
  const o = new PyInstance(CACHED_PROPERTY, newAttrs());
  o.attrs.func = func!;
  o.attrs.attrname = null;
  o.attrs.__doc__ = docOf(func!);
  return o;
};
