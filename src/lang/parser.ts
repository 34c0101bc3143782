// A recursive-descent parser for the tgrad subset of Python (contract §2), producing the
// tree of ast.ts with file positions on every node. Python's messages are used where Python
// has one ("expected ':'", "invalid syntax. Perhaps you forgot a comma?"); features left
// out of tgrad get a message saying so. Nesting is capped so that neither this parser nor
// the evaluator can exhaust the JS stack on a pathological program.

import type * as A from './ast';
import { TgradError, type Span } from './errors';
import { tokenize, type LexWarning, type TabRule } from './lexer';
import { matchStatement } from './matchSyntax';
import { compileStage, indentationError, span, syntaxError } from './parseSupport';
import type { FStringField, Token } from './tokens';
import { KEYWORDS } from './tokens';
import { SimpleStatementParser } from './simpleStatementParser';
import { UNSUPPORTED_KEYWORDS } from './unsupported';

export { MAX_EXPRESSION_DEPTH } from './parseSupport';

/**
 * Parses a cell (or a whole file) whose first line is file line `firstLine`; `tabs` says what
 * a tab in indentation means (lexer.ts).
 */
export function parseModule(code: string, firstLine = 1, tabs: TabRule = 'refuse'): A.Module {
  const { tokens, error, overridesFrom, warnings } = tokenize(
    code,
    0,
    code.length,
    firstLine,
    0,
    false,
    tabs,
  );
  const parser = new Parser(code, tokens, error);
  try {
    const body = parser.parseFile();
    // An f-string field's own warnings (`f"{1if x else 2}"`) take their place by position.
    const all = [...warnings, ...parser.fieldWarnings].sort(
      (a, b) => a.line - b.line || a.col - b.col,
    );
    return all.length > 0 ? { body, tokenWarnings: all } : { body };
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

class Parser extends SimpleStatementParser {
  /** The tokenizer's warnings in the f-string fields parsed so far (nested ones included). */
  readonly fieldWarnings: LexWarning[] = [];

  /** Parses an f-string field's expression, from its range in the source. */
  protected fieldExpression(field: FStringField, depth: number): A.Expr {
    const { tokens, error, warnings } = tokenize(
      this.src,
      field.exprStart,
      field.exprEnd,
      field.line,
      field.lineStart,
      true,
    );
    const parser = new Parser(this.src, tokens, error, depth, true);
    let e: A.Expr;
    try {
      e = parser.parseFieldExpression();
    } catch (err) {
      if (!(err instanceof TgradError) || err.name !== 'SyntaxError') throw err;
      throw this.parenthesizedFieldError(field, depth) ?? err;
    }
    this.compileStageFailure ??= parser.compileStageFailure;
    this.symtableFailure ??= parser.symtableFailure;
    this.fieldWarnings.push(...warnings, ...parser.fieldWarnings);
    return e;
  }

  /**
   * CPython 3.11 parses a field's expression as the text `(expr)` on its own: its syntax
   * error says "f-string: …" and stands at the column in that text, on the f-string's line.
   */
  private parenthesizedFieldError(field: FStringField, depth: number): TgradError | null {
    const text = `(${this.src.slice(field.exprStart, field.exprEnd)})`;
    const { tokens, error } = tokenize(text, 0, text.length, 1, 0, true);
    try {
      new Parser(text, tokens, error, depth, true).parseFieldExpression();
    } catch (err) {
      if (!(err instanceof TgradError) || err.name !== 'SyntaxError') return null;
      const message = err.message.startsWith('f-string') ? err.message : `f-string: ${err.message}`;
      return syntaxError(message, {
        line: field.line + err.line - 1,
        col: err.col,
        endLine: field.line + err.endLine - 1,
        endCol: err.endCol,
      });
    }
    return null;
  }

  parseFile(): A.Stmt[] {
    const body: A.Stmt[] = [];
    this.moduleBody = body;
    while (this.peek().kind !== 'eof') {
      const t = this.peek();
      if (t.kind === 'newline') {
        this.next();
        continue;
      }
      if (t.kind === 'indent') throw indentationError('unexpected indent', this.lineSpan(t));
      if (t.kind === 'dedent') {
        this.next();
        continue;
      }
      this.statement(body);
    }
    const failure = this.symtableFailure ?? this.compileStageFailure;
    if (failure !== null) throw failure;
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

  protected statement(into: A.Stmt[]): void {
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

  /** `:` NEWLINE INDENT statements DEDENT, or simple statements on the header's line. */
  protected block(what: string, header: Token): A.Stmt[] {
    this.blockDepth++;
    try {
      return this.blockBody(what, header);
    } finally {
      this.blockDepth--;
    }
  }

  protected blockBody(what: string, header: Token): A.Stmt[] {
    this.expectOp(':', "expected ':'");
    const body: A.Stmt[] = [];
    if (this.peek().kind !== 'newline') {
      this.simpleStatements(body);
      return body;
    }
    this.next();
    const t = this.peek();
    if (t.kind !== 'indent') {
      throw indentationError(
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
      if (s.kind === 'indent') throw indentationError('unexpected indent', this.lineSpan(s));
      if (s.kind === 'newline') {
        this.next();
        continue;
      }
      this.statement(body);
    }
    return body;
  }

  protected lastOf(stmts: A.Stmt[], fallback: Span): Span {
    return stmts.length > 0 ? stmts[stmts.length - 1] : fallback;
  }

  protected ifStatement(): A.If {
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
  protected namedTest(): A.Expr {
    const test = this.namedExpression();
    if (this.atOp('=')) {
      throw syntaxError(
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        span(test, this.peek()),
      );
    }
    return test;
  }

  protected loopElse(): A.Stmt[] {
    const next = this.peek();
    if (next.kind === 'name' && next.text === 'else') {
      this.next();
      return this.block("'else' statement", next);
    }
    return [];
  }

  protected whileStatement(): A.While {
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

  protected forStatement(): A.For {
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

  protected functionDef(decorators: A.Expr[]): A.FunctionDef {
    const t = this.next();
    const nameTok = this.peek();
    if (nameTok.kind !== 'name' || KEYWORDS.has(nameTok.text)) throw this.errorAt(nameTok);
    // CPython's compiler places a definition's __debug__ errors at the statement.
    this.refuseDebugName(nameTok.text, t);
    this.next();
    this.expectOp('(', "expected '('");
    const params = this.parameters(')', true, t);
    this.expectOp(')', "expected ')'");
    const returns = this.eatOp('->') ? this.annotation() : null;
    const savedLoop = this.loopDepth;
    const savedStar = this.exceptStarLoop;
    this.loopDepth = 0;
    this.exceptStarLoop = -1;
    this.functionDepth++;
    const body = this.block(`function definition`, t);
    this.functionDepth--;
    this.loopDepth = savedLoop;
    this.exceptStarLoop = savedStar;
    return {
      type: 'FunctionDef',
      name: nameTok.text,
      params,
      returns,
      body,
      decorators,
      ...span(t, this.lastOf(body, nameTok)),
    };
  }

  /** A parameter list up to `close` (')' for def, ':' for lambda), of the def or lambda `owner`. */
  protected parameters(close: string, annotations: boolean, owner: Span): A.Parameters {
    const params: A.Parameters = {
      args: [],
      posonly: 0,
      defaults: [],
      vararg: null,
      kwonly: [],
      kwDefaults: [],
      kwarg: null,
    };
    const seen = new Set<string>();
    let star = false;
    let slashSeen = false;
    let bareStar: Token | null = null;
    const param = (): A.Param => {
      const t = this.peek();
      if (t.kind !== 'name' || KEYWORDS.has(t.text)) throw this.errorAt(t);
      this.next();
      if (seen.has(t.text)) {
        this.compileStageError(`duplicate argument '${t.text}' in function definition`, t, true);
      }
      this.refuseDebugName(t.text, owner);
      seen.add(t.text);
      const annotation = annotations && this.eatOp(':') ? this.annotation() : null;
      return { name: t.text, annotation, ...span(t, t) };
    };
    while (!this.atOp(close)) {
      if (this.atOp('/')) {
        const slash = this.next();
        if (slashSeen) throw syntaxError('/ may appear only once', slash);
        if (star) throw syntaxError('/ must be ahead of *', slash);
        if (params.args.length === 0) {
          throw syntaxError('at least one argument must precede /', slash);
        }
        slashSeen = true;
        params.posonly = params.args.length;
        if (!this.eatOp(',')) break;
        continue;
      }
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

  /** `@expr` lines, then the `def` or `class` they decorate. */
  protected decorated(): A.FunctionDef | A.ClassDef {
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

  protected classDef(decorators: A.Expr[]): A.ClassDef {
    const t = this.next();
    const nameTok = this.peek();
    if (nameTok.kind !== 'name' || KEYWORDS.has(nameTok.text)) throw this.errorAt(nameTok);
    this.refuseDebugName(nameTok.text, t);
    this.next();
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.atOp('(')) {
      // `from` the class statement: where CPython places a `__debug__=` keyword's error.
      const call = this.call(
        { type: 'Name', name: nameTok.text, depth: 1, ...span(nameTok, nameTok) },
        t,
      );
      const spread = call.keywords.find((k) => k.name === null);
      if (spread !== undefined) {
        throw syntaxError("'**' in a class's keyword arguments is not part of tgrad", spread);
      }
      bases = call.args;
      keywords = call.keywords;
    }
    const savedLoop = this.loopDepth;
    const savedFunction = this.functionDepth;
    const savedStar = this.exceptStarLoop;
    this.loopDepth = 0;
    this.functionDepth = 0;
    this.exceptStarLoop = -1;
    this.classDepth++;
    const body = this.block('class definition', t);
    this.classDepth--;
    this.loopDepth = savedLoop;
    this.exceptStarLoop = savedStar;
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

  protected tryStatement(): A.Try {
    const t = this.next();
    const body = this.block("'try' statement", t);
    const handlers: A.ExceptHandler[] = [];
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    let star: boolean | null = null;
    while (this.atKeyword('except')) {
      const h = this.next();
      let type: A.Expr | null = null;
      let name: string | null = null;
      const starTok = this.atOp('*') ? this.next() : null;
      if (star !== null && star !== (starTok !== null)) {
        throw syntaxError(
          "cannot have both 'except' and 'except*' on the same 'try'",
          starTok === null ? h : { ...h, endLine: starTok.endLine, endCol: starTok.endCol },
        );
      }
      star = starTok !== null;
      if (starTok !== null && this.atOp(':')) {
        throw syntaxError('expected one or more exception types', this.peek());
      }
      if (!this.atOp(':')) {
        type = this.testListStarExpr(false);
        if (this.eatKeyword('as')) {
          const n = this.peek();
          if (n.kind !== 'name' || KEYWORDS.has(n.text)) throw this.errorAt(n);
          this.next();
          this.refuseDebugName(n.text, n);
          name = n.text;
        }
      }
      if (handlers.length > 0 && handlers[handlers.length - 1].type === null) {
        throw syntaxError("default 'except:' must be last", handlers[handlers.length - 1]);
      }
      // break, continue and return may not leave an except* block (CPython's compiler).
      const savedStar = this.exceptStarLoop;
      if (star) this.exceptStarLoop = this.loopDepth;
      const hbody = this.block(star ? "'except*' statement" : "'except' statement", h);
      this.exceptStarLoop = savedStar;
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
    return {
      type: 'Try',
      body,
      star: star === true,
      handlers,
      orelse,
      finalbody,
      ...span(t, last),
    };
  }

  protected withStatement(): A.With {
    const t = this.next();
    let items = this.atOp('(') ? this.parenthesizedWithItems() : null;
    if (items === null) {
      items = [];
      do items.push(this.withItem());
      while (this.eatOp(','));
    }
    const body = this.block("'with' statement", t);
    return { type: 'With', items, body, ...span(t, this.lastOf(body, t)) };
  }

  protected withItem(): A.WithItem {
    const context = this.test();
    let target: A.Expr | null = null;
    if (this.eatKeyword('as')) {
      target = this.starOr(() => this.bitOr());
      this.checkTarget(target, 'assign');
    }
    return { context, target };
  }

  /**
   * `with (a as x, b as y,):` (Python 3.10's grammar, tried first as CPython's PEG parser
   * does), or null with the cursor back at the `(` when the parenthesis opens an expression
   * instead (`with (a) as x:`, `with (yield):`).
   */
  protected parenthesizedWithItems(): A.WithItem[] | null {
    const save = this.i;
    try {
      this.next();
      const items: A.WithItem[] = [];
      while (!this.atOp(')')) {
        items.push(this.withItem());
        if (!this.eatOp(',')) break;
      }
      if (items.length > 0 && this.eatOp(')') && this.atOp(':')) return items;
    } catch (e) {
      if (!(e instanceof TgradError)) throw e;
    }
    this.i = save;
    return null;
  }
}
