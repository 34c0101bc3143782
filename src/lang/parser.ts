// A recursive-descent parser for the tgrad subset of Python (contract §2), producing the
// tree of ast.ts with file positions on every node. Python's messages are used where Python
// has one ("expected ':'", "invalid syntax. Perhaps you forgot a comma?"); features left
// out of tgrad get a message saying so. Nesting is capped so that neither this parser nor
// the evaluator can exhaust the JS stack on a pathological program.

import type * as A from './ast';
import { TgradError, type Span } from './errors';
import { futureFeatureProblem } from './futureFeatures';
import { importFromStatement, importStatement, type ImportCursor } from './importSyntax';
import { tokenize } from './lexer';
import { matchStatement, type MatchCursor } from './matchSyntax';
import type { FStringField, FStringPart, Token } from './tokens';
import { KEYWORDS } from './tokens';
import { POSITIONAL_ONLY_UNSUPPORTED, UNSUPPORTED_KEYWORDS } from './unsupported';

/** Deepest expression tree accepted: the evaluator recurses once per level. */
export const MAX_EXPRESSION_DEPTH = 400;
/** Deepest nesting of the parser's own recursion (parentheses, unary operators, lambdas). */
const MAX_PARSE_NESTING = 200;

const AUG_OPS: ReadonlyMap<string, A.BinaryOperator> = new Map([
  ['+=', '+'],
  ['-=', '-'],
  ['*=', '*'],
  ['/=', '/'],
  ['//=', '//'],
  ['%=', '%'],
  ['**=', '**'],
  ['@=', '@'],
  ['&=', '&'],
  ['|=', '|'],
  ['^=', '^'],
  ['<<=', '<<'],
  ['>>=', '>>'],
]);

const COMPARE_OPS = new Set(['==', '!=', '<', '<=', '>', '>=']);

function span(from: Span, to: Span): Span {
  return { line: from.line, col: from.col, endLine: to.endLine, endCol: to.endCol };
}

/** True when `t` can begin an expression. */
function startsAnExpression(t: Token): boolean {
  return t.kind === 'name'
    ? !KEYWORDS.has(t.text) || ['True', 'False', 'None', 'not', 'lambda'].includes(t.text)
    : t.kind === 'number' ||
        t.kind === 'string' ||
        t.kind === 'fstring' ||
        (t.kind === 'op' && ['(', '[', '{', '-', '+', '~'].includes(t.text));
}

/**
 * Errors CPython's compiler finds only once the whole file has parsed ('return' outside a
 * function…): any tokenizer error anywhere in the cell is reported before them.
 */
const compileStage = new WeakSet<TgradError>();

function compileError(message: string, at: Span): TgradError {
  const e = syntaxError(message, at);
  compileStage.add(e);
  return e;
}

function syntaxError(message: string, at: Span): TgradError {
  return new TgradError('SyntaxError', message, {
    line: at.line,
    col: at.col,
    endLine: at.endLine,
    endCol: at.endCol,
  });
}

/** Parses a cell (or a whole file) whose first line is file line `firstLine`. */
export function parseModule(code: string, firstLine = 1): A.Module {
  const { tokens, error, overridesFrom } = tokenize(code, 0, code.length, firstLine, 0, false);
  const parser = new Parser(code, tokens, error);
  try {
    return { body: parser.parseFile() };
  } catch (e) {
    if (e instanceof RangeError) {
      const t = parser.current();
      throw syntaxError('this code is nested too deeply to run', t);
    }
    // A syntax error before a tokenizer error CPython reports anyway (see LexResult).
    if (
      e instanceof TgradError &&
      error !== null &&
      (e.line >= overridesFrom || compileStage.has(e))
    ) {
      throw error;
    }
    throw e;
  }
}

/** Parses an f-string field's expression, from its range in the source. */
function parseFieldExpression(src: string, field: FStringField, depth: number): A.Expr {
  const { tokens, error } = tokenize(
    src,
    field.exprStart,
    field.exprEnd,
    field.line,
    field.lineStart,
    true,
  );
  const parser = new Parser(src, tokens, error, depth, true);
  return parser.parseFieldExpression();
}

class Parser {
  private i = 0;
  private loopDepth = 0;
  private functionDepth = 0;
  /** Inside a class body, where `nonlocal` is allowed (the resolver then looks for its binding). */
  private classDepth = 0;
  /** How many blocks (`if`, `def`, …) enclose the statement being parsed. */
  private blockDepth = 0;
  /** The file's top-level statements parsed so far (where `from __future__` may go). */
  private moduleBody: A.Stmt[] | null = null;
  private nesting: number;

  constructor(
    private readonly src: string,
    private readonly tokens: Token[],
    private readonly lexError: TgradError | null,
    nesting = 0,
    /** True while parsing the expression of an f-string field. */
    private readonly inField = false,
  ) {
    this.nesting = nesting;
  }

  // ---- token access ---------------------------------------------------------------------

  current(): Token {
    return this.tokens[Math.min(this.i, this.tokens.length - 1)];
  }

  private peek(): Token {
    const t = this.tokens[this.i];
    if (t.kind === 'error') throw this.lexError!;
    return t;
  }

  private peekAt(offset: number): Token {
    const t = this.tokens[Math.min(this.i + offset, this.tokens.length - 1)];
    return t;
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.i++;
    return t;
  }

  private prev(): Token {
    return this.tokens[this.i - 1];
  }

  private atOp(op: string): boolean {
    const t = this.peek();
    return t.kind === 'op' && t.text === op;
  }

  private atKeyword(word: string): boolean {
    const t = this.peek();
    return t.kind === 'name' && t.text === word;
  }

  private eatOp(op: string): boolean {
    if (this.atOp(op)) {
      this.i++;
      return true;
    }
    return false;
  }

  private eatKeyword(word: string): boolean {
    if (this.atKeyword(word)) {
      this.i++;
      return true;
    }
    return false;
  }

  private expectOp(op: string, message = `expected '${op}'`): Token {
    const t = this.peek();
    if (t.kind === 'op' && t.text === op) return this.next();
    throw this.errorAt(t, message);
  }

  /** The error for an unexpected token: Python's "invalid syntax", or a kinder one. */
  private errorAt(t: Token, message = 'invalid syntax'): TgradError {
    if (this.inField && message === 'invalid syntax') message = 'f-string: invalid syntax';
    if (t.endLine === t.line && t.endCol <= t.col) t = { ...t, endCol: t.col + 1 };
    if (t.kind === 'name') {
      const why = UNSUPPORTED_KEYWORDS.get(t.text);
      if (why !== undefined) return syntaxError(why, t);
    }
    if (t.kind === 'indent') return syntaxError('unexpected indent', t);
    if (t.kind === 'eof' && message === 'invalid syntax' && !this.inField) {
      return syntaxError('unexpected end of the cell', t);
    }
    return syntaxError(message, t);
  }

  private enter(at: Span): void {
    if (++this.nesting > MAX_PARSE_NESTING) {
      throw syntaxError(
        `this expression is nested too deeply (more than ${MAX_PARSE_NESTING} levels): split it into smaller steps`,
        at,
      );
    }
  }

  private leave(): void {
    this.nesting--;
  }

  private checkDepth<T extends A.Expr>(node: T): T {
    if (node.depth > MAX_EXPRESSION_DEPTH) {
      throw syntaxError(
        `this expression is too long or nested too deeply (more than ${MAX_EXPRESSION_DEPTH} levels): split it into smaller steps`,
        node,
      );
    }
    return node;
  }

  // ---- statements -----------------------------------------------------------------------

  parseFile(): A.Stmt[] {
    const body: A.Stmt[] = [];
    this.moduleBody = body;
    while (this.peek().kind !== 'eof') {
      const t = this.peek();
      if (t.kind === 'newline') {
        this.next();
        continue;
      }
      if (t.kind === 'indent') throw syntaxError('unexpected indent', this.lineSpan(t));
      if (t.kind === 'dedent') {
        this.next();
        continue;
      }
      this.statement(body);
    }
    return body;
  }

  parseFieldExpression(): A.Expr {
    const e = this.testListStarExpr(false);
    const t = this.peek();
    if (t.kind !== 'eof') {
      if (t.kind === 'op' && t.text === '=') {
        throw syntaxError("f-string: expecting '}'", t);
      }
      throw this.errorAt(t, "f-string: expecting '}'");
    }
    return e;
  }

  /** The whole first line of a token, for "unexpected indent". */
  private lineSpan(t: Token): Span {
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

  private statement(into: A.Stmt[]): void {
    const t = this.peek();
    if (t.kind === 'name') {
      switch (t.text) {
        case 'if':
          into.push(this.ifStatement());
          return;
        case 'while':
          into.push(this.whileStatement());
          return;
        case 'for':
          into.push(this.forStatement());
          return;
        case 'def':
          into.push(this.functionDef([]));
          return;
        case 'class':
          into.push(this.classDef([]));
          return;
        case 'try':
          into.push(this.tryStatement());
          return;
        case 'with':
          into.push(this.withStatement());
          return;
        case 'match':
          // A soft keyword: `match = 3` and `match(x)` are ordinary statements.
          if (this.opensBlock()) {
            into.push(matchStatement(this.matchCursor()));
            return;
          }
          break;
        case 'elif':
        case 'except':
        case 'finally':
        case 'else':
          throw this.errorAt(t);
      }
      const why = UNSUPPORTED_KEYWORDS.get(t.text);
      if (why !== undefined) throw syntaxError(why, t);
    }
    if (t.kind === 'op' && t.text === '@') {
      into.push(this.decorated());
      return;
    }
    this.simpleStatements(into);
  }

  private simpleStatements(into: A.Stmt[]): void {
    into.push(this.smallStatement());
    while (this.eatOp(';')) {
      if (this.peek().kind === 'newline' || this.peek().kind === 'eof') break;
      into.push(this.smallStatement());
    }
    const t = this.peek();
    if (t.kind === 'newline') {
      this.next();
      return;
    }
    if (t.kind === 'eof') return;
    throw this.errorAt(t);
  }

  /**
   * True when the line from the next token on reads like `match x:` / `case 1:` (a soft
   * keyword opening a block), not like a name in an expression (`match = 3`, `match(x)`).
   */
  private opensBlock(): boolean {
    const second = this.peekAt(1);
    if (second.kind === 'newline' || second.kind === 'eof') return false;
    if (second.kind === 'op' && !['(', '[', '{', '-', '+', '~', '*'].includes(second.text)) {
      return false;
    }
    let j = this.i + 1;
    while (this.tokens[j].kind !== 'newline' && this.tokens[j].kind !== 'eof') j++;
    const last = this.tokens[j - 1];
    return last.kind === 'op' && last.text === ':';
  }

  private smallStatement(): A.Stmt {
    const t = this.peek();
    if (t.kind === 'name') {
      switch (t.text) {
        case 'pass':
        case 'break':
        case 'continue': {
          this.next();
          if (t.text === 'break' && this.loopDepth === 0)
            throw compileError("'break' outside loop", t);
          if (t.text === 'continue' && this.loopDepth === 0) {
            throw compileError("'continue' not properly in loop", t);
          }
          const type = t.text === 'pass' ? 'Pass' : t.text === 'break' ? 'Break' : 'Continue';
          return { type, ...span(t, t) };
        }
        case 'return': {
          this.next();
          if (this.functionDepth === 0) throw compileError("'return' outside function", t);
          const value = this.atLineEnd() ? null : this.testListStarExpr(true);
          return { type: 'Return', value, ...span(t, value ?? t) };
        }
        case 'del': {
          this.next();
          const targets: A.Expr[] = [];
          do {
            if (this.atLineEnd()) break;
            const target = this.bitOr();
            this.checkTarget(target, 'delete');
            targets.push(target);
          } while (this.eatOp(','));
          if (targets.length === 0) throw this.errorAt(this.peek());
          return { type: 'Del', targets, ...span(t, targets[targets.length - 1]) };
        }
        case 'nonlocal': {
          this.next();
          if (this.functionDepth === 0 && this.classDepth === 0) {
            throw compileError('nonlocal declaration not allowed at module level', t);
          }
          const names: string[] = [];
          let last: Token = t;
          do {
            last = this.peek();
            if (last.kind !== 'name' || KEYWORDS.has(last.text)) throw this.errorAt(last);
            this.next();
            names.push(last.text);
          } while (this.eatOp(','));
          return { type: 'Nonlocal', names, ...span(t, last) };
        }
        case 'global':
          return this.globalStatement();
        case 'import':
          return importStatement(this.importCursor());
        case 'from': {
          const s = importFromStatement(this.importCursor());
          if (s.module === '__future__' && s.level === 0) this.checkFuture(s);
          return s;
        }
        case 'raise':
          return this.raiseStatement();
        case 'assert':
          return this.assertStatement();
        case 'lambda':
          break;
        default: {
          const why = UNSUPPORTED_KEYWORDS.get(t.text);
          if (why !== undefined) throw syntaxError(why, t);
        }
      }
    }
    const first = this.atKeyword('yield') ? this.yieldExpr() : this.testListStarExpr(true);
    if (first.type === 'Name' && (first.name === 'print' || first.name === 'exec')) {
      this.legacyStatement(first);
    }
    const op = this.peek();
    if (op.kind === 'op') {
      // `x := 1` alone is invalid syntax; `a.b := 1` names what cannot be its target.
      if (op.text === ':=' && first.type !== 'Name') {
        throw syntaxError(`cannot use assignment expressions with ${describe(first)}`, first);
      }
      if (op.text === '=') {
        const targets = [first];
        let value: A.Expr = first;
        while (this.eatOp('=')) {
          // In a chain (`a = b = c`) CPython checks each target as its '=' comes, and names a
          // bad one without the "Maybe you meant '=='" hint it gives a single target.
          if (targets.length > 1 || value !== first) {
            for (const target of targets) this.checkTarget(target, 'assign');
          }
          value = this.assignedValue();
          if (this.atOp('=')) targets.push(value);
        }
        if (targets.length === 1) this.checkTarget(first, 'assign', true);
        return { type: 'Assign', targets, value, ...span(first, value) };
      }
      const aug = AUG_OPS.get(op.text);
      if (aug !== undefined) {
        this.next();
        if (first.type !== 'Name' && first.type !== 'Attribute' && first.type !== 'Subscript') {
          throw syntaxError(
            `'${describe(first)}' is an illegal expression for augmented assignment`,
            first,
          );
        }
        const value = this.assignedValue();
        return { type: 'AugAssign', target: first, op: aug, value, ...span(first, value) };
      }
      if (op.text === ':') {
        this.next();
        if (first.type !== 'Name' && first.type !== 'Attribute' && first.type !== 'Subscript') {
          throw syntaxError(
            first.type === 'Tuple'
              ? 'only single target (not tuple) can be annotated'
              : `illegal target for annotation`,
            first,
          );
        }
        const annotation = this.annotation();
        let value: A.Expr | null = null;
        if (this.eatOp('=')) value = this.assignedValue();
        return {
          type: 'AnnAssign',
          target: first,
          annotation,
          value,
          ...span(first, value ?? annotation),
        };
      }
    }
    if (first.type === 'Starred') {
      throw syntaxError("can't use starred expression here", first);
    }
    return { type: 'ExprStmt', value: first, ...span(first, first) };
  }

  /** The right side of `=`, `+=` or `x: T =`: an expression list or a yield expression. */
  private assignedValue(): A.Expr {
    return this.atKeyword('yield') ? this.yieldExpr() : this.testListStarExpr(true);
  }

  /** `yield`, `yield a, b`, `yield from it` (where the enclosing scope allows it is checked later). */
  private yieldExpr(): A.Yield | A.YieldFrom {
    const t = this.next();
    if (this.eatKeyword('from')) {
      const value = this.test();
      return this.checkDepth({
        type: 'YieldFrom',
        value,
        depth: value.depth + 1,
        ...span(t, value),
      });
    }
    if (this.atLineEnd() || this.atOp(')') || this.atOp('=')) {
      return { type: 'Yield', value: null, depth: 1, ...span(t, t) };
    }
    const value = this.testListStarExpr(true);
    return this.checkDepth({ type: 'Yield', value, depth: value.depth + 1, ...span(t, value) });
  }

  /** `global a, b`. */
  private globalStatement(): A.Global {
    const t = this.next();
    const names: string[] = [];
    let last: Token = t;
    do {
      last = this.peek();
      if (last.kind !== 'name' || KEYWORDS.has(last.text)) throw this.errorAt(last);
      this.next();
      names.push(last.text);
    } while (this.eatOp(','));
    return { type: 'Global', names, ...span(t, last) };
  }

  /**
   * `from __future__ import …` must come first in the file (after its docstring and other
   * future imports: CPython decides the compiler's behaviour before the rest), and name a
   * feature Python has. A cell is a file here, as a Jupyter cell is for IPython.
   */
  private checkFuture(s: A.ImportFrom): void {
    const body = this.moduleBody;
    const first =
      body !== null &&
      this.blockDepth === 0 &&
      body.every(
        (b, i) =>
          (b.type === 'ImportFrom' && b.module === '__future__' && b.level === 0) ||
          (i === 0 &&
            b.type === 'ExprStmt' &&
            b.value.type === 'Constant' &&
            typeof b.value.value === 'string'),
      );
    if (!first)
      throw compileError('from __future__ imports must occur at the beginning of the file', s);
    for (const alias of s.names) {
      const problem = futureFeatureProblem(alias.name);
      if (problem !== null) {
        throw compileError(problem, {
          line: s.line,
          col: s.col,
          endLine: s.line,
          endCol: s.col + 1,
        });
      }
    }
  }

  private matchCursor(): MatchCursor {
    return {
      peek: () => this.peek(),
      peekAt: (offset) => this.peekAt(offset),
      next: () => this.next(),
      errorAt: (t, message) => this.errorAt(t, message),
      subject: () => this.matchSubject(),
      guard: () => this.namedExpression(),
      strings: () => this.strings(),
      block: (what, header) => this.block(what, header),
      compileError,
    };
  }

  /** `match x:`, `match x, y:`: the subject, a tuple where commas appear. */
  private matchSubject(): A.Expr {
    const first = this.starOr(() => this.namedExpression());
    if (!this.atOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atOp(':')) break;
      elts.push(this.starOr(() => this.namedExpression()));
    }
    return this.tuple(elts, first, this.prev());
  }

  private importCursor(): ImportCursor {
    return {
      peek: () => this.peek(),
      next: () => this.next(),
      errorAt: (t, message) => this.errorAt(t, message),
      inFunction: () => this.functionDepth > 0,
    };
  }

  private atLineEnd(): boolean {
    const t = this.peek();
    return t.kind === 'newline' || t.kind === 'eof' || (t.kind === 'op' && t.text === ';');
  }

  /**
   * Throws CPython's error for an expression that cannot be assigned to (or deleted). `hint`:
   * the target of a single `target = value`, where CPython adds "Maybe you meant '=='" for a
   * bad target that could be the left side of a comparison (not a list or a bracketed tuple).
   */
  private checkTarget(e: A.Expr, verb: 'assign' | 'delete', hint = false): void {
    switch (e.type) {
      case 'Name':
      case 'Attribute':
      case 'Subscript':
        return;
      case 'Tuple':
      case 'List': {
        let starred = 0;
        const bare = e.type === 'Tuple' && e.elts.length > 0 && e.elts[0].col === e.col;
        e.elts.forEach((elt, i) => {
          if (elt.type === 'Starred') {
            if (verb === 'delete') throw syntaxError('cannot delete starred', elt);
            if (++starred > 1)
              throw compileError('multiple starred expressions in assignment', elt);
            this.checkTarget(elt.value, verb);
          } else this.checkTarget(elt, verb, hint && bare && i === e.elts.length - 1);
        });
        return;
      }
      case 'Starred':
        throw syntaxError(
          verb === 'delete'
            ? 'cannot delete starred'
            : 'starred assignment target must be in a list or tuple',
          e,
        );
      case 'Constant':
        if (e.value === true || e.value === false || e.value === null) {
          throw syntaxError(
            `cannot ${verb} to ${e.value === null ? 'None' : e.value ? 'True' : 'False'}`,
            e,
          );
        }
    }
    const suffix = hint ? " here. Maybe you meant '==' instead of '='?" : '';
    throw syntaxError(`cannot ${verb} ${verb === 'assign' ? 'to ' : ''}${describe(e)}${suffix}`, e);
  }

  /** `:` NEWLINE INDENT statements DEDENT, or simple statements on the header's line. */
  private block(what: string, header: Token): A.Stmt[] {
    this.blockDepth++;
    try {
      return this.blockBody(what, header);
    } finally {
      this.blockDepth--;
    }
  }

  private blockBody(what: string, header: Token): A.Stmt[] {
    this.expectOp(':', "expected ':'");
    const body: A.Stmt[] = [];
    if (this.peek().kind !== 'newline') {
      this.simpleStatements(body);
      return body;
    }
    this.next();
    const t = this.peek();
    if (t.kind !== 'indent') {
      throw syntaxError(
        `expected an indented block after ${what} on line ${header.line}`,
        t.kind === 'eof' || t.kind === 'dedent' ? this.prev() : t,
      );
    }
    this.next();
    while (true) {
      const s = this.peek();
      if (s.kind === 'dedent') {
        this.next();
        break;
      }
      if (s.kind === 'eof') break;
      if (s.kind === 'indent') throw syntaxError('unexpected indent', this.lineSpan(s));
      if (s.kind === 'newline') {
        this.next();
        continue;
      }
      this.statement(body);
    }
    return body;
  }

  private lastOf(stmts: A.Stmt[], fallback: Span): Span {
    return stmts.length > 0 ? stmts[stmts.length - 1] : fallback;
  }

  private ifStatement(): A.If {
    const t = this.next();
    const test = this.namedTest();
    const headerEnd = this.peek();
    const body = this.block(`'${t.text}' statement`, t);
    let orelse: A.Stmt[] = [];
    const next = this.peek();
    if (next.kind === 'name' && next.text === 'elif') {
      orelse = [this.ifStatement()];
    } else if (next.kind === 'name' && next.text === 'else') {
      this.next();
      orelse = this.block("'else' statement", next);
    }
    return {
      type: 'If',
      test,
      body,
      orelse,
      headerEndLine: headerEnd.line,
      ...span(t, this.lastOf(orelse, this.lastOf(body, test))),
    };
  }

  /** An `if`/`while` test; `=` there gets Python's hint about `==`. */
  private namedTest(): A.Expr {
    const test = this.namedExpression();
    if (this.atOp('=')) {
      throw syntaxError(
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        span(test, this.peek()),
      );
    }
    return test;
  }

  private loopElse(): A.Stmt[] {
    const next = this.peek();
    if (next.kind === 'name' && next.text === 'else') {
      this.next();
      return this.block("'else' statement", next);
    }
    return [];
  }

  private whileStatement(): A.While {
    const t = this.next();
    const test = this.namedTest();
    this.loopDepth++;
    const body = this.block("'while' statement", t);
    this.loopDepth--;
    const orelse = this.loopElse();
    return {
      type: 'While',
      test,
      body,
      orelse,
      ...span(t, this.lastOf(orelse, this.lastOf(body, test))),
    };
  }

  private forStatement(): A.For {
    const t = this.next();
    const target = this.targetList();
    if (!this.eatKeyword('in')) throw this.errorAt(this.peek());
    const iter = this.testListStarExpr(false);
    this.loopDepth++;
    const body = this.block("'for' statement", t);
    this.loopDepth--;
    const orelse = this.loopElse();
    return {
      type: 'For',
      target,
      iter,
      body,
      orelse,
      ...span(t, this.lastOf(orelse, this.lastOf(body, iter))),
    };
  }

  /** `a`, `a, b`, `i, (x, y)`: loop and comprehension targets (no comparisons). */
  private targetList(): A.Expr {
    const first = this.starOr(() => this.bitOr());
    let target: A.Expr = first;
    if (this.atOp(',')) {
      const elts = [first];
      while (this.eatOp(',')) {
        if (this.atKeyword('in') || this.atOp('=')) break;
        elts.push(this.starOr(() => this.bitOr()));
      }
      target = this.tuple(elts, first, elts[elts.length - 1]);
    }
    this.checkTarget(target, 'assign');
    return target;
  }

  private functionDef(decorators: A.Expr[]): A.FunctionDef {
    const t = this.next();
    const nameTok = this.peek();
    if (nameTok.kind !== 'name' || KEYWORDS.has(nameTok.text)) throw this.errorAt(nameTok);
    this.next();
    this.expectOp('(', "expected '('");
    const params = this.parameters(')', true);
    this.expectOp(')', "expected ')'");
    if (this.eatOp('->')) this.annotation();
    const savedLoop = this.loopDepth;
    this.loopDepth = 0;
    this.functionDepth++;
    const body = this.block(`function definition`, t);
    this.functionDepth--;
    this.loopDepth = savedLoop;
    return {
      type: 'FunctionDef',
      name: nameTok.text,
      params,
      body,
      decorators,
      ...span(t, this.lastOf(body, nameTok)),
    };
  }

  /** A parameter list up to `close` (')' for def, ':' for lambda). */
  private parameters(close: string, annotations: boolean): A.Parameters {
    const params: A.Parameters = {
      args: [],
      defaults: [],
      vararg: null,
      kwonly: [],
      kwDefaults: [],
      kwarg: null,
    };
    const seen = new Set<string>();
    let star = false;
    let bareStar: Token | null = null;
    const param = (): A.Param => {
      const t = this.peek();
      if (t.kind !== 'name' || KEYWORDS.has(t.text)) throw this.errorAt(t);
      this.next();
      if (seen.has(t.text)) {
        throw compileError(`duplicate argument '${t.text}' in function definition`, t);
      }
      seen.add(t.text);
      if (annotations && this.eatOp(':')) this.annotation();
      return { name: t.text, ...span(t, t) };
    };
    while (!this.atOp(close)) {
      if (this.atOp('/')) throw syntaxError(POSITIONAL_ONLY_UNSUPPORTED, this.peek());
      if (this.atOp('**')) {
        this.next();
        params.kwarg = param();
        this.eatOp(',');
        if (!this.atOp(close)) {
          throw syntaxError('arguments cannot follow var-keyword argument', this.peek());
        }
        break;
      }
      if (this.atOp('*')) {
        const starTok = this.next();
        if (star) throw syntaxError('* argument may appear only once', starTok);
        star = true;
        if (this.atOp(',') || this.atOp(close)) bareStar = starTok;
        else params.vararg = param();
      } else {
        const p = param();
        let dflt: A.Expr | null = null;
        if (this.eatOp('=')) dflt = this.test();
        if (star) {
          params.kwonly.push(p);
          params.kwDefaults.push(dflt);
        } else {
          if (dflt !== null) params.defaults.push(dflt);
          else if (params.defaults.length > 0) {
            throw syntaxError('non-default argument follows default argument', p);
          }
          params.args.push(p);
        }
      }
      if (!this.eatOp(',')) break;
    }
    if (bareStar !== null && params.kwonly.length === 0) {
      throw syntaxError('named arguments must follow bare *', bareStar);
    }
    return params;
  }

  // ---- classes, decorators, exceptions and `with` (kept together for easy merging) --------

  /** `@expr` lines, then the `def` or `class` they decorate. */
  private decorated(): A.FunctionDef | A.ClassDef {
    const decorators: A.Expr[] = [];
    while (this.atOp('@')) {
      this.next();
      decorators.push(this.namedTest());
      const end = this.peek();
      if (end.kind !== 'newline') throw this.errorAt(end);
      this.next();
    }
    const t = this.peek();
    if (t.kind === 'name' && t.text === 'def') return this.functionDef(decorators);
    if (t.kind === 'name' && t.text === 'class') return this.classDef(decorators);
    throw this.errorAt(t);
  }

  private classDef(decorators: A.Expr[]): A.ClassDef {
    const t = this.next();
    const nameTok = this.peek();
    if (nameTok.kind !== 'name' || KEYWORDS.has(nameTok.text)) throw this.errorAt(nameTok);
    this.next();
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.atOp('(')) {
      const call = this.call({
        type: 'Name',
        name: nameTok.text,
        depth: 1,
        ...span(nameTok, nameTok),
      });
      const spread = call.keywords.find((k) => k.name === null);
      if (spread !== undefined) {
        throw syntaxError("'**' in a class's keyword arguments is not part of tgrad", spread);
      }
      bases = call.args;
      keywords = call.keywords;
    }
    const savedLoop = this.loopDepth;
    const savedFunction = this.functionDepth;
    this.loopDepth = 0;
    this.functionDepth = 0;
    this.classDepth++;
    const body = this.block('class definition', t);
    this.classDepth--;
    this.loopDepth = savedLoop;
    this.functionDepth = savedFunction;
    return {
      type: 'ClassDef',
      name: nameTok.text,
      bases,
      keywords,
      body,
      decorators,
      ...span(t, this.lastOf(body, nameTok)),
    };
  }

  private tryStatement(): A.Try {
    const t = this.next();
    const body = this.block("'try' statement", t);
    const handlers: A.ExceptHandler[] = [];
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    while (this.atKeyword('except')) {
      const h = this.next();
      let type: A.Expr | null = null;
      let name: string | null = null;
      if (!this.atOp(':')) {
        type = this.testListStarExpr(false);
        if (this.eatKeyword('as')) {
          const n = this.peek();
          if (n.kind !== 'name' || KEYWORDS.has(n.text)) throw this.errorAt(n);
          this.next();
          name = n.text;
        }
      }
      if (handlers.length > 0 && handlers[handlers.length - 1].type === null) {
        throw syntaxError("default 'except:' must be last", handlers[handlers.length - 1]);
      }
      const hbody = this.block("'except' statement", h);
      handlers.push({ type, name, body: hbody, ...span(h, this.lastOf(hbody, h)) });
    }
    if (handlers.length > 0 && this.atKeyword('else')) {
      const e = this.next();
      orelse = this.block("'else' statement", e);
    }
    if (this.atKeyword('finally')) {
      const f = this.next();
      finalbody = this.block("'finally' statement", f);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      throw syntaxError("expected 'except' or 'finally' block", this.peek());
    }
    const last = this.lastOf(
      finalbody,
      this.lastOf(orelse, handlers[handlers.length - 1] ?? body[body.length - 1]),
    );
    return { type: 'Try', body, handlers, orelse, finalbody, ...span(t, last) };
  }

  private withStatement(): A.With {
    const t = this.next();
    const items: A.WithItem[] = [];
    do {
      const context = this.test();
      let target: A.Expr | null = null;
      if (this.eatKeyword('as')) {
        target = this.starOr(() => this.bitOr());
        this.checkTarget(target, 'assign');
      }
      items.push({ context, target });
    } while (this.eatOp(','));
    const body = this.block("'with' statement", t);
    return { type: 'With', items, body, ...span(t, this.lastOf(body, t)) };
  }

  private raiseStatement(): A.Raise {
    const t = this.next();
    if (this.atLineEnd()) return { type: 'Raise', exc: null, cause: null, ...span(t, t) };
    const exc = this.test();
    const cause = this.eatKeyword('from') ? this.test() : null;
    return { type: 'Raise', exc, cause, ...span(t, cause ?? exc) };
  }

  private assertStatement(): A.Assert {
    const t = this.next();
    const test = this.test();
    const msg = this.eatOp(',') ? this.test() : null;
    return { type: 'Assert', test, msg, ...span(t, msg ?? test) };
  }

  // ---- expressions ----------------------------------------------------------------------

  /** `a`, `a, b`, `*a, b` — a bare tuple where commas appear. */
  private testListStarExpr(allowStar: boolean): A.Expr {
    const first = allowStar ? this.starOr(() => this.test()) : this.test();
    if (!this.atOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (
        this.atLineEnd() ||
        this.atOp('=') ||
        this.atOp(')') ||
        (AUG_OPS.has(this.peek().text) && this.peek().kind === 'op')
      ) {
        break;
      }
      if (this.peek().kind === 'op' && this.peek().text === ':') break;
      elts.push(allowStar ? this.starOr(() => this.test()) : this.test());
    }
    return this.tuple(elts, first, this.prev());
  }

  private tuple(elts: A.Expr[], from: Span, to: Span): A.TupleExpr {
    return this.checkDepth({ type: 'Tuple', elts, depth: maxDepth(elts) + 1, ...span(from, to) });
  }

  private starOr(parse: () => A.Expr): A.Expr {
    if (this.atOp('*')) {
      const t = this.next();
      const value = this.bitOr();
      return { type: 'Starred', value, depth: value.depth + 1, ...span(t, value) };
    }
    return parse();
  }

  private test(): A.Expr {
    const t = this.peek();
    this.enter(t);
    try {
      if (t.kind === 'name' && t.text === 'lambda') return this.lambda();
      const body = this.orTest();
      if (this.atKeyword('if')) {
        const save = this.i;
        this.next();
        const cond = this.orTest();
        if (!this.eatKeyword('else')) {
          // `x if c` without else: Python's message.
          this.i = save;
          throw syntaxError("expected 'else' after 'if' expression", span(body, cond));
        }
        const orelse = this.test();
        return this.checkDepth({
          type: 'IfExp',
          test: cond,
          body,
          orelse,
          depth: Math.max(body.depth, cond.depth, orelse.depth) + 1,
          ...span(body, orelse),
        });
      }
      return body;
    } finally {
      this.leave();
    }
  }

  /**
   * An expression where Python allows `name := value` unparenthesised: a parenthesised
   * group's items, list and set items, call arguments, subscripts, `if`/`while` tests.
   */
  private namedExpression(): A.Expr {
    const t = this.peek();
    const op = this.peekAt(1);
    if (t.kind === 'name' && !KEYWORDS.has(t.text) && op.kind === 'op' && op.text === ':=') {
      this.next();
      this.next();
      const target: A.Name = { type: 'Name', name: t.text, depth: 1, ...span(t, t) };
      const value = this.test();
      return this.checkDepth({
        type: 'NamedExpr',
        target,
        value,
        depth: value.depth + 1,
        ...span(t, value),
      });
    }
    const e = this.test();
    if (this.atOp(':=')) {
      throw syntaxError(`cannot use assignment expressions with ${describe(e)}`, e);
    }
    return e;
  }

  private lambda(): A.Lambda {
    const t = this.next();
    const params = this.parameters(':', false);
    this.expectOp(':', "expected ':'");
    const savedLoop = this.loopDepth;
    this.loopDepth = 0;
    const body = this.test();
    this.loopDepth = savedLoop;
    return this.checkDepth({
      type: 'Lambda',
      params,
      body,
      depth: body.depth + 1,
      ...span(t, body),
    });
  }

  private orTest(): A.Expr {
    const first = this.andTest();
    if (!this.atKeyword('or')) return first;
    const values = [first];
    while (this.eatKeyword('or')) values.push(this.andTest());
    return this.checkDepth({
      type: 'BoolOp',
      op: 'or',
      values,
      depth: maxDepth(values) + 1,
      ...span(first, values[values.length - 1]),
    });
  }

  private andTest(): A.Expr {
    const first = this.notTest();
    if (!this.atKeyword('and')) return first;
    const values = [first];
    while (this.eatKeyword('and')) values.push(this.notTest());
    return this.checkDepth({
      type: 'BoolOp',
      op: 'and',
      values,
      depth: maxDepth(values) + 1,
      ...span(first, values[values.length - 1]),
    });
  }

  private notTest(): A.Expr {
    if (this.atKeyword('not')) {
      const t = this.next();
      this.enter(t);
      const operand = this.notTest();
      this.leave();
      return this.checkDepth({
        type: 'UnaryOp',
        op: 'not',
        operand,
        depth: operand.depth + 1,
        ...span(t, operand),
      });
    }
    return this.comparison();
  }

  private comparison(): A.Expr {
    const left = this.bitOr();
    const ops: A.CompareOperator[] = [];
    const comparators: A.Expr[] = [];
    while (true) {
      const t = this.peek();
      let op: A.CompareOperator | null = null;
      if (t.kind === 'op' && COMPARE_OPS.has(t.text)) {
        op = t.text as A.CompareOperator;
        this.next();
      } else if (t.kind === 'name' && t.text === 'in') {
        op = 'in';
        this.next();
      } else if (
        t.kind === 'name' &&
        t.text === 'not' &&
        this.peekAt(1).kind === 'name' &&
        this.peekAt(1).text === 'in'
      ) {
        op = 'not in';
        this.next();
        this.next();
      } else if (t.kind === 'name' && t.text === 'is') {
        this.next();
        op = this.eatKeyword('not') ? 'is not' : 'is';
      }
      if (op === null) break;
      ops.push(op);
      comparators.push(this.bitOr());
    }
    if (ops.length === 0) return left;
    return this.checkDepth({
      type: 'Compare',
      left,
      ops,
      comparators,
      depth: Math.max(left.depth, maxDepth(comparators)) + 1,
      ...span(left, comparators[comparators.length - 1]),
    });
  }

  private binaryLevel(ops: readonly string[], operand: () => A.Expr): A.Expr {
    let left = operand();
    while (true) {
      const t = this.peek();
      if (t.kind !== 'op' || !ops.includes(t.text)) return left;
      this.next();
      const right = operand();
      left = this.checkDepth({
        type: 'BinOp',
        op: t.text as A.BinaryOperator,
        left,
        right,
        depth: Math.max(left.depth, right.depth) + 1,
        ...span(left, right),
      });
    }
  }

  private bitOr(): A.Expr {
    return this.binaryLevel(['|'], () => this.bitXor());
  }
  private bitXor(): A.Expr {
    return this.binaryLevel(['^'], () => this.bitAnd());
  }
  private bitAnd(): A.Expr {
    return this.binaryLevel(['&'], () => this.shift());
  }
  private shift(): A.Expr {
    return this.binaryLevel(['<<', '>>'], () => this.arith());
  }
  private arith(): A.Expr {
    return this.binaryLevel(['+', '-'], () => this.term());
  }
  private term(): A.Expr {
    return this.binaryLevel(['*', '/', '//', '%', '@'], () => this.factor());
  }

  private factor(): A.Expr {
    const t = this.peek();
    if (t.kind === 'op' && (t.text === '-' || t.text === '+' || t.text === '~')) {
      this.next();
      this.enter(t);
      const operand = this.factor();
      this.leave();
      return this.checkDepth({
        type: 'UnaryOp',
        op: t.text as A.UnaryOperator,
        operand,
        depth: operand.depth + 1,
        ...span(t, operand),
      });
    }
    return this.power();
  }

  private power(): A.Expr {
    const base = this.primary();
    if (!this.atOp('**')) return base;
    const t = this.next();
    this.enter(t);
    const exponent = this.factor();
    this.leave();
    return this.checkDepth({
      type: 'BinOp',
      op: '**',
      left: base,
      right: exponent,
      depth: Math.max(base.depth, exponent.depth) + 1,
      ...span(base, exponent),
    });
  }

  private primary(): A.Expr {
    let e = this.atom();
    while (true) {
      const t = this.peek();
      if (t.kind !== 'op') return e;
      if (t.text === '.') {
        this.next();
        const name = this.peek();
        if (name.kind !== 'name') throw this.errorAt(name);
        this.next();
        e = this.checkDepth({
          type: 'Attribute',
          value: e,
          attr: name.text,
          depth: e.depth + 1,
          ...span(e, name),
        });
      } else if (t.text === '(') {
        e = this.call(e);
      } else if (t.text === '[') {
        const open = this.next();
        const index = this.subscriptList();
        const close = this.closeBracket(']', index, open);
        e = this.checkDepth({
          type: 'Subscript',
          value: e,
          index,
          depth: Math.max(e.depth, index.depth) + 1,
          ...span(e, close),
        });
      } else return e;
    }
  }

  private call(func: A.Expr): A.Call {
    const open = this.next();
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    const names = new Set<string>();
    let sawKeywordSplat = false;
    while (!this.atOp(')')) {
      const t = this.peek();
      if (t.kind === 'op' && t.text === '*') {
        if (sawKeywordSplat)
          throw syntaxError('iterable argument unpacking follows keyword argument unpacking', t);
        args.push(this.starOr(() => this.test()));
      } else if (t.kind === 'op' && t.text === '**') {
        this.next();
        const value = this.test();
        keywords.push({ name: null, value, ...span(t, value) });
        sawKeywordSplat = true;
      } else if (
        t.kind === 'name' &&
        !KEYWORDS.has(t.text) &&
        this.peekAt(1).kind === 'op' &&
        this.peekAt(1).text === '='
      ) {
        this.next();
        this.next();
        const value = this.test();
        if (names.has(t.text)) throw compileError(`keyword argument repeated: ${t.text}`, t);
        names.add(t.text);
        keywords.push({ name: t.text, value, ...span(t, value) });
      } else {
        const value = this.namedExpression();
        if (this.atKeyword('for')) {
          const gen = this.comprehension('GeneratorExp', value, value, open);
          if (args.length > 0 || keywords.length > 0 || !this.atOp(')')) {
            if (!this.atOp(')') && !this.atOp(',')) throw this.errorAt(this.peek());
            throw syntaxError('Generator expression must be parenthesized', gen);
          }
          args.push(gen);
          break;
        }
        if (this.atOp('=')) {
          throw syntaxError(
            'expression cannot contain assignment, perhaps you meant "=="?',
            span(value, this.peek()),
          );
        }
        if (keywords.length > 0) {
          throw syntaxError(
            sawKeywordSplat
              ? 'positional argument follows keyword argument unpacking'
              : 'positional argument follows keyword argument',
            value,
          );
        }
        args.push(value);
      }
      if (!this.eatOp(',')) {
        if (!this.atOp(')'))
          this.missingComma(args[args.length - 1] ?? keywords[keywords.length - 1]?.value, open);
        break;
      }
    }
    const close = this.expectOp(')', "expected ')'");
    const parts = [func, ...args, ...keywords.map((k) => k.value)];
    return this.checkDepth({
      type: 'Call',
      func,
      args,
      keywords,
      depth: maxDepth(parts) + 1,
      ...span(func, close),
    });
  }

  /** Inside brackets, two expressions in a row: Python's "Perhaps you forgot a comma?". */
  private missingComma(previous: A.Expr | undefined, open: Token): never {
    const t = this.peek();
    const startsExpression = startsAnExpression(t);
    // CPython gives the hint unless the first expression is a legacy `print`/`exec`, a soft
    // keyword, or a name right before a string (`f"…"`-like).
    const name = previous?.type === 'Name' ? previous.name : null;
    const excluded =
      name !== null &&
      (['print', 'exec', '_', 'match', 'case'].includes(name) ||
        t.kind === 'string' ||
        t.kind === 'fstring');
    if (previous !== undefined && startsExpression && !excluded) {
      throw syntaxError('invalid syntax. Perhaps you forgot a comma?', span(previous, t));
    }
    if (t.kind === 'newline' || t.kind === 'eof')
      throw syntaxError(`'${open.text}' was never closed`, open);
    throw this.errorAt(t);
  }

  /** Python 2's `print "x"`: CPython's "Missing parentheses" message. */
  private legacyStatement(name: A.Name): void {
    if (!startsAnExpression(this.peek())) return;
    const rest = this.testListStarExpr(true);
    throw syntaxError(
      `Missing parentheses in call to '${name.name}'. Did you mean ${name.name}(...)?`,
      span(name, rest),
    );
  }

  /**
   * The closing bracket of a subscript or comprehension that began with `open`. After a
   * comprehension's clauses CPython gives no comma hint, so `previous` is undefined there.
   */
  private closeBracket(closer: string, previous: A.Expr | undefined, open: Token): Token {
    if (!this.atOp(closer)) this.missingComma(previous, open);
    return this.next();
  }

  private subscriptList(): A.Expr {
    const first = this.subscript();
    if (!this.atOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atOp(']')) break;
      elts.push(this.subscript());
    }
    return this.tuple(elts, first, elts[elts.length - 1]);
  }

  private subscript(): A.Expr {
    const start = this.peek();
    let lower: A.Expr | null = null;
    if (!this.atOp(':')) {
      lower = this.starOr(() => this.namedExpression());
      if (!this.atOp(':')) return lower;
    }
    this.next();
    let upper: A.Expr | null = null;
    let step: A.Expr | null = null;
    if (!this.atOp(']') && !this.atOp(',') && !this.atOp(':')) upper = this.test();
    if (this.eatOp(':')) {
      if (!this.atOp(']') && !this.atOp(',')) step = this.test();
    }
    const end = step ?? upper ?? this.prev();
    const parts = [lower, upper, step].filter((x): x is A.Expr => x !== null);
    return {
      type: 'Slice',
      lower,
      upper,
      step,
      depth: maxDepth(parts) + 1,
      ...span(lower ?? start, end),
    };
  }

  private comprehension(
    type: 'ListComp' | 'SetComp' | 'GeneratorExp',
    elt: A.Expr,
    from: Span,
    open: Token,
  ): A.ListComp {
    const generators = this.comprehensionClauses(open);
    const last = generators[generators.length - 1];
    const end = last.ifs.length > 0 ? last.ifs[last.ifs.length - 1] : last.iter;
    const depth =
      Math.max(elt.depth, ...generators.map((g) => Math.max(g.iter.depth, maxDepth(g.ifs)))) + 1;
    return this.checkDepth({ type, elt, generators, depth, ...span(from, end) });
  }

  private comprehensionClauses(open: Token): A.Comprehension[] {
    const generators: A.Comprehension[] = [];
    while (this.atKeyword('for')) {
      this.next();
      const savedLoop = this.loopDepth;
      const target = this.targetList();
      if (!this.eatKeyword('in')) {
        // Inside the brackets, as CPython: `[x for x y]` is a missing comma.
        this.missingComma(target, open);
      }
      const iter = this.orTest();
      const ifs: A.Expr[] = [];
      while (this.atKeyword('if')) {
        this.next();
        ifs.push(this.orTest());
      }
      this.loopDepth = savedLoop;
      generators.push({ target, iter, ifs });
    }
    return generators;
  }

  private atom(): A.Expr {
    const t = this.peek();
    switch (t.kind) {
      case 'name': {
        if (t.text === 'True' || t.text === 'False' || t.text === 'None') {
          this.next();
          return {
            type: 'Constant',
            value: t.text === 'None' ? null : t.text === 'True',
            depth: 1,
            ...span(t, t),
          };
        }
        if (KEYWORDS.has(t.text)) {
          throw this.errorAt(t);
        }
        this.next();
        return { type: 'Name', name: t.text, depth: 1, ...span(t, t) };
      }
      case 'number':
        this.next();
        return { type: 'Constant', value: t.number, depth: 1, ...span(t, t) };
      case 'string':
      case 'fstring':
        return this.strings();
      case 'op':
        switch (t.text) {
          case '(':
            return this.parenthesized();
          case '[':
            return this.listDisplay();
          case '{':
            return this.braceDisplay();
          case '...':
            // Ellipsis: `tuple[int, ...]`, `Callable[..., T]`, a body of `...`.
            this.next();
            return { type: 'Ellipsis', depth: 1, ...span(t, t) };
        }
    }
    throw this.errorAt(t);
  }

  /** An annotation: parsed (a class body's are evaluated into its __annotations__). */
  private annotation(): A.Expr {
    return this.test();
  }

  private parenthesized(): A.Expr {
    const open = this.next();
    if (this.atOp(')')) {
      const close = this.next();
      return { type: 'Tuple', elts: [], depth: 1, ...span(open, close) };
    }
    if (this.atKeyword('yield')) {
      const value = this.yieldExpr();
      this.expectOp(')', "expected ')'");
      return value;
    }
    const first = this.starOr(() => this.namedExpression());
    if (this.atKeyword('for')) {
      const gen = this.comprehension('GeneratorExp', first, open, open);
      const close = this.closeBracket(')', undefined, open);
      return { ...gen, ...span(open, close) };
    }
    if (this.atOp(')')) {
      this.next();
      if (first.type === 'Starred') throw compileError('cannot use starred expression here', first);
      return first;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atOp(')')) break;
      elts.push(this.starOr(() => this.namedExpression()));
    }
    if (!this.atOp(')')) this.missingComma(elts[elts.length - 1], open);
    const close = this.next();
    return this.tuple(elts, open, close);
  }

  private listDisplay(): A.Expr {
    const open = this.next();
    const elts: A.Expr[] = [];
    if (!this.atOp(']')) {
      const first = this.starOr(() => this.namedExpression());
      if (this.atKeyword('for')) {
        const comp = this.comprehension('ListComp', first, open, open);
        const close = this.closeBracket(']', undefined, open);
        return { ...comp, ...span(open, close) };
      }
      elts.push(first);
      while (this.eatOp(',')) {
        if (this.atOp(']')) break;
        elts.push(this.starOr(() => this.namedExpression()));
      }
      if (!this.atOp(']')) this.missingComma(elts[elts.length - 1], open);
    }
    const close = this.next();
    return this.checkDepth({ type: 'List', elts, depth: maxDepth(elts) + 1, ...span(open, close) });
  }

  private braceDisplay(): A.Expr {
    const open = this.next();
    if (this.atOp('}')) {
      const close = this.next();
      return { type: 'Dict', keys: [], values: [], depth: 1, ...span(open, close) };
    }
    // A dict: `key: value, …` or `**m`; a set: `a, b`.
    if (this.atOp('**') || this.isDictStart()) {
      const keys: (A.Expr | null)[] = [];
      const values: A.Expr[] = [];
      const entry = (): void => {
        if (this.eatOp('**')) {
          keys.push(null);
          values.push(this.bitOr());
          return;
        }
        const key = this.test();
        if (!this.eatOp(':')) throw syntaxError("':' expected after dictionary key", key);
        keys.push(key);
        values.push(this.test());
      };
      entry();
      if (this.atKeyword('for') && keys[0] !== null) {
        const generators = this.comprehensionClauses(open);
        const close = this.closeBracket('}', undefined, open);
        const key = keys[0];
        const value = values[0];
        const depth = Math.max(key.depth, value.depth, ...generators.map((g) => g.iter.depth)) + 1;
        return this.checkDepth({
          type: 'DictComp',
          key,
          value,
          generators,
          depth,
          ...span(open, close),
        });
      }
      while (this.eatOp(',')) {
        if (this.atOp('}')) break;
        entry();
      }
      if (!this.atOp('}')) this.missingComma(values[values.length - 1], open);
      const close = this.next();
      const parts = [...keys.filter((k): k is A.Expr => k !== null), ...values];
      return this.checkDepth({
        type: 'Dict',
        keys,
        values,
        depth: maxDepth(parts) + 1,
        ...span(open, close),
      });
    }
    const first = this.starOr(() => this.namedExpression());
    if (this.atKeyword('for')) {
      const comp = this.comprehension('SetComp', first, open, open);
      const close = this.closeBracket('}', undefined, open);
      return { ...comp, ...span(open, close) };
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atOp('}')) break;
      elts.push(this.starOr(() => this.namedExpression()));
    }
    if (!this.atOp('}')) this.missingComma(elts[elts.length - 1], open);
    const close = this.next();
    return this.checkDepth({ type: 'Set', elts, depth: maxDepth(elts) + 1, ...span(open, close) });
  }

  /** True when the brace holds `key: value`: a ':' at bracket depth 0 before ',' or '}'. */
  private isDictStart(): boolean {
    let depth = 0;
    for (let j = this.i; j < this.tokens.length; j++) {
      const t = this.tokens[j];
      if (t.kind === 'eof' || t.kind === 'error') return false;
      if (t.kind === 'name' && t.text === 'lambda' && depth === 0) {
        // `{lambda x: x}` is a set holding a lambda: skip to the lambda's body.
        return false;
      }
      if (t.kind !== 'op') continue;
      if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
      else if (t.text === ')' || t.text === ']' || t.text === '}') {
        if (depth === 0) return false;
        depth--;
      } else if (depth === 0 && t.text === ',') return false;
      else if (depth === 0 && t.text === ':') return true;
    }
    return false;
  }

  /** Adjacent string literals, f-strings among them, concatenated. */
  private strings(): A.Expr {
    const first = this.peek();
    const parts: (string | A.FormattedValue)[] = [];
    let last = first;
    let hasFields = false;
    let text = '';
    while (this.peek().kind === 'string' || this.peek().kind === 'fstring') {
      const t = this.next();
      last = t;
      if (t.kind === 'string') {
        text += t.text;
        continue;
      }
      for (const p of t.parts!) {
        if (typeof p === 'string') text += p;
        else {
          if (text !== '') parts.push(text);
          text = '';
          parts.push(this.formattedValue(p));
          hasFields = true;
        }
      }
    }
    if (!hasFields && first.kind === 'string' && last === first) {
      return { type: 'Constant', value: text, depth: 1, ...span(first, last) };
    }
    if (text !== '') parts.push(text);
    if (!hasFields)
      return { type: 'Constant', value: parts.join(''), depth: 1, ...span(first, last) };
    const depth = Math.max(1, ...parts.map((p) => (typeof p === 'string' ? 0 : p.depth))) + 1;
    return this.checkDepth({ type: 'JoinedStr', parts, depth, ...span(first, last) });
  }

  private formattedValue(field: FStringField): A.FormattedValue {
    const value = parseFieldExpression(this.src, field, this.nesting + 1);
    let spec: A.JoinedStr | null = null;
    const fieldSpan: Span = {
      line: field.fieldLine,
      col: field.fieldCol,
      endLine: field.fieldEndLine,
      endCol: field.fieldEndCol,
    };
    if (field.spec !== null) spec = this.specParts(field.spec, fieldSpan);
    return {
      type: 'FormattedValue',
      value,
      conversion: field.conversion,
      spec,
      debugText: field.debugText,
      depth: Math.max(value.depth, spec?.depth ?? 0) + 1,
      ...fieldSpan,
    };
  }

  private specParts(parts: FStringPart[], at: Span): A.JoinedStr {
    const out: (string | A.FormattedValue)[] = parts.map((p) =>
      typeof p === 'string' ? p : this.formattedValue(p),
    );
    const depth = Math.max(1, ...out.map((p) => (typeof p === 'string' ? 0 : p.depth))) + 1;
    return { type: 'JoinedStr', parts: out, depth, ...at };
  }
}

function maxDepth(nodes: readonly A.Expr[]): number {
  let d = 0;
  for (const n of nodes) if (n.depth > d) d = n.depth;
  return d;
}

/** Python's name for an expression that cannot be assigned to ("function call", "literal"…). */
function describe(e: A.Expr): string {
  switch (e.type) {
    case 'Call':
      return 'function call';
    case 'Constant':
      return e.value === null
        ? 'None'
        : typeof e.value === 'boolean'
          ? e.value
            ? 'True'
            : 'False'
          : 'literal';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Compare':
      return 'comparison';
    case 'Lambda':
      return 'lambda';
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'IfExp':
      return 'conditional expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'Tuple':
      return 'tuple';
    case 'List':
      return 'list';
    default:
      return 'expression';
  }
}
