// str's methods learners use, with Python's rules (whitespace splitting, join's item check,
// code-point counting) and messages.

import { payloadOf } from '../builtinSubclass';
import { bindBuiltin, exactArgs, expectArgs, indexArg, noKeywords } from '../args';
import { characters, isIterable, itemsOf, strLength } from '../iteration';
import { typeName } from '../repr';
import { checkSize, fail, typeError, work } from '../state';
import { strFormat } from '../strFormat';
import { PyTuple, type Kwargs, type MethodImpl, type PyValue } from '../values';
import { clampRange } from './listMethods';
import { PyBytes } from '../bytesValue';
import { encodeText } from '../codecs';
import { isDigitChar } from '../../format/decimalDigitValue';
import { MORE_STR_METHODS } from './strMethodsMore';
import { capitalize, swapcase, title } from './titleCase';
import { argTypeName } from '../typeName';

type StrMethod = MethodImpl<string>;

// Python's str.isspace also counts the ASCII separators \x1c-\x1f as whitespace.
// eslint-disable-next-line no-control-regex
const WHITESPACE = /[\s\x1c-\x1f\x85]/;
const isSpace = (c: string): boolean => {
  // ASCII without the regex: split() asks this of every character of every line read.
  const k = c.charCodeAt(0);
  if (k < 128) return k === 32 || (k >= 9 && k <= 13) || (k >= 0x1c && k <= 0x1f);
  return WHITESPACE.test(c) && c !== '\u200b' && c !== '\ufeff';
};

/** A str subclass's instance (`Token('a')`, a StrEnum member) as the str it is. */
function asText(v: PyValue | undefined): PyValue | undefined {
  return v === undefined || typeof v === 'string' ? v : payloadOf(v);
}

function strArg(fname: string, given: PyValue | undefined, what: string): string {
  const v = asText(given);
  if (typeof v !== 'string') {
    throw typeError(`${fname}() ${what} must be str, not ${argTypeName(given ?? null)}`);
  }
  return v;
}

/** A str argument CPython checks with "must be str, not int" (find, count, partition). */
function mustBeStr(given: PyValue | undefined): string {
  const v = asText(given);
  if (typeof v !== 'string') throw typeError(`must be str, not ${typeName(given ?? null)}`);
  return v;
}

function optionalStr(fname: string, given: PyValue | undefined): string | null {
  const v = asText(given);
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw typeError(`${fname} arg must be None or str`);
  return v;
}

/** split's and rsplit's separator: a str, or None for runs of whitespace. */
function separatorArg(given: PyValue | undefined): string | null {
  const v = asText(given);
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw typeError(`must be str or None, not ${typeName(given ?? null)}`);
  return v;
}

function maxsplitArg(v: PyValue | undefined): number {
  if (v === undefined) return -1;
  return Number(indexArg(v));
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      // CPython keeps the rest as written, trailing whitespace included.
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isSpace(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function split(s: string, sep: string | null, maxsplit: number): string[] {
  if (sep === null) return splitWhitespace(s, maxsplit);
  if (sep === '') throw fail('ValueError', 'empty separator');
  const parts = s.split(sep);
  if (maxsplit < 0 || parts.length - 1 <= maxsplit) return parts;
  return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
}

function rsplit(s: string, sep: string | null, maxsplit: number): string[] {
  if (maxsplit < 0) return split(s, sep, -1);
  if (sep === null) {
    const words = splitWhitespace(s, -1);
    if (words.length <= maxsplit + 0) return words;
    // Re-split from the right: keep the head as written (trailing spaces trimmed).
    const out: string[] = [];
    let end = s.length;
    for (let k = 0; k < maxsplit; k++) {
      while (end > 0 && isSpace(s[end - 1])) end--;
      let start = end;
      while (start > 0 && !isSpace(s[start - 1])) start--;
      out.unshift(s.slice(start, end));
      end = start;
    }
    // The head keeps its leading whitespace, as in CPython (`'  a b'.rsplit(None, 1)`).
    while (end > 0 && isSpace(s[end - 1])) end--;
    if (end > 0) out.unshift(s.slice(0, end));
    return out;
  }
  if (sep === '') throw fail('ValueError', 'empty separator');
  const parts = s.split(sep);
  if (parts.length - 1 <= maxsplit) return parts;
  const cut = parts.length - maxsplit;
  return [parts.slice(0, cut).join(sep), ...parts.slice(cut)];
}

function strip(s: string, chars: string | null, left: boolean, right: boolean): string {
  const drop = chars === null ? isSpace : (c: string) => chars.includes(c);
  const cs = characters(s);
  let i = 0;
  let j = cs.length;
  if (left) while (i < j && drop(cs[i])) i++;
  if (right) while (j > i && drop(cs[j - 1])) j--;
  return cs.slice(i, j).join('');
}

/** Whether a start index lies past the end, which clampRange would hide by clamping it. */
function startsPastEnd(length: number, start: PyValue | undefined): boolean {
  if (typeof start === 'bigint') return start > BigInt(length);
  return start === true && length === 0;
}

function affixTest(
  fname: string,
  self: string,
  args: PyValue[],
  kw: Kwargs,
  atStart: boolean,
): boolean {
  noKeywords(`str.${fname}`, kw);
  if (args.length < 1) throw typeError(`${fname}() takes at least 1 argument (0 given)`);
  if (args.length > 3) {
    throw typeError(`${fname}() takes at most 3 arguments (${args.length} given)`);
  }
  const chars = characters(self);
  const [from, to] = clampRange(chars.length, args[1], args[2]);
  // A start past the end matches nothing, not even '' (CPython's tailmatch).
  if (startsPastEnd(chars.length, args[1])) return false;
  const part = chars.slice(from, to).join('');
  const test = (given: PyValue, inTuple: boolean): boolean => {
    const p = asText(given)!;
    if (typeof p !== 'string') {
      throw typeError(
        inTuple
          ? `tuple for ${fname} must only contain str, not ${typeName(given)}`
          : `${fname} first arg must be str or a tuple of str, not ${typeName(given)}`,
      );
    }
    return atStart ? part.startsWith(p) : part.endsWith(p);
  };
  const prefix = args[0];
  // A tuple's items are tried in order: one of the wrong type fails only when reached.
  if (prefix instanceof PyTuple) return prefix.items.some((x) => test(x, true));
  return test(prefix, false);
}

function pad(
  fname: string,
  self: string,
  args: PyValue[],
  kw: Kwargs,
  where: 'left' | 'right' | 'center',
): string {
  noKeywords(`str.${fname}`, kw);
  expectArgs(fname, args, 1, 2);
  const width = Number(indexArg(args[0]));
  let fill = ' ';
  if (args.length === 2) {
    const f = asText(args[1]);
    if (typeof f !== 'string') {
      throw typeError(`The fill character must be a unicode character, not ${typeName(args[1])}`);
    }
    if (strLength(f) !== 1) {
      throw typeError(`The fill character must be exactly one character long`);
    }
    fill = f;
  }
  const len = strLength(self);
  if (width <= len) return self;
  checkSize(width, 'this string');
  const total = width - len;
  if (where === 'left') return self + fill.repeat(total);
  if (where === 'right') return fill.repeat(total) + self;
  // CPython's centering: the extra space goes left when the length and width are odd.
  const left = Math.floor(total / 2) + (total & width & 1);
  return fill.repeat(left) + self + fill.repeat(total - left);
}

function find(
  fname: string,
  self: string,
  args: PyValue[],
  kw: Kwargs,
  fromRight: boolean,
): number {
  noKeywords(`str.${fname}`, kw);
  if (args.length < 1) throw typeError(`${fname}() takes at least 1 argument (0 given)`);
  if (args.length > 3) {
    throw typeError(`${fname}() takes at most 3 arguments (${args.length} given)`);
  }
  const sub = mustBeStr(args[0]);
  const chars = characters(self);
  const [from, to] = clampRange(chars.length, args[1], args[2]);
  // '' is found at any start up to the end, but not past it (`'ab'.find('', 3)` is -1).
  if (from > to || startsPastEnd(chars.length, args[1])) return -1;
  const hay = chars.slice(from, to).join('');
  const i = fromRight ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  if (i < 0) return -1;
  return from + strLength(hay.slice(0, i));
}

// CPython's isupper/islower read the Unicode Uppercase/Lowercase properties, so 'Ⅻ' is
// upper and 'ª' lower though neither is a letter with a case mapping.
const UPPERCASE = /\p{Uppercase}/u;
const LOWERCASE = /\p{Lowercase}/u;
const LOWER_OR_TITLE = /[\p{Lowercase}\p{Lt}]/u;
const UPPER_OR_TITLE = /[\p{Uppercase}\p{Lt}]/u;

/** At least one character of the case and none of the others. */
function casedAs(s: string, want: RegExp, other: RegExp): boolean {
  let cased = false;
  for (const c of characters(s)) {
    if (other.test(c)) return false;
    if (!cased && want.test(c)) cased = true;
  }
  return cased;
}

const predicate =
  (name: string, test: (c: string) => boolean, requireCased = false): StrMethod =>
  (self, args, kw) => {
    exactArgs(`str.${name}`, 0, args, kw);
    const cs = characters(self);
    if (cs.length === 0) return false;
    if (requireCased) return test(self);
    return cs.every(test);
  };

/** Below this many items, concatenation beats Array.prototype.join (measured: 3x at 3 items). */
const JOIN_BY_CONCAT = 16;

function joinTexts(items: readonly string[], sep: string): string {
  if (items.length > JOIN_BY_CONCAT) return items.join(sep);
  if (items.length === 0) return '';
  let out = items[0];
  for (let i = 1; i < items.length; i++) out += sep + items[i];
  return out;
}

export const STR_METHODS = new Map<string, StrMethod>([
  [
    'join',
    (self, args, kw) => {
      exactArgs('str.join', 1, args, kw);
      if (!isIterable(args[0])) throw typeError('can only join an iterable');
      let items = itemsOf(args[0]);
      let copied = false;
      let total = 0;
      for (let i = 0; i < items.length; i++) {
        let x = items[i];
        if (typeof x !== 'string') {
          // A str subclass's instance (a `class Color(str, Enum)` member) joins as its text.
          const text = payloadOf(x);
          if (typeof text !== 'string') {
            throw typeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
          }
          if (!copied) items = items.slice();
          copied = true;
          (items as PyValue[])[i] = x = text;
        }
        total += x.length + self.length;
      }
      checkSize(total, 'this string');
      return joinTexts(items as string[], self);
    },
  ],
  [
    'split',
    (self, args, kw) => {
      if (args.length === 0 && kw === null) return splitWhitespace(self, -1);
      const [sep, maxsplit] = bindBuiltin('split', ['sep', 'maxsplit'], 0, args, kw);
      return split(self, separatorArg(sep), maxsplitArg(maxsplit));
    },
  ],
  [
    'rsplit',
    (self, args, kw) => {
      const [sep, maxsplit] = bindBuiltin('rsplit', ['sep', 'maxsplit'], 0, args, kw);
      return rsplit(self, separatorArg(sep), maxsplitArg(maxsplit));
    },
  ],
  [
    'splitlines',
    (self, args, kw) => {
      const [keepends] = bindBuiltin('splitlines', ['keepends'], 0, args, kw);
      const keep = keepends !== undefined && indexArg(keepends) !== 0n;
      const out: string[] = [];
      // Python's line boundaries include the separators \x1c-\x1e.
      // eslint-disable-next-line no-control-regex
      const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
      let last = 0;
      for (let m = re.exec(self); m !== null; m = re.exec(self)) {
        out.push(self.slice(last, keep ? m.index + m[0].length : m.index));
        last = m.index + m[0].length;
      }
      if (last < self.length) out.push(self.slice(last));
      return out;
    },
  ],
  [
    'strip',
    (self, args, kw) => {
      noKeywords('str.strip', kw);
      expectArgs('strip', args, 0, 1);
      const chars = args[0];
      return strip(self, optionalStr('strip', chars), true, true);
    },
  ],
  [
    'lstrip',
    (self, args, kw) => {
      noKeywords('str.lstrip', kw);
      expectArgs('lstrip', args, 0, 1);
      const chars = args[0];
      return strip(self, optionalStr('lstrip', chars), true, false);
    },
  ],
  [
    'rstrip',
    (self, args, kw) => {
      noKeywords('str.rstrip', kw);
      expectArgs('rstrip', args, 0, 1);
      const chars = args[0];
      return strip(self, optionalStr('rstrip', chars), false, true);
    },
  ],
  [
    'upper',
    (self, args, kw) => {
      exactArgs('str.upper', 0, args, kw);
      return self.toUpperCase();
    },
  ],
  [
    'lower',
    (self, args, kw) => {
      exactArgs('str.lower', 0, args, kw);
      return self.toLowerCase();
    },
  ],
  [
    'capitalize',
    (self, args, kw) => {
      exactArgs('str.capitalize', 0, args, kw);
      return capitalize(self);
    },
  ],
  [
    'title',
    (self, args, kw) => {
      exactArgs('str.title', 0, args, kw);
      return title(self);
    },
  ],
  [
    'swapcase',
    (self, args, kw) => {
      exactArgs('str.swapcase', 0, args, kw);
      return swapcase(self);
    },
  ],
  [
    'replace',
    (self, args, kw) => {
      noKeywords('str.replace', kw);
      expectArgs('replace', args, 2, 3);
      const old = strArg('replace', args[0], 'argument 1');
      const rep = strArg('replace', args[1], 'argument 2');
      const count = args.length === 3 ? Number(indexArg(args[2])) : -1;
      if (count < 0) {
        if (old === '') {
          const cs = characters(self);
          checkSize(cs.length + (cs.length + 1) * rep.length, 'this string');
          return rep + cs.join(rep) + (cs.length > 0 ? rep : '');
        }
        const parts = self.split(old);
        checkSize(self.length + (parts.length - 1) * (rep.length - old.length), 'this string');
        return parts.join(rep);
      }
      let out = '';
      let rest = self;
      for (let k = 0; k < count; k++) {
        if (old === '') {
          const cs = characters(rest);
          out += rep + (cs[0] ?? '');
          rest = cs.slice(1).join('');
          if (cs.length === 0) break;
          continue;
        }
        const i = rest.indexOf(old);
        if (i < 0) break;
        out += rest.slice(0, i) + rep;
        rest = rest.slice(i + old.length);
      }
      return out + rest;
    },
  ],
  ['startswith', (self, args, kw) => affixTest('startswith', self, args, kw, true)],
  ['endswith', (self, args, kw) => affixTest('endswith', self, args, kw, false)],
  ['find', (self, args, kw) => BigInt(find('find', self, args, kw, false))],
  ['rfind', (self, args, kw) => BigInt(find('rfind', self, args, kw, true))],
  [
    'index',
    (self, args, kw) => {
      const i = find('index', self, args, kw, false);
      if (i < 0) throw fail('ValueError', 'substring not found');
      return BigInt(i);
    },
  ],
  [
    'rindex',
    (self, args, kw) => {
      const i = find('rindex', self, args, kw, true);
      if (i < 0) throw fail('ValueError', 'substring not found');
      return BigInt(i);
    },
  ],
  [
    'count',
    (self, args, kw) => {
      noKeywords('str.count', kw);
      if (args.length < 1) throw typeError('count() takes at least 1 argument (0 given)');
      if (args.length > 3) {
        throw typeError(`count() takes at most 3 arguments (${args.length} given)`);
      }
      const sub = mustBeStr(args[0]);
      const cs = characters(self);
      const [from, to] = clampRange(cs.length, args[1], args[2]);
      if (from > to || startsPastEnd(cs.length, args[1])) return 0n;
      const hay = cs.slice(from, to).join('');
      if (sub === '') return BigInt(strLength(hay) + 1);
      return BigInt(hay.split(sub).length - 1);
    },
  ],
  ['center', (self, args, kw) => pad('center', self, args, kw, 'center')],
  ['ljust', (self, args, kw) => pad('ljust', self, args, kw, 'left')],
  ['rjust', (self, args, kw) => pad('rjust', self, args, kw, 'right')],
  [
    'zfill',
    (self, args, kw) => {
      exactArgs('str.zfill', 1, args, kw);
      const width = Number(indexArg(args[0]));
      const len = strLength(self);
      if (width <= len) return self;
      checkSize(width, 'this string');
      const sign = self[0] === '-' || self[0] === '+' ? self[0] : '';
      return sign + '0'.repeat(width - len) + self.slice(sign.length);
    },
  ],
  [
    'partition',
    (self, args, kw) => {
      exactArgs('str.partition', 1, args, kw);
      const sep = mustBeStr(args[0]);
      if (sep === '') throw fail('ValueError', 'empty separator');
      const i = self.indexOf(sep);
      if (i < 0) return new PyTuple([self, '', '']);
      return new PyTuple([self.slice(0, i), sep, self.slice(i + sep.length)]);
    },
  ],
  [
    'rpartition',
    (self, args, kw) => {
      exactArgs('str.rpartition', 1, args, kw);
      const sep = mustBeStr(args[0]);
      if (sep === '') throw fail('ValueError', 'empty separator');
      const i = self.lastIndexOf(sep);
      if (i < 0) return new PyTuple(['', '', self]);
      return new PyTuple([self.slice(0, i), sep, self.slice(i + sep.length)]);
    },
  ],
  ['format', (self, args, kw) => strFormat(self, args, kw)],
  [
    'encode',
    (self, args, kw) => {
      const [encoding, errors] = bindBuiltin('encode', ['encoding', 'errors'], 0, args, kw);
      for (const [what, v] of [
        ['encoding', encoding],
        ['errors', errors],
      ] as const) {
        if (v !== undefined && typeof v !== 'string') {
          throw typeError(`encode() argument '${what}' must be str, not ${argTypeName(v)}`);
        }
      }
      const how = (errors as string | undefined) ?? 'strict';
      return new PyBytes(encodeText(self, (encoding as string | undefined) ?? 'utf-8', how));
    },
  ],
  ['isdigit', predicate('isdigit', (c) => isDigitChar(c.codePointAt(0)!))],
  ['isdecimal', predicate('isdecimal', (c) => /\p{Nd}/u.test(c))],
  ['isnumeric', predicate('isnumeric', (c) => /\p{N}/u.test(c))],
  ['isalpha', predicate('isalpha', (c) => /\p{L}/u.test(c))],
  ['isalnum', predicate('isalnum', (c) => /[\p{L}\p{N}]/u.test(c))],
  ['isspace', predicate('isspace', isSpace)],
  ['isupper', predicate('isupper', (s) => casedAs(s, UPPERCASE, LOWER_OR_TITLE), true)],
  ['islower', predicate('islower', (s) => casedAs(s, LOWERCASE, UPPER_OR_TITLE), true)],
  ...MORE_STR_METHODS,
]);

// Every str method scans its string: each one counts its length towards the next poll, so
// a loop of `s.replace(...).count(...)` on megabytes stops and times out in time.
for (const [name, impl] of STR_METHODS) {
  STR_METHODS.set(name, (self, args, kw) => {
    work(self.length);
    return impl(self, args, kw);
  });
}
