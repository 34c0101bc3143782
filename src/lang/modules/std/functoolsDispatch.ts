// functools.singledispatch: a function that picks its implementation by the class of its first
// argument. `register(cls, func)` or `@register(cls)` (a class or a union of classes), or
// `@register` on a def whose first annotation is the class. `dispatch(cls)` finds the implementation
// registered for the nearest class in cls's MRO (else for a registered abstract class cls is a
// subclass of), the decorated function being the one for object.

import { getAttr } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { hashKey } from '../../runtime/equality';
import { PyClass } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { OBJECT, typeOf } from '../../runtime/types';
import {
  Builtin,
  DefWrapper,
  PyDict,
  PyFunction,
  PyTypeForm,
  type PyValue,
} from '../../runtime/values';

/** The classes a register() argument stands for: a class, or each class of a union. */
function classesOf(v: PyValue): PyClass[] | null {
  if (v instanceof PyClass) return [v];
  if (v instanceof PyTypeForm && v.kind === 'union' && v.args !== null) {
    const all = v.args.every((a) => a instanceof PyClass);
    return all ? (v.args as PyClass[]) : null;
  }
  return null;
}

export function singledispatch(func: PyValue): Builtin {
  const registry = new Map<PyClass, PyValue>([[OBJECT, func]]);
  const registryDict = new PyDict();
  const record = (cls: PyClass, f: PyValue): void => {
    registry.set(cls, f);
    registryDict.map.set(hashKey(cls), { key: cls, value: f });
  };
  record(OBJECT, func);

  const dispatch = (cls: PyClass): PyValue => {
    for (const c of cls.mro) {
      const f = registry.get(c);
      if (f !== undefined && c !== OBJECT) return f;
    }
    // An abstract class registered (numbers.Number, an ABC) that cls counts as a subclass of.
    for (const [c, f] of registry) {
      if (c === OBJECT) continue;
      const sub = c.subclassCheck !== null ? c.subclassCheck(cls) : cls.isSubclassOf(c);
      if (sub) return f;
    }
    return func;
  };

  const register = (cls: PyValue, f: PyValue | undefined): PyValue => {
    const classes = classesOf(cls);
    if (classes !== null) {
      if (f === undefined) return new Builtin('<lambda>', (args) => register(cls, args[0]));
    } else {
      if (f !== undefined) {
        throw typeError(
          `Invalid first argument to \`register()\`. ${repr(cls)} is not a class or union type.`,
        );
      }
      // Only a def can have annotations (a lambda, a built-in or another object has none).
      const first =
        cls instanceof PyFunction && cls.name !== '<lambda>'
          ? cls.extras?.annotations?.map.values().next().value
          : undefined;
      if (first === undefined) {
        throw typeError(
          `Invalid first argument to \`register()\`: ${repr(cls)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`,
        );
      }
      // CPython reads the class from the function's first annotation (typing.get_type_hints).
      const { key: argname, value: hint } = first;
      if (typeof hint === 'string') {
        throw fail(
          'NotImplementedError',
          `register() cannot resolve the string annotation ${repr(hint)} in ToyGrad: name the class, as @register(int)`,
        );
      }
      const hinted = classesOf(hint);
      if (hinted === null) {
        const union = hint instanceof PyTypeForm && hint.kind === 'union';
        throw typeError(
          `Invalid annotation for ${repr(argname)}. ${repr(hint)} ${union ? 'not all arguments are classes' : 'is not a class'}.`,
        );
      }
      for (const c of hinted) record(c, cls);
      return cls;
    }
    for (const c of classes) record(c, f);
    return f;
  };

  const name = (() => {
    try {
      const n = getAttr(func, '__name__');
      return typeof n === 'string' ? n : 'singledispatch function';
    } catch {
      return 'singledispatch function';
    }
  })();
  const attrs = new Map<string, PyValue>([
    [
      'register',
      new Builtin('register', (args) => {
        if (args.length < 1 || args.length > 2) {
          throw typeError(`register() takes from 1 to 2 positional arguments`);
        }
        return register(args[0], args[1]);
      }),
    ],
    [
      'dispatch',
      new Builtin('dispatch', (args) => {
        const cls = args[0];
        if (!(cls instanceof PyClass)) throw typeError(`${repr(cls)} is not a class`);
        return dispatch(cls);
      }),
    ],
    ['registry', registryDict],
    ['__wrapped__', func],
  ]);
  for (const attr of ['__doc__', '__qualname__', '__module__']) {
    try {
      attrs.set(attr, getAttr(func, attr));
    } catch {
      // A callable without it keeps none, as update_wrapper skips a missing attribute.
    }
  }
  // CPython's wrapper is a def: read through an instance it binds as a method.
  const wrapper = new DefWrapper(name, (args, kw) => {
    if (args.length === 0) throw typeError(`${name} requires at least 1 positional argument`);
    return callValue(dispatch(typeOf(args[0])), args, kw);
  });
  for (const [k, v] of attrs) wrapper.dict.set(k, v);
  return wrapper;
}

export function singledispatchFunction(): Builtin {
  return new Builtin('singledispatch', (args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('singledispatch() takes no keyword arguments');
    if (args.length !== 1) {
      throw typeError(`singledispatch() takes 1 positional argument but ${args.length} were given`);
    }
    return singledispatch(args[0]);
  });
}
