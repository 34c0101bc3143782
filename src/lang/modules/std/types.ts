// types: SimpleNamespace, and the runtime's own classes of functions, methods, generators and
// modules under their types-module names (so `isinstance(f, types.FunctionType)` works), with
// MethodType callable to bind a function to an object and MappingProxyType to view a dict.

import { ELLIPSIS } from '../../runtime/ellipsis';
import { isCallable } from '../../runtime/call';
import { eq } from '../../runtime/equality';
import { instanceDict } from '../../runtime/instanceDict';
import { c3, NativeMethod, PyClass, PyInstance, PyMethod } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { rt, typeError } from '../../runtime/state';
import { builtinClass, OBJECT, typeOf } from '../../runtime/types';
import { mappingProxyClass } from './typesMappingProxy';
import { NEW_CLASS } from './typesNewClass';
import type { Kwargs, MethodImpl, PyValue } from '../../runtime/values';

/** The namespaces being shown, so one that holds itself shows as `namespace(...)`. */
const showing = new Set<PyInstance>();

function method(name: string, impl: MethodImpl<PyInstance>): [string, NativeMethod] {
  return [name, new NativeMethod(name, 'SimpleNamespace', impl as MethodImpl<never>)];
}

const SIMPLE_NAMESPACE: PyClass = new PyClass(
  'SimpleNamespace',
  [OBJECT],
  new Map<string, PyValue>([
    ['__module__', 'types'],
    ['__hash__', null],
    method('__init__', (self, args, kw) => {
      if (args.length > 0) throw typeError('no positional arguments expected');
      for (const [k, v] of kw ?? []) self.attrs[k] = v;
      return null;
    }),
    method('__repr__', (self) => {
      // CPython shows the class's own name for a subclass, and `namespace` for its own.
      const name = self.cls === SIMPLE_NAMESPACE ? 'namespace' : self.cls.name;
      if (showing.has(self)) return `${name}(...)`;
      showing.add(self);
      try {
        const items = [...instanceDict(self).map.values()].map(
          (e) => `${typeof e.key === 'string' ? e.key : repr(e.key)}=${repr(e.value)}`,
        );
        return `${name}(${items.join(', ')})`;
      } finally {
        showing.delete(self);
      }
    }),
    method('__eq__', (self, args) => {
      const other = args[0];
      if (!(other instanceof PyInstance) || !other.cls.isSubclassOf(SIMPLE_NAMESPACE)) {
        return NOT_IMPLEMENTED;
      }
      return eq(instanceDict(self), instanceDict(other));
    }),
  ]),
);
SIMPLE_NAMESPACE.mro = c3(SIMPLE_NAMESPACE, [OBJECT])!;

/**
 * `types.MethodType(f, obj)`: f bound to obj, as `obj.f` would be for a method of its class.
 * The runtime's `method` class gets its constructor in the importing interpreter only.
 */
function bindMethod(args: PyValue[], kw: Kwargs): PyValue {
  if (kw !== null && kw.size > 0) throw typeError('method() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`method expected 2 arguments, got ${args.length}`);
  const [fn, self] = args as [PyValue, PyValue];
  if (!isCallable(fn)) throw typeError('first argument must be callable');
  if (self === null) throw typeError('instance must not be None');
  return new PyMethod(fn, self);
}

function methodClass(): PyClass {
  const cls = builtinClass('method');
  if (!rt.constructors.has(cls)) rt.constructors.set(cls, bindMethod);
  return cls;
}

export function typesModule(): Map<string, PyValue> {
  const fn = builtinClass('function');
  const builtinFn = builtinClass('builtin_function_or_method');
  return new Map<string, PyValue>([
    ['SimpleNamespace', SIMPLE_NAMESPACE],
    ['FunctionType', fn],
    ['LambdaType', fn],
    ['MethodType', methodClass()],
    ['MappingProxyType', mappingProxyClass()],
    ['GeneratorType', builtinClass('generator')],
    ['BuiltinFunctionType', builtinFn],
    ['BuiltinMethodType', builtinFn],
    ['ModuleType', builtinClass('module')],
    ['new_class', NEW_CLASS],
    // The types of the three singletons (3.10+): isinstance(x, types.NoneType).
    ['NoneType', typeOf(null)],
    ['EllipsisType', typeOf(ELLIPSIS)],
    ['NotImplementedType', typeOf(NOT_IMPLEMENTED)],
  ]);
}
