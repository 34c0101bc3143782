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
          if (t.text !== 'pass' && this.exceptStarLoop === this.loopDepth) {
            this.compileStageError(EXCEPT_STAR_EXIT, t);
          }
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
          // CPython reports it at the value it has evaluated when it finds the except* block.
          if (this.functionDepth > 0 && this.exceptStarLoop >= 0) {
            this.compileStageError(EXCEPT_STAR_EXIT, value ?? t);
          }
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
            this.compileStageError('nonlocal declaration not allowed at module level', t, true);
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
        case 'import': {
          const s = importStatement(this.importCursor());
          for (const a of s.names) if (a.target !== null) this.refuseDebugName(a.target.name, s);
          return s;
        }
        case 'from': {
          const s = importFromStatement(this.importCursor());
          for (const a of s.names) if (a.target !== null) this.refuseDebugName(a.target.name, s);
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
        // CPython's '==' hint over the first target, given instead of any bad target's error.
        let hint: Error | null = null;
        const check = (target: A.Expr): void => {
          try {
            this.checkTarget(target, 'assign');
          } catch (e) {
            throw hint ?? e;
          }
        };
        this.refuseYieldTarget(first);
        while (this.eatOp('=')) {
          // In a chain (`a = b = c`) CPython checks each target as its '=' comes, and names a
          // bad one without the "Maybe you meant '=='" hint it gives a single target.
          if (targets.length > 1 || value !== first) {
            for (const target of targets) check(target);
          }
          value = this.assignedValue();
          if (this.atOp('=')) {
            this.refuseYieldTarget(value);
            if (targets.length === 1) hint = this.equalsHint(first, value, false);
            targets.push(value);
          }
        }
        if (targets.length === 1) {
          hint = this.equalsHint(first, value, true);
          check(first);
        }
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
        if (first.type === 'Name') this.refuseDebugName(first.name, first);
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
        if (first.type === 'Name') this.refuseDebugName(first.name, first);
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

  /** A bare yield expression before `=` (`x = yield v = 1`): CPython's own message for it. */
  private refuseYieldTarget(e: A.Expr): void {
    if ((e.type === 'Yield' || e.type === 'YieldFrom') && !this.parenthesizedNodes.has(e)) {
      throw syntaxError('assignment to yield expression not possible', e);
    }
  }

  /**
   * CPython's `==` hint for a failing assignment, from its rules `NAME '=' bitwise_or` and
   * `bitwise_or '=' bitwise_or` not followed by `=` or `:=`, which its parser tries where the
   * statement starts: at `first` (or its last item, when it is a bare tuple) and the operand
   * that starts `second` (the next target, or the value of a single assignment), when
   * something other than `=` follows that operand. `x = a and b = 1`, `f(), y = 1` and
   * `x.y = a, b = f() = 1` get it; the error of the bad target is given when this is null.
   */
  private equalsHint(first: A.Expr, second: A.Expr, single: boolean): Error | null {
    let head = first;
    if (head.type === 'Tuple' && head.elts.length > 0) {
      const [start, last] = [head.elts[0], head.elts[head.elts.length - 1]];
      const bare = start.line === head.line && start.col === head.col;
      if (bare) {
        // `f(), = 1`: a comma, not `=`, follows the last item.
        if (this.trailingCommaTuples.has(head)) return null;
        head = last;
      }
    }
    let operand = second;
    for (;;) {
      if (this.parenthesizedNodes.has(operand)) break;
      if (operand.type === 'BoolOp') operand = operand.values[0];
      else if (operand.type === 'IfExp') operand = operand.body;
      else if (operand.type === 'Compare') operand = operand.left;
      else if (operand.type === 'Tuple' && operand.elts.length > 0) operand = operand.elts[0];
      else break;
    }
    if ((operand === second && !single) || !this.isBitwiseOr(operand)) return null;
    const bracketed = this.parenthesizedNodes.has(head);
    if (head.type === 'Name' && !bracketed) {
      return syntaxError(
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        span(head, operand),
      );
    }
    const display =
      head.type === 'Tuple' ||
      head.type === 'List' ||
      head.type === 'GeneratorExp' ||
      (head.type === 'Constant' &&
        (head.value === true || head.value === false || head.value === null));
    if (display || !this.isBitwiseOr(head)) return null;
    return syntaxError(
      `cannot assign to ${describe(head)} here. Maybe you meant '==' instead of '='?`,
      head,
    );
  }

  /** Whether `e` parses as CPython's `bitwise_or`: not a comparison, `not`, `and`/`or`, lambda, `if`. */
  private isBitwiseOr(e: A.Expr): boolean {
    if (this.parenthesizedNodes.has(e)) return true;
    return !(
      e.type === 'Compare' ||
      e.type === 'BoolOp' ||
      e.type === 'IfExp' ||
      e.type === 'Lambda' ||
      e.type === 'Starred' ||
      e.type === 'NamedExpr' ||
      e.type === 'Yield' ||
      e.type === 'YieldFrom' ||
      (e.type === 'UnaryOp' && e.op === 'not')
    );
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
    const start = this.peek();
    const first = this.starOr(() => this.namedExpression());
    if (!this.atOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atOp(':')) break;
      elts.push(this.starOr(() => this.namedExpression()));
    }
    return this.tuple(elts, start, this.prev());
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

const EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";
