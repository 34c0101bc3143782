// json: loads/load to Python values (ints stay exact) and dumps with CPython's output
// format (', ' and ': ' separators, ensure_ascii, indent, sort_keys, NaN/Infinity).

import { payloadOf } from '../../runtime/builtinSubclass';
import { defineAll } from '../../builtins/core';
import { floatRepr, intRepr } from '../../format';
import { bindArgs } from '../../runtime/args';
import { callMethod } from '../../runtime/attributes';
import { compareStrings } from '../../runtime/strOrder';
import { fail, typeError } from '../../runtime/state';
import { setItem } from '../../runtime/subscript';
import { truthy } from '../../runtime/truth';
import { typeName } from '../../runtime/repr';
import { EXCEPTION_CLASSES, makeExceptionObject } from '../../runtime/exceptions';
import { builtinClass } from '../../runtime/types';
import { PyDict, PyTuple, type PyValue } from '../../runtime/values';
import { isMember, memberValue } from './enumType';

/** An IntEnum or IntFlag member is an int to json, written as its value (CPython: int.__repr__). */
function asPlainInt(v: PyValue): PyValue {
  if (isMember(v) && v.cls.isSubclassOf(builtinClass('int'))) return memberValue(v);
  return v;
}

const JSON_DECODE_ERROR = builtinClass('JSONDecodeError', EXCEPTION_CLASSES.get('ValueError')!);
// Shown as CPython shows it: <class 'json.decoder.JSONDecodeError'>.
JSON_DECODE_ERROR.dict.set('__module__', 'json.decoder');

class JsonParser {
  private i = 0;
  constructor(private readonly s: string) {}

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
        return v;
      }
    }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(this.s.slice(this.i));
    if (m === null) this.error('Expecting value');
    this.i += m[0].length;
    return m[1] === undefined && m[2] === undefined ? BigInt(m[0]) : Number(m[0]);
  }

  private object(): PyDict {
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
      setItem(d, key, this.value());
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
  ascii: boolean;
  allowNan: boolean;
}

function floatText(x: number, o: DumpOptions): string {
  if (Number.isFinite(x)) return floatRepr(x);
  if (!o.allowNan) throw fail('ValueError', `Out of range float values are not JSON compliant`);
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

function keyText(key: PyValue, o: DumpOptions): string {
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
  throw typeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
}

function dump(value: PyValue, o: DumpOptions, depth: number, active: Set<object>): string {
  // An instance of a dict, list, str… subclass (or an IntEnum member) is written as its
  // built-in value.
  const v = asPlainInt(payloadOf(value));
  switch (typeof v) {
    case 'string':
      return quote(v, o.ascii);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return intRepr(v);
    case 'number':
      return floatText(v, o);
  }
  if (v === null) return 'null';
  const items = Array.isArray(v) ? v : v instanceof PyTuple ? v.items : null;
  if (items !== null || v instanceof PyDict) {
    if (active.has(v)) throw fail('ValueError', 'Circular reference detected');
    active.add(v);
    const inner = o.indent === null ? '' : `\n${o.indent.repeat(depth + 1)}`;
    const outer = o.indent === null ? '' : `\n${o.indent.repeat(depth)}`;
    let parts: string[];
    let open: string;
    let close: string;
    if (items !== null) {
      parts = items.map((x) => dump(x, o, depth + 1, active));
      [open, close] = ['[', ']'];
    } else {
      let entries = [...(v as PyDict).map.values()].map(
        (e) => [keyText(e.key, o), e.value] as const,
      );
      if (o.sortKeys) entries = entries.slice().sort((a, b) => compareStrings(a[0], b[0]));
      parts = entries.map(
        ([k, x]) => `${quote(k, o.ascii)}${o.keySep}${dump(x, o, depth + 1, active)}`,
      );
      [open, close] = ['{', '}'];
    }
    active.delete(v);
    if (parts.length === 0) return open + close;
    return `${open}${inner}${parts.join(o.itemSep + inner)}${outer}${close}`;
  }
  throw typeError(`Object of type ${typeName(v)} is not JSON serializable`);
}

function loads(text: PyValue): PyValue {
  if (typeof text !== 'string') {
    throw typeError(`the JSON object must be str, bytes or bytearray, not ${typeName(text)}`);
  }
  return new JsonParser(text).document();
}

export function jsonModule(): Map<string, PyValue> {
  const m = new Map<string, PyValue>([['JSONDecodeError', JSON_DECODE_ERROR]]);
  defineAll(m, [
    ['loads', (args, kw) => loads(bindArgs('loads', ['s'], 1, args, kw)[0]!)],
    [
      'load',
      (args, kw) => loads(callMethod(bindArgs('load', ['fp'], 1, args, kw)[0]!, 'read', [], null)),
    ],
    [
      'dumps',
      (args, kw) => {
        const [obj, skipkeys, ensureAscii, , allowNan, , indent, separators, , sortKeys] = bindArgs(
          'dumps',
          [
            'obj',
            'skipkeys',
            'ensure_ascii',
            'check_circular',
            'allow_nan',
            'cls',
            'indent',
            'separators',
            'default',
            'sort_keys',
          ],
          1,
          args,
          kw,
        );
        void skipkeys;
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
        return dump(
          obj!,
          {
            indent: ind,
            itemSep,
            keySep,
            sortKeys: sortKeys !== undefined && truthy(sortKeys),
            ascii: ensureAscii === undefined || truthy(ensureAscii),
            allowNan: allowNan === undefined || truthy(allowNan),
          },
          0,
          new Set(),
        );
      },
    ],
  ]);
  return m;
}
