// json: loads/load to Python values (ints stay exact) and dumps with CPython's output
// format (jsonEncode.ts: ', ' and ': ' separators, ensure_ascii, indent, sort_keys, NaN/Infinity).

import { defineAll } from '../../builtins/core';
import { bindFunctionArgs } from '../../runtime/args';
import { bytesData } from '../../runtime/bytesValue';
import { callValue } from '../../runtime/call';
import { decodeBytes } from '../../runtime/codecs';
import { truthy } from '../../runtime/truth';
import { callMethod } from '../../runtime/attributes';
import { fail, rt, typeError } from '../../runtime/state';
import { setItem } from '../../runtime/subscript';
import { typeName } from '../../runtime/repr';
import { EXCEPTION_CLASSES, makeExceptionObject } from '../../runtime/exceptions';
import { builtinClass } from '../../runtime/types';
import { dump, dumps } from './jsonEncode';
import { jsonEncoderClass } from './jsonEncoderClass';
import { jsonDecoderClass } from './jsonDecoderClass';
import type { StdContext } from './context';
import { PyDict, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';

const JSON_DECODE_ERROR = builtinClass('JSONDecodeError', EXCEPTION_CLASSES.get('ValueError')!);
// Shown as CPython shows it: <class 'json.decoder.JSONDecodeError'>.
JSON_DECODE_ERROR.dict.set('__module__', 'json.decoder');
const JSON_DECODER = jsonDecoderClass();
const JSON_ENCODER = jsonEncoderClass();

/** JSONDecoder's options: the hooks that build values, and whether strings are strict. */
export interface DecodeOptions {
  objectHook: PyValue;
  objectPairsHook: PyValue;
  parseFloat: PyValue;
  parseInt: PyValue;
  parseConstant: PyValue;
  strict: boolean;
}

export const DEFAULT_OPTIONS: DecodeOptions = {
  objectHook: null,
  objectPairsHook: null,
  parseFloat: null,
  parseInt: null,
  parseConstant: null,
  strict: true,
};

class JsonParser {
  private i = 0;
  private depth = 0;
  constructor(
    private readonly s: string,
    private readonly o: DecodeOptions = DEFAULT_OPTIONS,
  ) {}

  fail(msg: string, at: number): never {
    this.error(msg, at);
  }

  private error(msg: string, at = this.i): never {
    const before = this.s.slice(0, at);
    const line = before.split('\n').length;
    const col = at - before.lastIndexOf('\n');
    const message = `${msg}: line ${line} column ${col} (char ${at})`;
    // json.JSONDecodeError, a ValueError (its kind is its class name, as for a program's class).
    const err = fail(JSON_DECODE_ERROR.name, message);
    const obj = makeExceptionObject(JSON_DECODE_ERROR, new PyTuple([message]));
    Object.assign(obj.attrs, { msg, pos: BigInt(at), lineno: BigInt(line), colno: BigInt(col) });
    err.exception = obj;
    throw err;
  }

  private ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i])) this.i++;
  }

  document(): PyValue {
    this.ws();
    const v = this.value();
    this.ws();
    if (this.i < this.s.length) this.error('Extra data');
    return v;
  }

  /** JSONDecoder.raw_decode: the value starting right at `at` (no space skipped), and its end. */
  valueAt(at: number): [PyValue, number] {
    this.i = at;
    if (at < 0 || at >= this.s.length) this.error('Expecting value');
    const v = this.value();
    return [v, this.i];
  }

  private value(): PyValue {
    const c = this.s[this.i];
    switch (c) {
      case '{':
        return this.object();
      case '[':
        return this.array();
      case '"':
        return this.string();
    }
    for (const [word, v] of [
      ['null', null],
      ['true', true],
      ['false', false],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity],
    ] as [string, PyValue][]) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        const hook = this.o.parseConstant;
        return typeof v === 'number' && hook !== null ? callValue(hook, [word], null) : v;
      }
    }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(this.s.slice(this.i));
    if (m === null) this.error('Expecting value');
    this.i += m[0].length;
    if (m[1] === undefined && m[2] === undefined) {
      return this.o.parseInt === null ? BigInt(m[0]) : callValue(this.o.parseInt, [m[0]], null);
    }
    return this.o.parseFloat === null ? Number(m[0]) : callValue(this.o.parseFloat, [m[0]], null);
  }

  /** The object's pairs as object_pairs_hook, else object_hook, else a dict, makes them. */
  private finishObject(pairs: [string, PyValue][]): PyValue {
    if (this.o.objectPairsHook !== null) {
      const list = pairs.map(([k, v]) => new PyTuple([k, v]));
      return callValue(this.o.objectPairsHook, [list], null);
    }
    const d = new PyDict();
    for (const [k, v] of pairs) setItem(d, k, v);
    return this.o.objectHook === null ? d : callValue(this.o.objectHook, [d], null);
  }

  private object(): PyValue {
    this.nest('object');
    try {
      return this.objectItems();
    } finally {
      this.depth--;
    }
  }

  private objectItems(): PyValue {
    const pairs: [string, PyValue][] = [];
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return this.finishObject(pairs);
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') {
        this.error('Expecting property name enclosed in double quotes');
      }
      const key = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.error("Expecting ':' delimiter");
      this.i++;
      this.ws();
      pairs.push([key, this.value()]);
      this.ws();
      const c = this.s[this.i];
      if (c === '}') {
        this.i++;
        return this.finishObject(pairs);
      }
      if (c !== ',') this.error("Expecting ',' delimiter");
      this.i++;
    }
  }

  /**
   * CPython's decoder counts each array or object it enters against the recursion limit,
   * above loads, decode and raw_decode (Python frames) and the caller's frames.
   */
  private nest(what: string): void {
    if (rt.depth + 1 + 3 + ++this.depth >= rt.maxDepth) {
      throw fail(
        'RecursionError',
        `maximum recursion depth exceeded while decoding a JSON ${what} from a unicode string`,
      );
    }
  }

  private array(): PyValue[] {
    this.nest('array');
    try {
      return this.arrayItems();
    } finally {
      this.depth--;
    }
  }

  private arrayItems(): PyValue[] {
    const out: PyValue[] = [];
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      out.push(this.value());
      this.ws();
      const c = this.s[this.i];
      if (c === ']') {
        this.i++;
        return out;
      }
      if (c !== ',') this.error("Expecting ',' delimiter");
      this.i++;
    }
  }

  private string(): string {
    const start = this.i;
    this.i++;
    let out = '';
    for (;;) {
      if (this.i >= this.s.length) this.error('Unterminated string starting at', start);
      const c = this.s[this.i++];
      if (c === '"') return out;
      if (c === '\\') {
        const e = this.s[this.i++];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e === undefined) this.error('Unterminated string starting at', start);
        if (e in simple) out += simple[e];
        else if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i, this.i + 4))) {
            this.error('Invalid \\uXXXX escape', this.i - 1);
          }
          out += String.fromCharCode(parseInt(this.s.slice(this.i, this.i + 4), 16));
          this.i += 4;
        } else this.error('Invalid \\escape', this.i - 2);
      } else if (c < ' ' && this.o.strict) this.error('Invalid control character at', this.i - 1);
      else out += c;
    }
  }
}

/** json.detect_encoding: the encoding of a JSON document given as bytes. */
function detectEncoding(b: Uint8Array): string {
  const starts = (...bom: number[]) => bom.every((x, i) => b[i] === x);
  if (starts(0, 0, 0xfe, 0xff) || starts(0xff, 0xfe, 0, 0)) return 'utf-32';
  if (starts(0xfe, 0xff) || starts(0xff, 0xfe)) return 'utf-16';
  if (starts(0xef, 0xbb, 0xbf)) return 'utf-8-sig';
  if (b.length >= 4) {
    if (b[0] === 0) return b[1] !== 0 ? 'utf-16-be' : 'utf-32-be';
    if (b[1] === 0) return b[2] !== 0 || b[3] !== 0 ? 'utf-16-le' : 'utf-32-le';
  } else if (b.length === 2) {
    if (b[0] === 0) return 'utf-16-be';
    if (b[1] === 0) return 'utf-16-le';
  }
  return 'utf-8';
}

/** The decoding options of loads() and of JSONDecoder(), in JSONDecoder.__init__'s order. */
export const DECODER_OPTIONS = [
  'object_hook',
  'parse_float',
  'parse_int',
  'parse_constant',
  'strict',
  'object_pairs_hook',
];

/** A JSON document, or (`rawAt`) the value starting at that index and where it ends. */
export function parseJson(s: string, o: DecodeOptions, rawAt: number | null): [PyValue, number] {
  const parser = new JsonParser(s, o);
  return rawAt === null ? [parser.document(), s.length] : parser.valueAt(rawAt);
}

/** loads(s, **kw): JSONDecoder(**kw).decode(s), bytes decoded first as CPython does. */
function loads(text: PyValue, kw: Kwargs): PyValue {
  const data = bytesData(text);
  if (typeof text !== 'string' && data === null) {
    throw typeError(`the JSON object must be str, bytes or bytearray, not ${typeName(text)}`);
  }
  let s: string;
  if (typeof text === 'string') {
    if (text.startsWith('\ufeff')) {
      new JsonParser(text).fail('Unexpected UTF-8 BOM (decode using utf-8-sig)', 0);
    }
    s = text;
  } else s = decodeBytes(data!, detectEncoding(data!), 'strict');
  const cls = kw?.get('cls');
  if (cls !== undefined && cls !== null) {
    // loads(s, cls=MyDecoder, **kw): MyDecoder(**kw).decode(s), as CPython's loads does.
    const rest = new Map(kw!);
    rest.delete('cls');
    return callMethod(callValue(cls, [], rest.size > 0 ? rest : null), 'decode', [s], null);
  }
  const o: DecodeOptions = { ...DEFAULT_OPTIONS };
  for (const [k, v] of kw ?? []) {
    if (k === 'cls') continue;
    if (!DECODER_OPTIONS.includes(k)) {
      throw typeError(`JSONDecoder.__init__() got an unexpected keyword argument '${k}'`);
    }
    if (k === 'strict') o.strict = truthy(v);
    else if (k === 'object_hook') o.objectHook = v;
    else if (k === 'object_pairs_hook') o.objectPairsHook = v;
    else if (k === 'parse_float') o.parseFloat = v;
    else if (k === 'parse_int') o.parseInt = v;
    else o.parseConstant = v;
  }
  return new JsonParser(s, o).document();
}

/** loads(s, **kw) and load(fp, **kw): one positional argument, the rest JSONDecoder's. */
function positionalOne(fname: string, param: string, args: PyValue[], kw: Kwargs): PyValue {
  const rest = new Map(kw ?? []);
  const named = rest.get(param);
  rest.delete(param);
  const [v] = bindFunctionArgs(
    fname,
    [param],
    1,
    args,
    named === undefined ? null : new Map([[param, named]]),
  );
  return loads(fname === 'load' ? callMethod(v!, 'read', [], null) : v!, rest);
}

/** json.decoder and json.encoder: the classes json takes from them. */
export function jsonDecoderModule(): Map<string, PyValue> {
  return new Map<string, PyValue>([
    ['JSONDecodeError', JSON_DECODE_ERROR],
    ['JSONDecoder', JSON_DECODER],
  ]);
}

export function jsonEncoderModule(): Map<string, PyValue> {
  return new Map<string, PyValue>([['JSONEncoder', JSON_ENCODER]]);
}

export function jsonModule(s: StdContext): Map<string, PyValue> {
  const m = new Map<string, PyValue>([
    ['JSONDecodeError', JSON_DECODE_ERROR],
    ['JSONEncoder', JSON_ENCODER],
    ['JSONDecoder', JSON_DECODER],
  ]);
  // json's submodules, which json imports itself in CPython: `except json.decoder.JSONDecodeError`.
  m.set('decoder', s.standard('json.decoder'));
  m.set('encoder', s.standard('json.encoder'));
  defineAll(m, [
    ['loads', (args, kw) => positionalOne('loads', 's', args, kw)],
    ['load', (args, kw) => positionalOne('load', 'fp', args, kw)],
    ['dumps', (args, kw) => dumps(args, kw)],
    ['dump', (args, kw) => dump(args, kw, (fp, text) => callMethod(fp, 'write', [text], null))],
  ]);
  return m;
}
