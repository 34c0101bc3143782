// String literals for the tokenizer: plain, raw and bytes strings with Python's escapes, and
// f-strings split into their text and fields (3.12 rules: any quotes inside a field; a
// field's text is lexed again when the parser reads it). A backslash or '#' in a field is
// 3.11's SyntaxError, which the parser raises (see Token.fieldRefusal).

import type { FStringField, FStringPart, Token } from './tokens';
import { LexerCursor } from './lexerCursor';
import { codePointNamed } from './unicodeNames';

/** The bracket that closes each opening one (an f-string field's brackets must match). */
const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

function isHexDigit(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/** Python's one-character escapes: `\n`, `\t`, `\\`, `\'` … */
const SINGLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** A field CPython 3.11's f-string parser refuses; the token is re-read as a plain string. */
class FieldRefusal {
  constructor(readonly message: string) {}
}

export class StringLexer extends LexerCursor {
  /** Where the literal text being decoded starts (a str's body, an f-string's piece). */
  private bodyStart = 0;
  /** The quote that ends it (a \N{...} name is not looked for past it). */
  private bodyQuote = '"';
  /** A bad escape's message: CPython reports it once the literal is read, past its end. */
  private escapeError: string | null = null;

  protected stringLiteral(start: number, prefix: string): void {
    const startLine = this.line;
    const startLineStart = this.lineStart;
    const quote = this.ch();
    const triple = this.ch(1) === quote && this.ch(2) === quote;
    this.pos += triple ? 3 : 1;
    const raw = prefix.includes('r');
    let t: Token;
    if (prefix.includes('b')) {
      const bytes = this.bytesBody(quote, triple, raw, start, startLine, startLineStart);
      t = this.token('string', '', start, this.pos, startLine, startLineStart);
      t.bytes = bytes;
    } else if (prefix.includes('f')) {
      const bodyStart = this.pos;
      let parts: FStringPart[] = [];
      let refusal: string | undefined;
      try {
        parts = this.fstringBody(quote, triple, raw, start, startLine, startLineStart);
      } catch (e) {
        if (!(e instanceof FieldRefusal)) throw e;
        // 3.11 tokenizes the f-string as a plain string first: it ends at the first
        // unescaped closing quote, whatever the fields hold.
        refusal = e.message;
        this.pos = bodyStart;
        this.line = startLine;
        this.lineStart = startLineStart;
        this.skipPlainBody(quote, triple, start, startLine, startLineStart);
      }
      t = this.token('fstring', '', start, this.pos, startLine, startLineStart);
      t.parts = parts;
      if (refusal !== undefined) t.fieldRefusal = refusal;
    } else {
      const text = this.plainBody(quote, triple, raw, start, startLine, startLineStart);
      t = this.token('string', text, start, this.pos, startLine, startLineStart);
    }
    this.tokens.push(t);
  }

  /** Moves past a string's body to its closing quote, escapes skipped, nothing decoded. */
  private skipPlainBody(
    quote: string,
    triple: boolean,
    start: number,
    line: number,
    lineStart: number,
  ): void {
    while (true) {
      if (this.pos >= this.end) this.unterminated(triple, start, line, lineStart);
      if (this.atClose(quote, triple)) {
        this.pos += triple ? 3 : 1;
        return;
      }
      const c = this.ch();
      if (c === '\\') {
        // The escaped character is skipped; an escaped line break continues the string.
        this.pos++;
        const n = this.ch();
        if (n === '\n' || n === '\r') this.newline();
        else if (n !== '') this.pos++;
      } else if (c === '\n' || c === '\r') {
        if (!triple) this.unterminated(false, start, line, lineStart);
        this.newline();
      } else this.pos++;
    }
  }

  private atClose(quote: string, triple: boolean): boolean {
    if (this.ch() !== quote) return false;
    return !triple || (this.ch(1) === quote && this.ch(2) === quote);
  }

  private unterminated(triple: boolean, start: number, line: number, lineStart: number): never {
    const what = triple
      ? 'unterminated triple-quoted string literal'
      : 'unterminated string literal';
    // CPython counts the line the end of input is on: after a final newline, the one before.
    const last = this.src[this.pos - 1];
    const atEnd = this.pos >= this.end && this.pos > start && (last === '\n' || last === '\r');
    const detected = atEnd ? this.line - 1 : this.line;
    return this.fail(`${what} (detected at line ${detected})`, start, line, lineStart);
  }

  private plainBody(
    quote: string,
    triple: boolean,
    raw: boolean,
    start: number,
    line: number,
    lineStart: number,
  ): string {
    let out = '';
    this.bodyStart = this.pos;
    this.bodyQuote = quote;
    while (true) {
      if (this.pos >= this.end) this.unterminated(triple, start, line, lineStart);
      if (this.atClose(quote, triple)) {
        this.pos += triple ? 3 : 1;
        this.reportEscapeError();
        return out;
      }
      const c = this.ch();
      if (c === '\n' || c === '\r') {
        if (!triple) this.unterminated(false, start, line, lineStart);
        out += '\n';
        this.newline();
      } else if (c === '\\') {
        out += this.escape(raw);
      } else {
        out += c;
        this.pos++;
      }
    }
  }

  /**
   * The body of a bytes literal: ASCII characters and the escapes of str literals but for
   * \u, \U and \N, which stay as written. CPython reports a bad character or \x escape
   * once the literal is read: at the literal, or just past its end.
   */
  private bytesBody(
    quote: string,
    triple: boolean,
    raw: boolean,
    start: number,
    line: number,
    lineStart: number,
  ): Uint8Array {
    const out: number[] = [];
    let nonAscii = false;
    let badHexAt = -1;
    while (true) {
      if (this.pos >= this.end) this.unterminated(triple, start, line, lineStart);
      if (this.atClose(quote, triple)) {
        this.pos += triple ? 3 : 1;
        break;
      }
      const c = this.ch();
      if (c === '\n' || c === '\r') {
        if (!triple) this.unterminated(false, start, line, lineStart);
        out.push(10);
        this.newline();
      } else if (c === '\\' && !raw) {
        const next = this.ch(1);
        if (next === 'u' || next === 'U' || next === 'N') {
          out.push(92);
          this.pos++;
        } else if (
          next === 'x' &&
          !/^[0-9a-fA-F]{2}$/.test(this.src.slice(this.pos + 2, this.pos + 4))
        ) {
          if (badHexAt < 0) badHexAt = out.length;
          this.pos += 2;
        } else {
          for (const ch of this.escape(false)) out.push(ch.charCodeAt(0) & 0xff);
        }
      } else if (c === '\\') {
        for (const ch of this.escape(true)) out.push(ch.charCodeAt(0));
      } else {
        if (c.charCodeAt(0) > 0x7f) nonAscii = true;
        out.push(c.charCodeAt(0));
        this.pos++;
      }
    }
    if (nonAscii) {
      const length = this.line === line ? this.pos - start : 1;
      this.fail('bytes can only contain ASCII literal characters', start, line, lineStart, length);
    }
    if (badHexAt >= 0) this.fail(`(value error) invalid \\x escape at position ${badHexAt}`);
    return Uint8Array.from(out);
  }

  /** Reads one backslash escape at pos and returns the text it stands for. */
  private escape(raw: boolean): string {
    const next = this.ch(1);
    if (raw) {
      // In a raw string a backslash keeps the next character (so \" does not end it).
      if (next === '\n' || next === '\r') {
        this.pos++;
        this.newline();
        return '\\\n';
      }
      this.pos += next === '' ? 1 : 2;
      return '\\' + next;
    }
    const at = this.pos;
    switch (next) {
      case '\n':
      case '\r':
        this.pos++;
        this.newline();
        return '';
      case '\\':
      case "'":
      case '"':
      case 'a':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
      case 'v':
        this.pos += 2;
        return SINGLE_ESCAPES[next];
      case 'x':
      case 'u':
      case 'U': {
        const n = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        let digits = 0;
        while (digits < n && at + 2 + digits < this.end && isHexDigit(this.src[at + 2 + digits]))
          digits++;
        this.pos = at + 2 + digits;
        if (digits < n) {
          this.keepEscapeError(at, this.pos, `truncated \\${next}${'X'.repeat(n)} escape`);
          return '';
        }
        const cp = parseInt(this.src.slice(at + 2, this.pos), 16);
        if (cp > 0x10ffff) {
          this.keepEscapeError(at, this.pos, 'illegal Unicode character');
          return '';
        }
        return String.fromCodePoint(cp);
      }
      case 'N':
        return this.namedEscape(at);
      default:
        if (next >= '0' && next <= '7') {
          let j = at + 1;
          while (j < at + 4 && j < this.end && this.src[j] >= '0' && this.src[j] <= '7') j++;
          const cp = parseInt(this.src.slice(at + 1, j), 8);
          this.pos = j;
          return String.fromCodePoint(cp);
        }
    }
    // An unknown escape keeps its backslash, as Python does.
    this.pos += 1;
    return '\\';
  }

  /**
   * `\N{NAME}` at `at`: the character named (unicodeNames.ts), or '' with CPython's error
   * kept for the end of the literal, its positions counted in the bytes CPython decodes.
   */
  private namedEscape(at: number): string {
    let s = at + 2;
    let message = 'malformed \\N character escape';
    if (this.src[s] === '{') {
      const nameStart = ++s;
      while (s < this.end && !this.endsName(s)) s++;
      if (this.src[s] === '}' && s > nameStart) {
        const cp = codePointNamed(this.src.slice(nameStart, s++));
        if (cp !== undefined) {
          this.pos = s;
          return String.fromCodePoint(cp);
        }
        message = 'unknown Unicode character name';
      }
    }
    this.keepEscapeError(at, s, message);
    this.pos = Math.max(s, at + 2);
    return '';
  }

  /**
   * Keeps the first bad escape of a literal, src[at, to), for the literal's end, where
   * CPython's decoder reports it with positions counted in the bytes it decodes.
   */
  private keepEscapeError(at: number, to: number, message: string): void {
    if (this.escapeError !== null) return;
    const first = this.decodedBytes(this.bodyStart, at);
    const last = first + this.decodedBytes(at, to) - 1;
    this.escapeError = `(unicode error) 'unicodeescape' codec can't decode bytes in position ${first}-${last}: ${message}`;
  }

  /** Whether a \N{ name's scan stops at `i`: its brace, or the literal's end. */
  private endsName(i: number): boolean {
    const c = this.src[i];
    return c === '}' || c === this.bodyQuote || c === '\n' || c === '\r';
  }

  /**
   * How many bytes src[from, to) is to CPython's decoder: it rewrites each non-ASCII
   * character as a 10-byte \UXXXXXXXX escape (a backslash before one as \u005c) first.
   */
  private decodedBytes(from: number, to: number): number {
    let n = 0;
    for (let i = from; i < to; i++) {
      let code = this.src.codePointAt(i)!;
      if (code === 92 && i + 1 < to) {
        // A backslash and what follows it are copied as a pair.
        n += 1;
        code = this.src.codePointAt(++i)!;
        if (code > 0x7f) n += 5;
      }
      if (code > 0xffff) i++;
      if (code > 0x7f) n += 10;
      else if (code !== 13 || this.src[i + 1] !== '\n') n += 1;
    }
    return n;
  }

  /**
   * Raises a bad escape's error past the literal's end. CPython reports this column in
   * UTF-8 bytes (`"é\N{NOPE}"` is one further along than its characters).
   */
  private reportEscapeError(): void {
    if (this.escapeError === null) return;
    const message = this.escapeError;
    this.escapeError = null;
    let bytes = 0;
    for (let i = this.lineStart; i < this.pos; i++) {
      const code = this.src.charCodeAt(i);
      // A surrogate pair is 4 bytes: 2 for each half.
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xe000 ? 2 : 3;
    }
    this.fail(message, this.lineStart + bytes);
  }

  private fstringBody(
    quote: string,
    triple: boolean,
    raw: boolean,
    start: number,
    line: number,
    lineStart: number,
  ): FStringPart[] {
    const parts: FStringPart[] = [];
    let literal = '';
    // CPython decodes each piece of literal text on its own: between fields, and after {{ or }}.
    const piece = (): void => {
      this.bodyStart = this.pos;
      this.bodyQuote = quote;
    };
    piece();
    while (true) {
      if (this.pos >= this.end) this.unterminated(triple, start, line, lineStart);
      if (this.atClose(quote, triple)) {
        this.pos += triple ? 3 : 1;
        this.reportEscapeError();
        if (literal !== '') parts.push(literal);
        return parts;
      }
      const c = this.ch();
      if (c === '{') {
        if (this.ch(1) === '{') {
          literal += '{';
          this.pos += 2;
          piece();
          continue;
        }
        if (literal !== '') parts.push(literal);
        literal = '';
        parts.push(this.fstringField(quote, triple, raw, start, line, lineStart, 0));
        piece();
      } else if (c === '}') {
        if (this.ch(1) === '}') {
          literal += '}';
          this.pos += 2;
          piece();
          continue;
        }
        throw new FieldRefusal("f-string: single '}' is not allowed");
      } else if (c === '\n' || c === '\r') {
        if (!triple) this.unterminated(false, start, line, lineStart);
        literal += '\n';
        this.newline();
      } else if (c === '\\') {
        if (!raw && this.ch(1) === '{') {
          literal += '\\';
          this.pos++;
        } else {
          literal += this.escape(raw);
        }
      } else {
        literal += c;
        this.pos++;
      }
    }
  }

  /** Reads `{expr[=][!c][:spec]}` with pos at `{`. */
  private fstringField(
    quote: string,
    triple: boolean,
    raw: boolean,
    start: number,
    line: number,
    lineStart: number,
    depth: number,
  ): FStringField {
    if (depth > 1) throw new FieldRefusal('f-string: expressions nested too deeply');
    const fieldLine = this.line;
    const fieldCol = this.pos - this.lineStart + 1;
    this.pos++;
    const exprStart = this.pos;
    const exprLine = this.line;
    const exprLineStart = this.lineStart;
    // The brackets open in the expression: CPython 3.11's scanner refuses a mismatched one.
    const opened: string[] = [];
    let exprEnd = -1;
    let debugText: string | null = null;
    let conversion: FStringField['conversion'] = null;
    while (exprEnd < 0) {
      if (this.pos >= this.end) this.unterminated(triple, start, line, lineStart);
      const c = this.ch();
      if (c === '"' || c === "'") {
        this.skipNestedString(start, line, lineStart, triple);
        continue;
      }
      if (c === '\n' || c === '\r') {
        if (!triple && opened.length === 0) this.unterminated(false, start, line, lineStart);
        this.newline();
        continue;
      }
      if (c === '\\') throw new FieldRefusal('f-string expression part cannot include a backslash');
      if (c === '#') throw new FieldRefusal("f-string expression part cannot include '#'");
      if (c === '(' || c === '[' || c === '{') {
        opened.push(c);
      } else if (c === ')' || c === ']' || (c === '}' && opened.length > 0)) {
        const open = opened.pop();
        if (open === undefined) throw new FieldRefusal(`f-string: unmatched '${c}'`);
        if (CLOSER[open] !== c) {
          throw new FieldRefusal(
            `f-string: closing parenthesis '${c}' does not match opening parenthesis '${open}'`,
          );
        }
      } else if (c === '}') {
        exprEnd = this.pos;
        break;
      } else if (opened.length === 0 && c === '!' && this.ch(1) !== '=') {
        exprEnd = this.pos;
        break;
      } else if (opened.length === 0 && c === ':') {
        exprEnd = this.pos;
        break;
      } else if (
        opened.length === 0 &&
        c === '=' &&
        this.ch(1) !== '=' &&
        !'=!<>'.includes(this.src[this.pos - 1])
      ) {
        exprEnd = this.pos;
        this.pos++;
        // `{x = }` keeps the spaces after '=' in the text it prints.
        while (this.ch() === ' ' || this.ch() === '\t') this.pos++;
        debugText = this.src.slice(exprStart, this.pos);
        break;
      }
      this.pos++;
    }
    if (this.src.slice(exprStart, exprEnd).trim() === '') {
      const at = this.ch();
      throw new FieldRefusal(
        at === '}' || at === ''
          ? 'f-string: empty expression not allowed'
          : `f-string: expression required before '${at}'`,
      );
    }
    if (this.ch() === '!') {
      const conv = this.ch(1);
      if (conv !== 'r' && conv !== 's' && conv !== 'a') {
        this.pos++;
        throw new FieldRefusal(
          conv === '' || this.atClose(quote, triple)
            ? "f-string: expecting '}'"
            : "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        );
      }
      conversion = conv;
      this.pos += 2;
    }
    let spec: FStringPart[] | null = null;
    if (this.ch() === ':') {
      this.pos++;
      spec = [];
      let literal = '';
      while (true) {
        if (this.pos >= this.end) this.unterminated(triple, start, line, lineStart);
        const c = this.ch();
        if (c === '}') break;
        if (this.atClose(quote, triple)) throw new FieldRefusal("f-string: expecting '}'");
        if (c === '{') {
          if (literal !== '') spec.push(literal);
          literal = '';
          spec.push(this.fstringField(quote, triple, raw, start, line, lineStart, depth + 1));
          continue;
        }
        if (c === '\n' || c === '\r') {
          if (!triple) this.unterminated(false, start, line, lineStart);
          literal += '\n';
          this.newline();
          continue;
        }
        if (c === '\\' && !raw) {
          // 3.11 decodes a spec's escapes as it does the literal text's: `{x:\n}` is a newline.
          literal += this.escape(false);
          continue;
        }
        literal += c;
        this.pos++;
      }
      if (literal !== '') spec.push(literal);
    }
    if (this.ch() !== '}') throw new FieldRefusal("f-string: expecting '}'");
    this.pos++;
    return {
      exprStart,
      exprEnd,
      line: exprLine,
      lineStart: exprLineStart,
      conversion,
      spec,
      debugText,
      fieldLine,
      fieldCol,
      fieldEndLine: this.line,
      fieldEndCol: this.pos - this.lineStart + 1,
    };
  }

  /** Skips a string literal inside an f-string field (its text is re-lexed later). */
  private skipNestedString(
    start: number,
    line: number,
    lineStart: number,
    outerTriple: boolean,
  ): void {
    const quote = this.ch();
    const triple = this.ch(1) === quote && this.ch(2) === quote;
    this.pos += triple ? 3 : 1;
    while (true) {
      if (this.pos >= this.end) this.unterminated(outerTriple, start, line, lineStart);
      if (this.atClose(quote, triple)) {
        this.pos += triple ? 3 : 1;
        return;
      }
      const c = this.ch();
      // 3.11 refuses a backslash anywhere in a field, in its strings too.
      if (c === '\\') throw new FieldRefusal('f-string expression part cannot include a backslash');
      if (c === '\n' || c === '\r') {
        if (!triple) this.unterminated(false, start, line, lineStart);
        this.newline();
      } else this.pos++;
    }
  }
}
