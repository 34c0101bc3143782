// A property's three doors, as CPython's property type opens them: read, write and delete
// through its functions, each missing one an AttributeError naming the property (the name
// __set_name__ gave it, in a class body) and the object's type; and the same doors as
// methods, `p.__get__(obj)`, `p.__set__(obj, v)`, `p.__delete__(obj)`.

import { callValue } from './call';
import { PyProperty } from './objects';
import { typeName } from './repr';
import { fail, typeError } from './state';
import { BoundMethod, type PyValue } from './values';

type Door = 'getter' | 'setter' | 'deleter';

function missing(p: PyProperty, obj: PyValue, door: Door): never {
  const of = `of '${typeName(obj)}' object has no ${door}`;
  throw fail('AttributeError', p.name === null ? `property ${of}` : `property '${p.name}' ${of}`);
}

export function propertyGet(p: PyProperty, obj: PyValue): PyValue {
  if (p.fget === null) missing(p, obj, 'getter');
  return callValue(p.fget, [obj], null);
}

export function propertySet(p: PyProperty, obj: PyValue, v: PyValue): void {
  if (p.fset === null) missing(p, obj, 'setter');
  callValue(p.fset, [obj, v], null);
}

export function propertyDelete(p: PyProperty, obj: PyValue): void {
  if (p.fdel === null) missing(p, obj, 'deleter');
  callValue(p.fdel, [obj], null);
}

/** `p.__get__`, `p.__set__` and `p.__delete__` (CPython's method-wrappers), else undefined. */
export function propertyDoor(p: PyProperty, name: string): BoundMethod | undefined {
  const door = (impl: (self: PyProperty, args: PyValue[]) => PyValue) =>
    new BoundMethod(p, name, impl as never, true);
  switch (name) {
    case '__get__':
      return door((self, args) => {
        // CPython unpacks these with an empty function name: the message starts with a space.
        if (args.length === 0) throw typeError(' expected at least 1 argument, got 0');
        if (args.length > 2) throw typeError(` expected at most 2 arguments, got ${args.length}`);
        const [obj, type = null] = args;
        if (obj === null && type === null) throw typeError('__get__(None, None) is invalid');
        return obj === null ? self : propertyGet(self, obj);
      });
    case '__set__':
      return door((self, args) => {
        if (args.length !== 2) throw typeError(` expected 2 arguments, got ${args.length}`);
        propertySet(self, args[0], args[1]);
        return null;
      });
    case '__delete__':
      return door((self, args) => {
        if (args.length !== 1) throw typeError(`expected 1 argument, got ${args.length}`);
        propertyDelete(self, args[0]);
        return null;
      });
  }
  return undefined;
}
