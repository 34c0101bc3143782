// Python's simple statements: assignments (augmented and annotated too), del, pass, return,
// global/nonlocal, import and `from __future__`, raise, assert, and the cursors the import
// and match grammars (importSyntax.ts, matchSyntax.ts) read tokens through.

import type * as A from './ast';
import { futureFeatureProblem } from './futureFeatures';
import { importFromStatement, importStatement, type ImportCursor } from './importSyntax';
import type { MatchCursor } from './matchSyntax';
import { AUG_OPS, describe, span, syntaxError } from './parseSupport';
import type { Token } from './tokens';
import { KEYWORDS } from './tokens';
import { AtomParser } from './atomParser';
import { UNSUPPORTED_KEYWORDS } from './unsupported';

export abstract class SimpleStatementParser extends AtomParser {
  /** An indented block (parser.ts), for `match`'s cases. */
  protected abstract block(what: string, header: Token): A.Stmt[];

  protected simpleStatements(into: A.Stmt[]): void {
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
  protected opensBlock(): boolean {
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

  protected smallStatement(): A.Stmt {
    const t = this.peek();
    if (t.kind === 'name') {
      switch (t.text) {
        case 'pass':
        case 'break':
        case 'continue': {
          this.next();
          if (t.text === 'break' && this.loopDepth === 0)
            this.compileStageError("'break' outside loop", t);
          if (t.text === 'continue' && this.loopDepth === 0) {
            this.compileStageError("'continue' not properly in loop", t);
          }
          const type = t.text === 'pass' ? 'Pass' : t.text === 'break' ? 'Break' : 'Continue';
          return { type, ...span(t, t) };
        }
        case 'return': {
          this.next();
          if (this.functionDepth === 0) this.compileStageError("'return' outside function", t);
          const value = this.atLineEnd() ? null : this.testListStarExpr(true);
          return { type: 'Return', value, ...span(t, value ?? t) };
        }
        case 'del': {
          this.next();
          const targets: A.Expr[] = [];
          do {
            if (this.atLineEnd()) break;
            // A full expression, so that a bad target gets CPython's name for it (`del a if b
            // else c`: "cannot delete conditional expression"), not "invalid syntax".
            const target = this.starOr(() => this.test());
            this.checkTarget(target, 'delete');
            targets.push(target);
          } while (this.eatOp(','));
          if (targets.length === 0) throw this.errorAt(this.peek());
          return { type: 'Del', targets, ...span(t, targets[targets.length - 1]) };
        }
        case 'nonlocal': {
          this.next();
          if (this.functionDepth === 0 && this.classDepth === 0) {
            this.compileStageError('nonlocal declaration not allowed at module level', t);
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
      this.compileStageError("can't use starred expression here", first);
    }
    return { type: 'ExprStmt', value: first, ...span(first, first) };
  }

  /** The right side of `=`, `+=` or `x: T =`: an expression list or a yield expression. */
  protected assignedValue(): A.Expr {
    return this.atKeyword('yield') ? this.yieldExpr() : this.testListStarExpr(true);
  }

  /** `global a, b`. */
  protected globalStatement(): A.Global {
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
  protected checkFuture(s: A.ImportFrom): void {
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
    if (!first) {
      this.compileStageError('from __future__ imports must occur at the beginning of the file', s);
      return;
    }
    for (const alias of s.names) {
      const problem = futureFeatureProblem(alias.name);
      if (problem !== null) {
        this.compileStageError(problem, {
          line: s.line,
          col: s.col,
          endLine: s.line,
          endCol: s.col + 1,
        });
        return;
      }
    }
  }

  protected matchCursor(): MatchCursor {
    return {
      peek: () => this.peek(),
      peekAt: (offset) => this.peekAt(offset),
      next: () => this.next(),
      errorAt: (t, message) => this.errorAt(t, message),
      subject: () => this.matchSubject(),
      guard: () => this.namedExpression(),
      strings: () => this.strings(),
      block: (what, header) => this.block(what, header),
      compileError: (message, at) => this.compileStageError(message, at),
    };
  }

  /** `match x:`, `match x, y:`: the subject, a tuple where commas appear. */
  protected matchSubject(): A.Expr {
    const first = this.starOr(() => this.namedExpression());
    if (!this.atOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atOp(':')) break;
      elts.push(this.starOr(() => this.namedExpression()));
    }
    return this.tuple(elts, first, this.prev());
  }

  protected importCursor(): ImportCursor {
    return {
      peek: () => this.peek(),
      next: () => this.next(),
      errorAt: (t, message) => this.errorAt(t, message),
      inFunction: () => this.functionDepth > 0,
    };
  }

  /**
   * Throws CPython's error for an expression that cannot be assigned to (or deleted). `hint`:
   * the target of a single `target = value`, where CPython adds "Maybe you meant '=='" for a
   * bad target that could be the left side of a comparison (not a list or a bracketed tuple).
   */

  protected raiseStatement(): A.Raise {
    const t = this.next();
    if (this.atLineEnd()) return { type: 'Raise', exc: null, cause: null, ...span(t, t) };
    const exc = this.test();
    const cause = this.eatKeyword('from') ? this.test() : null;
    return { type: 'Raise', exc, cause, ...span(t, cause ?? exc) };
  }

  protected assertStatement(): A.Assert {
    const t = this.next();
    const test = this.test();
    const msg = this.eatOp(',') ? this.test() : null;
    return { type: 'Assert', test, msg, ...span(t, msg ?? test) };
  }
}
