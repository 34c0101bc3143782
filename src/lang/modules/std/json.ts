// json: loads/load to Python values (ints stay exact) and dumps with CPython's output
// format (jsonEncode.ts: ', ' and ': ' separators, ensure_ascii, indent, sort_keys, NaN/Infinity).

import { defineAll } from '../../builtins/core';
import { bindArgs } from '../../runtime/args';
import { callMethod } from '../../runtime/attributes';
import { fail, typeError } from '../../runtime/state';
import { setItem } from '../../runtime/subscript';
import { typeName } from '../../runtime/repr';
import { EXCEPTION_CLASSES, makeExceptionObject } from '../../runtime/exceptions';
import { builtinClass } from '../../runtime/types';
import { dump, dumps } from './jsonEncode';
import { PyDict, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import { callValue } from '../../runtime/call';

const JSON_DECODE_ERROR = builtinClass('JSONDecodeError', EXCEPTION_CLASSES.get('ValueError')!);
// Shown as CPython shows it: <class 'json.decoder.JSONDecodeError'>.
JSON_DECODE_ERROR.dict.set('__module__', 'json.decoder');

/** loads' hooks (null where not given): CPython's object_hook, parse_float and the rest. */
interface Hooks {
  objectHook: PyValue;
  objectPairsHook: PyValue;
  parseFloat: PyValue;
  parseInt: PyValue;
  parseConstant: PyValue;
}

const HOOK_NAMES = [
  'cls',
  'object_hook',
  'parse_float',
  'parse_int',
  'parse_constant',
  'object_pairs_hook',
];

class JsonParser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly hooks: Hooks | null = null,
  ) {}

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
    const hooks = this.hooks;
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
        const constant = typeof v === 'number' && hooks !== null && hooks.parseConstant !== null;
        return constant ? callValue(hooks.parseConstant, [word], null) : v;
      }
    }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(this.s.slice(this.i));
    if (m === null) this.error('Expecting value');
    this.i += m[0].length;
    const isInt = m[1] === undefined && m[2] === undefined;
    const hook = hooks === null ? null : isInt ? hooks.parseInt : hooks.parseFloat;
    if (hook !== null) return callValue(hook, [m[0]], null);
    return isInt ? BigInt(m[0]) : Number(m[0]);
  }

  /** An object: a dict, or what the object_pairs_hook or object_hook makes of it. */
  private object(): PyValue {
    const hooks = this.hooks;
    if (hooks === null || (hooks.objectHook === null && hooks.objectPairsHook === null)) {
      return this.pairs((d, key, v) => setItem(d, key, v));
    }
    if (hooks.objectPairsHook !== null) {
      const pairs: PyValue[] = [];
      this.pairs((_d, key, v) => pairs.push(new PyTuple([key, v])));
      return callValue(hooks.objectPairsHook, [pairs], null);
    }
    return callValue(hooks.objectHook, [this.pairs((d, key, v) => setItem(d, key, v))], null);
  }

  /** The members of an object, each given to `store` with a dict to keep them in. */
  private pairs(store: (d: PyDict, key: string, v: PyValue) => void): PyDict {
    const d = new PyDict();
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return d;
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
      store(d, key, this.value());
      this.ws();
      const c = this.s[this.i];
      if (c === '}') {
        this.i++;
        return d;
      }
      if (c !== ',') this.error("Expecting ',' delimiter");
      this.i++;
    }
  }

  private array(): PyValue[] {
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
        if (e in simple) out += simple[e];
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i, this.i + 4))) {
          out += String.fromCharCode(parseInt(this.s.slice(this.i, this.i + 4), 16));
          this.i += 4;
        } else this.error('Invalid \\escape', this.i - 2);
      } else if (c < ' ') this.error('Invalid control character at', this.i - 1);
      else out += c;
    }
  }
}

function loads(text: PyValue, hooks: Hooks | null = null): PyValue {
  if (typeof text !== 'string') {
    throw typeError(`the JSON object must be str, bytes or bytearray, not ${typeName(text)}`);
  }
  return new JsonParser(text, hooks).document();
}

/** loads(s, *, cls, object_hook, …) / load(fp, *, …): the first argument and the hooks. */
function bindLoads(name: string, first: string, args: PyValue[], kw: Kwargs): [PyValue, Hooks] {
  if (args.length > 1) {
    throw typeError(`${name}() takes 1 positional argument but ${args.length} were given`);
  }
  const vals = bindArgs(name, [first, ...HOOK_NAMES], 1, args, kw);
  if (vals[1] !== undefined && vals[1] !== null) {
    throw fail(
      'NotImplementedError',
      `${name}(cls=...) needs json.JSONDecoder, which ToyGrad does not offer`,
    );
  }
  const hook = (k: number): PyValue => vals[k + 2] ?? null;
  const hooks = {
    objectHook: hook(0),
    parseFloat: hook(1),
    parseInt: hook(2),
    parseConstant: hook(3),
    objectPairsHook: hook(4),
  };
  return [vals[0]!, hooks];
}

export function jsonModule(): Map<string, PyValue> {
  const m = new Map<string, PyValue>([['JSONDecodeError', JSON_DECODE_ERROR]]);
  defineAll(m, [
    ['loads', (args, kw) => loads(...bindLoads('loads', 's', args, kw))],
    [
      'load',
      (args, kw) => {
        const [fp, hooks] = bindLoads('load', 'fp', args, kw);
        return loads(callMethod(fp, 'read', [], null), hooks);
      },
    ],
    ['dumps', (args, kw) => dumps(args, kw)],
    ['dump', (args, kw) => dump(args, kw, (fp, text) => callMethod(fp, 'write', [text], null))],
  ]);
  return m;
}
