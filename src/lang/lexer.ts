// Python's tokenizer for the tgrad subset: INDENT/DEDENT from leading spaces, implicit line
// joining inside brackets, backslash continuation, comments, numbers (ints as bigint),
// strings and f-strings (stringLexer.ts). Errors are SyntaxErrors at file positions. Lexing
// stops at the first error and the parser meets it exactly where it would have read the bad
// token, so the first error in the text wins.

import { TgradError } from './errors';
import { LexFailure, type LexWarning } from './lexerCursor';
import { StringLexer } from './stringLexer';
import type { Token } from './tokens';

export type { LexWarning } from './lexerCursor';

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

/**
 * Whether `text` (what follows a number) begins one of the keywords CPython 3.11's tokenizer
 * lets a number run into with a SyntaxWarning (`[1for x in y]`, `0x1for`), as its
 * verify_end_of_number checks them: the whole word, but only two letters for if/in/is.
 */
function keywordAfterNumber(text: string): boolean {
  return /^(?:(?:and|else|for|or|not)(?![A-Za-z0-9_\u0080-\uffff])|i[fns])/.test(text);
}

/**
 * What a tab in indentation means. `refuse`: a SyntaxError (the .tgrad language indents with
 * spaces, contract §2). `python`: CPython's rule for the .py files people share (§8): a tab
 * moves to the next multiple of 8, and a line whose indentation compares differently with
 * tabs counted as 1 column is a TabError.
 */
export type TabRule = 'refuse' | 'python';

/** The tab rule of a file by its name: Python's for .py files and Jupyter notebooks. */
export function tabRuleOf(fileName: string): TabRule {
  return /\.(py|ipynb)$/i.test(fileName) ? 'python' : 'refuse';
}

/** CPython's tab stops (tokenizer.c's tabsize; its consistency check counts a tab as 1). */
const TAB_SIZE = 8;

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
  tabs: TabRule = 'refuse',
): LexResult {
  const lexer = new Lexer(src, start, end, line, lineStart, nested, tabs);
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

class Lexer extends StringLexer {
  private readonly indents = [0];
  /** Each level's width with tabs counted as one column (CPython's altindstack). */
  private readonly altIndents = [0];
  private readonly brackets: Bracket[] = [];

  constructor(
    src: string,
    pos: number,
    end: number,
    line: number,
    lineStart: number,
    private readonly nested: boolean,
    private readonly tabs: TabRule,
  ) {
    super(src, pos, end, line, lineStart);
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
    let altWidth = 0;
    let tabAt = -1;
    while (this.pos < this.end) {
      const c = this.ch();
      if (c === ' ') {
        width++;
        altWidth++;
      } else if (c === '\t') {
        if (tabAt < 0) tabAt = this.pos;
        width = (Math.floor(width / TAB_SIZE) + 1) * TAB_SIZE;
        altWidth++;
      } else if (c === '\f') width = altWidth = 0;
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
    if (tabAt >= 0 && this.tabs === 'refuse') {
      this.fail(
        'tabs are not allowed in indentation: indent with spaces only',
        tabAt,
        this.line,
        this.lineStart,
        1,
        Infinity,
      );
    }
    const top = this.indents.length - 1;
    const current = this.indents[top];
    if (width === current) {
      if (altWidth !== this.altIndents[top]) this.inconsistentTabs();
    } else if (width > current) {
      // Python's tokenizer limit; it also keeps nested blocks within the JS stack.
      if (this.indents.length > 100) this.fail('too many levels of indentation', this.pos);
      if (altWidth <= this.altIndents[top]) this.inconsistentTabs();
      this.indents.push(width);
      this.altIndents.push(altWidth);
      const t = this.token('indent', '', this.pos, this.pos);
      t.col = 1;
      this.tokens.push(t);
    } else {
      while (width < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
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
      if (altWidth !== this.altIndents[this.altIndents.length - 1]) this.inconsistentTabs();
    }
    return false;
  }

  /** CPython's TabError: this line's indentation reads differently with tabs as 1 column. */
  private inconsistentTabs(): never {
    return this.fail(
      'inconsistent use of tabs and spaces in indentation',
      this.lineStart,
      this.line,
      this.lineStart,
      1,
      Infinity,
      'TabError',
    );
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
}
