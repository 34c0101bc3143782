// Attribute access (`v.data`, `xs.append`, `model.layers`), attribute assignment, and method
// calls. A method call `obj.name(args)` looks the method up and calls it directly, without
// making a bound-method object.

import { Adam, Layer, MLP, Neuron, SGD, Value } from '../../engine';
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
import { DICT_METHODS, SET_METHODS } from './methods/dictMethods';
import { GENERATOR_METHODS } from './methods/generatorMethods';
import { PyGenerator } from './generator';
import { LIST_METHODS, TUPLE_METHODS } from './methods/listMethods';
import { FILE_ATTRIBUTES, FILE_METHODS, fileAttribute } from './methods/fileMethods';
import { STR_METHODS } from './methods/strMethods';
import { typeName } from './repr';
import { fail, typeError } from './state';
import { withSuggestion } from './suggest';
import {
  BoundMethod,
  PyCounter,
  PyDict,
  PyFile,
  PyModule,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  type Kwargs,
  type MethodImpl,
  type PyValue,
} from './values';

/** The method table of a value's type, or null. */
function methodsOf(o: PyValue): ReadonlyMap<string, MethodImpl<never>> | null {
  if (Array.isArray(o)) return LIST_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  switch (typeof o) {
    case 'string':
      return STR_METHODS as ReadonlyMap<string, MethodImpl<never>>;
    case 'number':
    case 'bigint':
    case 'boolean':
      return null;
  }
  if (o instanceof Value) return VALUE_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyCounter) return COUNTER_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyDict) return DICT_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PySet) return SET_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyTuple) return TUPLE_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof MLP || o instanceof Layer || o instanceof Neuron) {
    return MODULE_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  }
  if (o instanceof SGD || o instanceof Adam)
    return OPTIMIZER_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyGenerator) return GENERATOR_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  if (o instanceof PyFile) return FILE_METHODS as ReadonlyMap<string, MethodImpl<never>>;
  return null;
}

/** A data attribute (not a method) of a value, or undefined. */
function dataAttribute(o: PyValue, name: string): PyValue | undefined {
  if (o instanceof Value) return valueAttribute(o, name);
  if (o instanceof MLP || o instanceof Layer || o instanceof Neuron)
    return moduleAttribute(o, name);
  if (o instanceof SGD || o instanceof Adam) return optimizerAttribute(o, name);
  if (o instanceof PyModule) return o.ns.lookup(name);
  if (o instanceof PyFile) return fileAttribute(o, name);
  if (o instanceof PyRange || o instanceof PySlice) {
    if (name === 'start' || name === 'stop' || name === 'step') return o[name];
  }
  if (typeof o === 'number') {
    if (name === 'real') return o;
    if (name === 'imag') return 0;
  }
  if (typeof o === 'bigint') {
    if (name === 'real' || name === 'numerator') return o;
    if (name === 'imag') return 0n;
    if (name === 'denominator') return 1n;
  }
  return undefined;
}

function attributeNames(o: PyValue): string[] {
  const names = [...(methodsOf(o)?.keys() ?? [])];
  names.push(...engineAttributeNames(o));
  if (o instanceof PyRange || o instanceof PySlice) names.push('start', 'stop', 'step');
  if (o instanceof PyModule) names.push(...o.ns.names());
  if (o instanceof PyFile) names.push(...FILE_ATTRIBUTES);
  return names;
}

function noAttribute(o: PyValue, name: string): never {
  if (o instanceof PyModule) {
    throw fail(
      'AttributeError',
      withSuggestion(`module '${o.name}' has no attribute '${name}'`, name, attributeNames(o)),
    );
  }
  throw fail(
    'AttributeError',
    withSuggestion(`'${typeName(o)}' object has no attribute '${name}'`, name, attributeNames(o)),
  );
}

/** Python's `o.name`. */
export function getAttr(o: PyValue, name: string): PyValue {
  const data = dataAttribute(o, name);
  if (data !== undefined) return data;
  const method = methodsOf(o)?.get(name);
  if (method !== undefined) return new BoundMethod(o, name, method);
  return noAttribute(o, name);
}

/** Python's `o.name(args…)`. */
export function callMethod(o: PyValue, name: string, args: PyValue[], kw: Kwargs): PyValue {
  const method = methodsOf(o)?.get(name);
  if (method !== undefined) return method(o as never, args, kw);
  return callValue(getAttr(o, name), args, kw);
}

/** Python's `o.name = v`. */
export function setAttr(o: PyValue, name: string, v: PyValue): void {
  if (o instanceof PyModule) {
    o.ns.assign(name, v);
    return;
  }
  if (o instanceof Value) {
    switch (name) {
      case 'data':
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
  if (dataAttribute(o, name) !== undefined || methodsOf(o)?.has(name)) {
    throw fail('AttributeError', `attribute '${name}' of '${typeName(o)}' objects is not writable`);
  }
  throw fail(
    'AttributeError',
    withSuggestion(`'${typeName(o)}' object has no attribute '${name}'`, name, attributeNames(o)),
  );
}
