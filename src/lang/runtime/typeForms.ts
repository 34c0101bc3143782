// Types used as values, as modern annotated code writes them outside annotations: PEP 604
// unions (`int | None`, `Value | float`), PEP 585 generic aliases (`list[int]`,
// `tuple[int, ...]`) and typing's forms (`Optional[int]`, `Union[...]`, `List[int]`). They
// exist to be named (`Num = int | float`), printed as CPython prints them, compared, and
// given to isinstance; nothing checks annotations against them.

import { ELLIPSIS } from './ellipsis';
import { isGenericClass, isTypeVar, subscriptGeneric } from './generics';
import { PyClass } from './objects';
import { repr } from './repr';
import { typeError } from './state';
import { builtinClass, typeOf } from './types';
import { exactArgs } from './args';
import { Builtin, PyTuple, PyTypeForm, type PyValue } from './values';
import { forwardRef } from '../modules/std/typingForwardRef';

/** The built-in classes that `cls[...]` makes a generic alias of (PEP 585). */
const GENERIC_BUILTINS = new Set(['list', 'dict', 'tuple', 'set', 'frozenset', 'type']);

/** collections.abc's generic classes: `Iterator[int]`, `Callable[[float], float]` (PEP 585). */
const GENERIC_ABCS = new Set([
  'Awaitable',
  'Coroutine',
  'AsyncIterable',
  'AsyncIterator',
  'AsyncGenerator',
  'Iterable',
  'Iterator',
  'Generator',
  'Reversible',
  'Container',
  'Collection',
  'Callable',
  'Set',
  'MutableSet',
  'Mapping',
  'MutableMapping',
  'Sequence',
  'MutableSequence',
  'MappingView',
  'KeysView',
  'ItemsView',
  'ValuesView',
]);

/** Whether `cls[...]` makes a generic alias of a built-in or collections.abc class. */
function isGenericBuiltin(cls: PyClass): boolean {
  if (!cls.builtin) return false;
  if (GENERIC_BUILTINS.has(cls.name)) return true;
  return cls.dict.get('__module__') === 'collections.abc' && GENERIC_ABCS.has(cls.name);
}

/** typing's names that stand for a form a subscript completes. */
export const TYPING_FORMS = [
  'AbstractSet',
  'Annotated',
  'Any',
  'AsyncContextManager',
  'AsyncGenerator',
  'AsyncIterable',
  'AsyncIterator',
  'Awaitable',
  'ByteString',
  'Callable',
  'ChainMap',
  'ClassVar',
  'Collection',
  'Concatenate',
  'Container',
  'ContextManager',
  'Coroutine',
  'Counter',
  'DefaultDict',
  'Deque',
  'Dict',
  'Final',
  'FrozenSet',
  'Generator',
  'Hashable',
  'ItemsView',
  'Iterable',
  'Iterator',
  'KeysView',
  'List',
  'Literal',
  'LiteralString',
  'Mapping',
  'MappingView',
  'Match',
  'MutableMapping',
  'MutableSequence',
  'MutableSet',
  'Never',
  'NoReturn',
  'NotRequired',
  'Optional',
  'OrderedDict',
  'Pattern',
  'Required',
  'Reversible',
  'Self',
  'Sequence',
  'Set',
  'Sized',
  'Tuple',
  'Type',
  'TypeAlias',
  'TypeGuard',
  'Union',
  'Unpack',
  'ValuesView',
];

function noneType(): PyClass {
  return typeOf(null);
}

/** The members `v` brings to a union, or undefined when it is not a type. */
function unionMembers(v: PyValue): PyValue[] | undefined {
  if (v === null) return [noneType()];
  if (v instanceof PyClass) return [v];
  if (v instanceof PyTypeForm) {
    if (v.kind === 'union') return [...v.args!];
    if (v.kind === 'typing' && v.origin === 'Union' && v.args !== null) return [...v.args];
    // Any other form is a member as it is (`Optional[Callable[[V], V]]`, `List[int] | None`).
    return [v];
  }
  if (isTypeVar(v)) return [v];
  return undefined;
}

/** Members without repeats (the first kept), as Python's union does. */
function distinct(members: PyValue[]): PyValue[] {
  const out: PyValue[] = [];
  for (const m of members) if (!out.some((o) => sameType(o, m))) out.push(m);
  return out;
}

/** `a | b` of two types: a union, or undefined when a side is not a type. */
export function typeUnion(a: PyValue, b: PyValue): PyValue | undefined {
  if (a === null && b === null) return undefined;
  const left = unionMembers(a);
  const right = unionMembers(b);
  if (left === undefined || right === undefined) return undefined;
  const members = distinct([...left, ...right]);
  if (members.length === 1) return members[0];
  // A typing form or a TypeVar on either side makes typing's Union, as in CPython; not Any,
  // a class in CPython 3.11 (`Any | None` is `typing.Any | None`).
  const typing = [a, b].some(
    (x) => (x instanceof PyTypeForm && x.kind === 'typing' && x.origin !== 'Any') || isTypeVar(x),
  );
  if (!typing) return new PyTypeForm('union', null, members);
  // CPython's Union.__or__: Union[a, b], cached by those two.
  return cachedSubscript(new PyTypeForm('typing', 'Union', [a, b]), () => {
    return new PyTypeForm('typing', 'Union', members);
  });
}

/** `list.__class_getitem__`, what `list[int]` is: for the built-in types PEP 585 made generic. */
export function classGetItem(cls: PyClass): Builtin | undefined {
  if (!isGenericBuiltin(cls)) return undefined;
  return new Builtin('__class_getitem__', (args, kw) => {
    exactArgs('__class_getitem__', 1, args, kw);
    return subscriptType(cls, args[0])!;
  });
}

/** `t[k]` for a type: a generic alias or a typing form; undefined when `t` takes none. */
export function subscriptType(t: PyValue, k: PyValue): PyValue | undefined {
  const args = k instanceof PyTuple && k.items.length > 0 ? k.items : [k];
  if (t instanceof PyClass) {
    if (!t.builtin && isGenericClass(t)) return subscriptGeneric(t, args);
    if (!isGenericBuiltin(t)) return undefined;
    return new PyTypeForm('alias', t, args);
  }
  if (!(t instanceof PyTypeForm) || t.kind !== 'typing' || t.args !== null) return undefined;
  if (t.origin === 'Any') return undefined;
  return cachedSubscript(new PyTypeForm('typing', t.origin, args), () => typingForm(t, k, args));
}

/** `Optional[k]`, `Union[...]`, `List[k]`…: the form typing makes, not yet cached. */
function typingForm(t: PyTypeForm, k: PyValue, args: readonly PyValue[]): PyValue {
  if (t.origin === 'Optional' || t.origin === 'Union') {
    const wanted = t.origin === 'Optional' ? [k, null] : args;
    const members: PyValue[] = [];
    for (const x of wanted) {
      // A string is a forward reference to a type not defined yet (`Optional['Value']`).
      const m = typeof x === 'string' ? [x] : unionMembers(x);
      if (m === undefined) {
        throw typeError(`${t.origin}[arg, ...]: each arg must be a type. Got ${typeArgRepr(x)}.`);
      }
      members.push(...m);
    }
    const unique = distinct(members);
    return unique.length === 1 ? unique[0] : new PyTypeForm('typing', 'Union', unique);
  }
  return new PyTypeForm('typing', t.origin, args);
}

/**
 * How CPython writes a type inside another's repr: `int`, `__main__.Value`, `abc.ABC`, `...`;
 * typing's forms hold a string as a forward reference (`typing.Optional[ForwardRef('V')]`).
 */
export function typeArgRepr(v: PyValue, noneName = 'None', forwardRefs = false): string {
  if (v === null) return 'None';
  if (v === ELLIPSIS) return '...';
  if (v instanceof PyClass) {
    if (v === noneType()) return noneName;
    // A library's class shows its module (abc.ABC; namedtuple's are the program's).
    const own = v.dict.get('__module__');
    const module = typeof own === 'string' ? own : v.builtin ? 'builtins' : '__main__';
    if (module === 'builtins') return v.name;
    return `${module}.${v.builtin ? v.name : v.qualifiedName}`;
  }
  if (v instanceof PyTypeForm) return typeFormRepr(v);
  if (Array.isArray(v))
    return `[${v.map((x) => typeArgRepr(x, noneName, forwardRefs)).join(', ')}]`;
  if (v instanceof PyTuple && v.items.length === 0) return '()';
  if (typeof v === 'string') return forwardRefs ? `ForwardRef(${repr(v)})` : repr(v);
  return repr(v);
}

/** Python's repr of a type form: `int | None`, `list[int]`, `typing.Optional[int]`. */
export function typeFormRepr(t: PyTypeForm): string {
  const args = t.args ?? [];
  switch (t.kind) {
    case 'union':
      return args.map((a) => typeArgRepr(a)).join(' | ');
    case 'alias': {
      // A program's Generic class shows a string argument as typing holds it, a ForwardRef.
      const refs = typingMade(t);
      return `${typeArgRepr(t.origin)}[${args.map((a) => typeArgRepr(a, 'None', refs)).join(', ')}]`;
    }
    case 'typing': {
      if (t.args === null) return `typing.${String(t.origin)}`;
      if (t.origin === 'Union') {
        const rest = args.filter((a) => a !== noneType());
        if (args.length === 2 && rest.length === 1)
          return `typing.Optional[${typeArgRepr(rest[0], 'None', true)}]`;
      }
      // Literal's arguments are values ('mean' is a str there, not a forward reference), and
      // so are Annotated's after its type (`typing.Annotated[float, 'lr']`).
      const literal = t.origin === 'Literal';
      const annotated = t.origin === 'Annotated';
      const shown = args.map((a, i) =>
        literal || (annotated && i > 0)
          ? typeArgRepr(a, 'None', false)
          : typeArgRepr(a, 'NoneType', true),
      );
      return `typing.${String(t.origin)}[${shown.join(', ')}]`;
    }
  }
}

/** Python's `==` of two type forms (a union equals the same members in any order). */
export function sameType(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (!(a instanceof PyTypeForm) || !(b instanceof PyTypeForm)) return false;
  const ua = isUnion(a);
  if (ua || isUnion(b)) {
    if (!ua || !isUnion(b) || a.args!.length !== b.args!.length) return false;
    return a.args!.every((x) => b.args!.some((y) => sameType(x, y)));
  }
  if (a.kind !== b.kind || a.origin !== b.origin) return false;
  if (a.args === null || b.args === null) return a.args === b.args;
  return a.args.length === b.args.length && a.args.every((x, i) => sameType(x, b.args![i]));
}

function isUnion(t: PyTypeForm): boolean {
  return t.kind === 'union' || (t.kind === 'typing' && t.origin === 'Union' && t.args !== null);
}

/**
 * isinstance(v, form): a union checks its members; a generic alias is CPython's TypeError.
 * `test` is isinstance against one class.
 */
export function instanceOfForm(
  form: PyTypeForm,
  test: (cls: PyClass) => boolean,
  fname: string,
): boolean {
  if (isUnion(form)) {
    return form.args!.some((m) => {
      if (m instanceof PyClass) return test(m);
      if (m instanceof PyTypeForm) return instanceOfForm(m, test, fname);
      return false;
    });
  }
  if (form.kind === 'alias' && form.origin instanceof PyClass && !form.origin.builtin) {
    throw typeError('Subscripted generics cannot be used with class and instance checks');
  }
  if (form.kind === 'alias') {
    throw typeError(`${fname}() argument 2 cannot be a parameterized generic`);
  }
  if (form.kind === 'typing' && form.args !== null) {
    throw typeError('Subscripted generics cannot be used with class and instance checks');
  }
  throw typeError(
    fname === 'issubclass'
      ? 'issubclass() arg 2 must be a class, a tuple of classes, or a union'
      : `${fname}() arg 2 must be a type, a tuple of types, or a union`,
  );
}

/** typing's special forms, one object each, so `get_origin(t) is Union` holds. */
const SPECIAL_FORMS = new Map<string, PyTypeForm>();

/** typing.List, typing.Union…: the one unsubscripted form of that name. */
export function specialForm(name: string): PyTypeForm {
  let f = SPECIAL_FORMS.get(name);
  if (f === undefined) SPECIAL_FORMS.set(name, (f = new PyTypeForm('typing', name, null)));
  return f;
}

/** The built-in class a typing alias stands for (`List[int].__origin__ is list`). */
const TYPING_BUILTIN_ORIGINS: ReadonlyMap<string, string> = new Map([
  ['List', 'list'],
  ['Dict', 'dict'],
  ['Tuple', 'tuple'],
  ['Set', 'set'],
  ['FrozenSet', 'frozenset'],
  ['Type', 'type'],
]);

/** Forms whose origin is the form itself (`Optional[int].__origin__ is Union`). */
const SELF_ORIGINS = new Set(['Union', 'Literal', 'ClassVar', 'Final', 'TypeGuard']);

/**
 * A typing form's `__origin__` when ToyGrad knows it without other modules: a built-in class,
 * a special form, or Annotated's type; undefined for the collections.abc ones.
 */
export function typingOrigin(t: PyTypeForm): PyValue | undefined {
  const name = String(t.origin);
  const builtin = TYPING_BUILTIN_ORIGINS.get(name);
  if (builtin !== undefined) return builtinClass(builtin);
  if (SELF_ORIGINS.has(name)) return specialForm(name);
  if (name === 'Annotated') return t.args![0];
  return undefined;
}

/**
 * Whether typing made the form, and so holds a string argument as a ForwardRef: its own forms
 * (`List['B']`) and a program's Generic classes (`Box['B']`); `list['B']` keeps 'B'.
 */
function typingMade(t: PyTypeForm): boolean {
  return (
    t.kind === 'typing' || (t.kind === 'alias' && t.origin instanceof PyClass && !t.origin.builtin)
  );
}

/**
 * A form's arguments as typing holds them: a string (kept as text here) is a ForwardRef
 * there, also among Callable's parameters, save Literal's values and Annotated's metadata.
 */
function heldArgs(t: PyTypeForm, args: readonly PyValue[]): PyValue[] {
  if (!typingMade(t) || t.origin === 'Literal') return [...args];
  const held = (a: PyValue): PyValue =>
    typeof a === 'string' ? forwardRef(a, null) : Array.isArray(a) ? a.map(held) : a;
  return args.map((a, i) => (t.origin === 'Annotated' && i > 0 ? a : held(a)));
}

/** Whether the form is `Callable[[params], result]`, typing's or collections.abc's. */
function isCallableForm(t: PyTypeForm): boolean {
  if (t.kind === 'typing') return t.origin === 'Callable';
  return (
    t.kind === 'alias' &&
    t.origin instanceof PyClass &&
    t.origin.name === 'Callable' &&
    t.origin.dict.get('__module__') === 'collections.abc'
  );
}

/**
 * `get_args(form)`: the arguments, a Callable's parameters kept as a list
 * (`([int], str)`), where `__args__` lists them flat.
 */
export function formArgs(t: PyTypeForm): PyTuple {
  return new PyTuple(t.args === null ? [] : heldArgs(t, t.args));
}

/** `__args__` and `__origin__` of a subscripted form. */
export function typeFormAttribute(t: PyTypeForm, name: string): PyValue | undefined {
  if (t.args === null) return undefined;
  if (name === '__args__') {
    const args = heldArgs(t, t.args);
    // Callable[[int], str].__args__ is (int, str); Callable[..., str]'s (Ellipsis, str).
    const first = args[0];
    if (isCallableForm(t) && Array.isArray(first)) return new PyTuple([...first, ...args.slice(1)]);
    return new PyTuple(args);
  }
  if (name === '__origin__') {
    if (t.kind === 'alias') return t.origin;
    if (t.kind === 'typing') return typingOrigin(t);
  }
  return undefined;
}

const ids = new WeakMap<object, number>();
let nextId = 1;

/** The dict key of a type form: equal forms (see sameType) get equal keys. */
export function typeFormKey(t: PyTypeForm): string {
  const part = (v: PyValue): string => {
    if (v instanceof PyTypeForm) return typeFormKey(v);
    if (typeof v === 'object' && v !== null) {
      let id = ids.get(v);
      if (id === undefined) ids.set(v, (id = nextId++));
      return `#${id}`;
    }
    return String(v);
  };
  if (isUnion(t)) return `\u0000U(${t.args!.map(part).sort().join(',')})`;
  const args = t.args === null ? '' : `[${t.args.map(part).join(',')}]`;
  return `\u0000T${t.kind}:${part(t.origin)}${args}`;
}

/**
 * typing caches its subscriptions (CPython's `_tp_cache`, an lru_cache keyed by the arguments
 * as given), so `List[int] is List[int]` and, for a program's generic class, `Box[int] is
 * Box[int]`; `list[int]` and `int | str` are made anew each time. Keyed by the subscripted
 * form and its arguments in order: `Union[int, str]` is not `Union[str, int]` (though they
 * are equal), nor `Optional[int]` `Union[int, None]`.
 */
const CACHE = new Map<string, PyValue>();
/** Past this many, the cache starts over (CPython's holds 128 per subscripted form). */
const CACHE_LIMIT = 4096;

/** What `make` gives for the subscription `call`, the same object each time. */
export function cachedSubscript(call: PyTypeForm, make: () => PyValue): PyValue {
  const key = orderedKey(call);
  if (CACHE.has(key)) return CACHE.get(key)!;
  const made = make();
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(key, made);
  return made;
}

function orderedKey(t: PyTypeForm): string {
  const part = (v: PyValue): string => {
    if (v instanceof PyTypeForm) return `(${orderedKey(v)})`;
    if (typeof v === 'object' && v !== null) {
      let id = ids.get(v);
      if (id === undefined) ids.set(v, (id = nextId++));
      return `#${id}`;
    }
    return `${typeof v}:${String(v)}`;
  };
  const args = t.args === null ? '' : `[${t.args.map(part).join(',')}]`;
  return `${t.kind}:${part(t.origin)}${args}`;
}
