// typing's introspection helpers, as config code uses them to turn a dataclass into a command
// line: get_type_hints (a class's annotations through its MRO, a function's, with string
// annotations resolved), get_origin and get_args. A string annotation (a forward reference, or
// every annotation under `from __future__ import annotations`) is read as a type expression,
// names, dotted names, subscripts, `|` and `None`, looked up in the program's globals and the
// built-ins: ToyGrad has no eval, and a type needs no more.

import { bindBuiltin } from '../../runtime/args';
import { binary } from '../../runtime/arith';
import { getAttr } from '../../runtime/attributes';
import { ELLIPSIS } from '../../runtime/ellipsis';
import { PyClass } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { getItem } from '../../runtime/subscript';
import { formArgs, specialForm, typingOrigin } from '../../runtime/typeForms';
import { typeOf } from '../../runtime/types';
import {
  Builtin,
  PyDict,
  PyFunction,
  PyTuple,
  PyTypeForm,
  type PyValue,
} from '../../runtime/values';
import type { StdContext } from './context';
import { GENERIC } from '../../runtime/generics';
import { isForwardRef } from './typingForwardRef';

/** typing's forms that are not generic aliases of a class: get_origin of one alone is None. */
const SPECIAL_FORMS: ReadonlySet<string> = new Set([
  'Any',
  'Union',
  'Optional',
  'Literal',
  'ClassVar',
  'Final',
  'Annotated',
  'NoReturn',
  'Never',
  'TypeAlias',
  'Concatenate',
  'TypeGuard',
  'Self',
  'LiteralString',
  'Required',
  'NotRequired',
  'Unpack',
]);

/** typing's names for collections' classes (`Deque[int]`'s origin is collections.deque). */
const COLLECTIONS_ORIGINS: ReadonlyMap<string, string> = new Map([
  ['Deque', 'deque'],
  ['DefaultDict', 'defaultdict'],
  ['OrderedDict', 'OrderedDict'],
  ['Counter', 'Counter'],
  ['ChainMap', 'ChainMap'],
]);

/** Reads a type expression from its text, resolving names with `lookup`. */
class TypeExpression {
  private readonly tokens: string[];
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly lookup: (name: string) => PyValue,
  ) {
    this.tokens = text.match(/'[^']*'|"[^"]*"|\.\.\.|[A-Za-z_]\w*|-?\d+|[[\](),.|]|\S/g) ?? [];
  }

  read(): PyValue {
    const v = this.union();
    if (this.at < this.tokens.length) this.bad();
    return v;
  }

  private bad(): never {
    throw fail('SyntaxError', `invalid syntax in forward reference ${repr(this.text)}`);
  }

  private peek(): string | undefined {
    return this.tokens[this.at];
  }

  private expect(t: string): void {
    if (this.tokens[this.at++] !== t) this.bad();
  }

  /** `a | b | ...`; a quoted string is a value when `asValue`, else a forward reference. */
  private union(asValue = false): PyValue {
    let v = this.primary(asValue);
    while (this.peek() === '|') {
      this.at++;
      v = binary('|', v, this.primary(false));
    }
    return v;
  }

  private primary(asValue: boolean): PyValue {
    const t = this.tokens[this.at++];
    if (t === undefined) this.bad();
    let v: PyValue;
    if (t === '[') {
      const items = this.list(']');
      v = items;
    } else if (t === '...') v = ELLIPSIS;
    else if (t === 'None') v = null;
    else if (/^['"]/.test(t)) {
      const text = t.slice(1, -1);
      v = asValue ? text : new TypeExpression(text, this.lookup).read();
    } else if (/^-?\d+$/.test(t)) v = BigInt(t);
    else if (/^[A-Za-z_]/.test(t)) v = this.lookup(t);
    else this.bad();
    for (;;) {
      if (this.peek() === '.') {
        this.at++;
        const name = this.tokens[this.at++];
        if (name === undefined || !/^[A-Za-z_]/.test(name)) this.bad();
        v = getAttr(v, name);
      } else if (this.peek() === '[') {
        this.at++;
        // Literal's strings are values, and so is Annotated's metadata after its type.
        const base = v;
        const args = this.list(']', (i) =>
          base === specialForm('Literal') ? true : base === specialForm('Annotated') && i > 0,
        );
        v = getItem(v, args.length === 1 ? args[0] : new PyTuple(args));
      } else return v;
    }
  }

  /** Comma-separated expressions up to `close`. */
  private list(close: string, asValue: (i: number) => boolean = () => false): PyValue[] {
    const items: PyValue[] = [];
    while (this.peek() !== close) {
      items.push(this.union(asValue(items.length)));
      if (this.peek() === ',') this.at++;
      else if (this.peek() !== close) this.bad();
    }
    this.expect(close);
    return items;
  }
}

/** A name in the program's globals, else a built-in, else CPython's NameError. */
function lookupIn(s: StdContext, globals: PyDict | null): (name: string) => PyValue {
  return (name) => {
    const g = globals?.map.get(name);
    if (g !== undefined) return g.value;
    const b = s.builtins.get(name);
    if (b !== undefined) return b;
    throw fail('NameError', `name '${name}' is not defined`);
  };
}

/** Annotated[T, ...] is T unless extras are kept, inside other forms too. */
function stripAnnotated(t: PyValue): PyValue {
  if (
    t instanceof PyTypeForm &&
    t.kind === 'typing' &&
    t.origin === 'Annotated' &&
    t.args !== null
  ) {
    return stripAnnotated(t.args[0]);
  }
  return t;
}

export function typingIntrospection(s: StdContext): [string, Builtin][] {
  const noneType = typeOf(null);
  const resolve = (value: PyValue, lookup: (name: string) => PyValue, extras: boolean): PyValue => {
    let v = value === null ? noneType : value;
    // A ForwardRef (a NamedTuple's or TypedDict's string field) is resolved as its text is.
    if (isForwardRef(v) && typeof v.attrs.__forward_arg__ === 'string') v = v.attrs.__forward_arg__;
    if (typeof v === 'string') v = new TypeExpression(v, lookup).read() ?? noneType;
    return extras ? v : stripAnnotated(v);
  };

  const getTypeHints = new Builtin('get_type_hints', (args, kw) => {
    const [obj, globalns, , includeExtras] = bindBuiltin(
      'get_type_hints',
      ['obj', 'globalns', 'localns', 'include_extras'],
      1,
      args,
      kw,
    );
    const g = globalns instanceof PyDict ? globalns : s.mainGlobals();
    const lookup = lookupIn(s, g);
    const extras = includeExtras === true;
    const hints = new PyDict();
    const put = (k: PyValue, v: PyValue): void => {
      hints.map.set(k, { key: k, value: resolve(v, lookup, extras) });
    };
    if (obj instanceof PyClass) {
      for (const base of [...obj.mro].reverse()) {
        const ann = base.dict.get('__annotations__');
        if (ann instanceof PyDict) for (const e of ann.map.values()) put(e.key, e.value);
      }
      return hints;
    }
    let ann: PyValue;
    try {
      ann = getAttr(obj!, '__annotations__');
    } catch {
      if (obj instanceof PyFunction || obj instanceof Builtin) return hints;
      throw typeError(`${repr(obj!)} is not a module, class, method, or function.`);
    }
    if (ann instanceof PyDict) for (const e of ann.map.values()) put(e.key, e.value);
    return hints;
  });

  const getOrigin = new Builtin('get_origin', (args, kw) => {
    const [tp] = bindBuiltin('get_origin', ['tp'], 1, args, kw);
    // `get_origin(Generic)` is Generic itself (typing's own case); Protocol's is None.
    if (tp === GENERIC) return GENERIC;
    if (!(tp instanceof PyTypeForm)) return null;
    // A bare generic alias (`List`, `Callable`) stands for its class; a bare special form
    // (`Union`, `Any`) for nothing.
    if (tp.args === null && (tp.kind !== 'typing' || SPECIAL_FORMS.has(String(tp.origin)))) {
      return null;
    }
    if (tp.kind === 'typing' && tp.origin === 'Annotated') return specialForm('Annotated');
    if (tp.kind === 'union') return typeOf(tp);
    if (tp.kind === 'alias') return tp.origin;
    // typing.Callable[...] and the other collection forms stand for collections' classes.
    const known = typingOrigin(tp);
    if (known !== undefined) return known;
    const name = String(tp.origin);
    const collection = COLLECTIONS_ORIGINS.get(name);
    if (collection !== undefined) return getAttr(s.standard('collections'), collection);
    try {
      return getAttr(s.standard('collections.abc'), name === 'AbstractSet' ? 'Set' : name);
    } catch {
      return null;
    }
  });

  const getArgs = new Builtin('get_args', (args, kw) => {
    const [tp] = bindBuiltin('get_args', ['tp'], 1, args, kw);
    if (!(tp instanceof PyTypeForm)) return new PyTuple([]);
    return formArgs(tp);
  });

  return [
    ['get_type_hints', getTypeHints],
    ['get_origin', getOrigin],
    ['get_args', getArgs],
  ];
}
