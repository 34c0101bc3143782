// inspect.Signature and inspect.Parameter, written as Lib/inspect.py writes them (3.11): a
// signature read from a def's parameters, defaults and annotations, printed as
// `(a, b: int = 2, /, *args, c, **kw) -> float`, with the kinds as the _ParameterKind IntEnum.

import { callValue } from '../../runtime/call';
import { getAttr } from '../../runtime/attributes';
import { eq } from '../../runtime/equality';
import { PyMappingProxy } from '../../runtime/mappingProxy';
import { PyClass, PyInstance, NativeMethod } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { builtinClass } from '../../runtime/types';
import { typeName } from '../../runtime/typeName';
import { setItem } from '../../runtime/subscript';
import { collect } from '../../runtime/iteration';
import {
  PyDict,
  PyFunction,
  PyOrderedDict,
  PyTuple,
  type Kwargs,
  type PyValue,
} from '../../runtime/values';
import { defArgs } from './collectionsChainMap';
import { annotationText } from './dataclassSignature';
import { nativeClass } from './nativeClass';

const KIND_NAMES = [
  'POSITIONAL_ONLY',
  'POSITIONAL_OR_KEYWORD',
  'VAR_POSITIONAL',
  'KEYWORD_ONLY',
  'VAR_KEYWORD',
] as const;
const DESCRIPTIONS = [
  'positional-only',
  'positional or keyword',
  'variadic positional',
  'keyword-only',
  'variadic keyword',
];
export const enum Kind {
  PositionalOnly = 0,
  PositionalOrKeyword = 1,
  VarPositional = 2,
  KeywordOnly = 3,
  VarKeyword = 4,
}

export interface SignatureClasses {
  empty: PyClass;
  kinds: PyValue[];
  kindClass: PyValue;
  parameter: PyClass;
  signature: PyClass;
  makeParameter(name: string, kind: Kind, dflt: PyValue, annotation: PyValue): PyInstance;
  makeSignature(params: PyInstance[], returns: PyValue): PyInstance;
}

/** The kind's number (0 to 4) of a _ParameterKind member (an int underneath). */
function kindIndex(kinds: PyValue[], k: PyValue): number {
  return kinds.indexOf(k);
}

export function signatureClasses(intEnum: PyValue): SignatureClasses {
  // `class _empty: """Marker object for Signature.empty and Parameter.empty."""`
  const empty = nativeClass({ name: '_empty', module: 'inspect', init: () => {}, methods: [] });
  const kindClass = callValue(
    intEnum,
    ['_ParameterKind', KIND_NAMES.map((n, i) => new PyTuple([n, BigInt(i)]))],
    null,
  );
  (kindClass as PyClass).setMember('__module__', 'inspect');
  // 3.11's _ParameterKind prints its name: str(Parameter.KEYWORD_ONLY) is 'KEYWORD_ONLY'.
  (kindClass as PyClass).setMember(
    '__str__',
    new NativeMethod('__str__', '_ParameterKind', (self) => getAttr(self, '_name_')),
  );
  const kinds = KIND_NAMES.map((n) => getAttr(kindClass, n));
  kinds.forEach((k, i) => ((k as PyInstance).attrs.description = DESCRIPTIONS[i]));

  const field = (self: PyValue, name: string): PyValue => (self as PyInstance).attrs[name];
  const kindOf = (p: PyValue): number => kindIndex(kinds, field(p, '_kind'));

  const paramText = (p: PyValue): string => {
    let text = field(p, '_name') as string;
    const ann = field(p, '_annotation');
    const dflt = field(p, '_default');
    if (ann !== empty) text = `${text}: ${annotationText(ann)}`;
    if (dflt !== empty) text = ann !== empty ? `${text} = ${repr(dflt)}` : `${text}=${repr(dflt)}`;
    const k = kindOf(p);
    if (k === Kind.VarPositional) return '*' + text;
    if (k === Kind.VarKeyword) return '**' + text;
    return text;
  };

  const parameter = nativeClass({
    name: 'Parameter',
    module: 'inspect',
    init: (self, args, kw) => {
      if (args.length > 2) {
        throw typeError(
          `Parameter.__init__() takes 3 positional arguments but ${args.length + 1} were given`,
        );
      }
      const [name, kind] = defArgs('Parameter.__init__', ['name', 'kind'], 2, args, null);
      const named = defArgs('Parameter.__init__', ['default', 'annotation'], 0, [], kw);
      const k = kindIndex(kinds, kind!);
      if (k < 0) {
        const n = kinds.findIndex((m) => eq(m, kind!));
        if (n < 0) throw fail('ValueError', `${repr(kind!)} is not a valid _ParameterKind`);
      }
      const index = k >= 0 ? k : kinds.findIndex((m) => eq(m, kind!));
      const dflt = named[0] === undefined ? empty : named[0];
      if (dflt !== empty && (index === Kind.VarPositional || index === Kind.VarKeyword)) {
        throw fail('ValueError', `${DESCRIPTIONS[index]} parameters cannot have default values`);
      }
      if (typeof name !== 'string') {
        throw typeError(`name must be a str, not a ${typeName(name!)}`);
      }
      if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) {
        throw fail('ValueError', `${repr(name)} is not a valid parameter name`);
      }
      Object.assign(self.attrs, {
        _name: name,
        _kind: kinds[index],
        _default: dflt,
        _annotation: named[1] === undefined ? empty : named[1],
      });
    },
    methods: [
      ['__str__', (self) => paramText(self)],
      ['__repr__', (self) => `<${self.cls.name} "${paramText(self)}">`],
      [
        '__eq__',
        (self, a) => {
          const o = a[0];
          if (!(o instanceof PyInstance) || !o.cls.isSubclassOf(parameter)) return false;
          return ['_name', '_kind', '_default', '_annotation'].every((f) =>
            eq(field(self, f), field(o, f)),
          );
        },
      ],
    ],
    properties: [
      ['name', (self) => field(self, '_name')],
      ['kind', (self) => field(self, '_kind')],
      ['default', (self) => field(self, '_default')],
      ['annotation', (self) => field(self, '_annotation')],
    ],
  });
  parameter.setMember(
    '__hash__',
    new NativeMethod('__hash__', 'Parameter', (self) =>
      callValue(
        getAttr(builtinClass('tuple'), '__hash__'),
        [
          new PyTuple([
            field(self, '_name'),
            field(self, '_kind'),
            field(self, '_annotation'),
            field(self, '_default'),
          ]),
        ],
        null,
      ),
    ),
  );
  parameter.setMember('empty', empty);
  KIND_NAMES.forEach((n, i) => parameter.setMember(n, kinds[i]));

  const paramsOf = (sig: PyValue): PyValue[] => {
    const proxy = field(sig, '_parameters') as PyDict;
    return [...proxy.map.values()].map((e) => e.value);
  };

  const sigText = (sig: PyValue): string => {
    const out: string[] = [];
    let posOnlySeparator = false;
    let kwOnlySeparator = true;
    for (const p of paramsOf(sig)) {
      const k = kindOf(p);
      if (k === Kind.PositionalOnly) posOnlySeparator = true;
      else if (posOnlySeparator) {
        out.push('/');
        posOnlySeparator = false;
      }
      if (k === Kind.VarPositional) kwOnlySeparator = false;
      else if (k === Kind.KeywordOnly && kwOnlySeparator) {
        out.push('*');
        kwOnlySeparator = false;
      }
      out.push(paramText(p));
    }
    if (posOnlySeparator) out.push('/');
    let text = `(${out.join(', ')})`;
    const returns = field(sig, '_return_annotation');
    if (returns !== empty) text += ` -> ${annotationText(returns)}`;
    return text;
  };

  /** Signature.__init__'s checks of the parameters' order, defaults and names. */
  const validated = (params: PyValue[]): PyOrderedDict => {
    const d = new PyOrderedDict();
    let top = Kind.PositionalOnly;
    let seenDefault = false;
    for (const p of params) {
      const k = kindOf(p);
      const name = field(p, '_name') as string;
      if (k < top) {
        throw fail(
          'ValueError',
          `wrong parameter order: ${DESCRIPTIONS[top]} parameter before ${DESCRIPTIONS[k]} parameter`,
        );
      }
      if (k > top) top = k;
      if (k === Kind.PositionalOnly || k === Kind.PositionalOrKeyword) {
        if (field(p, '_default') === empty) {
          if (seenDefault)
            throw fail('ValueError', 'non-default argument follows default argument');
        } else seenDefault = true;
      }
      if (d.map.has(name)) throw fail('ValueError', `duplicate parameter name: ${repr(name)}`);
      setItem(d, name, p);
    }
    return d;
  };

  const signature: PyClass = nativeClass({
    name: 'Signature',
    module: 'inspect',
    init: (self, args, kw) => {
      const [params] = defArgs('Signature.__init__', ['parameters'], 0, args.slice(0, 1), null);
      if (args.length > 1) {
        throw typeError(
          `Signature.__init__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`,
        );
      }
      const [returns] = defArgs(
        'Signature.__init__',
        ['return_annotation', '__validate_parameters__'],
        0,
        [],
        kw,
      );
      const list = params === undefined || params === null ? [] : collect(params);
      self.attrs._parameters = PyMappingProxy.over(validated(list), builtinClass('mappingproxy'));
      self.attrs._return_annotation = returns === undefined ? empty : returns;
    },
    methods: [
      ['__str__', (self) => sigText(self)],
      ['__repr__', (self) => `<${self.cls.name} ${sigText(self)}>`],
      [
        '__eq__',
        (self, a) => {
          const o = a[0];
          if (!(o instanceof PyInstance) || !o.cls.isSubclassOf(signature)) return false;
          const mine = paramsOf(self);
          const theirs = paramsOf(o);
          return (
            eq(field(self, '_return_annotation'), field(o, '_return_annotation')) &&
            mine.length === theirs.length &&
            mine.every((p, i) => eq(p, theirs[i]))
          );
        },
      ],
      [
        'replace',
        (self, a, kw: Kwargs) => {
          defArgs('Signature.replace', [], 0, a, null);
          const [params, returns] = defArgs(
            'Signature.replace',
            ['parameters', 'return_annotation'],
            0,
            [],
            kw,
          );
          return callValue(
            self.cls,
            [params === undefined ? paramsOf(self) : params],
            new Map([
              [
                'return_annotation',
                returns === undefined ? field(self, '_return_annotation') : returns,
              ],
            ]),
          );
        },
      ],
    ],
    properties: [
      ['parameters', (self) => field(self, '_parameters')],
      ['return_annotation', (self) => field(self, '_return_annotation')],
    ],
  });
  signature.setMember('__hash__', null);
  signature.setMember('empty', empty);

  const makeParameter = (name: string, kind: Kind, dflt: PyValue, annotation: PyValue) =>
    callValue(
      parameter,
      [name, kinds[kind]],
      new Map([
        ['default', dflt],
        ['annotation', annotation],
      ]),
    ) as PyInstance;
  const makeSignature = (params: PyInstance[], returns: PyValue) =>
    callValue(signature, [params], new Map([['return_annotation', returns]])) as PyInstance;
  return { empty, kinds, kindClass, parameter, signature, makeParameter, makeSignature };
}

/** The signature of a def, as inspect's _signature_from_function reads it. */
export function functionSignature(c: SignatureClasses, fn: PyFunction): PyInstance {
  const code = fn.code;
  const annotations = getAttr(fn, '__annotations__');
  const ann = (name: string): PyValue => {
    if (!(annotations instanceof PyDict)) return c.empty;
    const e = annotations.map.get(name);
    return e === undefined ? c.empty : e.value;
  };
  const params: PyInstance[] = [];
  const posonly = code.posonly ?? 0;
  const firstDefault = code.params.length - fn.defaults.length;
  code.params.forEach((name, i) => {
    const kind = i < posonly ? Kind.PositionalOnly : Kind.PositionalOrKeyword;
    const dflt = i >= firstDefault ? fn.defaults[i - firstDefault] : c.empty;
    params.push(c.makeParameter(name, kind, dflt, ann(name)));
  });
  const vararg = code.varargName;
  if (vararg !== undefined)
    params.push(c.makeParameter(vararg, Kind.VarPositional, c.empty, ann(vararg)));
  code.kwonly.forEach((name, i) => {
    params.push(
      c.makeParameter(
        name,
        Kind.KeywordOnly,
        fn.kwDefaults[i] === undefined ? c.empty : fn.kwDefaults[i]!,
        ann(name),
      ),
    );
  });
  const kwarg = code.kwargName;
  if (kwarg !== undefined)
    params.push(c.makeParameter(kwarg, Kind.VarKeyword, c.empty, ann(kwarg)));
  return c.makeSignature(params, ann('return'));
}
