// inspect: the part programs use to describe their own code — signature() of functions,
// methods, classes and callable objects (inspectSignature.ts), the is* predicates,
// getmembers, getdoc, cleandoc, getmro, isabstract — with Lib/inspect.py's (3.11) results.
// ToyGrad's built-in functions carry no text signatures, so signature() of one is a
// ValueError (CPython knows most of them); the source and frame functions are not offered.

import { getAttr } from '../../runtime/attributes';
import { callValue, isCallable } from '../../runtime/call';
import { catchable, errorClass, EXCEPTION_CLASSES } from '../../runtime/exceptions';
import { PyClass, PyInstance, PyMethod } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { typeName } from '../../runtime/typeName';
import { OBJECT } from '../../runtime/types';
import { defineAll } from '../../builtins/core';
import {
  Builtin,
  BoundMethod,
  DefWrapper,
  PyDict,
  PyFunction,
  PyIterator,
  PyModule,
  PyTuple,
  type Kwargs,
  type PyValue,
} from '../../runtime/values';
import { defArgs } from './collectionsChainMap';
import type { StdContext } from './context';
import { shared } from './context';
import {
  functionSignature,
  Kind,
  signatureClasses,
  type SignatureClasses,
} from './inspectSignature';

const ATTRIBUTE_ERROR = EXCEPTION_CLASSES.get('AttributeError')!;

/** getattr(v, name), or undefined where it raises AttributeError. */
function attrOrUndefined(v: PyValue, name: string): PyValue | undefined {
  try {
    return getAttr(v, name);
  } catch (e) {
    const err = catchable(e);
    if (err === null || !errorClass(err).isSubclassOf(ATTRIBUTE_ERROR)) throw e;
    return undefined;
  }
}

const isFunction = (v: PyValue): boolean =>
  v instanceof PyFunction || (v instanceof DefWrapper && !(v instanceof PyInstance));
/**
 * A built-in bound to an object: `[].append`, or a class's built-in classmethod
 * (`C.__init_subclass__`), which ToyGrad binds as a method and CPython as a built-in.
 */
const boundBuiltin = (v: PyValue): boolean =>
  v instanceof BoundMethod ||
  (v instanceof PyMethod && v.fn instanceof Builtin && !(v.fn instanceof DefWrapper));
const isBuiltin = (v: PyValue): boolean =>
  (v instanceof Builtin && !(v instanceof DefWrapper)) || boundBuiltin(v);
const isMethod = (v: PyValue): boolean => v instanceof PyMethod && !boundBuiltin(v);

/** A method found on a class that a program wrote (a def), not object's or a built-in's. */
function userDefined(cls: PyClass, name: string): PyValue | undefined {
  const m = cls.lookup(name);
  if (m instanceof PyFunction || m instanceof DefWrapper) return m;
  return undefined;
}

/** _signature_bound_method: the signature without its first parameter (self). */
function withoutFirst(c: SignatureClasses, sig: PyInstance): PyInstance {
  const params = [...(sig.attrs._parameters as PyDict).map.values()].map(
    (e) => e.value as PyInstance,
  );
  const first = params[0];
  const kind = first === undefined ? -1 : c.kinds.indexOf(first.attrs._kind);
  if (first === undefined || kind === Kind.VarKeyword || kind === Kind.KeywordOnly) {
    throw fail('ValueError', 'invalid method signature');
  }
  const rest = kind === Kind.VarPositional ? params : params.slice(1);
  return c.makeSignature(rest, sig.attrs._return_annotation);
}

/** inspect.unwrap's walk along `__wrapped__` (functools.wraps leaves it on a decorator's wrapper). */
function unwrapped(fn: PyValue): PyValue {
  const seen = new Set<PyValue>([fn]);
  let f = fn;
  for (;;) {
    if (!(f instanceof PyFunction || f instanceof DefWrapper)) return f;
    const inner = attrOrUndefined(f, '__wrapped__');
    if (inner === undefined) return f;
    if (seen.has(inner)) throw fail('ValueError', `wrapper loop when unwrapping ${repr(fn)}`);
    seen.add(inner);
    f = inner;
  }
}

function signatureOf(c: SignatureClasses, obj: PyValue, followWrapped: boolean): PyInstance {
  if (!isCallable(obj)) throw typeError(`${repr(obj)} is not a callable object`);
  if (obj instanceof PyMethod) return withoutFirst(c, signatureOf(c, obj.fn, followWrapped));
  const target = followWrapped ? unwrapped(obj) : obj;
  if (target instanceof PyFunction) return functionSignature(c, target);
  if (target instanceof PyClass) {
    if (!target.builtin) {
      for (const base of target.mro) {
        const own = base.dict.get('__new__') ?? base.dict.get('__init__');
        if (own === undefined) continue;
        const isNew = base.dict.has('__new__');
        const m = userDefined(target, isNew ? '__new__' : '__init__');
        if (m === undefined) break;
        return withoutFirst(c, signatureOf(c, m, followWrapped));
      }
      if (target.lookup('__init__') === OBJECT.dict.get('__init__')) {
        return c.makeSignature([], c.empty);
      }
    }
    throw fail('ValueError', `no signature found for builtin type ${repr(target)}`);
  }
  if (target instanceof PyInstance) {
    const call = userDefined(target.cls, '__call__');
    if (call !== undefined) return withoutFirst(c, signatureOf(c, call, followWrapped));
  }
  throw fail('ValueError', `no signature found for builtin ${repr(target)}`);
}

/** inspect.cleandoc: tabs expanded, the common indentation of the lines after the first removed. */
export function cleandoc(doc: string): string {
  const lines = doc.split('\n').map(expandTabs);
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    const content = line.trimStart().length;
    if (content > 0) margin = Math.min(margin, line.length - content);
  }
  if (lines.length > 0) lines[0] = lines[0].trimStart();
  if (margin < Infinity) for (let i = 1; i < lines.length; i++) lines[i] = lines[i].slice(margin);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  return lines.join('\n');
}

function expandTabs(line: string): string {
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}

/** _finddoc: a class's doc from its bases, a method's from the same name along its class's MRO. */
function inheritedDoc(obj: PyValue): PyValue {
  if (obj instanceof PyClass) {
    for (const base of obj.mro) {
      if (base === OBJECT) continue;
      const doc = base.dict.get('__doc__');
      if (doc !== undefined && doc !== null) return doc;
    }
    return null;
  }
  let cls: PyClass | null = null;
  let name: string | null = null;
  if (obj instanceof PyMethod && obj.fn instanceof PyFunction) {
    cls = obj.self instanceof PyClass ? obj.self : (getAttr(obj.self, '__class__') as PyClass);
    name = obj.fn.name;
  }
  if (cls === null || name === null) return null;
  for (const base of cls.mro) {
    const m = base.dict.get(name);
    if (m === undefined) continue;
    const doc = attrOrUndefined(m, '__doc__');
    if (doc !== undefined && doc !== null) return doc;
  }
  return null;
}

function getdoc(obj: PyValue): PyValue {
  let doc = attrOrUndefined(obj, '__doc__');
  if (doc === undefined) return null;
  if (doc === null) doc = inheritedDoc(obj);
  return typeof doc === 'string' ? cleandoc(doc) : null;
}

function predicate(
  name: string,
  test: (v: PyValue) => boolean,
): [string, (a: PyValue[], kw: Kwargs) => PyValue] {
  return [
    name,
    (args, kw) => {
      const [v] = defArgs(name, ['object'], 1, args, kw);
      return test(v!);
    },
  ];
}

export function inspectModule(s: StdContext): Map<string, PyValue> {
  const intEnum = s.standard('enum').ns.lookup('IntEnum')!;
  const c = signatureClasses(intEnum);
  const dir = shared(s, 'dir');
  const m = new Map<string, PyValue>();
  defineAll(m, [
    [
      'signature',
      (args, kw) => {
        const [obj] = defArgs('signature', ['obj'], 1, args, null);
        const [follow] = defArgs(
          'signature',
          ['follow_wrapped', 'globals', 'locals', 'eval_str'],
          0,
          [],
          kw,
        );
        return signatureOf(c, obj!, follow === undefined || truthy(follow));
      },
    ],
    predicate('isclass', (v) => v instanceof PyClass),
    predicate('isfunction', isFunction),
    predicate('ismethod', isMethod),
    predicate('isbuiltin', isBuiltin),
    predicate('isroutine', (v) => isFunction(v) || isBuiltin(v) || isMethod(v)),
    predicate('ismodule', (v) => v instanceof PyModule),
    predicate('isgenerator', (v) => v instanceof PyIterator && v.typeName === 'generator'),
    predicate('isgeneratorfunction', (v) => {
      const f = v instanceof PyMethod ? v.fn : v;
      return f instanceof PyFunction && f.code.generator === true;
    }),
    predicate(
      'isabstract',
      (v) => v instanceof PyClass && v.abstractMethods !== null && v.abstractMethods.size > 0,
    ),
    [
      'getmembers',
      (args, kw) => {
        const [obj, test] = defArgs('getmembers', ['object', 'predicate'], 1, args, kw);
        const out: PyTuple[] = [];
        for (const name of callValue(dir, [obj!], null) as PyValue[]) {
          const value = attrOrUndefined(obj!, name as string);
          if (value === undefined) continue;
          if (test !== undefined && test !== null && !truthy(callValue(test, [value], null))) {
            continue;
          }
          out.push(new PyTuple([name, value]));
        }
        return out.sort((a, b) => ((a.items[0] as string) < (b.items[0] as string) ? -1 : 1));
      },
    ],
    ['getdoc', (args, kw) => getdoc(defArgs('getdoc', ['object'], 1, args, kw)[0]!)],
    [
      'cleandoc',
      (args, kw) => {
        const [doc] = defArgs('cleandoc', ['doc'], 1, args, kw);
        if (typeof doc !== 'string')
          throw fail('AttributeError', `'${typeName(doc!)}' object has no attribute 'expandtabs'`);
        return cleandoc(doc);
      },
    ],
    [
      'getmro',
      (args, kw) => {
        const [cls] = defArgs('getmro', ['cls'], 1, args, kw);
        return getAttr(cls!, '__mro__');
      },
    ],
  ]);
  m.set('Signature', c.signature);
  m.set('Parameter', c.parameter);
  m.set('_empty', c.empty);
  m.set('_ParameterKind', c.kindClass);
  return m;
}
