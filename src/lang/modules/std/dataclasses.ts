// dataclasses: @dataclass (bare or with options), field(), fields(), asdict(), astuple(),
// replace(), is_dataclass(), make_dataclass(), MISSING, InitVar, KW_ONLY and FrozenInstanceError, with
// CPython 3.11's behaviour and messages. The class work is in dataclassProcess.ts.

import { getAttr } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { nativeFunction } from '../../runtime/nativeFunction';
import { PyClass, PyInstance } from '../../runtime/objects';
import { typeName } from '../../runtime/repr';
import { rt, typeError, valueError } from '../../runtime/state';
import { typeOf } from '../../runtime/types';
import {
  Builtin,
  PyDict,
  PyFunction,
  PyNamedTuple,
  PyTuple,
  type Frame,
  type Kwargs,
  type PyValue,
} from '../../runtime/values';
import { shared, type StdContext } from './context';
import {
  FIELD,
  fieldAttr,
  fieldFlag,
  fieldKind,
  fieldName,
  FROZEN_INSTANCE_ERROR,
  INIT_VAR,
  isField,
  KW_ONLY,
  FIELD_PARAMS,
  makeField,
  MISSING,
} from './dataclassFields';
import { makeDataclassClass, MAKE_PARAMS } from './dataclassMake';
import { processClass, type DataclassOptions } from './dataclassProcess';

const OPTION_NAMES: Record<string, keyof DataclassOptions | null> = {
  init: 'init',
  repr: 'repr',
  eq: 'eq',
  order: 'order',
  unsafe_hash: 'unsafeHash',
  frozen: 'frozen',
  match_args: 'matchArgs',
  kw_only: 'kwOnly',
  slots: 'slots',
  weakref_slot: null,
};

function options(kw: Kwargs): DataclassOptions {
  const o: DataclassOptions = {
    init: true,
    repr: true,
    eq: true,
    order: false,
    unsafeHash: false,
    frozen: false,
    matchArgs: true,
    kwOnly: false,
    slots: false,
  };
  if (kw === null) return o;
  for (const [k, v] of kw) {
    if (!(k in OPTION_NAMES)) {
      throw typeError(`dataclass() got an unexpected keyword argument '${k}'`);
    }
    const key = OPTION_NAMES[k];
    if (key !== null) o[key] = v !== false && v !== null && v !== 0n && v !== '';
  }
  return o;
}

/** A class's `__dataclass_fields__`, or null when it is not a dataclass. */
function dataclassFields(v: PyValue): PyDict | null {
  const cls = v instanceof PyClass ? v : typeOf(v);
  const f = cls.lookup('__dataclass_fields__');
  return f instanceof PyDict ? f : null;
}

function isDataclassInstance(v: PyValue): boolean {
  return !(v instanceof PyClass) && dataclassFields(v) !== null;
}

/** The real fields (not ClassVar or InitVar pseudo-fields), in order. */
function realFields(d: PyDict): PyInstance[] {
  const out: PyInstance[] = [];
  for (const e of d.map.values()) {
    if (isField(e.value) && fieldKind(e.value) === '_FIELD') out.push(e.value);
  }
  return out;
}

/**
 * asdict/astuple's copy: a dataclass becomes `factory(...)` of its fields (a dict of them, or
 * a tuple; `factory` null for the plain dict or tuple), containers are copied through.
 */
function copyOut(v: PyValue, asDict: boolean, factory: PyValue | null): PyValue {
  const inner = (x: PyValue): PyValue => copyOut(x, asDict, factory);
  if (isDataclassInstance(v)) {
    const fs = realFields(dataclassFields(v)!);
    const values = fs.map((f) => inner(getAttr(v, fieldName(f))));
    if (!asDict) return factory === null ? new PyTuple(values) : callValue(factory, [values], null);
    if (factory !== null) {
      const pairs = fs.map((f, i) => new PyTuple([fieldName(f), values[i]]));
      return callValue(factory, [pairs], null);
    }
    const d = new PyDict();
    fs.forEach((f, i) => d.map.set(fieldName(f), { key: fieldName(f), value: values[i] }));
    return d;
  }
  if (v instanceof PyNamedTuple) return new PyNamedTuple(v.items.map(inner), v.cls, v.fields);
  if (Array.isArray(v)) return v.map(inner);
  if (v instanceof PyTuple) return new PyTuple(v.items.map(inner));
  if (v instanceof PyDict && typeName(v) === 'dict') {
    const d = new PyDict();
    for (const [hk, e] of v.map) d.map.set(hk, { key: inner(e.key), value: inner(e.value) });
    return d;
  }
  return v;
}

/** replace(obj, /, **changes): a new instance through the class's __init__. */
function replace(obj: PyValue, changesDict: PyValue): PyValue {
  const fs = dataclassFields(obj);
  if (fs === null || obj instanceof PyClass) {
    throw typeError('replace() should be called on dataclass instances');
  }
  const changes = new Map<string, PyValue>();
  if (changesDict instanceof PyDict) {
    for (const e of changesDict.map.values()) changes.set(e.key as string, e.value);
  }
  for (const e of fs.map.values()) {
    const f = e.value;
    if (!isField(f) || fieldKind(f) === '_FIELD_CLASSVAR') continue;
    const name = fieldName(f);
    if (!fieldFlag(f, 'init')) {
      if (changes.has(name)) {
        throw valueError(
          `field ${name} is declared with init=False, it cannot be specified with replace()`,
        );
      }
      continue;
    }
    if (changes.has(name)) continue;
    if (fieldKind(f) === '_FIELD_INITVAR' && fieldAttr(f, 'default') === MISSING) {
      throw valueError(`InitVar '${name}' must be specified with replace()`);
    }
    changes.set(name, getAttr(obj, name));
  }
  return callValue(typeOf(obj), [], changes);
}

/** make_dataclass's options, with their defaults, after `bases` and `namespace`. */
const MAKE_OPTIONS: readonly [string, PyValue][] = [
  ['init', true],
  ['repr', true],
  ['eq', true],
  ['order', false],
  ['unsafe_hash', false],
  ['frozen', false],
  ['match_args', true],
  ['kw_only', false],
  ['slots', false],
  ['weakref_slot', false],
];

/** `cls` made a dataclass with options `o`. */
function decorator(hash: PyValue): (o: DataclassOptions, cls: PyValue) => PyValue {
  return (o, cls) => {
    if (!(cls instanceof PyClass) || cls.builtin) {
      throw typeError(`dataclass() should be called on a class, not '${typeName(cls)}'`);
    }
    return processClass(cls, o, hash);
  };
}

/** `@dataclass`, `@dataclass(...)`: the class processed, or the decorator that will. */
function dataclassDecorator(decorate: (o: DataclassOptions, cls: PyValue) => PyValue): Builtin {
  return new Builtin('dataclass', (args, kw) => {
    if (args.length > 1) {
      throw typeError(
        `dataclass() takes from 0 to 1 positional arguments but ${args.length} were given`,
      );
    }
    const o = options(kw);
    if (args.length === 1 && args[0] !== null) return decorate(o, args[0]);
    const wrap = nativeFunction({ qualname: 'dataclass.<locals>.wrap', params: ['cls'] }, (f) =>
      decorate(o, f[0] as PyValue),
    );
    return wrap;
  });
}

export function dataclassesModule(s: StdContext): Map<string, PyValue> {
  const decorate = decorator(shared(s, 'hash'));
  const plainDict = shared(s, 'dict');
  const plainTuple = shared(s, 'tuple');
  const instanceArg = (fname: string, v: PyValue): PyValue => {
    if (!isDataclassInstance(v))
      throw typeError(`${fname}() should be called on dataclass instances`);
    return v;
  };
  const fn = (
    qualname: string,
    params: string[],
    run: (f: Frame) => PyValue,
    more: { kwonly?: string[]; kwDefaults?: PyValue[]; kwargs?: boolean } = {},
  ): PyFunction => nativeFunction({ qualname, params, ...more }, run);
  const functions: PyFunction[] = [
    fn('field', [], (f) => makeField(f as PyValue[]), {
      kwonly: FIELD_PARAMS.map(([k]) => k),
      kwDefaults: FIELD_PARAMS.map(([, v]) => v),
    }),
    fn('fields', ['class_or_instance'], (f) => {
      const fs = dataclassFields(f[0] as PyValue);
      if (fs === null) throw typeError('must be called with a dataclass type or instance');
      return new PyTuple(realFields(fs));
    }),
    fn(
      'asdict',
      ['obj'],
      (f) => {
        const factory = f[1] as PyValue;
        return copyOut(
          instanceArg('asdict', f[0] as PyValue),
          true,
          factory === plainDict ? null : factory,
        );
      },
      { kwonly: ['dict_factory'], kwDefaults: [plainDict] },
    ),
    fn(
      'astuple',
      ['obj'],
      (f) => {
        const factory = f[1] as PyValue;
        return copyOut(
          instanceArg('astuple', f[0] as PyValue),
          false,
          factory === plainTuple ? null : factory,
        );
      },
      { kwonly: ['tuple_factory'], kwDefaults: [plainTuple] },
    ),
    fn('replace', ['obj'], (f) => replace(f[0] as PyValue, f[1] as PyValue), { kwargs: true }),
    fn('is_dataclass', ['obj'], (f) => dataclassFields(f[0] as PyValue) !== null),
    fn(
      'make_dataclass',
      ['cls_name', 'fields'],
      (f) => {
        const [clsName, specs, bases, namespace] = f as PyValue[];
        const given = new Map<string, PyValue>();
        MAKE_OPTIONS.forEach(([k], i) => given.set(k, f[4 + i] as PyValue));
        return decorate(options(given), makeDataclassClass(clsName, specs, bases, namespace));
      },
      {
        kwonly: [...MAKE_PARAMS, ...MAKE_OPTIONS].map(([k]) => k),
        kwDefaults: [...MAKE_PARAMS, ...MAKE_OPTIONS].map(([, v]) => v),
      },
    ),
  ];
  // Field(default, default_factory, init, repr, hash, compare, metadata, kw_only), as field().
  const fieldInit = fn(
    'Field.__init__',
    FIELD_PARAMS.map(([k]) => k),
    (f) => makeField(f as PyValue[], false),
  );
  if (!rt.constructors.has(FIELD)) {
    rt.constructors.set(FIELD, (args, kw) => callValue(fieldInit, args, kw));
  }
  const m = new Map<string, PyValue>([
    ['dataclass', dataclassDecorator(decorate)],
    ['Field', FIELD],
    ['MISSING', MISSING],
    ['KW_ONLY', KW_ONLY],
    ['InitVar', INIT_VAR],
    ['FrozenInstanceError', FROZEN_INSTANCE_ERROR],
  ]);
  for (const f of functions) m.set(f.name, f);
  return m;
}
