// The objects of the dataclasses module a class's fields are made of: `field(...)`'s Field
// objects, the MISSING sentinel, InitVar, KW_ONLY and FrozenInstanceError. A Field is an
// instance of a built-in class whose attributes a program reads as in CPython (`f.name`,
// `f.type`, `f.default`…); this module reads the same attributes.

import { PyMappingProxy } from '../../runtime/mappingProxy';
import { EXCEPTION_CLASSES, makeExceptionObject } from '../../runtime/exceptions';
import { classGet } from '../../runtime/instances';
import { NativeMethod, newAttrs, PyClass, PyInstance } from '../../runtime/objects';
import { fakeAddress, repr } from '../../runtime/repr';
import { fail, valueError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { builtinClass } from '../../runtime/types';
import { PyDict, PyTuple, type PyValue } from '../../runtime/values';
import type { TgradError, TgradErrorKind } from '../../errors';

/** An instance of a dataclasses helper class whose repr is fixed text. */
function sentinel(className: string, shown: (self: PyInstance) => string): PyInstance {
  const cls = builtinClass(className);
  cls.dict.set(
    '__repr__',
    new NativeMethod('__repr__', className, (self: PyInstance) => shown(self)),
  );
  return new PyInstance(cls, newAttrs());
}

/** dataclasses.MISSING: "no default given". */
export const MISSING = sentinel(
  '_MISSING_TYPE',
  (self) => `<dataclasses._MISSING_TYPE object at ${fakeAddress(self)}>`,
);
/** The parameter default of a field with a default_factory: `__init__` calls the factory. */
export const HAS_DEFAULT_FACTORY = sentinel('_HAS_DEFAULT_FACTORY_CLASS', () => '<factory>');
/** dataclasses.KW_ONLY: `_: KW_ONLY` makes the fields after it keyword-only. */
export const KW_ONLY = sentinel('_KW_ONLY_TYPE', (self) => {
  return `<dataclasses._KW_ONLY_TYPE object at ${fakeAddress(self)}>`;
});
/** dataclasses.InitVar: `x: InitVar[int]` is an `__init__` parameter passed to `__post_init__`. */
export const INIT_VAR = builtinClass('InitVar');
// Annotations show it by its module: `dataclasses.InitVar[int]`.
INIT_VAR.dict.set('__module__', 'dataclasses');
// `InitVar[int]` is an InitVar holding the type, shown as CPython's.
INIT_VAR.dict.set(
  '__class_getitem__',
  new NativeMethod('__class_getitem__', 'InitVar', (_cls: PyValue, args: PyValue[]) => {
    const o = new PyInstance(INIT_VAR, newAttrs());
    o.attrs.type = args[0];
    return o;
  }),
);
INIT_VAR.dict.set(
  '__repr__',
  new NativeMethod('__repr__', 'InitVar', (self: PyInstance) => {
    const t = self.attrs.type;
    const shown = t instanceof PyClass ? String(classGet(t, '__name__')) : repr(t);
    return `dataclasses.InitVar[${shown}]`;
  }),
);

/** dataclasses.FrozenInstanceError, an AttributeError. */
export const FROZEN_INSTANCE_ERROR = builtinClass(
  'FrozenInstanceError',
  EXCEPTION_CLASSES.get('AttributeError')!,
);
// Shown as CPython shows it: <class 'dataclasses.FrozenInstanceError'>.
FROZEN_INSTANCE_ERROR.dict.set('__module__', 'dataclasses');

/** The FrozenInstanceError a frozen dataclass raises on assignment or deletion. */
export function frozenError(message: string): TgradError {
  const err = fail(FROZEN_INSTANCE_ERROR.name as TgradErrorKind, message);
  err.exception = makeExceptionObject(FROZEN_INSTANCE_ERROR, new PyTuple([message]));
  return err;
}

/** What a Field stands for: a real field, a ClassVar, or an InitVar. */
export type FieldKind = '_FIELD' | '_FIELD_CLASSVAR' | '_FIELD_INITVAR';

export const FIELD = builtinClass('Field');
FIELD.dict.set('__module__', 'dataclasses');

const FIELD_ATTRS = [
  'name',
  'type',
  'default',
  'default_factory',
  'init',
  'repr',
  'hash',
  'compare',
  'metadata',
  'kw_only',
  '_field_type',
] as const;

FIELD.dict.set(
  '__repr__',
  new NativeMethod('__repr__', 'Field', (self: PyInstance) => {
    const parts = FIELD_ATTRS.map((k) => {
      const v = self.attrs[k] ?? null;
      // The field kinds show as their names (`_FIELD`), not as strings.
      return `${k}=${k === '_field_type' && typeof v === 'string' ? v : repr(v)}`;
    });
    return `Field(${parts.join(',')})`;
  }),
);

export function isField(v: PyValue): v is PyInstance {
  return v instanceof PyInstance && v.cls === FIELD;
}

/** A Field's attribute as this module reads it. */
export function fieldAttr(f: PyInstance, name: (typeof FIELD_ATTRS)[number]): PyValue {
  return f.attrs[name] ?? null;
}

/** A Field's init, repr, compare or kw_only, as Python's truth of the value given. */
export function fieldFlag(f: PyInstance, name: 'init' | 'repr' | 'compare' | 'kw_only'): boolean {
  return truthy(fieldAttr(f, name));
}

export function fieldName(f: PyInstance): string {
  return f.attrs.name as string;
}

export function fieldKind(f: PyInstance): FieldKind {
  return (f.attrs._field_type as FieldKind | null) ?? '_FIELD';
}

/** The keyword-only parameters of `field()`, with their defaults. */
export const FIELD_PARAMS: readonly [string, PyValue][] = [
  ['default', MISSING],
  ['default_factory', MISSING],
  ['init', true],
  ['repr', true],
  ['hash', null],
  ['compare', true],
  ['metadata', null],
  ['kw_only', MISSING],
];

/**
 * `field(...)` with its arguments in FIELD_PARAMS order; `Field(...)` itself (`checked` false)
 * takes both defaults without a word, as CPython's.
 */
export function makeField(values: readonly PyValue[], checked = true): PyInstance {
  const [d, df] = values;
  if (checked && d !== MISSING && df !== MISSING) {
    throw valueError('cannot specify both default and default_factory');
  }
  const f = new PyInstance(FIELD, newAttrs());
  f.attrs.name = null;
  f.attrs.type = null;
  FIELD_PARAMS.forEach(([k], i) => (f.attrs[k] = values[i]));
  // CPython keeps metadata as a read-only live view (`mappingproxy({...})`), empty for None.
  const metadata = f.attrs.metadata;
  if (metadata === null) f.attrs.metadata = PyMappingProxy.over(new PyDict(), FIELD);
  else if (metadata instanceof PyDict) f.attrs.metadata = PyMappingProxy.over(metadata, FIELD);
  f.attrs._field_type = null;
  return f;
}

/** A Field for a plain class attribute default (`x: int = 3`). */
export function fieldWithDefault(d: PyValue): PyInstance {
  return makeField(FIELD_PARAMS.map(([k, v]) => (k === 'default' ? d : v)));
}
