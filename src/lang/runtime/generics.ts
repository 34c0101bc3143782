// typing's generic machinery as classes see it: TypeVar (a type parameter, `~T`), Generic
// (the base that makes a class subscriptable: `class Stack(Generic[T])`, `Stack[int]`), and
// what CPython's `__mro_entries__` does when a class statement names a subscripted generic
// (`Generic[T]`, `Stack[int]`) as a base: the alias stands for the class it subscripts.

import { bindArgs } from './args';
import { NativeMethod, PyClass, PyInstance, newAttrs } from './objects';
import { typeError } from './state';
import { cachedSubscript } from './typeForms';
import { builtinClass, classRepr, OBJECT } from './types';
import { PyTuple, PyTypeForm, type PyValue } from './values';

/** typing.Generic: derivable (a program class), shown as `typing.Generic`. */
export const GENERIC = new PyClass(
  'Generic',
  [OBJECT],
  new Map<string, PyValue>([
    ['__module__', 'typing'],
    ['__slots__', new PyTuple([])],
  ]),
);
GENERIC.mro = [GENERIC, OBJECT];
// `__slots__ = ()`, as CPython's: a slotted class deriving from it keeps its slots alone.
GENERIC.slotNames = new Set();

/**
 * typing.Protocol, a Generic (`Protocol[T]` makes a generic protocol). What it does to the
 * classes deriving from it is its metaclass's, set by typing's module (typingProtocol.ts).
 */
export const PROTOCOL = new PyClass(
  'Protocol',
  [GENERIC],
  new Map<string, PyValue>([
    ['__module__', 'typing'],
    ['__slots__', new PyTuple([])],
    ['_is_protocol', true],
  ]),
);
PROTOCOL.mro = [PROTOCOL, GENERIC, OBJECT];
PROTOCOL.slotNames = new Set();
GENERIC.subclasses.push(PROTOCOL);

/** `TypeVar('T', *constraints, bound=None, covariant=False, contravariant=False)`. */
function makeTypeVar(args: PyValue[], kw: Map<string, PyValue> | null): PyInstance {
  const named = bindArgs('TypeVar', ['name'], 1, args.slice(0, 1), null);
  const name = named[0];
  if (typeof name !== 'string') throw typeError('TypeVar name must be a string');
  const constraints = args.slice(1);
  if (constraints.length === 1) throw typeError('A single constraint is not allowed');
  const o = new PyInstance(TYPE_VAR, newAttrs());
  o.attrs.__name__ = name;
  o.attrs.__constraints__ = new PyTuple(constraints);
  o.attrs.__bound__ = null;
  o.attrs.__covariant__ = false;
  o.attrs.__contravariant__ = false;
  for (const [k, v] of kw ?? []) {
    if (k !== 'bound' && k !== 'covariant' && k !== 'contravariant') {
      throw typeError(`TypeVar() got an unexpected keyword argument '${k}'`);
    }
    o.attrs[`__${k}__`] = v;
  }
  const attrs: Record<string, PyValue> = o.attrs;
  if (attrs.__covariant__ === true && attrs.__contravariant__ === true) {
    throw typeError('Bivariant types are not supported.');
  }
  return o;
}

/** typing.TypeVar: calling it makes a type parameter, whose repr is `~T` (`+T`, `-T` by variance). */
export const TYPE_VAR = new PyClass(
  'TypeVar',
  [OBJECT],
  new Map<string, PyValue>([['__module__', 'typing']]),
  makeTypeVar,
  true,
);
TYPE_VAR.mro = [TYPE_VAR, OBJECT];
TYPE_VAR.dict.set(
  '__repr__',
  new NativeMethod('__repr__', 'TypeVar', (self: PyInstance) => {
    const sign =
      self.attrs.__covariant__ === true ? '+' : self.attrs.__contravariant__ === true ? '-' : '~';
    return `${sign}${String(self.attrs.__name__)}`;
  }),
);

/** A ParamSpec's `P.args` and `P.kwargs`: shown `P.args`, their `__origin__` the ParamSpec. */
function paramSpecPart(cls: PyClass, spec: PyInstance): PyInstance {
  const o = new PyInstance(cls, newAttrs());
  o.attrs.__origin__ = spec;
  return o;
}

function paramSpecPartClass(name: string, part: string): PyClass {
  const cls = new PyClass(name, [OBJECT], new Map<string, PyValue>([['__module__', 'typing']]));
  cls.mro = [cls, OBJECT];
  cls.dict.set(
    '__repr__',
    new NativeMethod('__repr__', name, (self: PyInstance) => {
      const origin = self.attrs.__origin__ as PyInstance;
      return `${String(origin.attrs.__name__)}.${part}`;
    }),
  );
  return cls;
}

export const PARAM_SPEC_ARGS = paramSpecPartClass('ParamSpecArgs', 'args');
export const PARAM_SPEC_KWARGS = paramSpecPartClass('ParamSpecKwargs', 'kwargs');

/**
 * `ParamSpec('P', *, bound=None, covariant=False, contravariant=False)`: a decorator's
 * parameters (`Callable[P, R]`, `*args: P.args, **kwargs: P.kwargs`), shown `~P`.
 */
function makeParamSpec(args: PyValue[], kw: Map<string, PyValue> | null): PyInstance {
  const [name] = bindArgs('ParamSpec', ['name'], 1, args, null);
  const o = new PyInstance(PARAM_SPEC, newAttrs());
  o.attrs.__name__ = name!;
  o.attrs.__bound__ = null;
  o.attrs.__covariant__ = false;
  o.attrs.__contravariant__ = false;
  for (const [k, v] of kw ?? []) {
    if (k !== 'bound' && k !== 'covariant' && k !== 'contravariant') {
      throw typeError(`ParamSpec.__init__() got an unexpected keyword argument '${k}'`);
    }
    o.attrs[`__${k}__`] = v;
  }
  o.attrs.args = paramSpecPart(PARAM_SPEC_ARGS, o);
  o.attrs.kwargs = paramSpecPart(PARAM_SPEC_KWARGS, o);
  return o;
}

/** typing.ParamSpec: a type parameter standing for a callable's parameters. */
export const PARAM_SPEC = new PyClass(
  'ParamSpec',
  [OBJECT],
  new Map<string, PyValue>([['__module__', 'typing']]),
  makeParamSpec,
  true,
);
PARAM_SPEC.mro = [PARAM_SPEC, OBJECT];
PARAM_SPEC.dict.set('__repr__', TYPE_VAR.dict.get('__repr__')!);

/** A TypeVar or a ParamSpec: what Generic[...] takes and a generic class's parameters are. */
export function isTypeVar(v: PyValue): v is PyInstance {
  return v instanceof PyInstance && (v.cls === TYPE_VAR || v.cls === PARAM_SPEC);
}

/** Whether `cls[...]` makes a generic alias of a program class (it derives from Generic). */
export function isGenericClass(cls: PyClass): boolean {
  return cls.mro.includes(GENERIC);
}

/** `Generic[T, ...]` or `C[int, ...]` for a generic class: the alias, its arguments checked. */
export function subscriptGeneric(cls: PyClass, args: readonly PyValue[]): PyTypeForm {
  if (cls === GENERIC || cls === PROTOCOL) {
    if (!args.every(isTypeVar)) {
      throw typeError(
        `Parameters to ${cls.name}[...] must all be type variables or parameter specification variables.`,
      );
    }
    if (new Set(args).size !== args.length) {
      throw typeError(`Parameters to ${cls.name}[...] must all be unique`);
    }
  } else {
    const params = cls.dict.get('__parameters__');
    const expected = params instanceof PyTuple ? params.items.length : 0;
    if (expected === 0) throw typeError(`${classRepr(cls)} is not a generic class`);
    if (args.length !== expected) {
      const which = args.length > expected ? 'many' : 'few';
      throw typeError(
        `Too ${which} arguments for ${classRepr(cls)}; actual ${args.length}, expected ${expected}`,
      );
    }
  }
  const alias = new PyTypeForm('alias', cls, args);
  return cachedSubscript(alias, () => alias) as PyTypeForm;
}

/**
 * `__orig_bases__`: the bases as the class statement wrote them, which __build_class__ stores
 * after the body's names (before the `__doc__` type.__new__ adds to a class without one).
 */
function setOrigBases(ns: Map<string, PyValue>, bases: readonly PyValue[]): void {
  const keys = [...ns.keys()];
  const docAdded = keys[keys.length - 1] === '__doc__' && ns.get('__doc__') === null;
  if (docAdded) ns.delete('__doc__');
  ns.set('__orig_bases__', new PyTuple(bases.slice()));
  if (docAdded) ns.set('__doc__', null);
}

/**
 * A class statement's bases with each subscripted generic replaced by the class it subscripts,
 * as `__mro_entries__` does (`Generic[...]` is left out when Protocol or a later subscripted
 * base brings Generic in, so the MRO stays consistent); the type parameters the aliases name
 * (or those `Generic[...]` lists) become the new class's `__parameters__`.
 */
export function resolveGenericBases(bases: PyValue[], ns: Map<string, PyValue>): PyValue[] {
  if (!bases.some((b) => b instanceof PyTypeForm && b.kind !== 'union')) return bases;
  const out: PyValue[] = [];
  const params: PyValue[] = [];
  let explicit: readonly PyValue[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    const builtin = typingBase(b);
    if (builtin !== undefined) {
      // `class Row(List[int])`: list, then Generic (unless a later base brings it), as CPython.
      for (const a of (b as PyTypeForm).args ?? []) {
        if (isTypeVar(a) && !params.includes(a)) params.push(a);
      }
      out.push(builtin);
      if (!bases.slice(i + 1).some((o) => o === PROTOCOL || isAlias(o) || typingBase(o))) {
        out.push(GENERIC);
      }
      continue;
    }
    if (!(b instanceof PyTypeForm && b.kind === 'alias' && b.origin instanceof PyClass)) {
      out.push(b);
      continue;
    }
    for (const a of b.args ?? []) if (isTypeVar(a) && !params.includes(a)) params.push(a);
    if (b.origin === GENERIC) {
      explicit = b.args;
      // Protocol, or a later subscripted base, brings Generic into the MRO already.
      if (bases.some((o, j) => o === PROTOCOL || (j > i && (isAlias(o) || typingBase(o))))) {
        continue;
      }
    }
    out.push(b.origin);
  }
  setOrigBases(ns, bases);
  if (!ns.has('__parameters__')) ns.set('__parameters__', new PyTuple([...(explicit ?? params)]));
  return out;
}

/**
 * typing's names for collections.abc's classes a class may derive from (`Sequence[float]`),
 * filled by collections.abc's module (the runtime does not import the standard modules).
 */
export const TYPING_ABC_BASES = new Map<string, () => PyClass>();

/** typing's names for the built-in types a class may derive from (`List[int]`, bare `Dict`). */
const TYPING_BUILTINS: Record<string, string> = {
  List: 'list',
  Dict: 'dict',
  Set: 'set',
  FrozenSet: 'frozenset',
  Tuple: 'tuple',
};

/** The built-in class a typing form like `List[int]` stands for as a base, or undefined. */
function typingBase(v: PyValue): PyClass | undefined {
  if (!(v instanceof PyTypeForm) || v.kind !== 'typing' || typeof v.origin !== 'string') {
    return undefined;
  }
  const abc = TYPING_ABC_BASES.get(v.origin);
  if (abc !== undefined) return abc();
  const name = TYPING_BUILTINS[v.origin];
  return name === undefined ? undefined : builtinClass(name);
}

function isAlias(v: PyValue): boolean {
  return v instanceof PyTypeForm && v.kind === 'alias';
}
