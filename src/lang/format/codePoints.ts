// Python measures and slices str by code points; a JS string holds UTF-16 units, where a
// valid surrogate pair is one code point and a lone surrogate is one too.

const SURROGATE = /[\uD800-\uDFFF]/;

/** Python's `len(s)`. */
export function codePointLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    const d = s.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      n--;
      i++;
    }
  }
  return n;
}

/** Python's `s[:n]`. */
export function codePointPrefix(s: string, n: number): string {
  if (!SURROGATE.test(s)) return s.slice(0, n);
  let units = 0;
  let count = 0;
  for (const ch of s) {
    if (count === n) break;
    units += ch.length;
    count++;
  }
  return s.slice(0, units);
}
