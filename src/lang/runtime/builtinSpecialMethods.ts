// The special methods of the built-in types, as a program reads them: `[1].__len__()`,
// `(3).__add__(4)`, `hasattr([], '__iter__')`, `int.__add__(1, 2)`, `list.__hash__ is None`.
// Each type names the special methods CPython gives it (`dir(list)`), and each method does
// what the operator or built-in does (`__len__` is len, `__add__` is `+`, `__getitem__` is
// subscription): the runtime's one implementation, not a copy. The evaluator never reads
// these for its own operators; they serve reads of the attribute only, after the normal
// lookup has missed.

import { noKeywords, pluralize } from './args';
import { PyBuiltinInstance } from './builtinSubclass';
import { PyGenerator } from './generator';
import { NativeMethod, PyClass } from './objects';
import { typeError } from './state';
import { isInstanceOf, typeOf } from './types';
import { typeName } from './typeName';
import { BoundMethod, PyIterator, type Kwargs, type MethodImpl, type PyValue } from './values';
import './builtinSpecialMethodDefs';
import {
  builtinSpecialMethod,
  iteratorSpecialMethod,
  specialMethodOfClass,
  ownSpecialMethod,
  type SpecialMethod,
} from './builtinSpecialMethodTable';

export {
  builtinSpecialMethod,
  specialMethodOfClass,
  type SpecialMethod,
} from './builtinSpecialMethodTable';

/** Calls a special method with CPython's checks of its arguments. */
function invoke(
  m: SpecialMethod,
  owner: string,
  self: PyValue,
  args: PyValue[],
  kw: Kwargs,
): PyValue {
  // On an instance of a program's class derived from this type (`super().__init__(items)` in
  // a subclass of list), the method works on the built-in value the instance carries; object's
  // own methods keep the instance.
  if (owner !== 'object' && self instanceof PyBuiltinInstance) self = self.payload;
  if (m.checksOwn) return m.run(self, args, kw);
  if (m.slot) {
    if (kw !== null && kw.size > 0)
      throw typeError(`wrapper ${m.name}() takes no keyword arguments`);
    if (args.length < m.min || args.length > m.max) {
      const n = args.length < m.min ? m.min : m.max;
      const bound = m.min === m.max ? '' : args.length < m.min ? 'at least ' : 'at most ';
      throw typeError(`expected ${bound}${pluralize(n, 'argument')}, got ${args.length}`);
    }
  } else {
    noKeywords(`${owner}.${m.name}`, kw);
    if (args.length < m.min || args.length > m.max) {
      if (m.max === 0) {
        throw typeError(`${owner}.${m.name}() takes no arguments (${args.length} given)`);
      }
      if (m.min === 1 && m.max === 1) {
        throw typeError(`${owner}.${m.name}() takes exactly one argument (${args.length} given)`);
      }
      throw typeError(
        `${m.name} expected at most ${pluralize(m.max, 'argument')}, got ${args.length}`,
      );
    }
  }
  return m.run(self, args, null);
}

/**
 * Calls the built-in type `typeName`'s special method `name` on `self` with CPython's checks
 * of the arguments (`list.__len__(self)`); undefined when the type has no such method.
 */
export function callBuiltinSpecialMethod(
  typeName: string,
  name: string,
  self: PyValue,
  args: PyValue[],
  kw: Kwargs,
): PyValue | undefined {
  const m = builtinSpecialMethod(typeName, name);
  return m ? invoke(m, typeName, self, args, kw) : undefined;
}

/** `v.__name__` for a built-in value v whose type has that special method, or undefined. */
export function specialAttribute(v: PyValue, name: string): PyValue | undefined {
  let m: SpecialMethod | null | undefined;
  if (v instanceof PyIterator || v instanceof PyGenerator) m = iteratorSpecialMethod(name);
  if (m === undefined) m = specialMethodOfClass(typeOf(v), name);
  if (m === undefined) return undefined;
  if (m === null) return null;
  const owner = typeName(v);
  return new BoundMethod(
    v,
    name,
    ((self: PyValue, args, kw) => invoke(m, owner, self, args, kw)) as MethodImpl<never>,
    m.slot,
  );
}

/** Made once each, so that `int.__add__ is int.__add__`. */
const unbound = new Map<string, NativeMethod>();

/**
 * `T.__name__` read from a class T whose built-in bases give it that special method (the
 * first of them in T's MRO that has it), or undefined.
 */
export function specialTypeAttribute(cls: PyClass, name: string): PyValue | undefined {
  for (const c of cls.mro) {
    if (!c.builtin) continue;
    const v = ownSpecialTypeAttribute(c, name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/**
 * The special method `name` of the built-in class `cls` itself, unbound (`list.__init__`,
 * `object.__eq__`): null when the class sets it to None, undefined when it has none of its own.
 */
export function ownSpecialTypeAttribute(cls: PyClass, name: string): PyValue | undefined {
  const m = ownSpecialMethod(cls, name);
  if (m === undefined || m === null) return m;
  const key = `${cls.name}.${name}`;
  let made = unbound.get(key);
  if (made === undefined) {
    made = new NativeMethod(
      name,
      cls.name,
      ((self: PyValue, args, kw) => {
        if (!isInstanceOf(self, cls)) {
          throw typeError(
            m.slot
              ? `descriptor '${name}' requires a '${cls.name}' object but received a '${typeName(self)}'`
              : `descriptor '${name}' for '${cls.name}' objects doesn't apply to a '${typeName(self)}' object`,
          );
        }
        return invoke(m, cls.name, self, args, kw);
      }) as MethodImpl<never>,
      m.slot,
    );
    unbound.set(key, made);
  }
  return made;
}
