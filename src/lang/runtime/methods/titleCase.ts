// Unicode titlecase, which JavaScript lacks: str.title, capitalize and swapcase as CPython
// computes them (`'ß'.title()` is 'Ss', `'ǆ'.title()` is 'ǅ', `'ᾳ'.title()` is 'ᾼ').

import { characters } from '../iteration';

/** The characters whose titlecase is not their uppercase (CPython 3.11's Unicode 14). */
const SPECIAL = new Map<number, string>([
  [0xdf, 'Ss'],
  [0x587, '\u0535\u0582'],
  [0x1fb2, '\u1fba\u0345'],
  [0x1fb3, '\u1fbc'],
  [0x1fb4, '\u0386\u0345'],
  [0x1fb7, '\u0391\u0342\u0345'],
  [0x1fbc, '\u1fbc'],
  [0x1fc2, '\u1fca\u0345'],
  [0x1fc3, '\u1fcc'],
  [0x1fc4, '\u0389\u0345'],
  [0x1fc7, '\u0397\u0342\u0345'],
  [0x1fcc, '\u1fcc'],
  [0x1ff2, '\u1ffa\u0345'],
  [0x1ff3, '\u1ffc'],
  [0x1ff4, '\u038f\u0345'],
  [0x1ff7, '\u03a9\u0342\u0345'],
  [0x1ffc, '\u1ffc'],
  [0xfb00, 'Ff'],
  [0xfb01, 'Fi'],
  [0xfb02, 'Fl'],
  [0xfb03, 'Ffi'],
  [0xfb04, 'Ffl'],
  [0xfb05, 'St'],
  [0xfb06, 'St'],
  [0xfb13, '\u0544\u0576'],
  [0xfb14, '\u0544\u0565'],
  [0xfb15, '\u0544\u056b'],
  [0xfb16, '\u054e\u0576'],
  [0xfb17, '\u0544\u056d'],
]);

export function toTitle(c: string): string {
  const cp = c.codePointAt(0)!;
  const special = SPECIAL.get(cp);
  if (special !== undefined) return special;
  // The digraphs DŽ Dž dž, LJ Lj lj, NJ Nj nj, DZ Dz dz: the middle one of each trio.
  if (cp >= 0x1c4 && cp <= 0x1cc) return String.fromCodePoint(cp - ((cp - 0x1c4) % 3) + 1);
  if (cp >= 0x1f1 && cp <= 0x1f3) return '\u01f2';
  // Georgian Mkhedruli letters are their own titlecase (their uppercase is Mtavruli).
  if (cp >= 0x10d0 && cp <= 0x10ff && cp !== 0x10fb && cp !== 0x10fc) return c;
  // Greek with ypogegrammeni: the titlecase keeps it as prosgegrammeni (ᾀ to ᾈ).
  if (cp >= 0x1f80 && cp <= 0x1faf) return String.fromCodePoint(cp | 8);
  return c.toUpperCase();
}

const UPPER = /\p{Uppercase}/u;
const LOWER = /\p{Lowercase}/u;
const CASED = /[\p{Uppercase}\p{Lowercase}\p{Lt}]/u;
const CASE_IGNORABLE = /\p{Case_Ignorable}/u;

/**
 * The lowercase of the character at `i`, seen in its string: a capital sigma is final
 * ('ς') after a cased letter not followed by one (case-ignorables skipped), as
 * CPython's handle_capital_sigma decides; a lone character's toLowerCase cannot see that.
 */
function lowerAt(cs: readonly string[], i: number): string {
  const c = cs[i];
  if (c !== '\u03a3') return c.toLowerCase();
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(cs[j])) j--;
  if (j < 0 || !CASED.test(cs[j])) return '\u03c3';
  let k = i + 1;
  while (k < cs.length && CASE_IGNORABLE.test(cs[k])) k++;
  return k < cs.length && CASED.test(cs[k]) ? '\u03c3' : '\u03c2';
}

/** CPython's title: a cased character after a cased one is lowered, others titlecased. */
export function title(s: string): string {
  let out = '';
  let previousCased = false;
  const cs = characters(s);
  cs.forEach((c, i) => {
    out += previousCased ? lowerAt(cs, i) : toTitle(c);
    previousCased = CASED.test(c);
  });
  return out;
}

/** CPython 3.8+'s capitalize: the first character titlecased, the rest lowered. */
export function capitalize(s: string): string {
  const cs = characters(s);
  if (cs.length === 0) return '';
  return (
    toTitle(cs[0]) +
    cs
      .slice(1)
      .map((_, i) => lowerAt(cs, i + 1))
      .join('')
  );
}

/** Upper to lower and lower to upper; titlecase letters ('ǅ') stay as they are. */
export function swapcase(s: string): string {
  let out = '';
  const cs = characters(s);
  cs.forEach((c, i) => {
    if (UPPER.test(c)) out += lowerAt(cs, i);
    else if (LOWER.test(c)) out += c.toUpperCase();
    else out += c;
  });
  return out;
}
