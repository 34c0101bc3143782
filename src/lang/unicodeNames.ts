// The code point a \N{NAME} escape names, for the characters of unicodeNamesTable.ts (ASCII,
// Latin, Greek, punctuation, arrows, mathematical operators, box drawing, shapes, symbols,
// dingbats and the control characters' aliases) and every CJK unified ideograph, whose names
// CPython makes from the code point. Names of other characters are not known here.

import { NAMES, WORDS } from './unicodeNamesTable';

let table: Map<string, number> | null = null;

function build(): Map<string, number> {
  const words = WORDS.split(' ');
  const map = new Map<string, number>();
  let cp = -1;
  for (const entry of NAMES.split(',')) {
    const colon = entry.indexOf(':');
    cp = colon < 0 ? cp + 1 : parseInt(entry.slice(0, colon), 16);
    const parts: string[] = [];
    for (let i = colon + 1; i < entry.length; i += 2)
      parts.push(words[parseInt(entry.slice(i, i + 2), 36)]);
    map.set(parts.join(' '), cp);
  }
  return map;
}

/** CJK unified ideographs in Unicode 14.0.0 (CPython 3.11): first, last. */
const CJK = [
  0x3400, 0x4dbf, 0x4e00, 0x9fff, 0x20000, 0x2a6df, 0x2a700, 0x2b738, 0x2b740, 0x2b81d, 0x2b820,
  0x2cea1, 0x2ceb0, 0x2ebe0, 0x30000, 0x3134a,
];

/** The code point named `name` (case-insensitive, as CPython's lookup), or undefined. */
export function codePointNamed(name: string): number | undefined {
  const cjk = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(name);
  if (cjk !== null) {
    const cp = parseInt(cjk[1], 16);
    for (let i = 0; i < CJK.length; i += 2) if (cp >= CJK[i] && cp <= CJK[i + 1]) return cp;
    return undefined;
  }
  table ??= build();
  return table.get(name.toUpperCase());
}
