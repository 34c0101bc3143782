// Python orders strs by code point; JS's < orders them by UTF-16 code unit, which differs
// where a character beyond U+FFFF (a surrogate pair, units D800-DFFF) meets one of U+E000-U+FFFF.

/** A code unit moved so that unit order is code point order: surrogates above E000-FFFF. */
function rank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/** -1, 0 or 1 as Python compares the strs a and b. */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) < rank(y) ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
