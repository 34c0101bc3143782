// What @dataclass does to a class, in CPython 3.11's order and with its errors: the fields
// from the bases' `__dataclass_fields__` and the class's own `__annotations__`, their checks,
// then the generated methods (dataclassMethods.ts) added where the class has none of its own,
// and the `__hash__` rule (eq without frozen makes instances unhashable).

import { classGet, classDelete } from '../../runtime/instances';
import { newAttrs, PyClass, PyInstance } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { typeError, valueError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { builtinClass, classRepr, typeOf } from '../../runtime/types';
import { PyByteArray } from '../../runtime/bytesValue';
import {
  PyDeque,
  PyDict,
  PyFrozenSet,
  PySet,
  PyTuple,
  PyTypeForm,
  type PyValue,
} from '../../runtime/values';
import {
  fieldAttr,
  fieldFlag,
  fieldKind,
  fieldName,
  INIT_VAR,
  isField,
  KW_ONLY,
  fieldWithDefault,
  MISSING,
  type FieldKind,
} from './dataclassFields';
import {
  eqMethod,
  frozenMethod,
  hashMethod,
  initMethod,
  orderMethod,
  ORDERINGS,
  reprMethod,
} from './dataclassMethods';
import { signatureDoc } from './dataclassSignature';

/** The options of `@dataclass(...)`. */
export interface DataclassOptions {
  init: boolean;
  repr: boolean;
  eq: boolean;
  order: boolean;
  unsafeHash: boolean;
  frozen: boolean;
  matchArgs: boolean;
  kwOnly: boolean;
  slots: boolean;
}

function isClassVar(t: PyValue): boolean {
  if (t instanceof PyTypeForm && t.kind === 'typing' && t.origin === 'ClassVar') return true;
  return typeof t === 'string' && /^\s*(?:typing\.)?ClassVar\b/.test(t);
}

function isInitVar(t: PyValue): boolean {
  if (t === INIT_VAR || (t instanceof PyInstance && t.cls === INIT_VAR)) return true;
  return typeof t === 'string' && /^\s*(?:dataclasses\.)?InitVar\b/.test(t);
}

/** `_: KW_ONLY` (or its text, under `from __future__ import annotations`). */
function isKwOnlyMarker(t: PyValue): boolean {
  return t === KW_ONLY || (typeof t === 'string' && /^\s*(?:dataclasses\.)?KW_ONLY\s*$/.test(t));
}

/** True for a value whose type sets `__hash__` to None: a mutable default. */
function unhashable(v: PyValue): boolean {
  // A frozenset is hashable (a fine default); a bytearray is not.
  if (v instanceof PySet) return !(v instanceof PyFrozenSet);
  if (Array.isArray(v) || v instanceof PyDeque || v instanceof PyByteArray) return true;
  if (v instanceof PyDict) return true;
  return v instanceof PyInstance && v.cls.hashMode() === 'none';
}

/** The Field for annotation `name: type` of `cls` (CPython's _get_field). */
function fieldFor(cls: PyClass, name: string, type: PyValue, kwOnly: boolean): PyInstance {
  const attr = classGet(cls, name);
  const found = attr === undefined ? MISSING : attr;
  const f = isField(found) ? found : fieldWithDefault(found);
  f.attrs.name = name;
  f.attrs.type = type;
  let kind: FieldKind = '_FIELD';
  if (isClassVar(type)) kind = '_FIELD_CLASSVAR';
  else if (isInitVar(type)) kind = '_FIELD_INITVAR';
  f.attrs._field_type = kind;
  if (kind !== '_FIELD' && fieldAttr(f, 'default_factory') !== MISSING) {
    throw typeError(`field ${name} cannot have a default factory`);
  }
  if (kind === '_FIELD_CLASSVAR') {
    if (fieldAttr(f, 'kw_only') !== MISSING) {
      throw typeError(`field ${name} is a ClassVar but specifies kw_only`);
    }
  } else if (fieldAttr(f, 'kw_only') === MISSING) f.attrs.kw_only = kwOnly;
  const d = fieldAttr(f, 'default');
  if (kind === '_FIELD' && unhashable(d)) {
    throw valueError(
      `mutable default ${classRepr(typeOf(d))} for field ${name} is not allowed: use default_factory`,
    );
  }
  return f;
}

/** `cls` with what @dataclass(options) adds; the same class object. */
export function processClass(cls: PyClass, o: DataclassOptions, hash: PyValue): PyClass {
  const fields = new Map<string, PyInstance>();
  let hasDataclassBases = false;
  let anyFrozenBase = false;
  for (const base of cls.mro.slice(1).reverse()) {
    const baseFields = base.dict.get('__dataclass_fields__');
    if (!(baseFields instanceof PyDict)) continue;
    hasDataclassBases = true;
    for (const e of baseFields.map.values()) {
      if (isField(e.value)) fields.set(fieldName(e.value), e.value);
    }
    const params = base.dict.get('__dataclass_params__');
    if (params instanceof PyInstance && params.attrs.frozen === true) anyFrozenBase = true;
  }

  const annotations = cls.dict.get('__annotations__');
  const own: PyInstance[] = [];
  let kwOnly = o.kwOnly;
  let kwOnlySeen: string | null = null;
  if (annotations instanceof PyDict) {
    for (const { key, value } of annotations.map.values()) {
      if (typeof key !== 'string') continue;
      if (isKwOnlyMarker(value)) {
        if (kwOnlySeen !== null) {
          throw typeError(`${repr(key)} is KW_ONLY, but KW_ONLY has already been specified`);
        }
        kwOnlySeen = key;
        kwOnly = true;
        continue;
      }
      own.push(fieldFor(cls, key, value, kwOnly));
    }
  }
  for (const f of own) {
    const name = fieldName(f);
    fields.set(name, f);
    if (isField(classGet(cls, name) ?? null)) {
      const d = fieldAttr(f, 'default');
      if (d === MISSING) {
        if (cls.dict.has(name)) classDelete(cls, name);
      } else cls.setMember(name, d);
    }
  }
  for (const [name, v] of cls.dict) {
    const annotated = annotations instanceof PyDict && annotations.map.has(name);
    if (isField(v) && !annotated)
      throw typeError(`${repr(name)} is a field but has no type annotation`);
  }
  if (hasDataclassBases) {
    if (anyFrozenBase && !o.frozen) {
      throw typeError('cannot inherit non-frozen dataclass from a frozen one');
    }
    if (!anyFrozenBase && o.frozen) {
      throw typeError('cannot inherit frozen dataclass from a non-frozen one');
    }
  }
  const fieldDict = new PyDict();
  for (const [k, f] of fields) fieldDict.map.set(k, { key: k, value: f });
  cls.setMember('__dataclass_params__', paramsObject(o));
  cls.setMember('__dataclass_fields__', fieldDict);

  const ownHash = cls.dict.get('__hash__');
  const hasExplicitHash = !(ownHash === undefined || (ownHash === null && cls.dict.has('__eq__')));
  if (o.order && !o.eq) throw valueError('eq must be true if order is true');

  const all = [...fields.values()];
  const real = all.filter((f) => fieldKind(f) === '_FIELD');
  const initFields = all.filter((f) => fieldKind(f) !== '_FIELD_CLASSVAR');
  const setNew = (name: string, v: PyValue): boolean => {
    if (cls.dict.has(name)) return true;
    cls.setMember(name, v);
    return false;
  };
  if (o.init) {
    let seenDefault = false;
    for (const f of initFields) {
      if (fieldFlag(f, 'kw_only') || !fieldFlag(f, 'init')) continue;
      const hasDefault =
        fieldAttr(f, 'default') !== MISSING || fieldAttr(f, 'default_factory') !== MISSING;
      if (hasDefault) seenDefault = true;
      else if (seenDefault) {
        throw typeError(`non-default argument ${repr(fieldName(f))} follows default argument`);
      }
    }
    const plan = initFields.map((f) => ({
      name: fieldName(f),
      init: fieldFlag(f, 'init'),
      kwOnly: fieldFlag(f, 'kw_only'),
      default: fieldAttr(f, 'default'),
      factory: fieldAttr(f, 'default_factory'),
      initVar: fieldKind(f) === '_FIELD_INITVAR',
      type: fieldAttr(f, 'type'),
    }));
    setNew('__init__', initMethod(cls, plan, o.frozen, cls.lookup('__post_init__') !== undefined));
  }
  const names = (pick: (f: PyInstance) => boolean): string[] => real.filter(pick).map(fieldName);
  if (o.repr)
    setNew(
      '__repr__',
      reprMethod(
        cls,
        names((f) => fieldFlag(f, 'repr')),
      ),
    );
  const compared = names((f) => fieldFlag(f, 'compare'));
  if (o.eq) setNew('__eq__', eqMethod(cls, compared));
  if (o.order) {
    for (const [name, op] of ORDERINGS) {
      if (setNew(name, orderMethod(cls, name, op, compared))) {
        throw typeError(
          `Cannot overwrite attribute ${name} in class ${cls.name}. Consider using functools.total_ordering`,
        );
      }
    }
  }
  if (o.frozen) {
    const fieldNames = real.map(fieldName);
    for (const name of ['__setattr__', '__delattr__'] as const) {
      if (setNew(name, frozenMethod(cls, name, fieldNames, o.slots))) {
        throw typeError(`Cannot overwrite attribute ${name} in class ${cls.name}`);
      }
    }
  }
  applyHashRule(cls, o, hasExplicitHash, () =>
    hashMethod(
      cls,
      names((f) => {
        const h = fieldAttr(f, 'hash');
        return h === null ? fieldFlag(f, 'compare') : truthy(h);
      }),
      hash,
    ),
  );
  if (cls.dict.get('__doc__') === null || cls.dict.get('__doc__') === undefined) {
    cls.setMember('__doc__', signatureDoc(cls.name, initFields, o.init));
  }
  if (o.matchArgs) {
    const std = initFields.filter((f) => fieldFlag(f, 'init') && !fieldFlag(f, 'kw_only'));
    setNew('__match_args__', new PyTuple(std.map(fieldName)));
  }
  if (o.slots) addSlots(cls, real.map(fieldName));
  return cls;
}

/** CPython's table of what `__hash__` becomes for (unsafe_hash, eq, frozen, explicit hash). */
function applyHashRule(
  cls: PyClass,
  o: DataclassOptions,
  hasExplicitHash: boolean,
  make: () => PyValue,
): void {
  if (o.unsafeHash) {
    if (hasExplicitHash)
      throw typeError(`Cannot overwrite attribute __hash__ in class ${cls.name}`);
    cls.setMember('__hash__', make());
    return;
  }
  if (!o.eq || hasExplicitHash) return;
  // eq without frozen: equal instances may change, so they cannot be hashed.
  cls.setMember('__hash__', o.frozen ? make() : null);
}

/** slots=True: the fields become `__slots__`, so instances take no other attribute. */
function addSlots(cls: PyClass, names: string[]): void {
  if (cls.dict.has('__slots__')) throw typeError(`${cls.name} already specifies __slots__`);
  // The fields' defaults are the generated __init__'s; the class keeps no attribute for them.
  for (const n of names) if (cls.dict.has(n)) cls.setMember(n, undefined);
  const inherited = new Set<string>();
  let everyBaseSlotted = true;
  for (const base of cls.mro.slice(1)) {
    if (base === cls.mro[cls.mro.length - 1]) continue; // object
    if (base.slotNames === null) everyBaseSlotted = false;
    else for (const n of base.slotNames) inherited.add(n);
  }
  // A slot a base declares is not declared again.
  cls.setMember('__slots__', new PyTuple(names.filter((n) => !inherited.has(n))));
  // A base without __slots__ gives the instances a __dict__ all the same.
  if (everyBaseSlotted) cls.slotNames = new Set([...inherited, ...names]);
}

const PARAMS_NAMES = ['init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen'] as const;

const PARAMS = builtinClass('_DataclassParams');

/** `__dataclass_params__`: the options, as attributes. */
function paramsObject(o: DataclassOptions): PyInstance {
  const p = new PyInstance(PARAMS, newAttrs());
  const values = [o.init, o.repr, o.eq, o.order, o.unsafeHash, o.frozen];
  PARAMS_NAMES.forEach((k, i) => (p.attrs[k] = values[i]));
  return p;
}
