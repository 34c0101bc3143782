// The rest of str's methods (casefold, expandtabs, format_map, the is* tests CPython adds,
// removeprefix/removesuffix, translate and maketrans), with CPython's rules and messages.

import { payloadOf } from '../builtinSubclass';
import { bindBuiltin, exactArgs, expectArgs, indexArg, noKeywords } from '../args';
import { hashKey } from '../equality';
import { errorClass, EXCEPTION_CLASSES } from '../exceptions';
import { characters } from '../iteration';
import { checkSize, fail, typeError } from '../state';
import { strFormat } from '../strFormat';
import { getItem } from '../subscript';
import { PyDict, type MethodImpl, type PyValue } from '../values';
import { TgradError } from '../../errors';
import { argTypeName } from '../typeName';

type StrMethod = MethodImpl<string>;

const LOOKUP_ERROR = EXCEPTION_CLASSES.get('LookupError')!;

function strOf(v: PyValue | undefined): string | undefined {
  if (typeof v === 'string') return v;
  const p = v === undefined ? undefined : payloadOf(v);
  return typeof p === 'string' ? p : undefined;
}

/** One character's full case folding, as Unicode's CaseFolding.txt gives it. */
function foldChar(c: string): string {
  const cp = c.codePointAt(0)!;
  // Cherokee folds to its uppercase letters, the older ones; dotless ı folds to itself.
  if ((cp >= 0x13a0 && cp <= 0x13f5) || cp === 0x131) return c;
  if (cp >= 0x13f8 && cp <= 0x13fd) return String.fromCodePoint(cp - 8);
  if (cp >= 0xab70 && cp <= 0xabbf) return String.fromCodePoint(cp - 0xab70 + 0x13a0);
  if (cp === 0x1e9e) return 'ss';
  // Elsewhere upper then lower is the folding: ß to ss, ς to σ, ﬁ to fi.
  return c.toUpperCase().toLowerCase();
}

function casefold(s: string): string {
  let out = '';
  for (const c of characters(s)) out += foldChar(c);
  return out;
}

/** Tabs to spaces; the column restarts after \n and \r, as in CPython. */
function expandtabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const c of characters(s)) {
    if (c === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        checkSize(out.length + n, 'this string');
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

const UPPER = /[\p{Uppercase}\p{Lt}]/u;
const LOWER = /\p{Lowercase}/u;

/** CPython's istitle: cased runs start upper (or titlecase) and go on lower. */
function istitle(s: string): boolean {
  let previousCased = false;
  let cased = false;
  for (const c of characters(s)) {
    if (UPPER.test(c)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (LOWER.test(c)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
  }
  return cased;
}

/** Not printable: control, format, surrogate, private-use, unassigned and separators but ' '. */
const UNPRINTABLE = /[\p{C}\p{Z}]/u;

const isprintable = (s: string): boolean =>
  characters(s).every((c) => c === ' ' || !UNPRINTABLE.test(c));

const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

/** translate's lookup of one code point: the mapped value, or undefined for "keep it". */
function mapped(table: PyValue, code: number): PyValue | undefined {
  if (table instanceof PyDict) {
    const hit = table.map.get(hashKey(BigInt(code)));
    if (hit !== undefined || table.constructor === PyDict) return hit?.value;
  }
  try {
    return getItem(table, BigInt(code));
  } catch (e) {
    if (e instanceof TgradError && errorClass(e).isSubclassOf(LOOKUP_ERROR)) return undefined;
    throw e;
  }
}

function translate(s: string, table: PyValue): string {
  let out = '';
  for (const c of characters(s)) {
    const v = mapped(table, c.codePointAt(0)!);
    if (v === undefined) out += c;
    else if (v === null) continue;
    else if (typeof v === 'bigint' || typeof v === 'boolean') {
      const n = Number(v);
      if (n < 0 || n > 0x10ffff) {
        throw fail('ValueError', 'character mapping must be in range(0x110000)');
      }
      out += String.fromCodePoint(n);
    } else {
      const text = strOf(v);
      if (text === undefined) {
        throw typeError('character mapping must return integer, None or str');
      }
      out += text;
    }
  }
  return out;
}

function setEntry(d: PyDict, key: PyValue, value: PyValue): void {
  d.map.set(hashKey(key), { key, value });
}

/** str.maketrans(x[, y[, z]]): the dict of code points translate reads. */
export function maketrans(args: PyValue[]): PyDict {
  expectArgs('maketrans', args, 1, 3);
  const d = new PyDict();
  if (args.length === 1) {
    const x = args[0];
    if (!(x instanceof PyDict)) {
      throw typeError('if you give only one argument to maketrans it must be a dict');
    }
    for (const { key, value } of x.map.values()) {
      const k = strOf(key);
      if (k !== undefined) {
        const cs = characters(k);
        if (cs.length !== 1) {
          throw fail('ValueError', 'string keys in translate table must be of length 1');
        }
        setEntry(d, BigInt(cs[0].codePointAt(0)!), value);
      } else if (typeof key === 'bigint' || typeof key === 'boolean') {
        setEntry(d, typeof key === 'boolean' ? BigInt(key) : key, value);
      } else {
        throw typeError('keys in translate table must be strings or integers');
      }
    }
    return d;
  }
  // CPython's argument parsing checks y and z first; x, an object, is checked afterwards.
  args.forEach((a, i) => {
    if (i > 0 && strOf(a) === undefined) {
      throw typeError(`maketrans() argument ${i + 1} must be str, not ${argTypeName(a)}`);
    }
  });
  const texts = args.map((a) => {
    const t = strOf(a);
    if (t === undefined) {
      throw typeError('first maketrans argument must be a string if there is a second argument');
    }
    return characters(t);
  });
  const [from, to] = texts;
  if (from.length !== to.length) {
    throw fail('ValueError', 'the first two maketrans arguments must have equal length');
  }
  from.forEach((c, i) => setEntry(d, BigInt(c.codePointAt(0)!), BigInt(to[i].codePointAt(0)!)));
  for (const c of texts[2] ?? []) setEntry(d, BigInt(c.codePointAt(0)!), null);
  return d;
}

const predicate =
  (name: string, test: (s: string) => boolean): StrMethod =>
  (self, args, kw) => {
    exactArgs(`str.${name}`, 0, args, kw);
    return test(self);
  };

function affixArg(fname: string, given: PyValue | undefined): string {
  const t = strOf(given);
  if (t === undefined) {
    throw typeError(`${fname}() argument must be str, not ${argTypeName(given ?? null)}`);
  }
  return t;
}

export const MORE_STR_METHODS: ReadonlyArray<[string, StrMethod]> = [
  ['casefold', predicateless('casefold', casefold)],
  [
    'expandtabs',
    (self, args, kw) => {
      const [tabsize] = bindBuiltin('expandtabs', ['tabsize'], 0, args, kw);
      return expandtabs(self, tabsize === undefined ? 8 : Number(indexArg(tabsize)));
    },
  ],
  [
    'format_map',
    (self, args, kw) => {
      exactArgs('str.format_map', 1, args, kw);
      const mapping = args[0];
      return strFormat(self, [], null, (key) => getItem(mapping, key));
    },
  ],
  ['isascii', predicate('isascii', (s) => characters(s).every((c) => c.charCodeAt(0) < 128))],
  ['isidentifier', predicate('isidentifier', (s) => IDENTIFIER.test(s))],
  ['isprintable', predicate('isprintable', isprintable)],
  ['istitle', predicate('istitle', istitle)],
  [
    'removeprefix',
    (self, args, kw) => {
      exactArgs('str.removeprefix', 1, args, kw);
      const p = affixArg('removeprefix', args[0]);
      return p !== '' && self.startsWith(p) ? self.slice(p.length) : self;
    },
  ],
  [
    'removesuffix',
    (self, args, kw) => {
      exactArgs('str.removesuffix', 1, args, kw);
      const p = affixArg('removesuffix', args[0]);
      return p !== '' && self.endsWith(p) ? self.slice(0, self.length - p.length) : self;
    },
  ],
  [
    'translate',
    (self, args, kw) => {
      exactArgs('str.translate', 1, args, kw);
      return translate(self, args[0]);
    },
  ],
  [
    'maketrans',
    (_self, args, kw) => {
      noKeywords('str.maketrans', kw);
      return maketrans(args);
    },
  ],
];

function predicateless(name: string, f: (s: string) => string): StrMethod {
  return (self, args, kw) => {
    exactArgs(`str.${name}`, 0, args, kw);
    return f(self);
  };
}
