// What the tokenizer's parts share: the position in the text, the line it is on, the tokens
// made so far, and failing with a SyntaxError at a file position.

import { TgradError } from './errors';
import type { Token, TokenKind } from './tokens';

/** Thrown inside the lexer and turned into its `error`. */
export class LexFailure {
  constructor(
    readonly error: TgradError,
    /** See LexResult.overridesFrom. */
    readonly overridesFrom = 0,
  ) {}
}

/** A tokenizer SyntaxWarning: its file line and message. */
export interface LexWarning {
  line: number;
  col: number;
  message: string;
}

export class LexerCursor {
  readonly tokens: Token[] = [];
  readonly warnings: LexWarning[] = [];

  constructor(
    protected readonly src: string,
    public pos: number,
    protected readonly end: number,
    protected line: number,
    protected lineStart: number,
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

  protected fail(
    message: string,
    at = this.pos,
    line = this.line,
    lineStart = this.lineStart,
    length = 1,
    overridesFrom = 0,
    kind: 'SyntaxError' | 'IndentationError' | 'TabError' = 'SyntaxError',
  ): never {
    const col = at - lineStart + 1;
    throw new LexFailure(
      new TgradError(kind, message, { line, col, endLine: line, endCol: col + length }),
      overridesFrom,
    );
  }

  protected ch(offset = 0): string {
    const i = this.pos + offset;
    return i < this.end ? this.src[i] : '';
  }

  /** Consumes the line ending at pos (\n, \r\n or \r) and starts a new line. */
  protected newline(): void {
    if (this.src[this.pos] === '\r' && this.src[this.pos + 1] === '\n') this.pos += 2;
    else this.pos += 1;
    this.line += 1;
    this.lineStart = this.pos;
  }
}
