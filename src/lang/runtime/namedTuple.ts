// collections.namedtuple: a class whose instances are tuples (PyNamedTuple) with named
// items. Being tuples, they index, unpack, compare and hash as tuples do; this file adds
// what the names bring: the class itself, its constructor, `p.x`, `_fields`, `_replace`,
// `_asdict`, `_make` and the repr `Point(x=1, y=2)`, with CPython's messages.

import { KEYWORDS } from '../tokens';
import { bind } from './instances';
import { collect } from './iteration';
import { NAMED_TUPLE_CLASS_META } from './namedTupleSubclass';
import { NativeMethod, PyClass, PyClassMethod, PyProperty, PyStaticMethod } from './objects';
import { repr, str } from './repr';
import { typeName } from './typeName';
import { fail, typeError } from './state';
import { builtinClass } from './types';
import {
  BoundMethod,
  Builtin,
  PyDict,
  PyNamedTuple,
  PyTuple,
  type Kwargs,
  type MethodImpl,
  type PyValue,
} from './values';

const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** The field names as namedtuple takes them: a string split on commas/spaces, or any items
 * made strings by str(), as CPython's `list(map(str, field_names))` does. */
function fieldNames(spec: PyValue): string[] {
  return typeof spec === 'string'
    ? spec
        .replace(/,/g, ' ')
        .split(/\s+/)
        .filter((s) => s !== '')
    : collect(spec).map((n) => str(n));
}

/** rename=True: a bad or repeated name becomes `_<index>` (CPython's rule, in its order). */
function renameFields(fields: string[]): string[] {
  const seen = new Set<string>();
  return fields.map((f, i) => {
    const bad = !IDENTIFIER.test(f) || KEYWORDS.has(f) || f.startsWith('_') || seen.has(f);
    seen.add(f);
    return bad ? `_${i}` : f;
  });
}

function checkName(name: string): void {
  if (!IDENTIFIER.test(name)) {
    throw fail('ValueError', `Type names and field names must be valid identifiers: '${name}'`);
  }
  if (KEYWORDS.has(name)) {
    throw fail('ValueError', `Type names and field names cannot be a keyword: '${name}'`);
  }
}

/** `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`: the new
 * class; `module` is its `__module__` ('__main__' when not given). */
export function makeNamedTupleClass(
  typenameArg: PyValue,
  spec: PyValue,
  defaultsArg: PyValue,
  rename = false,
  module = '__main__',
): PyClass {
  const typename = str(typenameArg);
  const named = fieldNames(spec);
  const fields = rename ? renameFields(named) : named;
  for (const name of [typename, ...fields]) checkName(name);
  const seen = new Set<string>();
  for (const f of fields) {
    if (f.startsWith('_') && !rename) {
      throw fail('ValueError', `Field names cannot start with an underscore: '${f}'`);
    }
    if (seen.has(f)) throw fail('ValueError', `Encountered duplicate field name: '${f}'`);
    seen.add(f);
  }
  const defaults = defaultsArg === null ? [] : collect(defaultsArg);
  if (defaults.length > fields.length) {
    throw typeError('Got more default values than field names');
  }
  const fieldDefaults = new PyDict();
  const firstDefault = fields.length - defaults.length;
  defaults.forEach((v, i) => {
    const k = fields[firstDefault + i];
    fieldDefaults.map.set(k, { key: k, value: v });
  });
  const dict = new Map<string, PyValue>();
  const cls = new PyClass(typename, [builtinClass('tuple')], dict, null, true);
  cls.mro = [cls, ...cls.bases[0].mro];
  cls.meta = NAMED_TUPLE_CLASS_META;
  builtinClass('tuple').subclasses.push(cls);
  dict.set('__module__', module);
  dict.set('__slots__', new PyTuple([]));
  // CPython's docstring: `P(x, y)`, with a comma after a sole field (`P(x,)`).
  dict.set('__doc__', `${typename}(${fields.join(', ')}${fields.length === 1 ? ',' : ''})`);
  dict.set('_fields', new PyTuple(fields.slice()));
  dict.set('__match_args__', new PyTuple(fields.slice()));
  dict.set('_field_defaults', fieldDefaults);
  // __new__ and _make take the class they are called on, so a subclass makes its own instances.
  dict.set(
    '__new__',
    new PyStaticMethod(
      new Builtin('__new__', (args, kw) => {
        const target = instanceClass(`${typename}.__new__()`, args[0], cls);
        return new PyNamedTuple(
          bindFields(typename, fields, defaults, args.slice(1), kw),
          target,
          fields,
        );
      }),
    ),
  );
  dict.set('__repr__', NAMED_TUPLE_REPR);
  dict.set(
    '_make',
    new PyClassMethod(
      new Builtin('_make', (args) => {
        if (args.length !== 2) {
          throw typeError(`_make() takes 1 argument (${args.length - 1} given)`);
        }
        const items = collect(args[1]);
        if (items.length !== fields.length) {
          throw typeError(`Expected ${fields.length} arguments, got ${items.length}`);
        }
        return new PyNamedTuple(items, instanceClass('_make()', args[0], cls), fields);
      }),
    ),
  );
  return cls;
}

/** The class `__new__(cls, …)` was given: `base` or a subclass of it. */
function instanceClass(fname: string, given: PyValue | undefined, base: PyClass): PyClass {
  if (given === undefined) {
    throw typeError(`${fname} missing 1 required positional argument: '_cls'`);
  }
  if (!(given instanceof PyClass) || !given.isSubclassOf(base)) {
    throw typeError(`${fname}: ${typeName(given)} is not a subtype of ${base.name}`);
  }
  return given;
}

/** `Point(1, y=2)`: the items in field order, with CPython's `Point.__new__()` errors. */
function bindFields(
  typename: string,
  fields: readonly string[],
  defaults: readonly PyValue[],
  args: readonly PyValue[],
  kw: Kwargs,
): PyValue[] {
  const fname = `${typename}.__new__()`;
  const n = fields.length;
  if (args.length > n) {
    const min = n - defaults.length + 1;
    const takes = min === n + 1 ? `${n + 1}` : `from ${min} to ${n + 1}`;
    throw typeError(
      `${fname} takes ${takes} positional arguments but ${args.length + 1} were given`,
    );
  }
  const out: (PyValue | undefined)[] = fields.map((_, i) => args[i]);
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = fields.indexOf(k);
      if (i < 0) throw typeError(`${fname} got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw typeError(`${fname} got multiple values for argument '${k}'`);
      out[i] = v;
    }
  }
  const firstDefault = n - defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < n; i++) {
    if (out[i] !== undefined) continue;
    if (i >= firstDefault) out[i] = defaults[i - firstDefault];
    else missing.push(`'${fields[i]}'`);
  }
  if (missing.length > 0) {
    const names =
      missing.length === 1
        ? missing[0]
        : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
    throw typeError(
      `${fname} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${names}`,
    );
  }
  return out as PyValue[];
}

/** `p._replace(x=10)`: a new instance with some fields changed. */
function replace(self: PyNamedTuple, args: PyValue[], kw: Kwargs): PyValue {
  if (args.length > 0) {
    throw typeError(
      `${self.cls.name}._replace() takes 1 positional argument but ${args.length + 1} were given`,
    );
  }
  const items = self.items.slice();
  const unknown: string[] = [];
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = self.fields.indexOf(k);
      if (i < 0) unknown.push(`'${k}'`);
      else items[i] = v;
    }
  }
  if (unknown.length > 0)
    throw fail('ValueError', `Got unexpected field names: [${unknown.join(', ')}]`);
  return new PyNamedTuple(items, self.cls, self.fields);
}

/** `p._asdict()`: a dict of field name to value, in field order. */
function asDict(self: PyNamedTuple, args: PyValue[]): PyValue {
  if (args.length > 0) {
    throw typeError(
      `${self.cls.name}._asdict() takes 1 positional argument but ${args.length + 1} were given`,
    );
  }
  const d = new PyDict();
  // CPython zips the fields with iter(self): a subclass's __iter__ gives the values.
  const values = collect(self);
  self.fields.forEach((k, i) => {
    if (i < values.length) d.map.set(k, { key: k, value: values[i] });
  });
  return d;
}

/** `p.name` for a field or one of the namedtuple methods; undefined for anything else. */
export function namedTupleAttribute(self: PyNamedTuple, name: string): PyValue | undefined {
  const i = self.fields.indexOf(name);
  if (i >= 0) return self.items[i];
  switch (name) {
    case '_replace':
      return new BoundMethod(self, name, replace);
    case '_asdict':
      return new BoundMethod(self, name, asDict);
  }
  // The attributes of the class and its bases (a NamedTuple class body's methods, a subclass's
  // methods and properties) bind as a class's do; a property comes before the instance's own.
  const v = self.cls.lookup(name);
  if (v instanceof PyProperty) return bind(v, self, self.cls);
  const own = self.attrs?.[name];
  if (own !== undefined) return own;
  return v === undefined ? undefined : bind(v, self, self.cls);
}

/** The namedtuple class's own `__repr__`, which a subclass's reaches by `super().__repr__()`. */
export const NAMED_TUPLE_REPR = new NativeMethod('__repr__', 'namedtuple', ((self: PyNamedTuple) =>
  namedTupleRepr(self, repr)) as MethodImpl<never>);

/** `Point(x=1, y=2)`, each item shown by `show` (the caller's repr, which guards cycles). */
export function namedTupleRepr(self: PyNamedTuple, show: (v: PyValue) => string): string {
  const parts = self.fields.map((f, i) => `${f}=${show(self.items[i])}`);
  return `${self.cls.name}(${parts.join(', ')})`;
}
