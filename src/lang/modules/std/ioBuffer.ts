// The text and position behind an io.StringIO, with CPython's newline modes: newline=None
// turns '\r\n' and '\r' into '\n' as text is written, '' keeps them and ends lines at any of
// them, '\r' and '\r\n' replace each written '\n' and end lines there. Positions count code
// points, as Python's do; the text is a JavaScript string, whose astral characters take two
// code units, so positions are converted only when the text has such a character.

import { fail, valueError } from '../../runtime/state';

const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/** How many code points `text` holds. */
function codePoints(text: string): number {
  if (!ASTRAL.test(text)) return text.length;
  return Array.from(text).length;
}

/** The code-unit index `n` code points after code unit `from` (past the end: counted as one unit each). */
function unitsAfter(text: string, from: number, n: number): number {
  let i = from;
  while (n > 0 && i < text.length) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    n--;
  }
  return i + n;
}

export class TextBuffer {
  private text = '';
  /** In code units; may lie past the end (a seek there): a write pads with NULs. */
  private pos = 0;
  closed = false;
  /** newline=None or '': lines end at '\r', '\n' or '\r\n'. */
  private readonly universal: boolean;
  /** newline=None: '\r\n' and '\r' are written as '\n'. */
  private readonly translate: boolean;
  /** Where a line ends when not universal: the newline string. */
  private readonly lineEnd: string;
  /** What each written '\n' becomes ('\r' or '\r\n'), or null to keep it. */
  private readonly writeNl: string | null;
  /** In a universal mode, the kinds of line ending written so far: 1 '\n', 2 '\r', 4 '\r\n'. */
  private seen = 0;

  constructor(newline: string | null) {
    this.universal = newline === null || newline === '';
    this.translate = newline === null;
    this.lineEnd = newline === null || newline === '' ? '\n' : newline;
    this.writeNl = newline !== null && newline.startsWith('\r') ? newline : null;
  }

  /** ValueError for an operation on a closed buffer: `dot` for IOBase's wording, with a period. */
  check(dot = false): void {
    if (this.closed) throw valueError(`I/O operation on closed file${dot ? '.' : ''}`);
  }

  getvalue(): string {
    return this.text;
  }

  tell(): number {
    const prefix = this.text.slice(0, this.pos);
    return codePoints(prefix) + Math.max(0, this.pos - this.text.length);
  }

  /** seek(pos, whence): CPython's checks, in its order; the new position. */
  seek(pos: bigint, whence: bigint): number {
    this.check();
    if (whence !== 0n && whence !== 1n && whence !== 2n) {
      throw valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    }
    if (pos < 0n && whence === 0n) throw valueError(`Negative seek position ${pos}`);
    if (whence !== 0n && pos !== 0n) throw fail('OSError', "Can't do nonzero cur-relative seeks");
    if (whence === 2n) this.pos = this.text.length;
    else if (whence === 0n) this.pos = unitsAfter(this.text, 0, Number(pos));
    return this.tell();
  }

  /** Writes `s` over the text at the position (past the end: after NUL padding). */
  write(s: string): void {
    this.check();
    if (this.universal) this.note(s);
    let t = this.translate ? s.replace(/\r\n?/g, '\n') : s;
    if (this.writeNl !== null) t = t.replace(/\n/g, this.writeNl);
    if (t === '') return;
    if (this.pos > this.text.length) this.text += '\0'.repeat(this.pos - this.text.length);
    if (this.pos === this.text.length) this.text += t;
    else this.text = this.text.slice(0, this.pos) + t + this.text.slice(this.pos + t.length);
    this.pos += t.length;
  }

  private note(s: string): void {
    for (const m of s.matchAll(/\r\n|\r|\n/g))
      this.seen |= m[0] === '\n' ? 1 : m[0] === '\r' ? 2 : 4;
  }

  /** The `newlines` attribute: the kinds of line ending seen, as CPython's decoder reports them. */
  newlines(): string | string[] | null {
    if (!this.universal) return null;
    const kinds = (['\r', '\n', '\r\n'] as const).filter(
      (_, i) => (this.seen & [2, 1, 4][i]) !== 0,
    );
    return kinds.length === 0 ? null : kinds.length === 1 ? kinds[0] : kinds;
  }

  /** Up to `size` code points from the position (all of the rest when size < 0). */
  read(size: number): string {
    this.check();
    if (this.pos >= this.text.length) return '';
    const end =
      size < 0
        ? this.text.length
        : Math.min(this.text.length, unitsAfter(this.text, this.pos, size));
    const out = this.text.slice(this.pos, end);
    this.pos = end;
    return out;
  }

  /** The next line, its ending included, of at most `size` code points when size >= 0. */
  readline(size: number): string {
    this.check();
    const text = this.text;
    if (this.pos >= text.length) return '';
    let end = this.lineEndFrom(this.pos);
    if (size >= 0) end = Math.min(end, unitsAfter(text, this.pos, size));
    const line = text.slice(this.pos, end);
    this.pos = end;
    return line;
  }

  /** The code unit just past the line that starts at `from` (the text's end without one). */
  private lineEndFrom(from: number): number {
    const text = this.text;
    if (this.universal && !this.translate) {
      for (let i = from; i < text.length; i++) {
        const c = text[i];
        if (c === '\n') return i + 1;
        if (c === '\r') return text[i + 1] === '\n' ? i + 2 : i + 1;
      }
      return text.length;
    }
    const at = text.indexOf(this.lineEnd, from);
    return at < 0 ? text.length : at + this.lineEnd.length;
  }

  /** Cuts the text at `size` code points; the position stays where it is. */
  truncate(size: number): void {
    this.check();
    const cut = unitsAfter(this.text, 0, size);
    if (cut < this.text.length) this.text = this.text.slice(0, cut);
  }

  close(): void {
    this.closed = true;
    // As CPython's, a closed StringIO lets its text go.
    this.text = '';
  }
}
