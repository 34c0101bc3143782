// dataclasses.make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options): the
// class a `@dataclass` class statement would make, its fields given as names, (name, type)
// or (name, type, Field) pairs, with CPython 3.11's checks and messages.

import { len } from '../../builtins/lengthAndRange';
import { callValue } from '../../runtime/call';
import { itemsOf } from '../../runtime/iteration';
import { nativeFunction } from '../../runtime/nativeFunction';
import { repr } from '../../runtime/repr';
import { typeError } from '../../runtime/state';
import { setItem } from '../../runtime/subscript';
import { PyDict, PyTuple, type PyValue } from '../../runtime/values';
import { KEYWORDS } from '../../tokens';
import { NEW_CLASS } from './typesNewClass';

const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

/** make_dataclass's keyword-only parameters (besides the decorator's options), with defaults. */
export const MAKE_PARAMS: readonly [string, PyValue][] = [
  ['bases', new PyTuple([])],
  ['namespace', null],
];

/** The class, not yet a dataclass: `decorate` makes it one. */
export function makeDataclassClass(
  clsName: PyValue,
  fieldSpecs: PyValue,
  bases: PyValue,
  namespace: PyValue,
): PyValue {
  const annotations = new PyDict();
  const defaults: [string, PyValue][] = [];
  for (const item of itemsOf(fieldSpecs)) {
    let name: PyValue;
    let tp: PyValue = 'typing.Any';
    if (typeof item === 'string') name = item;
    else {
      const n = len(item);
      const parts = n === 2n || n === 3n ? itemsOf(item) : null;
      if (parts === null) throw typeError(`Invalid field: ${repr(item)}`);
      [name, tp] = parts;
      if (parts.length === 3 && typeof name === 'string') defaults.push([name, parts[2]]);
    }
    if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
      throw typeError(`Field names must be valid identifiers: ${repr(name)}`);
    }
    if (KEYWORDS.has(name)) throw typeError(`Field names must not be keywords: ${repr(name)}`);
    if (annotations.map.has(name)) throw typeError(`Field name duplicated: ${repr(name)}`);
    setItem(annotations, name, tp);
  }
  const body = nativeFunction(
    { qualname: 'make_dataclass.<locals>.exec_body_callback', params: ['ns'] },
    (f) => {
      const ns = f[0] as PyValue;
      // CPython 3.11's class takes the module of the frame that makes it: types.new_class's.
      setItem(ns, '__module__', 'types');
      if (namespace !== null) {
        for (const { key, value } of namespaceEntries(namespace)) setItem(ns, key, value);
      }
      for (const [name, spec] of defaults) setItem(ns, name, spec);
      setItem(ns, '__annotations__', annotations);
      return null;
    },
  );
  return callValue(NEW_CLASS, [clsName, bases, new PyDict(), body], null);
}

function namespaceEntries(namespace: PyValue): { key: PyValue; value: PyValue }[] {
  if (!(namespace instanceof PyDict)) {
    throw typeError(`'${repr(namespace)}' object is not a mapping`);
  }
  return [...namespace.map.values()].map(({ key, value }) => ({ key: key as PyValue, value }));
}
