// Reading a source file as CPython does: UTF-8, a leading byte-order mark skipped (Windows
// editors write one), and bytes that are not UTF-8 a SyntaxError at their line, not text
// silently changed into U+FFFD.

export interface SourceText {
  text: string;
  /** Set when the file is not UTF-8: where the first bad byte is. */
  error: { line: number; col: number; message: string } | null;
}

const BOM = [0xef, 0xbb, 0xbf];

export function decodeSource(bytes: Uint8Array): SourceText {
  const start = BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), error: null };
  } catch {
    const text = new TextDecoder('utf-8').decode(body);
    return { text, error: firstBadByte(body) };
  }
}

/** Length of the UTF-8 sequence starting at `i`, or 0 where none starts. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const [n, min, max] =
    b >= 0xc2 && b <= 0xdf
      ? [2, 0x80, 0xbf]
      : b === 0xe0
        ? [3, 0xa0, 0xbf]
        : b === 0xed
          ? [3, 0x80, 0x9f]
          : b >= 0xe1 && b <= 0xef
            ? [3, 0x80, 0xbf]
            : b === 0xf0
              ? [4, 0x90, 0xbf]
              : b >= 0xf1 && b <= 0xf3
                ? [4, 0x80, 0xbf]
                : b === 0xf4
                  ? [4, 0x80, 0x8f]
                  : [0, 0, 0];
  if (n === 0 || i + n > bytes.length) return 0;
  if (bytes[i + 1] < min || bytes[i + 1] > max) return 0;
  for (let k = 2; k < n; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return n;
}

function firstBadByte(bytes: Uint8Array): SourceText['error'] {
  let line = 1;
  let col = 1;
  for (let i = 0; i < bytes.length;) {
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      const hex = bytes[i].toString(16).padStart(2, '0');
      return {
        line,
        col,
        message: `this file is not UTF-8: byte '\\x${hex}' on line ${line} is not part of any character (save the file as UTF-8)`,
      };
    }
    if (bytes[i] === 0x0a) {
      line++;
      col = 1;
    } else {
      // Columns count UTF-16 units, as the lexer does: a 4-byte character is two.
      col += n === 4 ? 2 : 1;
    }
    i += n;
  }
  return { line, col, message: 'this file is not UTF-8 (save the file as UTF-8)' };
}
