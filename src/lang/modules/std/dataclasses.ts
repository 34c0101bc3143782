// dataclasses: @dataclass (bare or with options), field(), fields(), asdict(), astuple(),
// replace(), is_dataclass(), MISSING, InitVar, KW_ONLY and FrozenInstanceError, with
// CPython 3.11's behaviour and messages. The class work is in dataclassProcess.ts.

import { defineAll } from '../../builtins/core';
import { getAttr } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { PyClass, PyInstance } from '../../runtime/objects';
import { typeName } from '../../runtime/repr';
import { typeError, valueError } from '../../runtime/state';
import { typeOf } from '../../runtime/types';
import {
  Builtin,
  PyDict,
  PyNamedTuple,
  PyTuple,
  type Kwargs,
  type PyValue,
} from '../../runtime/values';
import { shared, type StdContext } from './context';
import {
  fieldAttr,
  fieldKind,
  fieldName,
  FROZEN_INSTANCE_ERROR,
  INIT_VAR,
  isField,
  KW_ONLY,
  makeField,
  MISSING,
} from './dataclassFields';
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

/** asdict/astuple's copy: dataclasses become dicts (tuples), containers are copied through. */
function copyOut(v: PyValue, asDict: boolean): PyValue {
  if (isDataclassInstance(v)) {
    const fs = realFields(dataclassFields(v)!);
    if (!asDict) return new PyTuple(fs.map((f) => copyOut(getAttr(v, fieldName(f)), false)));
    const d = new PyDict();
    for (const f of fs) {
      const k = fieldName(f);
      d.map.set(k, { key: k, value: copyOut(getAttr(v, k), true) });
    }
    return d;
  }
  if (v instanceof PyNamedTuple) {
    return new PyNamedTuple(
      v.items.map((x) => copyOut(x, asDict)),
      v.cls,
      v.fields,
    );
  }
  if (Array.isArray(v)) return v.map((x) => copyOut(x, asDict));
  if (v instanceof PyTuple) return new PyTuple(v.items.map((x) => copyOut(x, asDict)));
  if (v instanceof PyDict && typeName(v) === 'dict') {
    const d = new PyDict();
    for (const [hk, e] of v.map) {
      d.map.set(hk, { key: copyOut(e.key, asDict), value: copyOut(e.value, asDict) });
    }
    return d;
  }
  return v;
}

function oneInstance(fname: string, args: PyValue[], kw: Kwargs): PyValue {
  if (args.length !== 1 || (kw !== null && kw.size > 0)) {
    throw typeError(`${fname}() takes 1 positional argument but ${args.length} were given`);
  }
  if (!isDataclassInstance(args[0])) {
    throw typeError(`${fname}() should be called on dataclass instances`);
  }
  return args[0];
}

/** replace(obj, /, **changes): a new instance through the class's __init__. */
function replace(args: PyValue[], kw: Kwargs): PyValue {
  if (args.length !== 1) {
    throw typeError(`replace() takes 1 positional argument but ${args.length} were given`);
  }
  const obj = args[0];
  const fs = dataclassFields(obj);
  if (fs === null || obj instanceof PyClass) {
    throw typeError('replace() should be called on dataclass instances');
  }
  const changes = new Map(kw ?? []);
  for (const e of fs.map.values()) {
    const f = e.value;
    if (!isField(f) || fieldKind(f) === '_FIELD_CLASSVAR') continue;
    const name = fieldName(f);
    if (fieldAttr(f, 'init') !== true) {
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

export function dataclassesModule(s: StdContext): Map<string, PyValue> {
  const hash = shared(s, 'hash');
  const m = new Map<string, PyValue>([
    ['MISSING', MISSING],
    ['KW_ONLY', KW_ONLY],
    ['InitVar', INIT_VAR],
    ['FrozenInstanceError', FROZEN_INSTANCE_ERROR],
  ]);
  const decorate = (o: DataclassOptions, cls: PyValue): PyValue => {
    if (!(cls instanceof PyClass) || cls.builtin) {
      throw typeError(`dataclass() should be called on a class, not '${typeName(cls)}'`);
    }
    return processClass(cls, o, hash);
  };
  defineAll(m, [
    [
      'dataclass',
      (args, kw) => {
        if (args.length > 1) {
          throw typeError(
            `dataclass() takes from 0 to 1 positional arguments but ${args.length} were given`,
          );
        }
        const o = options(kw);
        // @dataclass decorates; @dataclass(...) returns the decorator.
        if (args.length === 1 && args[0] !== null) return decorate(o, args[0]);
        return new Builtin('wrap', (wargs, wkw) => {
          if (wargs.length !== 1 || (wkw !== null && wkw.size > 0)) {
            throw typeError(`wrap() takes 1 positional argument but ${wargs.length} were given`);
          }
          return decorate(o, wargs[0]);
        });
      },
    ],
    ['field', makeField],
    [
      'fields',
      (args, kw) => {
        if (args.length !== 1 || (kw !== null && kw.size > 0)) {
          throw typeError(`fields() takes 1 positional argument but ${args.length} were given`);
        }
        const fs = dataclassFields(args[0]);
        if (fs === null) throw typeError('must be called with a dataclass type or instance');
        return new PyTuple(realFields(fs));
      },
    ],
    ['asdict', (args, kw) => copyOut(oneInstance('asdict', args, kw), true)],
    ['astuple', (args, kw) => copyOut(oneInstance('astuple', args, kw), false)],
    ['replace', replace],
    [
      'is_dataclass',
      (args, kw) => {
        if (args.length !== 1 || (kw !== null && kw.size > 0)) {
          throw typeError(
            `is_dataclass() takes 1 positional argument but ${args.length} were given`,
          );
        }
        return dataclassFields(args[0]) !== null;
      },
    ],
  ]);
  return m;
}
