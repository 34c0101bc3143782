// Python's tokenizer for the tgrad subset: INDENT/DEDENT from leading spaces, implicit line
// joining inside brackets, backslash continuation, comments, numbers (ints as bigint),
// strings with escapes, and f-strings (3.12 rules: any quotes inside a field). Errors are
// SyntaxErrors at file positions. Lexing stops at the first error and the parser meets it
// exactly where it would have read the bad token, so the first error in the text wins.

import { TgradError } from './errors';
import type { FStringField, FStringPart, Token, TokenKind } from './tokens';

const OPERATORS = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '...',
  '->',
  ':=',
  '**',
  '//',
  '==',
  '!=',
  '<=',
  '>=',
  '<<',
  '>>',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '@=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '@',
  '&',
  '|',
  '^',
  '~',
  '<',
  '>',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '.',
  ';',
  '=',
];

const CLOSER: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

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

function isIdStart(c: string): boolean {
  return (
    (c >= 'a' && c <= 'z') ||
    (c >= 'A' && c <= 'Z') ||
    c === '_' ||
    (c > '\x7f' && ID_START.test(c))
  );
}
function isIdChar(c: string): boolean {
  return (
    (c >= 'a' && c <= 'z') ||
    (c >= 'A' && c <= 'Z') ||
    (c >= '0' && c <= '9') ||
    c === '_' ||
    (c > '\x7f' && ID_CHAR.test(c))
  );
}
const ID_START = /[\p{L}\p{Nl}]/u;
const ID_CHAR = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u;
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

interface Bracket {
  ch: string;
  line: number;
  col: number;
}

/** Thrown inside the lexer and turned into its `error`. */
class LexFailure {
  constructor(
    readonly error: TgradError,
    /** See LexResult.overridesFrom. */
    readonly overridesFrom = 0,
  ) {}
}

export interface LexResult {
  tokens: Token[];
  /** The first error, met by the parser when it reaches the final 'error' token. */
  error: TgradError | null;
  /**
   * A parser error on this line or a later one gives way to `error`: after a syntax error
   * CPython tokenizes the rest of the file, and an unterminated string, a bad character or
   * number (0: whatever the line) or a bracket left open since this line wins. Infinity for
   * the errors its parser finds first (a bad indent, `$`).
   */
  overridesFrom: number;
  /** SyntaxWarnings of the tokenizer (`1if x else 2`), in source order. */
  warnings: LexWarning[];
}

/** A tokenizer SyntaxWarning: its file line and message. */
export interface LexWarning {
  line: number;
  col: number;
  message: string;
}

/**
 * Whether `text` (what follows a number) begins one of the keywords CPython 3.11's tokenizer
 * lets a number run into with a SyntaxWarning (`[1for x in y]`, `0x1for`), as its
 * verify_end_of_number checks them: the whole word, but only two letters for if/in/is.
 */
function keywordAfterNumber(text: string): boolean {
  return /^(?:(?:and|else|for|or|not)(?![A-Za-z0-9_\u0080-\uffff])|i[fns])/.test(text);
}

/**
 * Tokenizes `src[start, end)`. `line`/`lineStart` give the file line of `start` and the index
 * where that line begins. `nested` lexes an f-string field: no indentation, newlines ignored.
 */
export function tokenize(
  src: string,
  start = 0,
  end = src.length,
  line = 1,
  lineStart = start,
  nested = false,
): LexResult {
  const lexer = new Lexer(src, start, end, line, lineStart, nested);
  try {
    lexer.run();
    return { tokens: lexer.tokens, error: null, overridesFrom: Infinity, warnings: lexer.warnings };
  } catch (e) {
    if (!(e instanceof LexFailure)) throw e;
    lexer.tokens.push(lexer.token('error', '', lexer.pos, lexer.pos));
    return {
      tokens: lexer.tokens,
      error: e.error,
      overridesFrom: e.overridesFrom,
      warnings: lexer.warnings,
    };
  }
}

class Lexer {
  readonly tokens: Token[] = [];
  readonly warnings: LexWarning[] = [];
  private readonly indents = [0];
  private readonly brackets: Bracket[] = [];

  constructor(
    private readonly src: string,
    public pos: number,
    private readonly end: number,
    private line: number,
    private lineStart: number,
    private readonly nested: boolean,
  ) {}

  token(
    kind: TokenKind,
    text: string,
    start: number,
    end: number,
    startLine?: number,
    startLineStart?: number,
  ): Token {
    const line = startLine ?? this.line;
    const ls = startLineStart ?? this.lineStart;
    return {
      kind,
      text,
      number: 0,
      parts: null,
      bytes: null,
      line,
      col: start - ls + 1,
      endLine: this.line,
      endCol: end - this.lineStart + 1,
      start,
      end,
    };
  }

  private fail(
    message: string,
    at = this.pos,
    line = this.line,
    lineStart = this.lineStart,
    length = 1,
    overridesFrom = 0,
    kind: 'SyntaxError' | 'IndentationError' = 'SyntaxError',
  ): never {
    const col = at - lineStart + 1;
    throw new LexFailure(
      new TgradError(kind, message, { line, col, endLine: line, endCol: col + length }),
      overridesFrom,
    );
  }

  private ch(offset = 0): string {
    const i = this.pos + offset;
    return i < this.end ? this.src[i] : '';
  }

  /** Consumes the line ending at pos (\n, \r\n or \r) and starts a new line. */
  private newline(): void {
    if (this.src[this.pos] === '\r' && this.src[this.pos + 1] === '\n') this.pos += 2;
    else this.pos += 1;
    this.line += 1;
    this.lineStart = this.pos;
  }

  private get inBrackets(): boolean {
    return this.nested || this.brackets.length > 0;
  }

  run(): void {
    let atLineStart = !this.nested;
    while (true) {
      if (atLineStart) {
        if (this.indentation()) continue;
        atLineStart = false;
      }
      const c = this.ch();
      if (c === '') break;
      if (c === ' ' || c === '\t' || c === '\f') {
        this.pos++;
      } else if (c === '#') {
        while (this.pos < this.end && this.ch() !== '\n' && this.ch() !== '\r') this.pos++;
      } else if (c === '\n' || c === '\r') {
        if (this.inBrackets) {
          this.newline();
        } else {
          const t = this.token('newline', '', this.pos, this.pos);
          t.endCol = t.col + 1;
          this.tokens.push(t);
          this.newline();
          atLineStart = true;
        }
      } else if (c === '\\') {
        const next = this.ch(1);
        if (next === '\n' || next === '\r') {
          this.pos++;
          this.newline();
          if (this.pos >= this.end)
            this.fail('unexpected end of file after a line continuation (\\)');
        } else {
          this.fail('unexpected character after line continuation character');
        }
      } else if (isIdStart(c)) {
        this.name();
      } else if (isDigit(c) || (c === '.' && isDigit(this.ch(1)))) {
        this.numberLiteral();
      } else if (c === '"' || c === "'") {
        this.stringLiteral(this.pos, '');
      } else {
        this.operator();
      }
    }
    if (this.brackets.length > 0 && !this.nested) {
      const b = this.brackets[this.brackets.length - 1];
      throw new LexFailure(
        new TgradError('SyntaxError', `'${b.ch}' was never closed`, {
          line: b.line,
          col: b.col,
          endLine: b.line,
          endCol: b.col + 1,
        }),
        b.line,
      );
    }
    if (!this.nested) {
      const last = this.tokens[this.tokens.length - 1];
      if (last !== undefined && last.kind !== 'newline') {
        const t = this.token('newline', '', this.pos, this.pos);
        this.tokens.push(t);
      }
      while (this.indents.length > 1) {
        this.indents.pop();
        this.tokens.push(this.token('dedent', '', this.pos, this.pos));
      }
    }
    this.tokens.push(this.token('eof', '', this.pos, this.pos));
  }

  /**
   * Reads a line's indentation. Returns true when the line was blank or a comment (skipped
   * whole), false after emitting INDENT/DEDENT tokens for a line of code.
   */
  private indentation(): boolean {
    let width = 0;
    let tabAt = -1;
    while (this.pos < this.end) {
      const c = this.ch();
      if (c === ' ') width++;
      else if (c === '\t') {
        if (tabAt < 0) tabAt = this.pos;
        width++;
      } else if (c === '\f') width = 0;
      else break;
      this.pos++;
    }
    const c = this.ch();
    if (c === '' || c === '#' || c === '\n' || c === '\r') {
      while (this.pos < this.end && this.ch() !== '\n' && this.ch() !== '\r') this.pos++;
      if (this.pos < this.end) {
        this.newline();
        return true;
      }
      return false;
    }
    if (tabAt >= 0) {
      this.fail(
        'tabs are not allowed in indentation: indent with spaces only',
        tabAt,
        this.line,
        this.lineStart,
        1,
        Infinity,
      );
    }
    const current = this.indents[this.indents.length - 1];
    if (width > current) {
      // Python's tokenizer limit; it also keeps nested blocks within the JS stack.
      if (this.indents.length > 100) this.fail('too many levels of indentation', this.pos);
      this.indents.push(width);
      const t = this.token('indent', '', this.pos, this.pos);
      t.col = 1;
      this.tokens.push(t);
    } else if (width < current) {
      while (width < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.tokens.push(this.token('dedent', '', this.pos, this.pos));
      }
      if (width !== this.indents[this.indents.length - 1]) {
        this.fail(
          'unindent does not match any outer indentation level',
          this.lineStart,
          this.line,
          this.lineStart,
          width || 1,
          Infinity,
          'IndentationError',
        );
      }
    }
    return false;
  }

  private name(): void {
    const start = this.pos;
    while (this.pos < this.end && isIdChar(this.ch())) this.pos++;
    const text = this.src.slice(start, this.pos);
    const q = this.ch();
    if ((q === '"' || q === "'") && /^(r|u|f|b|br|rb|fr|rf)$/i.test(text)) {
      this.stringLiteral(start, text.toLowerCase());
      return;
    }
    // Python compares identifiers after NFKC normalisation: `ℌ = 3` binds `H`.
    const name = text.length > 0 && /[^\u0020-\u007e]/.test(text) ? text.normalize('NFKC') : text;
    this.tokens.push(this.token('name', name, start, this.pos));
  }

  private numberLiteral(): void {
    const start = this.pos;
    const src = this.src;
    let isFloat = false;
    const digits = (ok: (c: string) => boolean): void => {
      while (this.pos < this.end) {
        const c = this.ch();
        if (ok(c)) this.pos++;
        else if (c === '_' && ok(this.ch(1)) && this.pos > start && ok(src[this.pos - 1]))
          this.pos++;
        else break;
      }
    };
    const c0 = this.ch();
    const c1 = this.ch(1).toLowerCase();
    let value: bigint | number;
    if (c0 === '0' && (c1 === 'x' || c1 === 'o' || c1 === 'b')) {
      this.pos += 2;
      const ok =
        c1 === 'x'
          ? (c: string) => /[0-9a-fA-F]/.test(c)
          : c1 === 'o'
            ? (c: string) => c >= '0' && c <= '7'
            : (c: string) => c === '0' || c === '1';
      if (this.ch() === '_') this.pos++;
      const digitsStart = this.pos;
      digits(ok);
      if (c1 !== 'x' && isDigit(this.ch())) {
        this.fail(`invalid digit '${this.ch()}' in ${c1 === 'o' ? 'octal' : 'binary'} literal`);
      }
      if (this.pos === digitsStart) {
        const kind = c1 === 'x' ? 'hexadecimal' : c1 === 'o' ? 'octal' : 'binary';
        this.fail(`invalid ${kind} literal`, this.pos - 1);
      }
      value = BigInt(src.slice(start, this.pos).replace(/_/g, ''));
    } else {
      digits(isDigit);
      if (this.ch() === '.') {
        isFloat = true;
        this.pos++;
        digits(isDigit);
      }
      const e = this.ch();
      if (e === 'e' || e === 'E') {
        const sign = this.ch(1);
        const afterSign = sign === '+' || sign === '-' ? this.ch(2) : sign;
        if (isDigit(afterSign)) {
          isFloat = true;
          this.pos += sign === '+' || sign === '-' ? 2 : 1;
          digits(isDigit);
        } else if (keywordAfterNumber(src.slice(this.pos, this.pos + 5))) {
          // `1else`: the number ends before the `e`, with a warning (checked below).
        } else {
          // CPython stops past the sign, if any, and points at the character before
          this.fail('invalid decimal literal', this.pos + (sign === '+' || sign === '-' ? 1 : -1));
        }
      }
      const text = src.slice(start, this.pos).replace(/_/g, '');
      if (this.ch() === 'j' || this.ch() === 'J') {
        this.fail(
          'complex numbers are not part of tgrad',
          start,
          this.line,
          this.lineStart,
          this.pos - start + 1,
        );
      }
      if (isFloat) value = Number(text);
      else {
        if (text.length > 1 && text[0] === '0' && /[1-9]/.test(text)) {
          this.fail(
            'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            start,
            this.line,
            this.lineStart,
            this.pos - start,
          );
        }
        value = BigInt(text);
      }
    }
    if (isIdStart(this.ch())) {
      // CPython's tokenizer consumes an underscore before it gives up, not a letter, and
      // points at the character before where it stopped.
      const kind = { x: 'hexadecimal', o: 'octal', b: 'binary' }[c0 === '0' ? c1 : ''];
      if (keywordAfterNumber(src.slice(this.pos, this.pos + 5))) {
        const col = this.pos - this.lineStart + 1;
        this.warnings.push({
          line: this.line,
          col,
          message: `invalid ${kind ?? 'decimal'} literal`,
        });
      } else
        this.fail(
          `invalid ${kind ?? 'decimal'} literal`,
          this.ch() === '_' ? this.pos : this.pos - 1,
        );
    }
    const t = this.token('number', src.slice(start, this.pos), start, this.pos);
    t.number = value;
    this.tokens.push(t);
  }

  private operator(): void {
    const start = this.pos;
    const src = this.src;
    let op = '';
    for (const candidate of OPERATORS) {
      if (src.startsWith(candidate, start) && start + candidate.length <= this.end) {
        op = candidate;
        break;
      }
    }
    if (op === '') {
      const c = this.ch();
      // CPython's tokenizer passes these on, and its parser stops at them.
      if (c === '!' || c === '$' || c === '?' || c === '`') {
        this.fail('invalid syntax', this.pos, this.line, this.lineStart, 1, Infinity);
      }
      const cp = src.codePointAt(start) ?? 0;
      this.fail(
        `invalid character '${String.fromCodePoint(cp)}' (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`,
      );
    }
    const col = start - this.lineStart + 1;
    if (op === '(' || op === '[' || op === '{') {
      if (this.brackets.length >= 200) this.fail('too many nested parentheses');
      this.brackets.push({ ch: op, line: this.line, col });
    } else if (op === ')' || op === ']' || op === '}') {
      const open = this.brackets.pop();
      if (open === undefined) {
        this.fail(`unmatched '${op}'`);
      } else if (open.ch !== CLOSER[op]) {
        const where = open.line === this.line ? '' : ` on line ${open.line}`;
        this.fail(
          `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'${where}`,
        );
      }
    }
    this.pos += op.length;
    this.tokens.push(this.token('op', op, start, this.pos));
  }

  // ---- strings ------------------------------------------------------------------------

  private stringLiteral(start: number, prefix: string): void {
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
      const parts = this.fstringBody(quote, triple, raw, start, startLine, startLineStart);
      t = this.token('fstring', '', start, this.pos, startLine, startLineStart);
      t.parts = parts;
    } else {
      const text = this.plainBody(quote, triple, raw, start, startLine, startLineStart);
      t = this.token('string', text, start, this.pos, startLine, startLineStart);
    }
    this.tokens.push(t);
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
    while (true) {
      if (this.pos >= this.end) this.unterminated(triple, start, line, lineStart);
      if (this.atClose(quote, triple)) {
        this.pos += triple ? 3 : 1;
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
        const hex = this.src.slice(at + 2, at + 2 + n);
        if (hex.length < n || !/^[0-9a-fA-F]+$/.test(hex) || at + 2 + n > this.end) {
          this.fail(
            `(unicode error) truncated \\${next}${'X'.repeat(n)} escape`,
            at,
            this.line,
            this.lineStart,
            2,
          );
        }
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff)
          this.fail(
            '(unicode error) illegal Unicode character',
            at,
            this.line,
            this.lineStart,
            2 + n,
          );
        this.pos += 2 + n;
        return String.fromCodePoint(cp);
      }
      case 'N':
        this.fail(
          '\\N{...} escapes are not part of tgrad: write the character itself',
          at,
          this.line,
          this.lineStart,
          2,
        );
        break;
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
    while (true) {
      if (this.pos >= this.end) this.unterminated(triple, start, line, lineStart);
      if (this.atClose(quote, triple)) {
        this.pos += triple ? 3 : 1;
        if (literal !== '') parts.push(literal);
        return parts;
      }
      const c = this.ch();
      if (c === '{') {
        if (this.ch(1) === '{') {
          literal += '{';
          this.pos += 2;
          continue;
        }
        if (literal !== '') parts.push(literal);
        literal = '';
        parts.push(this.fstringField(quote, triple, start, line, lineStart, 0));
      } else if (c === '}') {
        if (this.ch(1) === '}') {
          literal += '}';
          this.pos += 2;
          continue;
        }
        this.fail("f-string: single '}' is not allowed");
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
    start: number,
    line: number,
    lineStart: number,
    depth: number,
  ): FStringField {
    if (depth > 1) this.fail('f-string: expressions nested too deeply');
    const fieldLine = this.line;
    const fieldCol = this.pos - this.lineStart + 1;
    this.pos++;
    const exprStart = this.pos;
    const exprLine = this.line;
    const exprLineStart = this.lineStart;
    let nesting = 0;
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
        if (!triple && nesting === 0) this.unterminated(false, start, line, lineStart);
        this.newline();
        continue;
      }
      if (c === '#') this.fail("f-string expression part cannot include '#'");
      if (c === '(' || c === '[' || c === '{') nesting++;
      else if (c === ')' || c === ']') nesting--;
      else if (c === '}') {
        if (nesting === 0) {
          exprEnd = this.pos;
          break;
        }
        nesting--;
      } else if (nesting === 0 && c === '!' && this.ch(1) !== '=') {
        exprEnd = this.pos;
        break;
      } else if (nesting === 0 && c === ':') {
        exprEnd = this.pos;
        break;
      } else if (
        nesting === 0 &&
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
      this.fail(`f-string: valid expression required before '${this.ch() || '}'}'`);
    }
    if (this.ch() === '!') {
      const conv = this.ch(1);
      if (conv !== 'r' && conv !== 's' && conv !== 'a') {
        this.fail(
          conv === '' || conv === '}' || conv === ':'
            ? 'f-string: missing conversion character'
            : `f-string: invalid conversion character '${conv}': expected 's', 'r', or 'a'`,
          this.pos + 1,
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
        if (this.atClose(quote, triple)) this.fail("f-string: expecting '}'");
        if (c === '{') {
          if (literal !== '') spec.push(literal);
          literal = '';
          spec.push(this.fstringField(quote, triple, start, line, lineStart, depth + 1));
          continue;
        }
        if (c === '\n' || c === '\r') {
          if (!triple) this.unterminated(false, start, line, lineStart);
          literal += '\n';
          this.newline();
          continue;
        }
        literal += c;
        this.pos++;
      }
      if (literal !== '') spec.push(literal);
    }
    if (this.ch() !== '}') this.fail("f-string: expecting '}'");
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
      if (c === '\\') this.pos += 2;
      else if (c === '\n' || c === '\r') {
        if (!triple) this.unterminated(false, start, line, lineStart);
        this.newline();
      } else this.pos++;
    }
  }
}
