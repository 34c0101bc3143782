// re.Pattern: a translated pattern with its RegExps, and the searches every re function runs
// (match, search, the match-after-match loop of findall/finditer/sub/split with Python 3.7's
// rule for empty matches).

import { bindArgs } from '../../runtime/args';
import { callValue } from '../../runtime/call';
import { EXCEPTION_CLASSES, makeExceptionObject } from '../../runtime/exceptions';
import { c3, NativeMethod, newAttrs, PyClass, PyInstance } from '../../runtime/objects';
import { PyMappingProxy } from '../../runtime/mappingProxy';
import { repr } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { setItem } from '../../runtime/subscript';
import { typeName } from '../../runtime/typeName';
import { OBJECT } from '../../runtime/types';
import { PyDict, PyIterator, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import { expandHook, groupText, jsIndex, makeMatch, matchData, pyIndex } from './reMatch';
import { expandTemplate, parseTemplate } from './reTemplate';
import { makeScanner, type ScanSource, type ScanStep } from './reScanner';
import {
  PatternError,
  RE_FLAGS,
  translatePattern,
  UntranslatableError,
  type TranslatedPattern,
} from './reTranslate';

const EXCEPTION = EXCEPTION_CLASSES.get('Exception')!;

/** re.error (an Exception), with CPython's msg, pattern and pos attributes. */
export const RE_ERROR = new PyClass('error', [EXCEPTION], new Map(), null, true);
RE_ERROR.mro = c3(RE_ERROR, [EXCEPTION])!;
EXCEPTION.subclasses.push(RE_ERROR);
RE_ERROR.dict.set('__module__', 're');

export function reError(msg: string, pattern: string | null, pos: number | null): never {
  const message = pos === null ? msg : `${msg} at position ${pos}`;
  const err = fail(RE_ERROR.name, message);
  const obj = makeExceptionObject(RE_ERROR, new PyTuple([message]));
  Object.assign(obj.attrs, { msg, pattern, pos: pos === null ? null : BigInt(pos) });
  err.exception = obj;
  throw err;
}

expandHook.expand = (d, template) =>
  expandTemplate(
    d,
    parseTemplate(template, d.translated, (msg, pos) => reError(msg, template, pos)),
  );

interface PatternData {
  pattern: string;
  flags: number;
  translated: TranslatedPattern;
  /** Matches only where the match is not empty (built on first need, see nonEmpty). */
  nonEmpty: { re: RegExp; translated: TranslatedPattern } | null;
  search: RegExp;
  sticky: RegExp;
  full: RegExp;
}

const PATTERNS = new WeakMap<PyInstance, PatternData>();

export const PATTERN_CLASS = new PyClass('re.Pattern', [OBJECT], new Map(), null, true);
PATTERN_CLASS.mro = c3(PATTERN_CLASS, [OBJECT])!;

export function isPattern(v: PyValue): v is PyInstance {
  return v instanceof PyInstance && PATTERNS.has(v);
}

/**
 * A new Pattern for `pattern` under `flags` (re.error for a bad one), after `warn` got the
 * FutureWarnings CPython's parser gives for it (those before an error too).
 */
export function newPattern(
  pattern: string,
  flags: number,
  warn: (message: string) => void = () => {},
): PyInstance {
  let translated: TranslatedPattern;
  try {
    translated = translatePattern(pattern, flags);
  } catch (e) {
    if (e instanceof PatternError) {
      for (const message of e.warnings) warn(message);
      reError(e.msg, pattern, e.pos);
    }
    if (e instanceof UntranslatableError) throw fail('NotImplementedError', e.message);
    throw e;
  }
  for (const message of translated.warnings) warn(message);
  const js = (extra: string, source = translated.source): RegExp =>
    new RegExp(source, `dv${translated.ignoreCase ? 'i' : ''}${extra}`);
  const data: PatternData = {
    pattern,
    flags,
    translated,
    nonEmpty: null,
    search: js('g'),
    sticky: js('y'),
    full: js('y', `(?:${translated.source})(?![\\s\\S])`),
  };
  const p = new PyInstance(PATTERN_CLASS, newAttrs());
  PATTERNS.set(p, data);
  const groupindex = new PyDict();
  for (const [name, g] of translated.groupIndex) setItem(groupindex, name, BigInt(g));
  Object.assign(p.attrs, {
    pattern,
    flags: BigInt(translated.flags),
    groups: BigInt(translated.groups),
    // CPython's is a read-only mappingproxy of the names.
    groupindex: PyMappingProxy.over(groupindex, PATTERN_CLASS),
  });
  return p;
}

function patternData(p: PyInstance): PatternData {
  return PATTERNS.get(p)!;
}

function text(v: PyValue): string {
  if (typeof v !== 'string') {
    throw typeError(`expected string or bytes-like object, got '${typeName(v)}'`);
  }
  return v;
}

/** The string cut at endpos, and pos, as JS indices (Python clamps both). */
interface Window {
  string: string;
  /** The string as the search sees it (up to endpos). */
  seen: string;
  pos: number;
  endpos: number;
  at: number;
}

function window(
  stringArg: PyValue,
  posArg: PyValue | undefined,
  endArg: PyValue | undefined,
): Window {
  const string = text(stringArg);
  const n = pyIndex(string, string.length);
  const clamp = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    if (typeof v !== 'bigint' && typeof v !== 'boolean') {
      throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    }
    const k = Number(v);
    return Math.max(0, Math.min(n, k < 0 ? 0 : k));
  };
  const pos = clamp(posArg, 0);
  const endpos = Math.max(pos, clamp(endArg, n));
  return {
    string,
    seen: string.slice(0, jsIndex(string, endpos)),
    pos,
    endpos,
    at: jsIndex(string, pos),
  };
}

function runAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/**
 * The pattern where it must not match empty: group 1 takes the rest of the string at the
 * start, and the end must not still see all of it. (V8 fails a backreference longer than
 * the text left at once, so a non-empty match costs no comparison.)
 */
function nonEmpty(d: PatternData): { re: RegExp; translated: TranslatedPattern } {
  if (d.nonEmpty === null) {
    const translated = translatePattern(d.pattern, d.flags, 1);
    const source = `(?=([\\s\\S]*))(?:${translated.source})(?!\\1(?![\\s\\S]))`;
    d.nonEmpty = {
      re: new RegExp(source, `dvy${translated.ignoreCase ? 'i' : ''}`),
      translated,
    };
  }
  return d.nonEmpty;
}

/** A RegExp result with the translation whose group numbers it uses. */
interface Found {
  m: RegExpExecArray;
  translated: TranslatedPattern;
}

/**
 * The first match from `at` on, as the search after a match finds it: after an empty match
 * (`mustAdvance`), one at the same place must not be empty.
 */
function searchFrom(d: PatternData, s: string, at: number, mustAdvance: boolean): Found | null {
  if (mustAdvance) {
    const here = matchAt(d, s, at, true);
    if (here !== null) return here;
    const cp = s.codePointAt(at);
    at += cp !== undefined && cp > 0xffff ? 2 : 1;
    if (at > s.length) return null;
  }
  const m = runAt(d.search, s, at);
  return m === null ? null : { m, translated: d.translated };
}

/** A match that starts at `at`; when `mustAdvance`, only one that is not empty. */
function matchAt(d: PatternData, s: string, at: number, mustAdvance: boolean): Found | null {
  if (!mustAdvance) {
    const m = runAt(d.sticky, s, at);
    return m === null ? null : { m, translated: d.translated };
  }
  const first = d.translated.canConsume ? runAt(d.sticky, s, at) : null;
  if (first !== null && first[0].length > 0) return { m: first, translated: d.translated };
  if (first === null) return null;
  const other = nonEmpty(d);
  const m = runAt(other.re, s, at);
  return m === null ? null : { m, translated: other.translated };
}

/** Each match from w.at on, as Python's finditer finds them. */
function* allMatches(d: PatternData, w: Window): Generator<Found> {
  let at = w.at;
  let mustAdvance = false;
  const s = w.seen;
  while (at <= s.length) {
    const found = searchFrom(d, s, at, mustAdvance);
    if (found === null) return;
    yield found;
    const end = found.m.index + found.m[0].length;
    mustAdvance = end === found.m.index;
    at = end;
  }
}

function wrap(p: PyInstance, d: PatternData, w: Window, m: RegExpExecArray | null): PyValue {
  return m === null ? null : makeMatch(p, d.translated, w.string, w.pos, w.endpos, m);
}

function wrapFound(p: PyInstance, w: Window, f: Found): PyInstance {
  return makeMatch(p, f.translated, w.string, w.pos, w.endpos, f.m);
}

function findallItem(d: PatternData, m: PyInstance): PyValue {
  const md = matchData(m);
  const n = d.translated.groups;
  if (n === 0) return groupText(md, 0);
  if (n === 1) return groupText(md, 1, '');
  const out: PyValue[] = [];
  for (let g = 1; g <= n; g++) out.push(groupText(md, g, ''));
  return new PyTuple(out);
}

function count(v: PyValue | undefined, what: string): number {
  if (v === undefined) return 0;
  if (typeof v !== 'bigint' && typeof v !== 'boolean') {
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  void what;
  return Number(v);
}

/** sub/subn: the new string and how many replacements were made. */
export function substitute(
  p: PyInstance,
  repl: PyValue,
  stringArg: PyValue,
  countArg: PyValue | undefined,
): [string, number] {
  const d = patternData(p);
  const w = window(stringArg, undefined, undefined);
  const limit = count(countArg, 'count');
  let replace: (m: PyInstance) => string;
  if (typeof repl === 'string') {
    const template = parseTemplate(repl, d.translated, (msg, pos) => reError(msg, repl, pos));
    replace = (m) => expandTemplate(matchData(m), template);
  } else {
    replace = (m) => {
      const r = callValue(repl, [m], null);
      if (typeof r !== 'string') {
        // CPython joins the pieces at the end: the item is the replacement's place among them.
        throw typeError(`sequence item ${pieces}: expected str instance, ${typeName(r)} found`);
      }
      return r;
    };
  }
  let out = '';
  let last = 0;
  let n = 0;
  let pieces = 0;
  for (const found of allMatches(d, w)) {
    if (limit > 0 && n >= limit) break;
    const m = wrapFound(p, w, found);
    if (found.m.index > last) pieces++;
    out += w.string.slice(last, found.m.index) + replace(m);
    pieces++;
    last = found.m.index + found.m[0].length;
    n++;
  }
  return [out + w.string.slice(last), n];
}

type PatternMethod = (p: PyInstance, d: PatternData, args: PyValue[], kw: Kwargs) => PyValue;

const SEARCH_ARGS = ['string', 'pos', 'endpos'];

export const PATTERN_METHODS: [string, PatternMethod][] = [
  [
    'match',
    (p, d, args, kw) => {
      const [s, pos, end] = bindArgs('match', SEARCH_ARGS, 1, args, kw);
      const w = window(s!, pos, end);
      return wrap(p, d, w, runAt(d.sticky, w.seen, w.at));
    },
  ],
  [
    'fullmatch',
    (p, d, args, kw) => {
      const [s, pos, end] = bindArgs('fullmatch', SEARCH_ARGS, 1, args, kw);
      const w = window(s!, pos, end);
      return wrap(p, d, w, runAt(d.full, w.seen, w.at));
    },
  ],
  [
    'search',
    (p, d, args, kw) => {
      const [s, pos, end] = bindArgs('search', SEARCH_ARGS, 1, args, kw);
      const w = window(s!, pos, end);
      return wrap(p, d, w, runAt(d.search, w.seen, w.at));
    },
  ],
  [
    'findall',
    (p, d, args, kw) => {
      const [s, pos, end] = bindArgs('findall', SEARCH_ARGS, 1, args, kw);
      const w = window(s!, pos, end);
      const out: PyValue[] = [];
      for (const f of allMatches(d, w)) out.push(findallItem(d, wrapFound(p, w, f)));
      return out;
    },
  ],
  [
    'finditer',
    (p, d, args, kw) => {
      const [s, pos, end] = bindArgs('finditer', SEARCH_ARGS, 1, args, kw);
      const w = window(s!, pos, end);
      const it = allMatches(d, w);
      return new PyIterator('callable_iterator', () => {
        const r = it.next();
        return r.done === true ? undefined : wrapFound(p, w, r.value);
      });
    },
  ],
  [
    'scanner',
    (p, d, args, kw) => {
      const [s, pos, end] = bindArgs('scanner', SEARCH_ARGS, 1, args, kw);
      const w = window(s!, pos, end);
      const stepOf = (f: Found | null): ScanStep | null =>
        f === null
          ? null
          : { match: wrapFound(p, w, f), start: f.m.index, end: f.m.index + f.m[0].length };
      const source: ScanSource = {
        matchAt: (at, must) => (at > w.seen.length ? null : stepOf(matchAt(d, w.seen, at, must))),
        searchFrom: (at, must) =>
          at > w.seen.length ? null : stepOf(searchFrom(d, w.seen, at, must)),
      };
      return makeScanner(p, source, w.at);
    },
  ],
  [
    'split',
    (p, d, args, kw) => {
      const [s, maxArg] = bindArgs('split', ['string', 'maxsplit'], 1, args, kw);
      const w = window(s!, undefined, undefined);
      const maxsplit = count(maxArg, 'maxsplit');
      const out: PyValue[] = [];
      let last = 0;
      let n = 0;
      if (maxsplit < 0) return [w.string];
      for (const found of allMatches(d, w)) {
        if (maxsplit > 0 && n >= maxsplit) break;
        out.push(w.string.slice(last, found.m.index));
        const md = matchData(wrapFound(p, w, found));
        for (let g = 1; g <= d.translated.groups; g++) out.push(groupText(md, g));
        last = found.m.index + found.m[0].length;
        n++;
      }
      out.push(w.string.slice(last));
      return out;
    },
  ],
  [
    'sub',
    (p, _d, args, kw) => {
      const [repl, s, c] = bindArgs('sub', ['repl', 'string', 'count'], 2, args, kw);
      return substitute(p, repl!, s!, c)[0];
    },
  ],
  [
    'subn',
    (p, _d, args, kw) => {
      const [repl, s, c] = bindArgs('subn', ['repl', 'string', 'count'], 2, args, kw);
      const [out, n] = substitute(p, repl!, s!, c);
      return new PyTuple([out, BigInt(n)]);
    },
  ],
];

for (const [name, impl] of PATTERN_METHODS) {
  PATTERN_CLASS.dict.set(
    name,
    new NativeMethod(name, 're.Pattern', (self: PyInstance, args, kw) =>
      impl(self, patternData(self), args, kw),
    ),
  );
}

const FLAG_NAMES: [string, number][] = Object.entries(RE_FLAGS).filter(
  ([name]) => name !== 'UNICODE',
);

PATTERN_CLASS.dict.set(
  '__repr__',
  new NativeMethod('__repr__', 're.Pattern', (self: PyInstance) => {
    const d = patternData(self);
    const names = FLAG_NAMES.filter(([, v]) => (d.translated.flags & v) !== 0).map(
      ([name]) => `re.${name}`,
    );
    const shown = repr(d.pattern.slice(0, 200));
    return names.length === 0 ? `re.compile(${shown})` : `re.compile(${shown}, ${names.join('|')})`;
  }),
);
