// typing.TypedDict: `class Movie(TypedDict, total=False): title: str` names the keys a dict is
// meant to have, for a type checker. At run time the class is CPython's: a dict subclass whose
// call makes a plain dict, with the annotations (its bases' first), __total__ and the
// required and optional keys; isinstance() with it is refused. `TypedDict('M', {...})` is the
// same class.

import { callValue } from '../../runtime/call';
import { createPlainClass } from '../../runtime/classes';
import { hashKey } from '../../runtime/equality';
import { itemsOf } from '../../runtime/iteration';
import { PyClass, type ClassMeta } from '../../runtime/objects';
import { setFromItems } from '../../runtime/smallSet';
import { typeError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { builtinClass, OBJECT } from '../../runtime/types';
import { PyDict, PyFrozenSet, PyTypeForm, type PyValue } from '../../runtime/values';
import { checkedAnnotation } from './typingForwardRef';

/** typing._TypedDictMeta as a value: `type(Movie)`. */
const TYPED_DICT_META_TYPE = new PyClass(
  '_TypedDictMeta',
  [builtinClass('type')],
  new Map([['__module__', 'typing']]),
  null,
  true,
);
TYPED_DICT_META_TYPE.mro = [TYPED_DICT_META_TYPE, ...builtinClass('type').mro];

/** A key's annotation marks it Required[...] or NotRequired[...] (through Annotated), else `total`. */
function isRequired(annotation: PyValue, total: boolean): boolean {
  let t = annotation;
  if (t instanceof PyTypeForm && t.kind === 'typing' && t.origin === 'Annotated' && t.args) {
    t = t.args[0];
  }
  if (t instanceof PyTypeForm && t.kind === 'typing') {
    if (t.origin === 'Required') return true;
    if (t.origin === 'NotRequired') return false;
  }
  return total;
}

function refuseCheck(): never {
  throw typeError('TypedDict does not support instance and class checks');
}

function keysOf(cls: PyValue, name: string): readonly PyValue[] {
  const v = cls instanceof PyClass ? cls.dict.get(name) : undefined;
  return v instanceof PyFrozenSet ? itemsOf(v) : [];
}

function create(
  name: string,
  bases: PyValue[],
  ns: Map<string, PyValue>,
  kw?: Map<string, PyValue> | null,
): PyClass {
  for (const b of bases) {
    if (b !== TYPED_DICT && !(b instanceof PyClass && b.meta === TYPED_DICT_META)) {
      throw typeError('cannot inherit from both a TypedDict type and a non-TypedDict base class');
    }
  }
  const totalArg = kw?.get('total');
  kw?.delete('total');
  const total = totalArg === undefined ? true : truthy(totalArg);
  const own = ns.get('__annotations__');
  const annotations = new PyDict();
  const required: PyValue[] = [];
  const optional: PyValue[] = [];
  for (const b of bases) {
    const inherited = b instanceof PyClass ? b.dict.get('__annotations__') : undefined;
    if (inherited instanceof PyDict) for (const [k, e] of inherited.map) annotations.map.set(k, e);
    required.push(...keysOf(b, '__required_keys__'));
    optional.push(...keysOf(b, '__optional_keys__'));
  }
  if (own instanceof PyDict) {
    // typing checks each field's type, a string becoming ForwardRef(text, module=...).
    const module = ns.get('__module__');
    for (const [k, e] of own.map) {
      const value = checkedAnnotation(e.value, typeof module === 'string' ? module : null);
      annotations.map.set(k, { key: e.key, value });
      (isRequired(e.value, total) ? required : optional).push(e.key);
    }
  }
  ns.set('__annotations__', annotations);
  ns.set('__required_keys__', setFromItems(required, hashKey, new PyFrozenSet()));
  ns.set('__optional_keys__', setFromItems(optional, hashKey, new PyFrozenSet()));
  ns.set('__total__', total);
  const cls = createPlainClass(name, [builtinClass('dict')], ns);
  cls.meta = TYPED_DICT_META;
  cls.instanceCheck = refuseCheck;
  cls.subclassCheck = refuseCheck;
  return cls;
}

/** `TypedDict('Movie', {'title': str}, total=False)`. */
function functional(args: PyValue[], kw: Map<string, PyValue> | null): PyClass {
  const [name, fields] = args;
  if (typeof name !== 'string') {
    throw typeError("TypedDict() missing 1 required positional argument: 'typename'");
  }
  const annotations = new PyDict();
  if (fields instanceof PyDict) for (const [k, e] of fields.map) annotations.map.set(k, e);
  const ns = new Map<string, PyValue>([
    ['__module__', '__main__'],
    ['__annotations__', annotations],
  ]);
  return create(name, [TYPED_DICT], ns, new Map(kw ?? []));
}

const TYPED_DICT_META: ClassMeta = {
  type: TYPED_DICT_META_TYPE,
  create,
  // A TypedDict class makes plain dicts.
  call: (_cls, args, kw) => callValue(builtinClass('dict'), args, kw),
};

/** typing.TypedDict: a base for class statements, and a function making such a class. */
const TYPED_DICT: PyClass = (() => {
  const cls = new PyClass('TypedDict', [OBJECT], new Map([['__module__', 'typing']]), null, true);
  cls.mro = [cls, OBJECT];
  cls.meta = { type: builtinClass('type'), create, call: (_c, args, kw) => functional(args, kw) };
  return cls;
})();

export function typedDictBase(): PyClass {
  return TYPED_DICT;
}
