// The parser's cursor over a cell's tokens: look ahead, consume, expect, and say where the
// syntax is wrong, with the nesting cap that keeps deep programs off the JS stack.

import type * as A from './ast';
import { TgradError, type Span } from './errors';
import {
  compileError,
  indentationError,
  MAX_EXPRESSION_DEPTH,
  MAX_PARSE_NESTING,
  syntaxError,
} from './parseSupport';
import type { Token } from './tokens';
import { UNSUPPORTED_KEYWORDS } from './unsupported';

export abstract class TokenCursor {
  protected i = 0;
  protected loopDepth = 0;
  protected functionDepth = 0;
  /**
   * Inside an `except*` block of the function being parsed: the loop depth at its start (a
   * break or continue must stay in a loop opened inside the block); -1 outside one.
   */
  protected exceptStarLoop = -1;
  /** Inside a class body, where `nonlocal` is allowed (the resolver then looks for its binding). */
  protected classDepth = 0;
  /** How many blocks (`if`, `def`, …) enclose the statement being parsed. */
  protected blockDepth = 0;
  /** The file's top-level statements parsed so far (where `from __future__` may go). */
  protected moduleBody: A.Stmt[] | null = null;
  protected nesting: number;
  /**
   * Where a comparison stopped at a `not` that no `in` follows (`if a not b:`): CPython's
   * parser read that `not` as the start of `not in` and fails at the token after it.
   */
  protected strayNotAt = -1;
  /**
   * The first error CPython's compiler reports ('return' outside function…), found while
   * parsing: kept until the whole file has parsed, since any syntax error comes before it.
   */
  protected compileStageFailure: TgradError | null = null;
  /**
   * The first error of CPython's symbol table (a duplicate argument…), which runs over the
   * whole file before the compiler does: it comes before compileStageFailure.
   */
  protected symtableFailure: TgradError | null = null;

  constructor(
    protected readonly src: string,
    protected readonly tokens: Token[],
    protected readonly lexError: TgradError | null,
    nesting = 0,
    /** True while parsing the expression of an f-string field. */
    protected readonly inField = false,
  ) {
    this.nesting = nesting;
  }

  current(): Token {
    return this.tokens[Math.min(this.i, this.tokens.length - 1)];
  }

  protected peek(): Token {
    const t = this.tokens[this.i];
    if (t.kind === 'error') throw this.lexError!;
    return t;
  }

  protected peekAt(offset: number): Token {
    const t = this.tokens[Math.min(this.i + offset, this.tokens.length - 1)];
    return t;
  }

  protected next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.i++;
    return t;
  }

  protected prev(): Token {
    return this.tokens[this.i - 1];
  }

  protected atOp(op: string): boolean {
    const t = this.peek();
    return t.kind === 'op' && t.text === op;
  }

  protected atKeyword(word: string): boolean {
    const t = this.peek();
    return t.kind === 'name' && t.text === word;
  }

  protected eatOp(op: string): boolean {
    if (this.atOp(op)) {
      this.i++;
      return true;
    }
    return false;
  }

  protected eatKeyword(word: string): boolean {
    if (this.atKeyword(word)) {
      this.i++;
      return true;
    }
    return false;
  }

  protected expectOp(op: string, message = `expected '${op}'`): Token {
    const t = this.peek();
    if (t.kind === 'op' && t.text === op) return this.next();
    throw this.errorAt(t, message);
  }

  /** The error for an unexpected token: Python's "invalid syntax", or a kinder one. */
  protected errorAt(t: Token, message = 'invalid syntax'): TgradError {
    if (this.isStrayNot(t)) {
      t = this.tokens[Math.min(this.strayNotAt + 1, this.tokens.length - 1)];
      message = 'invalid syntax';
    }
    if (this.inField && message === 'invalid syntax') message = 'f-string: invalid syntax';
    if (t.endLine === t.line && t.endCol <= t.col) t = { ...t, endCol: t.col + 1 };
    if (t.kind === 'name') {
      const why = UNSUPPORTED_KEYWORDS.get(t.text);
      if (why !== undefined) return syntaxError(why, t);
    }
    if (t.kind === 'indent') return indentationError('unexpected indent', t);
    if (t.kind === 'eof' && message === 'invalid syntax' && !this.inField) {
      return syntaxError('unexpected end of the cell', t);
    }
    return syntaxError(message, t);
  }

  /** Records a compile-stage error (the first one counts); parsing goes on. */
  protected compileStageError(message: string, at: Span, symtable = false): void {
    // CPython 3.11 compiles an f-string's fields while it parses: their errors come at once.
    if (this.inField) throw syntaxError(message, at);
    if (symtable) this.symtableFailure ??= compileError(message, at);
    else this.compileStageFailure ??= compileError(message, at);
  }

  /** `__debug__` bound (assigned, a parameter, imported…) or deleted: CPython's compiler refuses it. */
  protected refuseDebugName(name: string, at: Span, verb: 'assign' | 'delete' = 'assign'): void {
    if (name !== '__debug__') return;
    this.compileStageError(
      verb === 'delete' ? 'cannot delete __debug__' : 'cannot assign to __debug__',
      at,
    );
  }

  /** Whether `t` is the `not` a comparison stopped at (no `in` after it). */
  protected isStrayNot(t: Token): boolean {
    return this.strayNotAt >= 0 && this.tokens[this.strayNotAt] === t;
  }

  protected enter(at: Span): void {
    if (++this.nesting > MAX_PARSE_NESTING) {
      throw syntaxError(
        `this expression is nested too deeply (more than ${MAX_PARSE_NESTING} levels): split it into smaller steps`,
        at,
      );
    }
  }

  protected leave(): void {
    this.nesting--;
  }

  /** The whole first line of a token, for "unexpected indent". */
  protected lineSpan(t: Token): Span {
    let j = this.i;
    while (
      j < this.tokens.length &&
      this.tokens[j].kind !== 'newline' &&
      this.tokens[j].kind !== 'eof'
    )
      j++;
    const end = this.tokens[Math.max(this.i, j - 1)];
    const first = this.tokens[Math.min(this.i + 1, this.tokens.length - 1)];
    return { line: t.line, col: first.col, endLine: end.endLine, endCol: end.endCol };
  }

  protected atLineEnd(): boolean {
    const t = this.peek();
    return t.kind === 'newline' || t.kind === 'eof' || (t.kind === 'op' && t.text === ';');
  }

  protected checkDepth<T extends A.Expr>(node: T): T {
    if (node.depth > MAX_EXPRESSION_DEPTH) {
      throw syntaxError(
        `this expression is too long or nested too deeply (more than ${MAX_EXPRESSION_DEPTH} levels): split it into smaller steps`,
        node,
      );
    }
    return node;
  }
}
