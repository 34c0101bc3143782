// Python's type name of every value, for messages, hovers and type(). A leaf module: the
// type records (types.ts) are built from it while other modules are still loading.

import { Adam, Layer, MLP, Neuron, SGD, Value } from '../../engine';
import {
  NativeMethod,
  PyClass,
  PyClassMethod,
  PyInstance,
  PyMethod,
  PyProperty,
  PyStaticMethod,
  PySuper,
} from './objects';
import {
  BoundMethod,
  Builtin,
  PyCounter,
  PyDefaultDict,
  PyDeque,
  PyDict,
  PyDictView,
  PyFile,
  DefWrapper,
  LruCacheWrapper,
  PyFunction,
  PyIterator,
  PyModule,
  PyOrderedDict,
  PyNamedTuple,
  PyRange,
  PyFrozenSet,
  PySet,
  PySlice,
  PyTuple,
  PyTypeForm,
  type PyValue,
} from './values';
import { PyMappingProxy } from './mappingProxy';
import { PyPartial } from './partial';
import { PyByteArray, PyBytes } from './bytesValue';

/** Python's type name: 'int', 'float', 'list', 'Value', 'MLP', … */
export function typeName(v: PyValue): string {
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'str';
  }
  if (v === null) return 'NoneType';
  if (Array.isArray(v)) return 'list';
  if (v instanceof PyInstance) return v.cls.name;
  if (v instanceof Value) return 'Value';
  if (v instanceof PyTuple) return v instanceof PyNamedTuple ? v.cls.name : 'tuple';
  if (v instanceof PyDict) {
    if (v instanceof PyDefaultDict) return 'collections.defaultdict';
    if (v instanceof PyCounter) return 'Counter';
    if (v instanceof PyOrderedDict) return 'collections.OrderedDict';
    if (v instanceof PyMappingProxy) return 'mappingproxy';
    return 'dict';
  }
  if (v instanceof PySet) return v instanceof PyFrozenSet ? 'frozenset' : 'set';
  if (v instanceof PyRange) return 'range';
  if (v instanceof PyFunction) return 'function';
  if (v instanceof PyPartial) return 'functools.partial';
  if (v instanceof LruCacheWrapper) return 'functools._lru_cache_wrapper';
  if (v instanceof DefWrapper) return 'function';
  if (v instanceof Builtin) return 'builtin_function_or_method';
  if (v instanceof BoundMethod) return v.wrapper ? 'method-wrapper' : 'builtin_function_or_method';
  if (v instanceof PyIterator) return v.typeName;
  if (v instanceof PySlice) return 'slice';
  if (v instanceof PyDictView) return v.typeName;
  if (v instanceof PyModule) return 'module';
  if (v instanceof PyDeque) return 'collections.deque';
  if (v instanceof PyBytes) return 'bytes';
  if (v instanceof PyByteArray) return 'bytearray';
  if (v instanceof PyFile) return v.mode.includes('b') ? '_io.BufferedReader' : '_io.TextIOWrapper';
  if (v instanceof MLP) return 'MLP';
  if (v instanceof Layer) return 'Layer';
  if (v instanceof Neuron) return 'Neuron';
  if (v instanceof SGD) return 'SGD';
  if (v instanceof Adam) return 'Adam';
  if (v instanceof PyClass) return 'type';
  if (v instanceof PyMethod) return 'method';
  if (v instanceof NativeMethod) return v.slot ? 'wrapper_descriptor' : 'method_descriptor';
  if (v instanceof PyStaticMethod) return 'staticmethod';
  if (v instanceof PyClassMethod) return 'classmethod';
  // A slot's member descriptor (memberDescriptor.ts) is a property that knows its slot.
  if (v instanceof PyProperty) {
    if ('getsetName' in v) return 'getset_descriptor';
    return 'slot' in v ? 'member_descriptor' : 'property';
  }
  if (v instanceof PySuper) return 'super';
  if (v instanceof PyTypeForm) return v.typeName;
  return 'object';
}

/**
 * The name CPython's argument checks give a wrong argument ("argument 1 must be str, not
 * None"): `None` itself for None, else the type's name (`_PyArg_BadArgument`).
 */
export function argTypeName(v: PyValue): string {
  return v === null ? 'None' : typeName(v);
}
