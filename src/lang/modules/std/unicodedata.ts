// unicodedata: a character's general category and the four normalization forms, as minbpe's
// `replace_control_characters` and text cleaning code use them, its canonical combining class
// (accent stripping keeps the characters `combining` says 0 of) and its decimal and digit
// values. Categories and normalization are JavaScript's own (its regex property classes and
// String.prototype.normalize), which follows a newer Unicode than CPython 3.11's 14.0: only
// characters assigned since then answer differently. The other tables are CPython's
// (unicodedataTables.ts).

import { defineAll } from '../../builtins/core';
import { exactArgs, expectArgs, noKeywords } from '../../runtime/args';
import { payloadOf } from '../../runtime/builtinSubclass';
import { characters } from '../../runtime/iteration';
import { fail, typeError } from '../../runtime/state';
import { typeName } from '../../runtime/typeName';
import type { BuiltinImpl, PyValue } from '../../runtime/values';
import { COMBINING_RUNS, DECIMAL_ZEROS, DIGIT_RUNS } from './unicodedataTables';

/** CPython 3.11's unicodedata.unidata_version. */
const UNIDATA_VERSION = '14.0.0';

/** The general categories, the most frequent in text first, each with its regex class. */
const CATEGORIES: readonly (readonly [string, RegExp])[] =
  'Ll Lu Zs Po Nd Lo Cc Mn So Pd Ps Pe Sm Sc Sk Pi Pf Pc Lm Lt Mc Me Nl No Zl Zp Cf Cs Co'
    .split(' ')
    .map((c) => [c, new RegExp(`^\\p{gc=${c}}$`, 'u')] as const);

/** Categories already found, by code point: a program asks again for the same few characters. */
const known = new Map<number, string>();

function categoryOf(ch: string): string {
  const cp = ch.codePointAt(0)!;
  let c = known.get(cp);
  if (c === undefined) {
    // A lone surrogate is no code point to a 'u' regex; it is category Cs.
    if (cp >= 0xd800 && cp <= 0xdfff) c = 'Cs';
    else c = CATEGORIES.find(([, re]) => re.test(ch))?.[0] ?? 'Cn';
    known.set(cp, c);
  }
  return c;
}

/** A str argument (a str subclass's value too), or CPython's "argument N must be str". */
function strArg(fname: string, n: number, v: PyValue): string {
  const p = typeof v === 'string' ? v : payloadOf(v);
  if (typeof p === 'string') return p;
  // Argument Clinic names None itself, not its type.
  const kind = v === null ? 'None' : typeName(v);
  throw typeError(`${fname}() argument ${n} must be str, not ${kind}`);
}

/** One character, or CPython's "argument must be a unicode character". */
function charArg(fname: string, v: PyValue): string {
  const p = typeof v === 'string' ? v : payloadOf(v);
  const cs = typeof p === 'string' ? characters(p) : [];
  if (cs.length !== 1) {
    throw typeError(`${fname}() argument must be a unicode character, not ${typeName(v)}`);
  }
  return cs[0];
}

/** The value in `runs` (first, last, value triples in order) of the run holding cp, or null;
 * `counts`: the value counts up along the run. */
function runValue(runs: readonly number[], cp: number, counts: boolean): number | null {
  let lo = 0;
  let hi = runs.length / 3 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const first = runs[mid * 3];
    if (cp < first) hi = mid - 1;
    else if (cp > runs[mid * 3 + 1]) lo = mid + 1;
    else return runs[mid * 3 + 2] + (counts ? cp - first : 0);
  }
  return null;
}

/** The decimal value of the character cp, or null. */
function decimalOf(cp: number): number | null {
  for (const zero of DECIMAL_ZEROS) {
    if (cp >= zero && cp <= zero + 9) return cp - zero;
  }
  return null;
}

/**
 * decimal(chr[, default]) and digit(chr[, default]): the character's value, else the default,
 * else CPython's ValueError ("not a decimal", "not a digit").
 */
function valueLookup(
  fname: string,
  missing: string,
  find: (cp: number) => number | null,
): BuiltinImpl {
  return (args, kw) => {
    noKeywords(`unicodedata.${fname}`, kw);
    expectArgs(fname, args, 1, 2);
    const value = find(charArg(fname, args[0]).codePointAt(0)!);
    if (value !== null) return BigInt(value);
    if (args.length === 2) return args[1];
    throw fail('ValueError', missing);
  };
}

type Form = 'NFC' | 'NFD' | 'NFKC' | 'NFKD';

/** The form and the str, both checked for type before the form's name (as CPython does). */
function formAndText(fname: string, args: readonly PyValue[]): [Form, string] {
  const form = strArg(fname, 1, args[0]);
  const text = strArg(fname, 2, args[1]);
  if (form === 'NFC' || form === 'NFD' || form === 'NFKC' || form === 'NFKD') return [form, text];
  throw fail('ValueError', 'invalid normalization form');
}

export function unicodedataModule(): Map<string, PyValue> {
  const m = new Map<string, PyValue>([['unidata_version', UNIDATA_VERSION]]);
  defineAll(m, [
    [
      'category',
      (args, kw) => {
        exactArgs('unicodedata.category', 1, args, kw);
        return categoryOf(charArg('category', args[0]));
      },
    ],
    [
      'combining',
      (args, kw) => {
        exactArgs('unicodedata.combining', 1, args, kw);
        const cp = charArg('combining', args[0]).codePointAt(0)!;
        return BigInt(runValue(COMBINING_RUNS, cp, false) ?? 0);
      },
    ],
    ['decimal', valueLookup('decimal', 'not a decimal', decimalOf)],
    [
      'digit',
      valueLookup('digit', 'not a digit', (cp) => decimalOf(cp) ?? runValue(DIGIT_RUNS, cp, true)),
    ],
    [
      'normalize',
      (args, kw) => {
        exactArgs('normalize', 2, args, kw);
        const [form, text] = formAndText('normalize', args);
        return text.normalize(form);
      },
    ],
    [
      'is_normalized',
      (args, kw) => {
        exactArgs('is_normalized', 2, args, kw);
        const [form, text] = formAndText('is_normalized', args);
        return text.normalize(form) === text;
      },
    ],
  ]);
  return m;
}
