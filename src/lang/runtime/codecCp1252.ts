// cp1252 (windows-1252), the codec of many files made on Windows: latin-1 but for 0x80-0x9f,
// which hold typographic characters (five of them map to nothing), as CPython's table.

/** The characters of bytes 0x80-0x9f; 0 where the byte maps to nothing. */
const HIGH = [
  0x20ac, 0x0000, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x0000, 0x017d, 0x0000, 0x0000, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x0000, 0x017e, 0x0178,
];

const ENCODE = new Map<number, number>(
  HIGH.flatMap((cp, i): [number, number][] => (cp === 0 ? [] : [[cp, 0x80 + i]])),
);

/** The code point a byte decodes to, or -1 for a byte that maps to nothing. */
export function cp1252Char(b: number): number {
  if (b < 0x80 || b >= 0xa0) return b;
  const cp = HIGH[b - 0x80];
  return cp === 0 ? -1 : cp;
}

/** The byte a code point encodes to, or -1 for one cp1252 cannot write. */
export function cp1252Byte(cp: number): number {
  if (cp < 0x80 || (cp >= 0xa0 && cp < 0x100)) return cp;
  return ENCODE.get(cp) ?? -1;
}
