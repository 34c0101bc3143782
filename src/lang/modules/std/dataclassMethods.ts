// The methods @dataclass writes into a class: `__init__`, `__repr__`, `__eq__`, the orderings,
// `__hash__` and a frozen class's `__setattr__`/`__delattr__`. Each is a real function (see
// runtime/nativeFunction.ts: a PyFunction whose body is this file's code), so it binds, is
// looked up along the MRO and is called like a method the program wrote, and its arguments
// are bound with the same rules and messages (`Value.__init__() missing 1 required
// positional argument: 'data'`).

import { typeError } from '../../runtime/state';
import { callMethod, getAttr, setAttr } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { eq, order } from '../../runtime/equality';
import { objectDelAttr, objectSetAttr } from '../../runtime/instances';
import { NativeMethod, PyClass, PyInstance } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { nativeFunction } from '../../runtime/nativeFunction';
import { typeOf } from '../../runtime/types';
import { PyDict, PyFunction, PyTuple, type Frame, type PyValue } from '../../runtime/values';
import { setItem } from '../../runtime/subscript';
import { frozenError, HAS_DEFAULT_FACTORY, MISSING } from './dataclassFields';

/** A method `cls.name(params…)` running `run`. */
function method(
  cls: PyClass,
  name: string,
  params: string[],
  run: (f: Frame) => PyValue,
): PyFunction {
  return nativeFunction({ qualname: `${cls.name}.${name}`, params }, run);
}

/** One field as `__init__` handles it. */
export interface InitField {
  name: string;
  /** True when `__init__` takes it as a parameter. */
  init: boolean;
  kwOnly: boolean;
  default: PyValue;
  factory: PyValue;
  /** An InitVar: a parameter passed on to `__post_init__`, not an attribute. */
  initVar: boolean;
  /** Its annotation, which `__init__.__annotations__` (and inspect.signature) shows. */
  type: PyValue;
}

/** `__init__(self, a, b=1, *, c)`: sets each field, then calls `__post_init__(initvars…)`. */
export function initMethod(
  cls: PyClass,
  fields: readonly InitField[],
  frozen: boolean,
  postInit: boolean,
): PyFunction {
  const selfName = fields.some((f) => f.name === 'self') ? '__dataclass_self__' : 'self';
  const positional = fields.filter((f) => f.init && !f.kwOnly);
  const keyword = fields.filter((f) => f.init && f.kwOnly);
  const paramDefault = (f: InitField): PyValue | undefined =>
    f.factory !== MISSING ? HAS_DEFAULT_FACTORY : f.default !== MISSING ? f.default : undefined;
  const defaults: PyValue[] = [];
  for (const f of positional) {
    const d = paramDefault(f);
    if (d !== undefined) defaults.push(d);
  }
  const slotOf = new Map<string, number>();
  positional.forEach((f, i) => slotOf.set(f.name, i + 1));
  keyword.forEach((f, i) => slotOf.set(f.name, positional.length + 1 + i));
  const store = (self: PyValue, name: string, v: PyValue): void => {
    // A frozen class's own __setattr__ refuses: its __init__ sets through object's.
    if (frozen && self instanceof PyInstance) objectSetAttr(self, name, v);
    else setAttr(self, name, v);
  };
  const signature = {
    qualname: `${cls.name}.__init__`,
    params: [selfName, ...positional.map((f) => f.name)],
    defaults,
    kwonly: keyword.map((f) => f.name),
    kwDefaults: keyword.map(paramDefault),
  };
  const init = nativeFunction(signature, (frame) => {
    const self = frame[0] as PyValue;
    const initVars: PyValue[] = [];
    for (const f of fields) {
      const slot = slotOf.get(f.name);
      const given = slot === undefined ? undefined : (frame[slot] as PyValue);
      if (f.initVar) {
        if (given !== undefined) initVars.push(given);
        continue;
      }
      let v: PyValue;
      if (f.factory !== MISSING) {
        v =
          given === undefined || given === HAS_DEFAULT_FACTORY
            ? callValue(f.factory, [], null)
            : given;
      } else if (given !== undefined) v = given;
      else continue; // init=False without a factory: the class attribute stands
      store(self, f.name, v);
    }
    if (postInit) callMethod(self, '__post_init__', initVars, null);
    return null;
  });
  // CPython's generated __init__ is annotated with the fields' types and `-> None`.
  const annotations = new PyDict();
  for (const f of [...positional, ...keyword]) setItem(annotations, f.name, f.type);
  setItem(annotations, 'return', null);
  init.extras = { dict: null, annotations };
  return init;
}

/** The instances whose dataclass `__repr__` is running: one met again shows as `...`. */
const inRepr = new Set<PyValue>();

/** The `__repr__` functions the decorator made, each with the fields it shows (for pprint). */
const generatedReprs = new WeakMap<PyFunction, readonly string[]>();

/** The fields a decorator-made `__repr__` shows, or null when `fn` is not one. */
export function generatedReprFields(fn: PyValue | undefined): readonly string[] | null {
  return fn instanceof PyFunction ? (generatedReprs.get(fn) ?? null) : null;
}

/** `__repr__`: `Value(data=1.0, grad=0.0)`, the fields with repr=True. */
export function reprMethod(cls: PyClass, names: readonly string[]): PyFunction {
  const fn = method(cls, '__repr__', ['self'], (frame) => {
    const self = frame[0] as PyValue;
    if (inRepr.has(self)) return '...';
    inRepr.add(self);
    try {
      const parts = names.map((n) => `${n}=${repr(getAttr(self, n))}`);
      return `${typeOf(self).qualifiedName}(${parts.join(', ')})`;
    } finally {
      inRepr.delete(self);
    }
  });
  generatedReprs.set(fn, names);
  return fn;
}

function fieldTuple(o: PyValue, names: readonly string[]): PyTuple {
  return new PyTuple(names.map((n) => getAttr(o, n)));
}

/** `__eq__`: the compared fields as tuples, for two instances of the very same class. */
export function eqMethod(cls: PyClass, names: readonly string[]): PyFunction {
  return method(cls, '__eq__', ['self', 'other'], (frame) => {
    const self = frame[0] as PyValue;
    const other = frame[1] as PyValue;
    if (typeOf(other) !== typeOf(self)) return NOT_IMPLEMENTED;
    return eq(fieldTuple(self, names), fieldTuple(other, names));
  });
}

export const ORDERINGS = [
  ['__lt__', '<'],
  ['__le__', '<='],
  ['__gt__', '>'],
  ['__ge__', '>='],
] as const;

/** `__lt__` and the others: the compared fields as tuples, same class only. */
export function orderMethod(
  cls: PyClass,
  name: string,
  op: '<' | '<=' | '>' | '>=',
  names: readonly string[],
): PyFunction {
  return method(cls, name, ['self', 'other'], (frame) => {
    const self = frame[0] as PyValue;
    const other = frame[1] as PyValue;
    if (typeOf(other) !== typeOf(self)) return NOT_IMPLEMENTED;
    return order(op, fieldTuple(self, names), fieldTuple(other, names));
  });
}

/** `__hash__`: hash() of the hashed fields as a tuple. */
export function hashMethod(cls: PyClass, names: readonly string[], hash: PyValue): PyFunction {
  return method(cls, '__hash__', ['self'], (frame) =>
    callValue(hash, [fieldTuple(frame[0] as PyValue, names)], null),
  );
}

/** The next `__setattr__`/`__delattr__` after `cls` in type(self)'s MRO, as super() finds it. */
function superHook(cls: PyClass, self: PyInstance, name: string): PyValue | undefined {
  const mro = self.cls.mro;
  for (let i = mro.indexOf(cls) + 1; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v !== undefined) return v instanceof NativeMethod ? undefined : v;
  }
  return undefined;
}

/**
 * A frozen class's `__setattr__` or `__delattr__`: a field (or any name on the class itself)
 * refuses. With slots=True CPython 3.11's method still names the class as it was before
 * `__slots__` made a new one, so every other name fails in its `super(cls, self)` call.
 */
export function frozenMethod(
  cls: PyClass,
  name: '__setattr__' | '__delattr__',
  fieldNames: readonly string[],
  slotted: boolean,
): PyFunction {
  const deleting = name === '__delattr__';
  const params = deleting ? ['self', 'name'] : ['self', 'name', 'value'];
  return method(cls, name, params, (frame) => {
    const self = frame[0] as PyValue;
    const attr = frame[1] as PyValue;
    if (
      (!slotted && typeOf(self) === cls) ||
      (typeof attr === 'string' && fieldNames.includes(attr))
    ) {
      throw frozenError(`cannot ${deleting ? 'delete' : 'assign to'} field ${repr(attr)}`);
    }
    if (slotted) throw typeError('super(type, obj): obj must be an instance or subtype of type');
    if (!(self instanceof PyInstance) || typeof attr !== 'string') return null;
    const next = superHook(cls, self, name);
    if (next !== undefined) {
      callValue(next, deleting ? [self, attr] : [self, attr, frame[2] as PyValue], null);
    } else if (deleting) objectDelAttr(self, attr);
    else objectSetAttr(self, attr, frame[2] as PyValue);
    return null;
  });
}
