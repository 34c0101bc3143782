// Attribute access (`v.data`, `xs.append`, `model.layers`), attribute assignment, and method
// calls. A method call `obj.name(args)` looks the method up and calls it directly, without
// making a bound-method object.

import { PyByteArray, PyBytes } from './bytesValue';
import { BYTEARRAY_METHODS, BYTES_METHODS } from './methods/bytesMethods';
import { Adam, Layer, MLP, Neuron, SGD, Value, willWriteData } from '../../engine';
import { abcMetaAttribute, abstractAttribute } from './abstract';
import { callValue } from './call';
import {
  engineAttributeNames,
  floatAttribute,
  MODULE_METHODS,
  moduleAttribute,
  OPTIMIZER_METHODS,
  optimizerAttribute,
  valueAttribute,
  VALUE_METHODS,
} from './methods/engineMethods';
import { COUNTER_METHODS } from './methods/counterMethods';
import { DEFAULTDICT_METHODS } from './methods/defaultDictMethods';
import { DEQUE_METHODS } from './methods/dequeMethods';
import { DICT_METHODS } from './methods/dictMethods';
import { DICT_VIEW_METHODS } from './methods/dictViewMethods';
import { FROZENSET_METHODS, SET_METHODS } from './methods/setMethods';
import { ORDERED_DICT_METHODS } from './methods/orderedDictMethods';
import { GENERATOR_METHODS } from './methods/generatorMethods';
import { PyGenerator } from './generator';
import { LIST_METHODS, TUPLE_METHODS } from './methods/listMethods';
import { RANGE_METHODS } from './methods/rangeMethods';
import { FLOAT_METHODS, INT_METHODS } from './methods/numberMethods';
import { FILE_ATTRIBUTES, FILE_METHODS, fileAttribute } from './methods/fileMethods';
import { SLICE_METHODS } from './methods/sliceMethods';
import { STR_METHODS } from './methods/strMethods';
import {
  classDelete,
  classGet,
  classSet,
  instanceCall,
  instanceDelete,
  instanceGet,
  instanceSet,
  superCall,
  superGet,
} from './instances';
import { specialAttribute, specialTypeAttribute } from './builtinSpecialMethods';
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
import { MAPPING_PROXY_METHODS, PyMappingProxy } from './mappingProxy';
import { namedTupleAttribute } from './namedTuple';
import { callTupleOverride } from './namedTupleOverrides';
import { setNamedTupleAttribute } from './namedTupleSubclass';
import { typeName } from './repr';
import { errorClass, EXCEPTION_CLASSES, withAttributeContext } from './exceptions';
import { enterBuiltinMethod, leaveBuiltin } from './nativeCallDepth';
import { PyPartial } from './partial';
import { partialAttribute, partialSetOrDelete } from './partialAttributes';
import { OBJECT, typeOf } from './types';
import { builtinTypeAttribute } from './typeMethods';
import { derivableTypeMember } from './builtinPayloadSpecials';
import { installConstructors, isDerivableBuiltin } from './builtinSubclass';
import { fail, typeError } from './state';
import { withAttributeSuggestion } from './suggest';
import { classDirNames } from './classDir';
import { memberAttribute, PyMemberDescriptor } from './memberDescriptor';
import { propertyDoor } from './propertyAccess';
import {
  BoundMethod,
  Builtin,
  DefWrapper,
  LruCacheWrapper,
  PyCounter,
  PyFunction,
  PyDeque,
  PyDict,
  PyDictView,
  PyFile,
  PyModule,
  PyNamedTuple,
  PyDefaultDict,
  PyOrderedDict,
  PyRange,
  PyFrozenSet,
  PySet,
  PySlice,
  PyTuple,
  PyTypeForm,
  type Kwargs,
  type MethodImpl,
  type PyValue,
} from './values';
import { TgradError } from '../errors';
import { typeFormAttribute } from './typeForms';
import {
  deleteFunctionAttribute,
  functionAttribute,
  functionAttributeNames,
  setFunctionAttribute,
} from './functionAttributes';

const PROXY_METHODS = new Map([...DICT_METHODS].filter(([k]) => MAPPING_PROXY_METHODS.has(k)));

/** The method table of a value's type, or null. */
function methodsOf(o: PyValue): ReadonlyMap<string, MethodImpl<never>> | null {
  if (Array.isArray(o)) return LIST_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  switch (typeof o) {
    case 'string':
      return STR_METHODS as ReadonlyMap<string, MethodImpl<never>>;
    case 'number':
      return FLOAT_METHODS as ReadonlyMap<string, MethodImpl<never>>;
    case 'bigint':
    case 'boolean':
      return INT_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  }
  if (o instanceof Value) return VALUE_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyCounter) return COUNTER_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyMappingProxy) return PROXY_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyDefaultDict)
    return DEFAULTDICT_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyOrderedDict)
    return ORDERED_DICT_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyDict) return DICT_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PySet) {
    return (o instanceof PyFrozenSet ? FROZENSET_METHODS : SET_METHODS) as ReadonlyMap<
      string,
      MethodImpl<never>
    >;
  }
  if (o instanceof PyTuple) return TUPLE_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof MLP || o instanceof Layer || o instanceof Neuron) {
    return MODULE_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  }
  if (o instanceof SGD || o instanceof Adam)
    return OPTIMIZER_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyGenerator) return GENERATOR_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyFile) return FILE_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyDeque) return DEQUE_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyRange) return RANGE_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyDictView && o.kind !== 'values') {
    return DICT_VIEW_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  }
  if (o instanceof PySlice) return SLICE_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyBytes) return BYTES_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyByteArray) return BYTEARRAY_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  return null;
}

/** A data attribute (not a method) of a value, or undefined. */
function dataAttribute(o: PyValue, name: string): PyValue | undefined {
  if (o instanceof Value) return valueAttribute(o, name);
  if (o instanceof MLP || o instanceof Layer || o instanceof Neuron)
    return moduleAttribute(o, name);
  if (o instanceof SGD || o instanceof Adam) return optimizerAttribute(o, name);
  if (o instanceof PyModule) {
    // A global bound to None is an attribute too: only an unbound name is missing.
    const v = o.ns.lookup(name);
    if (v !== undefined) return v;
    return name === '__name__' ? o.name : name === '__dict__' ? o.ns.dict() : undefined;
  }
  if (o instanceof PyNamedTuple) return namedTupleAttribute(o, name);
  if (o instanceof PyFile) return fileAttribute(o, name);
  if (o instanceof PyTypeForm) return typeFormAttribute(o, name);
  if (o instanceof PyDefaultDict && name === 'default_factory') return o.factory;
  if (o instanceof PyDeque && name === 'maxlen') return o.maxlen === null ? null : BigInt(o.maxlen);
  if (o instanceof PyGenerator) {
    if (name === '__name__') return o.name;
    if (name === '__qualname__') return o.qualname;
    if (name === 'gi_running') return o.running;
    if (name === 'gi_suspended') return o.suspended;
  }
  if (o instanceof PyRange || o instanceof PySlice) {
    if (name === 'start' || name === 'stop' || name === 'step') return o[name];
  }
  if (typeof o === 'number') {
    if (name === 'real') return o;
    if (name === 'imag') return 0;
  }
  if (typeof o === 'boolean') {
    // A bool is an int: True.real is 1.
    if (name === 'real' || name === 'numerator') return o ? 1n : 0n;
    if (name === 'imag') return 0n;
    if (name === 'denominator') return 1n;
  }
  if (typeof o === 'bigint') {
    if (name === 'real' || name === 'numerator') return o;
    if (name === 'imag') return 0n;
    if (name === 'denominator') return 1n;
  }
  return undefined;
}

export function attributeNames(o: PyValue): string[] {
  const names = [...(methodsOf(o)?.keys() ?? [])];
  names.push(...engineAttributeNames(o));
  if (o instanceof PyRange || o instanceof PySlice) names.push('start', 'stop', 'step');
  if (o instanceof PyDefaultDict) names.push('default_factory');
  if (o instanceof PyDeque) names.push('maxlen');
  // A bound method's own (its function's other attributes are reached, not listed).
  if (o instanceof PyMethod) names.push('__call__', '__func__', '__self__');
  if (o instanceof PyModule) names.push(...o.ns.names());
  if (o instanceof PyNamedTuple) {
    names.push(...o.fields, '_asdict', '_replace', ...Object.keys(o.attrs ?? {}));
    // The namedtuple class's attributes and a subclass's (methods, properties), above tuple.
    for (const c of o.cls.mro) if (!c.builtin || c.meta !== null) names.push(...c.dict.keys());
  }
  if (o instanceof PyFile) names.push(...FILE_ATTRIBUTES);
  if (o instanceof PyFunction) names.push(...functionAttributeNames(o));
  if (o instanceof PyGenerator)
    names.push('__name__', '__qualname__', 'gi_running', 'gi_suspended');
  if (typeof o === 'number') names.push('real', 'imag');
  if (typeof o === 'bigint' || typeof o === 'boolean') {
    names.push('real', 'imag', 'numerator', 'denominator');
  }
  // The type's class and static methods, which a value reaches too (`{}.fromkeys`).
  const cls = typeOf(o);
  if (cls.builtin) {
    for (const n of TYPE_LEVEL_METHODS)
      if (builtinTypeAttribute(cls, n) !== undefined) names.push(n);
  }
  return names;
}

function noAttribute(o: PyValue, name: string): never {
  if (o instanceof PyModule) {
    throw fail(
      'AttributeError',
      withAttributeSuggestion(
        `module '${o.name}' has no attribute '${name}'`,
        name,
        attributeNames(o),
      ),
    );
  }
  throw fail(
    'AttributeError',
    withAttributeSuggestion(
      `'${typeName(o)}' object has no attribute '${name}'`,
      name,
      attributeNames(o),
    ),
  );
}

/** An AttributeError, or an error of a class deriving from it. */
function isAttributeError(e: unknown): boolean {
  return (
    e instanceof TgradError && errorClass(e).isSubclassOf(EXCEPTION_CLASSES.get('AttributeError')!)
  );
}

/** Attributes of classes, methods, functions and descriptors, or undefined. */
function objectAttribute(o: PyValue, name: string): PyValue | undefined {
  if (o instanceof PyClass) {
    // bool's own __new__, before int's (installed once a class derives from int) is found.
    if (name === '__new__' && o.builtin && o.name === 'bool') installConstructors(o, true);
    let own: PyValue | undefined;
    try {
      own = classGet(o, name);
    } catch (e) {
      // A descriptor's AttributeError (`__get__(None, C)`) goes to the metaclass's __getattr__.
      const v = isAttributeError(e) ? o.meta?.missing?.(o, name) : undefined;
      if (v === undefined) throw e;
      return v;
    }
    // A built-in type's special method comes before what object's namespace gives every
    // class (`list.__init__` is list's own, not object's).
    if (own !== undefined && o !== OBJECT && own === OBJECT.dict.get(name)) {
      own = specialTypeAttribute(o, name) ?? own;
    }
    // (A class attribute may be None: only undefined means "not found".)
    let v = own !== undefined ? own : builtinTypeAttribute(o, name);
    // `dict.__setitem__(self, k, v)` in a subclass's method.
    if (v === undefined && isDerivableBuiltin(o)) v = derivableTypeMember(o, name);
    if (v === undefined) v = abcMetaAttribute(o, name);
    if (v === undefined && o.meta?.attribute !== undefined) v = o.meta.attribute(o, name);
    if (v === undefined) {
      const base = `type object '${o.name}' has no attribute '${name}'`;
      // CPython suggests from dir(cls); a built-in type's names are not all listed here.
      throw fail(
        'AttributeError',
        o.builtin ? base : withAttributeSuggestion(base, name, classDirNames(o)),
      );
    }
    return v;
  }
  if (o instanceof PySuper) return superGet(o, name);
  if (name === '__isabstractmethod__') {
    const abstract = abstractAttribute(o);
    if (abstract !== undefined) return abstract;
  }
  if (o instanceof PyFunction) {
    const v = functionAttribute(o, name);
    if (v !== undefined) return v;
  }
  if (o instanceof BoundMethod) {
    if (name === '__name__') return o.name;
    if (name === '__qualname__') return `${typeName(o.self)}.${o.name}`;
    if (name === '__self__') return o.self;
  }
  if (o instanceof NativeMethod) {
    if (name === '__name__') return o.name;
    if (name === '__qualname__') return `${o.owner}.${o.name}`;
  }
  if (o instanceof PyPartial) {
    const v = partialAttribute(o, name);
    if (v !== undefined) return v;
  }
  if (o instanceof DefWrapper) {
    const own = o.dict.get(name);
    if (own !== undefined) return own;
  }
  if (o instanceof Builtin) {
    // (A partial has no name of its own: functools.update_wrapper keeps the wrapper's.)
    if (name === '__qualname__' && o instanceof LruCacheWrapper) return o.qualname;
    if ((name === '__name__' || name === '__qualname__') && !(o instanceof PyPartial)) {
      return o.name;
    }
    const v = o.attrs?.get(name);
    if (v !== undefined) return v;
  }
  if (o instanceof PyMethod) {
    if (name === '__func__') return o.fn;
    if (name === '__self__') return o.self;
    return getAttr(o.fn, name);
  }
  if (o instanceof PyMemberDescriptor) return memberAttribute(o, name);
  if (o instanceof PyProperty) {
    switch (name) {
      case 'fget':
        return o.fget;
      case 'fset':
        return o.fset;
      case 'fdel':
        return o.fdel;
      case '__doc__':
        // An explicit doc, else the getter's docstring (copied by getter/setter/deleter).
        if (o.doc !== null) return o.doc;
        return o.fget === null ? null : (getAttr(o.fget, '__doc__') ?? null);
      case 'setter':
      case 'getter':
      case 'deleter':
        return new BoundMethod(o, name, PROPERTY_COPIES[name]);
    }
    const door = propertyDoor(o, name);
    if (door !== undefined) return door;
  }
  if ((o instanceof PyStaticMethod || o instanceof PyClassMethod) && name === '__func__')
    return o.fn;
  if (name === '__class__') return typeOf(o);
  return undefined;
}

/** property.setter/getter/deleter: a copy of the property with that one function replaced. */
function propertyCopy(
  replace: (self: PyProperty, fn: PyValue) => PyProperty,
): (self: PyProperty, args: PyValue[]) => PyValue {
  return (self, args) => {
    if (args.length !== 1) throw typeError(`expected 1 argument, got ${args.length}`);
    return replace(self, args[0]);
  };
}

// (None keeps the function the property had, as CPython's property_copy does.)
const PROPERTY_COPIES = {
  getter: propertyCopy((p, fn) => new PyProperty(fn ?? p.fget, p.fset, p.fdel, p.doc, p.name)),
  setter: propertyCopy((p, fn) => new PyProperty(p.fget, fn ?? p.fset, p.fdel, p.doc, p.name)),
  deleter: propertyCopy((p, fn) => new PyProperty(p.fget, p.fset, fn ?? p.fdel, p.doc, p.name)),
};

/** Python's `o.name`. */
export function getAttr(o: PyValue, name: string): PyValue {
  try {
    return lookupAttr(o, name);
  } catch (e) {
    throw withAttributeContext(e, o, name);
  }
}

function lookupAttr(o: PyValue, name: string): PyValue {
  if (o instanceof PyInstance) return instanceGet(o, name);
  const special = objectAttribute(o, name);
  if (special !== undefined) return special;
  const data = dataAttribute(o, name);
  if (data !== undefined) return data;
  const method = methodsOf(o)?.get(name);
  if (method !== undefined) return new BoundMethod(o, name, method);
  // Only now, when everything else missed: `[].__len__`, `(1).__add__`.
  if (name.startsWith('__')) {
    const m = specialAttribute(o, name);
    if (m !== undefined) return m;
  }
  // A built-in type's class and static methods through a value: `{}.fromkeys(…)`,
  // `''.maketrans(…)`, `(0.0).fromhex(…)`, as through the type.
  if (TYPE_LEVEL_METHODS.has(name)) {
    const cls = typeOf(o);
    const m = cls.builtin ? builtinTypeAttribute(cls, name) : undefined;
    if (m !== undefined) return m;
  }
  // A namedtuple class's own __getattr__, called when everything else missed.
  const fallback = callTupleOverride(o, '__getattr__', [name]);
  if (fallback !== undefined) return fallback;
  return noAttribute(o, name);
}

const TYPE_LEVEL_METHODS = new Set([
  'fromkeys',
  'maketrans',
  'fromhex',
  'from_bytes',
  '__class_getitem__',
]);

/** Python's `o.name(args…)`. */
/**
 * The built-in method `name` of a value that is not an instance of a program's class (nor a
 * super() proxy), or undefined. It depends on the value's class alone (methodsOf tests
 * typeof and instanceof), so a call site may keep it for the next value of the same class.
 */
export function builtinMethodOf(o: PyValue, name: string): MethodImpl<never> | undefined {
  if (o instanceof PyInstance || o instanceof PySuper) return undefined;
  return methodsOf(o)?.get(name);
}

export function callMethod(o: PyValue, name: string, args: PyValue[], kw: Kwargs): PyValue {
  if (o instanceof PyInstance) return instanceCall(o, name, args, kw);
  if (o instanceof PySuper) return superCall(o, name, args, kw);
  const method = methodsOf(o)?.get(name);
  if (method !== undefined) {
    const held = enterBuiltinMethod(o, name);
    try {
      return method(o as never, args, kw);
    } finally {
      leaveBuiltin(held);
    }
  }
  return callValue(getAttr(o, name), args, kw);
}

/** Python's `o.name = v`. */
export function setAttr(o: PyValue, name: string, v: PyValue): void {
  if (o instanceof PyInstance) {
    instanceSet(o, name, v);
    return;
  }
  if (o instanceof PyClass) {
    classSet(o, name, v);
    return;
  }
  if (o instanceof PyModule) {
    o.ns.assign(name, v);
    return;
  }
  if (o instanceof PyFunction) {
    setFunctionAttribute(o, name, v);
    return;
  }
  if (o instanceof PyPartial) {
    partialSetOrDelete(o, name, v);
    return;
  }
  if (o instanceof DefWrapper) {
    o.dict.set(name, v);
    return;
  }
  if (o instanceof PyDefaultDict && name === 'default_factory') {
    o.factory = v;
    return;
  }
  if (o instanceof Value) {
    switch (name) {
      case 'data':
        willWriteData(o);
        o.data = floatAttribute('Value', 'data', v);
        return;
      case 'grad':
        o.grad = floatAttribute('Value', 'grad', v);
        return;
      case 'label':
        if (typeof v !== 'string')
          throw typeError(`Value.label must be a str, not '${typeName(v)}'`);
        o.label = v;
        return;
      case 'op':
      case 'inputs':
        throw fail('AttributeError', `property '${name}' of 'Value' object has no setter`);
    }
  }
  if ((o instanceof SGD || o instanceof Adam) && name === 'lr') {
    o.lr = floatAttribute(typeName(o), 'lr', v);
    return;
  }
  if (o instanceof PyNamedTuple && setNamedTupleAttribute(o, name, v)) return;
  if (dataAttribute(o, name) !== undefined || methodsOf(o)?.has(name) || hasBuiltinAttr(o, name)) {
    throw unwritable(o, name);
  }
  throw fail(
    'AttributeError',
    withAttributeSuggestion(
      `'${typeName(o)}' object has no attribute '${name}'`,
      name,
      attributeNames(o),
    ),
  );
}

/** Python's `del o.name`. */
export function delAttr(o: PyValue, name: string): void {
  if (o instanceof PyInstance) {
    instanceDelete(o, name);
    return;
  }
  if (o instanceof PyClass) {
    classDelete(o, name);
    return;
  }
  if (o instanceof PyFunction) {
    deleteFunctionAttribute(o, name);
    return;
  }
  if (o instanceof PyPartial) {
    partialSetOrDelete(o, name, undefined);
    return;
  }
  if (o instanceof DefWrapper) {
    if (!o.dict.delete(name))
      throw fail('AttributeError', `'function' object has no attribute '${name}'`);
    return;
  }
  // `del math.sqrt`: the module's global goes (a monkeypatch undone, a test's stub removed).
  if (o instanceof PyModule) {
    if (!o.ns.remove(name))
      throw fail('AttributeError', `'module' object has no attribute '${name}'`);
    return;
  }
  getAttr(o, name);
  throw unwritable(o, name);
}

/** Whether a built-in object has attribute `name` at all (its type's dunders included). */
function hasBuiltinAttr(o: PyValue, name: string): boolean {
  try {
    getAttr(o, name);
    return true;
  } catch (e) {
    if (e instanceof TgradError && e.kind === 'AttributeError') return false;
    throw e;
  }
}

/**
 * CPython's error for setting or deleting an attribute a built-in object has but cannot
 * change: a data descriptor without a setter (int.real, a builtin's __name__) "is not
 * writable", range's and slice's members are a "readonly attribute", and a method or a
 * plain class attribute (str.upper, str.__doc__) "is read-only".
 */
function unwritable(o: PyValue, name: string): TgradError {
  if (
    ((o instanceof PyRange || o instanceof PySlice) && ['start', 'stop', 'step'].includes(name)) ||
    (o instanceof PyProperty && ['fget', 'fset', 'fdel'].includes(name))
  ) {
    return fail('AttributeError', 'readonly attribute');
  }
  const descriptor =
    !methodsOf(o)?.has(name) &&
    (dataAttribute(o, name) !== undefined ||
      (o instanceof Builtin && ['__name__', '__qualname__', '__self__'].includes(name)));
  return fail(
    'AttributeError',
    descriptor
      ? `attribute '${name}' of '${typeName(o)}' objects is not writable`
      : `'${typeName(o)}' object attribute '${name}' is read-only`,
  );
}
