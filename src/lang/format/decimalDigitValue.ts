/**
 * Python reads a format spec's width and precision with `Py_UNICODE_TODECIMAL`, so any
 * Unicode decimal digit counts (`format(1, '٣')` pads to 3). Every decimal-digit block is ten
 * consecutive code points starting at one of these zeros (Unicode 14, as in Python 3.11).
 */
const ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
  0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
  0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0,
  0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730,
  0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
  0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/** The digit value 0-9 of a code point, or -1 when it is not a decimal digit. */
export function decimalDigitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  let lo = 0;
  let hi = ZEROS.length - 1;
  if (code < ZEROS[0]) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ZEROS[mid] <= code) lo = mid;
    else hi = mid - 1;
  }
  const offset = code - ZEROS[lo];
  return offset < 10 ? offset : -1;
}

/**
 * Characters whose Unicode numeric type is Digit but not Decimal (superscripts, circled
 * digits…): str.isdigit() is true for them, isdecimal() is not (Unicode 14, Python 3.11).
 */
const DIGIT_ONLY: readonly (readonly [number, number])[] = [
  [178, 179],
  [185, 185],
  [4969, 4977],
  [6618, 6618],
  [8304, 8304],
  [8308, 8313],
  [8320, 8329],
  [9312, 9320],
  [9332, 9340],
  [9352, 9360],
  [9450, 9450],
  [9461, 9469],
  [9471, 9471],
  [10102, 10110],
  [10112, 10120],
  [10122, 10130],
  [68160, 68163],
  [69216, 69224],
  [69714, 69722],
  [127232, 127242],
];

/** Python's str.isdigit() for one code point. */
export function isDigitChar(code: number): boolean {
  if (decimalDigitValue(code) >= 0) return true;
  return DIGIT_ONLY.some(([lo, hi]) => code >= lo && code <= hi);
}

/** Unicode decimal digits as ASCII ones, as int() and float() read them ('١٢٣' is 123). */
export function asciiDigits(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const d = decimalDigitValue(ch.codePointAt(0)!);
    out += d >= 0 ? String(d) : ch;
  }
  return out;
}
