// json's encoder: dumps/dump options (indent, separators, sort_keys, skipkeys, default,
// ensure_ascii, allow_nan) in CPython's output format. The text is built as CPython's
// _make_iterencode yields it, so json.dump can write what came before a failing value, as
// CPython's dump (which writes chunk by chunk) leaves it.

import { payloadOf } from '../../runtime/builtinSubclass';
import { floatRepr, intRepr } from '../../format';
import { bindArgs } from '../../runtime/args';
import { callMethod } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { iterate } from '../../runtime/iteration';
import { builtinClass } from '../../runtime/types';
import { fail, rt, typeError } from '../../runtime/state';
import { sortInPlace } from '../../runtime/sorting';
import { truthy } from '../../runtime/truth';
import { typeName } from '../../runtime/repr';
import { PyDict, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import { isMember, memberValue } from './enumType';

/** An IntEnum or IntFlag member is an int to json, written as its value (CPython: int.__repr__). */
export function asPlainInt(v: PyValue): PyValue {
  if (isMember(v) && v.cls.isSubclassOf(builtinClass('int'))) return memberValue(v);
  return v;
}

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

function quote(s: string, ascii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = s.charCodeAt(i);
    if (c in ESCAPES) out += ESCAPES[c];
    else if (code < 0x20 || (ascii && code > 0x7e))
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return out + '"';
}

interface DumpOptions {
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  skipKeys: boolean;
  ascii: boolean;
  allowNan: boolean;
  /** `default=`: called on a value json cannot write; its result is written instead. */
  fallback: PyValue | null;
}

export const OPTION_NAMES = [
  'skipkeys',
  'ensure_ascii',
  'check_circular',
  'allow_nan',
  'cls',
  'indent',
  'separators',
  'default',
  'sort_keys',
] as const;

function floatText(x: number, o: DumpOptions): string {
  if (Number.isFinite(x)) return floatRepr(x);
  if (!o.allowNan) throw fail('ValueError', `Out of range float values are not JSON compliant`);
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

/** A key's text, or null for a key skipkeys= leaves out. */
function keyText(key: PyValue, o: DumpOptions): string | null {
  // A key of a str or int subclass (a `class Color(str, Enum)` member, an IntEnum member) is
  // its value.
  const k = asPlainInt(payloadOf(key));
  switch (typeof k) {
    case 'string':
      return k;
    case 'boolean':
      return k ? 'true' : 'false';
    case 'bigint':
      return intRepr(k);
    case 'number':
      return floatText(k, o);
  }
  if (k === null) return 'null';
  if (o.skipKeys) return null;
  throw typeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
}

/**
 * How json.dumps nests against the recursion limit: above the caller's frames, CPython runs
 * dumps, encode and iterencode (Python) and then its C encoder, which counts each list,
 * tuple or dict it enters; with indent= the encoder is Python's, whose frames count.
 */
interface NestingLimit {
  frames: number;
  message: string;
}

const C_ENCODER: NestingLimit = {
  frames: 3,
  message: 'maximum recursion depth exceeded while encoding a JSON object',
};
const PY_ENCODER: NestingLimit = {
  frames: 2,
  message: 'maximum recursion depth exceeded while calling a Python object',
};

class Encoder {
  readonly out: string[] = [];
  private readonly active = new Set<object>();
  constructor(
    private readonly o: DumpOptions,
    private readonly limit: NestingLimit | null = null,
  ) {}

  /** A container at nesting `depth` (0 at the top) past the recursion limit fails. */
  private checkNesting(depth: number): void {
    const limit = this.limit;
    if (limit === null) return;
    if (rt.depth + 1 + limit.frames + depth + 1 >= rt.maxDepth) {
      throw fail('RecursionError', limit.message);
    }
  }

  private enter(v: object): void {
    if (this.active.has(v)) throw fail('ValueError', 'Circular reference detected');
    this.active.add(v);
  }

  value(value: PyValue, depth: number): void {
    const o = this.o;
    // An instance of a dict, list, str… subclass (or an IntEnum member) is written as its
    // built-in value.
    const v = asPlainInt(payloadOf(value));
    switch (typeof v) {
      case 'string':
        this.out.push(quote(v, o.ascii));
        return;
      case 'boolean':
        this.out.push(v ? 'true' : 'false');
        return;
      case 'bigint':
        this.out.push(intRepr(v));
        return;
      case 'number':
        this.out.push(floatText(v, o));
        return;
    }
    if (v === null) {
      this.out.push('null');
      return;
    }
    const items = Array.isArray(v) ? v : v instanceof PyTuple ? v.items : null;
    if (items !== null || v instanceof PyDict) this.checkNesting(depth);
    if (items !== null) return this.list(v as object, items, depth);
    if (v instanceof PyDict) return this.dict(v, depth);
    if (o.fallback === null) {
      throw typeError(`Object of type ${typeName(v)} is not JSON serializable`);
    }
    this.enter(v as object);
    this.value(callValue(o.fallback, [value], null), depth);
    this.active.delete(v as object);
  }

  private list(v: object, items: readonly PyValue[], depth: number): void {
    if (items.length === 0) {
      this.out.push('[]');
      return;
    }
    this.enter(v);
    const inner = this.o.indent === null ? '' : `\n${this.o.indent.repeat(depth + 1)}`;
    this.out.push('[' + inner);
    items.forEach((x, i) => {
      if (i > 0) this.out.push(this.o.itemSep + inner);
      this.value(x, depth + 1);
    });
    if (this.o.indent !== null) this.out.push(`\n${this.o.indent.repeat(depth)}`);
    this.out.push(']');
    this.active.delete(v);
  }

  private dict(v: PyDict, depth: number): void {
    if (v.map.size === 0) {
      this.out.push('{}');
      return;
    }
    this.enter(v);
    const o = this.o;
    const inner = o.indent === null ? '' : `\n${o.indent.repeat(depth + 1)}`;
    this.out.push('{' + inner);
    const entries = [...v.map.values()];
    // CPython sorts the keys themselves (2 before 10), by `<`: str and int keys together fail.
    if (o.sortKeys) {
      const keys = entries.map((e) => e.key);
      const byKey = new Map(entries.map((e) => [e.key, e]));
      sortInPlace(keys, null, false);
      entries.splice(0, entries.length, ...keys.map((k) => byKey.get(k)!));
    }
    let first = true;
    for (const e of entries) {
      const k = keyText(e.key, o);
      if (k === null) continue;
      if (!first) this.out.push(o.itemSep + inner);
      first = false;
      this.out.push(quote(k, o.ascii) + o.keySep);
      this.value(e.value, depth + 1);
    }
    if (o.indent !== null) this.out.push(`\n${o.indent.repeat(depth)}`);
    this.out.push('}');
    this.active.delete(v);
  }
}

function dumpOptions(opts: (PyValue | undefined)[]): DumpOptions {
  const [skipkeys, ensureAscii, , allowNan, , indent, separators, fallback, sortKeys] = opts;
  let ind: string | null = null;
  if (typeof indent === 'bigint') ind = ' '.repeat(Math.max(0, Number(indent)));
  else if (typeof indent === 'string') ind = indent;
  let itemSep = ind === null ? ', ' : ',';
  let keySep = ': ';
  if (separators !== undefined && separators !== null) {
    const seps =
      separators instanceof PyTuple
        ? separators.items
        : Array.isArray(separators)
          ? separators
          : [];
    if (seps.length !== 2 || typeof seps[0] !== 'string' || typeof seps[1] !== 'string') {
      throw fail('ValueError', 'separators must be a (item_separator, key_separator) tuple');
    }
    [itemSep, keySep] = [seps[0], seps[1]];
  }
  const flag = (x: PyValue | undefined, dflt: boolean) => (x === undefined ? dflt : truthy(x));
  return {
    indent: ind,
    itemSep,
    keySep,
    sortKeys: flag(sortKeys, false),
    skipKeys: flag(skipkeys, false),
    ascii: flag(ensureAscii, true),
    allowNan: flag(allowNan, true),
    fallback: fallback === undefined || fallback === null ? null : fallback,
  };
}

/** A dumps/dump call's arguments: its options in OPTION_NAMES' order, and the other keywords. */
interface DumpCall {
  bound: (PyValue | undefined)[];
  /** Keywords dumps does not know: for `cls=` (JSONEncoder refuses them). */
  extra: Map<string, PyValue>;
}

/** Binds `fname(*positional, **options)`: the options are keyword-only, as CPython's. */
function bindDump(
  fname: string,
  positional: readonly string[],
  args: readonly PyValue[],
  kw: Kwargs,
): DumpCall {
  const n = positional.length;
  if (args.length > n) {
    const takes = n === 1 ? '1 positional argument' : `${n} positional arguments`;
    throw typeError(
      `${fname}() takes ${takes} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`,
    );
  }
  const names: readonly string[] = [...positional, ...OPTION_NAMES];
  // dumps' **kw go to JSONEncoder() (or cls=), which names a keyword it does not know once
  // the call itself has bound.
  const extra = new Map([...(kw ?? [])].filter(([k]) => !names.includes(k)));
  const known = kw === null ? null : new Map([...kw].filter(([k]) => names.includes(k)));
  const bound = bindArgs(fname, names, 0, args, known);
  const missing = positional.filter((_, i) => bound[i] === undefined);
  if (missing.length > 0) {
    const names = missing.map((m) => `'${m}'`);
    const list = names.length === 1 ? names[0] : `${names[0]} and ${names[1]}`;
    throw typeError(
      `${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`,
    );
  }
  const cls = bound[n + OPTION_NAMES.indexOf('cls')];
  if (extra.size > 0 && (cls === undefined || cls === null)) {
    throw typeError(
      `JSONEncoder.__init__() got an unexpected keyword argument '${[...extra.keys()][0]}'`,
    );
  }
  return { bound, extra };
}

/** The options' values by name, as dumps passes them to `cls(...)`. */
const OPTION_DEFAULTS: ReadonlyMap<string, PyValue> = new Map<string, PyValue>([
  ['skipkeys', false],
  ['ensure_ascii', true],
  ['check_circular', true],
  ['allow_nan', true],
  ['indent', null],
  ['separators', null],
  ['default', null],
  ['sort_keys', false],
]);

/**
 * `cls(skipkeys=…, …, **kw)`, the encoder dumps makes when given `cls=` (CPython passes every
 * option, defaults included); null without one.
 */
function encoderFor(call: DumpCall, first: number): PyValue {
  const cls = call.bound[first + OPTION_NAMES.indexOf('cls')];
  if (cls === undefined || cls === null) return null;
  const kw = new Map<string, PyValue>();
  for (const [name, dflt] of OPTION_DEFAULTS) {
    kw.set(
      name,
      call.bound[first + OPTION_NAMES.indexOf(name as (typeof OPTION_NAMES)[number])] ?? dflt,
    );
  }
  for (const [k, v] of call.extra) kw.set(k, v);
  return callValue(cls, [], kw);
}

/** The text of `obj` with options in OPTION_NAMES' order (what JSONEncoder.encode writes). */
export function encodeWith(options: (PyValue | undefined)[], obj: PyValue): string[] {
  const o = dumpOptions(options);
  const enc = new Encoder(o, o.indent === null ? C_ENCODER : PY_ENCODER);
  enc.value(obj, 0);
  return enc.out;
}

/** json.dumps(obj, **options): `cls(**options).encode(obj)` when given a class. */
export function dumps(args: readonly PyValue[], kw: Kwargs): PyValue {
  const call = bindDump('dumps', ['obj'], args, kw);
  const encoder = encoderFor(call, 1);
  if (encoder !== null) return callMethod(encoder, 'encode', [call.bound[0]!], null);
  return encodeWith(call.bound.slice(1), call.bound[0]!).join('');
}

/** json.dump(obj, fp, **options): writes the text with fp.write, and returns None. */
export function dump(
  args: readonly PyValue[],
  kw: Kwargs,
  write: (fp: PyValue, s: PyValue) => void,
): null {
  const call = bindDump('dump', ['obj', 'fp'], args, kw);
  const [obj, fp] = [call.bound[0]!, call.bound[1]!];
  const encoder = encoderFor(call, 2);
  if (encoder !== null) {
    // CPython writes each chunk of cls(...).iterencode(obj).
    const it = iterate(callMethod(encoder, 'iterencode', [obj], null));
    for (let chunk = it.next(); chunk !== undefined; chunk = it.next()) write(fp, chunk);
    return null;
  }
  const enc = new Encoder(dumpOptions(call.bound.slice(2)));
  try {
    enc.value(obj, 0);
  } finally {
    // CPython writes each piece as it is made: what came before an error is written.
    const text = enc.out.join('');
    if (text !== '') write(fp, text);
  }
  return null;
}
