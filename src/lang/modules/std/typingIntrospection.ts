// typing.get_origin, typing.get_args and typing.get_type_hints: what a type form is made of
// (`List[int]` is list of (int,)), and the annotations of a function or class with None made
// NoneType and the strings (`'Node'`, every annotation under `from __future__ import
// annotations`) evaluated as names, attributes and subscripts in the module that defined it.

import * as A from '../../ast';
import { parseModule } from '../../parser';
import { bindArgs } from '../../runtime/args';
import { binary } from '../../runtime/arith';
import { getAttr } from '../../runtime/attributes';
import { ELLIPSIS } from '../../runtime/ellipsis';
import { PyClass } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { getItem } from '../../runtime/subscript';
import { builtinClass, typeOf } from '../../runtime/types';
import {
  PyDict,
  PyFunction,
  PyTuple,
  PyTypeForm,
  type BuiltinImpl,
  type ModuleNamespace,
  type PyValue,
} from '../../runtime/values';
import type { StdContext } from './context';

/** typing's aliases of a builtin or collections class: get_origin(List[int]) is list. */
const ORIGIN_CLASSES = new Map<string, [module: string | null, name: string]>([
  ['List', [null, 'list']],
  ['Dict', [null, 'dict']],
  ['Set', [null, 'set']],
  ['FrozenSet', [null, 'frozenset']],
  ['Tuple', [null, 'tuple']],
  ['Type', [null, 'type']],
  ['Deque', ['collections', 'deque']],
  ['DefaultDict', ['collections', 'defaultdict']],
  ['OrderedDict', ['collections', 'OrderedDict']],
  ['Counter', ['collections', 'Counter']],
  ['ChainMap', ['collections', 'ChainMap']],
  ['AbstractSet', ['collections.abc', 'Set']],
  ...[
    'Callable',
    'Collection',
    'Container',
    'Generator',
    'Hashable',
    'ItemsView',
    'Iterable',
    'Iterator',
    'KeysView',
    'Mapping',
    'MutableMapping',
    'MutableSequence',
    'MutableSet',
    'Reversible',
    'Sequence',
    'Sized',
    'ValuesView',
  ].map((n): [string, [string, string]] => [n, ['collections.abc', n]]),
]);

/** typing's special forms that are their own origin once subscripted (`Literal['a']`). */
const SELF_ORIGIN_FORMS = new Set([
  'Union',
  'Literal',
  'ClassVar',
  'Final',
  'Annotated',
  'TypeGuard',
]);

/** The class an alias of typing stands for, or undefined. */
function originClass(s: StdContext, form: string): PyValue | undefined {
  const where = ORIGIN_CLASSES.get(form);
  if (where === undefined) return undefined;
  const [module, name] = where;
  return module === null ? builtinClass(name) : s.standard(module).ns.lookup(name);
}

/** typing.get_origin(tp). */
function getOrigin(s: StdContext, tp: PyValue): PyValue {
  if (!(tp instanceof PyTypeForm)) return null;
  switch (tp.kind) {
    case 'union':
      return builtinClass('types.UnionType');
    case 'alias':
      return tp.origin;
    case 'typing': {
      const form = String(tp.origin);
      // typing's own object: `get_origin(Optional[int]) is Union`.
      if (tp.args !== null && SELF_ORIGIN_FORMS.has(form)) {
        return s.standard('typing').ns.lookup(form) ?? null;
      }
      return originClass(s, form) ?? null;
    }
  }
}

/** typing.get_args(tp). */
function getArgs(tp: PyValue): PyTuple {
  if (!(tp instanceof PyTypeForm) || tp.args === null) return new PyTuple([]);
  return new PyTuple([...tp.args]);
}

/** What an annotation string names, evaluated as CPython's eval would for the usual forms. */
function evaluateAnnotation(text: string, lookup: (name: string) => PyValue | undefined): PyValue {
  const body = parseModule(text).body;
  const stmt = body.length === 1 ? body[0] : undefined;
  if (stmt?.type !== 'ExprStmt') {
    throw fail('SyntaxError', `Forward reference must be an expression -- got ${repr(text)}`);
  }
  return evaluate(stmt.value, lookup);
}

function evaluate(e: A.Expr, lookup: (name: string) => PyValue | undefined): PyValue {
  switch (e.type) {
    case 'Name': {
      const v = lookup(e.name);
      if (v === undefined) throw fail('NameError', `name '${e.name}' is not defined`);
      return v;
    }
    case 'Constant':
      if (e.value instanceof Uint8Array) break;
      return e.value;
    case 'Ellipsis':
      return ELLIPSIS;
    case 'Attribute':
      return getAttr(evaluate(e.value, lookup), e.attr);
    case 'Subscript':
      return getItem(evaluate(e.value, lookup), evaluate(e.index, lookup));
    case 'Tuple':
      return new PyTuple(e.elts.map((x) => evaluate(x, lookup)));
    case 'List':
      return e.elts.map((x) => evaluate(x, lookup));
    case 'BinOp':
      if (e.op === '|') return binary('|', evaluate(e.left, lookup), evaluate(e.right, lookup));
      break;
  }
  throw typeError('tgrad evaluates annotations made of names, attributes, subscripts and |');
}

/** A hint as get_type_hints gives it: None is NoneType, a string what it names. */
function hint(v: PyValue, lookup: (name: string) => PyValue | undefined): PyValue {
  if (v === null) return typeOf(null);
  const t = typeof v === 'string' ? evaluateAnnotation(v, lookup) : v;
  // include_extras=False: Annotated[T, x] is T.
  if (t instanceof PyTypeForm && t.kind === 'typing' && t.origin === 'Annotated' && t.args) {
    return t.args[0];
  }
  return t;
}

/** Names as a module's globals, then `extra` (a class's own), then the built-ins, see them. */
function namesOf(
  s: StdContext,
  globals: ModuleNamespace | null | undefined,
  extra?: ReadonlyMap<string, PyValue>,
): (name: string) => PyValue | undefined {
  return (name) => globals?.lookup(name) ?? extra?.get(name) ?? s.builtins.get(name);
}

/** The annotations dict of `v` (`__annotations__`), its items in order. */
function annotationItems(v: PyValue): [PyValue, PyValue][] {
  const ann = getAttr(v, '__annotations__');
  if (!(ann instanceof PyDict)) return [];
  return [...ann.map.values()].map((e) => [e.key, e.value]);
}

/** typing.get_type_hints(obj) of a class (its MRO's annotations, object's first) or a function. */
function getTypeHints(s: StdContext, obj: PyValue): PyDict {
  const hints = new PyDict();
  const put = (k: PyValue, v: PyValue): void => {
    hints.map.set(k, { key: k, value: v });
  };
  if (obj instanceof PyClass) {
    for (const base of [...obj.mro].reverse()) {
      const ann = base.dict.get('__annotations__');
      if (!(ann instanceof PyDict)) continue;
      const lookup = namesOf(s, base.definedIn, base.dict);
      for (const e of ann.map.values()) put(e.key, hint(e.value, lookup));
    }
    return hints;
  }
  let fn: PyValue = obj;
  // A bound method's annotations and globals are its function's.
  if (!(fn instanceof PyFunction) && typeof fn === 'object' && fn !== null) {
    try {
      fn = getAttr(fn, '__func__');
    } catch {
      fn = obj;
    }
  }
  if (!(fn instanceof PyFunction)) {
    throw typeError(`${repr(obj)} is not a module, class, method, or function.`);
  }
  const lookup = namesOf(s, fn.code.globals);
  for (const [k, v] of annotationItems(fn)) put(k, hint(v, lookup));
  return hints;
}

/** typing's functions that look into type forms and annotations. */
export function typingIntrospection(s: StdContext): [string, BuiltinImpl][] {
  return [
    ['get_origin', (args, kw) => getOrigin(s, bindArgs('get_origin', ['tp'], 1, args, kw)[0]!)],
    ['get_args', (args, kw) => getArgs(bindArgs('get_args', ['tp'], 1, args, kw)[0]!)],
    [
      'get_type_hints',
      (args, kw) => {
        const [obj] = bindArgs(
          'get_type_hints',
          ['obj', 'globalns', 'localns', 'include_extras'],
          1,
          args,
          kw,
        );
        return getTypeHints(s, obj!);
      },
    ],
  ];
}
