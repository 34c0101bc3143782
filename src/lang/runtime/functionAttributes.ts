// A function's attributes: the ones every `def` has (`__name__`, `__qualname__`, `__doc__`,
// `__module__`, `__defaults__`, `__kwdefaults__`, `__dict__`) and the ones a program sets on
// it (`f.calls = 0`, a decorator's `wrapper.cache = {}`), kept in the function's own dict. A
// method reached through its class (`C.method.tag = 1`) is the function itself.

import { closureOf, codeOf } from './functionIntrospection';
import { typeName } from './typeName';
import { fail, typeError } from './state';
import { PyMethod } from './objects';
import {
  BoundMethod,
  PyDict,
  PyFunction,
  PyTuple,
  type FunctionExtras,
  type PyValue,
} from './values';

function extrasOf(f: PyFunction): FunctionExtras {
  return (f.extras ??= { dict: null });
}

/** `f.__dict__`: the same live dict every time. */
export function functionDict(f: PyFunction): PyDict {
  const extras = extrasOf(f);
  return (extras.dict ??= new PyDict());
}

/** `f.__kwdefaults__`: the keyword-only parameters that have defaults, or None. */
function kwDefaults(f: PyFunction): PyValue {
  const d = new PyDict();
  f.code.kwonly.forEach((name, j) => {
    const v = f.kwDefaults[j];
    if (v !== undefined) d.map.set(name, { key: name, value: v });
  });
  return d.map.size === 0 ? null : d;
}

/** `f.name`, or undefined when the function has no such attribute. */
export function functionAttribute(f: PyFunction, name: string): PyValue | undefined {
  const own = f.extras?.dict?.map.get(name);
  if (own !== undefined) return own.value;
  switch (name) {
    case '__name__':
      return f.name;
    case '__qualname__':
      return f.qualname;
    case '__doc__':
      return f.extras?.doc !== undefined ? f.extras.doc : f.code.doc;
    case '__module__':
      return f.extras?.module !== undefined ? f.extras.module : '__main__';
    case '__defaults__':
      return f.defaults.length === 0 ? null : new PyTuple(f.defaults.slice());
    case '__kwdefaults__':
      return kwDefaults(f);
    case '__dict__':
      return functionDict(f);
    case '__closure__':
      return closureOf(f);
    case '__code__':
      return codeOf(f);
    case '__annotations__':
      return (extrasOf(f).annotations ??= new PyDict());
    case '__get__':
      return functionGet(f);
  }
  return undefined;
}

/** `f.__get__` (CPython's method-wrapper): `f.__get__(obj)` is f bound to obj, as `obj.f` is. */
function functionGet(f: PyFunction): BoundMethod {
  return new BoundMethod(
    f,
    '__get__',
    ((self: PyFunction, args: PyValue[]) => {
      // CPython unpacks these with an empty function name: the message starts with a space.
      if (args.length === 0) throw typeError(' expected at least 1 argument, got 0');
      if (args.length > 2) throw typeError(` expected at most 2 arguments, got ${args.length}`);
      const [obj, type = null] = args;
      if (obj === null && type === null) throw typeError('__get__(None, None) is invalid');
      return obj === null ? self : new PyMethod(self, obj);
    }) as never,
    true,
  );
}

function stringValue(attr: string, v: PyValue): string {
  if (typeof v !== 'string') throw typeError(`${attr} must be set to a string object`);
  return v;
}

/** `f.name = v`. */
export function setFunctionAttribute(f: PyFunction, name: string, v: PyValue): void {
  switch (name) {
    case '__name__':
      extrasOf(f).name = stringValue(name, v);
      return;
    case '__qualname__':
      extrasOf(f).qualname = stringValue(name, v);
      return;
    case '__doc__':
      extrasOf(f).doc = v;
      return;
    case '__module__':
      extrasOf(f).module = v;
      return;
    case '__defaults__':
      if (v !== null && !(v instanceof PyTuple)) {
        throw typeError('__defaults__ must be set to a tuple object');
      }
      f.defaults = v === null ? [] : v.items.slice();
      return;
    case '__annotations__':
      if (v !== null && !(v instanceof PyDict)) {
        throw typeError('__annotations__ must be set to a dict object');
      }
      extrasOf(f).annotations = v ?? undefined;
      return;
    case '__dict__':
      if (!(v instanceof PyDict)) {
        throw typeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
      }
      extrasOf(f).dict = v;
      return;
    case '__kwdefaults__':
      if (v !== null && !(v instanceof PyDict)) {
        throw typeError('__kwdefaults__ must be set to a dict object');
      }
      f.kwDefaults = f.code.kwonly.map((k) => (v === null ? undefined : v.map.get(k)?.value));
      return;
  }
  functionDict(f).map.set(name, { key: name, value: v });
}

/** `del f.name`. */
export function deleteFunctionAttribute(f: PyFunction, name: string): void {
  const dict = f.extras?.dict;
  if (dict?.map.delete(name) === true) return;
  if (name === '__annotations__') {
    if (f.extras !== null) f.extras.annotations = undefined;
    return;
  }
  if (name === '__name__' || name === '__qualname__') {
    throw typeError(`${name} must be set to a string object`);
  }
  throw fail('AttributeError', `'function' object has no attribute '${name}'`);
}

/** What CPython's function type itself lists in dir(), besides object's names. */
const FUNCTION_TYPE_NAMES = [
  '__annotations__',
  '__builtins__',
  '__call__',
  '__closure__',
  '__code__',
  '__defaults__',
  '__dict__',
  '__get__',
  '__globals__',
  '__kwdefaults__',
  '__module__',
  '__name__',
  '__qualname__',
];

/** The names `dir()` and suggestions know on a function: the function type's and its own. */
export function functionAttributeNames(f: PyFunction): string[] {
  const own = [...(f.extras?.dict?.map.keys() ?? [])].filter(
    (k): k is string => typeof k === 'string',
  );
  return [...FUNCTION_TYPE_NAMES, ...own];
}
