// What a class body's annotations evaluate to when they are more than a name: `list[int]`,
// `List[float]`, `Optional['Value']`, `int | None`, `Tuple[int, ...]`. ToyGrad checks no
// types, so these objects only need to exist, show as CPython shows them, and say what they
// were made from (`__origin__`, `__args__`): dataclasses tells `ClassVar[int]` and
// `InitVar[int]` fields apart by it.

import { NativeMethod, newAttrs, PyClass, PyInstance } from './objects';
import { repr } from './repr';
import { builtinClass } from './types';
import { Builtin, PyTuple, type PyValue } from './values';

/** types.GenericAlias / typing's aliases: `origin[args]`. */
export const GENERIC_ALIAS = builtinClass('GenericAlias');
/** types.UnionType: `a | b`. */
export const UNION_TYPE = builtinClass('UnionType');
/** The class of `...` (an annotation is the one place ToyGrad reads it). */
const ELLIPSIS_TYPE = builtinClass('ellipsis');

ELLIPSIS_TYPE.dict.set('__repr__', new NativeMethod('__repr__', 'ellipsis', () => 'Ellipsis'));
export const ELLIPSIS = new PyInstance(ELLIPSIS_TYPE, newAttrs());

/** How an alias shows one of its parts: `int`, `__main__.Value`, `typing.List[int]`, `...`. */
export function annotationRepr(v: PyValue): string {
  if (v === ELLIPSIS) return '...';
  if (v === null) return 'None';
  if (v instanceof PyClass) {
    const module = v.dict.get('__module__');
    if (!v.builtin) return `__main__.${v.qualifiedName}`;
    // A library's class (dataclasses.InitVar) shows its module; a built-in type its name.
    return typeof module === 'string' && module !== 'builtins' ? `${module}.${v.name}` : v.name;
  }
  // typing's names are built-ins of the typing module.
  if (v instanceof Builtin) return `typing.${v.name}`;
  return repr(v);
}

GENERIC_ALIAS.dict.set(
  '__repr__',
  new NativeMethod('__repr__', 'GenericAlias', (self: PyInstance) => {
    const args = self.attrs.__args__;
    const origin = self.attrs.__origin__;
    // typing's aliases hold a string argument as a forward reference; list['T'] as the string.
    const part = (v: PyValue): string =>
      origin instanceof Builtin && typeof v === 'string'
        ? `ForwardRef(${repr(v)})`
        : annotationRepr(v);
    const shown = args instanceof PyTuple ? args.items.map(part).join(', ') : '';
    return `${annotationRepr(origin)}[${shown}]`;
  }),
);
UNION_TYPE.dict.set(
  '__repr__',
  new NativeMethod('__repr__', 'UnionType', (self: PyInstance) => {
    const args = self.attrs.__args__;
    return args instanceof PyTuple ? args.items.map(annotationRepr).join(' | ') : '';
  }),
);

/** `origin[args]` in an annotation. */
export function genericAlias(origin: PyValue, args: PyValue[]): PyInstance {
  const o = new PyInstance(GENERIC_ALIAS, newAttrs());
  o.attrs.__origin__ = origin;
  o.attrs.__args__ = new PyTuple(args);
  return o;
}

/** `a | b` in an annotation (a union's members are flattened, as CPython's). */
export function unionType(a: PyValue, b: PyValue): PyInstance {
  const members = (v: PyValue): PyValue[] =>
    v instanceof PyInstance && v.cls === UNION_TYPE && v.attrs.__args__ instanceof PyTuple
      ? v.attrs.__args__.items
      : [v];
  const o = new PyInstance(UNION_TYPE, newAttrs());
  o.attrs.__args__ = new PyTuple([...members(a), ...members(b)]);
  return o;
}

/** The `__origin__` of an alias, else undefined. */
export function aliasOrigin(v: PyValue): PyValue | undefined {
  return v instanceof PyInstance && v.cls === GENERIC_ALIAS ? v.attrs.__origin__ : undefined;
}
