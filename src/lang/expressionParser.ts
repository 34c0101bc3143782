// Python's expression grammar from the top down to the power operator: tuples, conditional
// expressions, lambdas, `:=`, yield, boolean and comparison chains and the binary operators,
// each level with Python's precedence and CPython's messages; and what may be assigned to.

import type * as A from './ast';
import { type Span } from './errors';
import { AUG_OPS, COMPARE_OPS, describe, maxDepth, span, syntaxError } from './parseSupport';
import { KEYWORDS } from './tokens';
import { TokenCursor } from './tokenCursor';

export abstract class ExpressionParser extends TokenCursor {
  /** Expressions written in parentheses (`(a < b)`): CPython's target errors tell them apart. */
  protected readonly parenthesizedNodes = new WeakSet<A.Expr>();
  /** Bare tuples written with a comma after their last item (`a, b, = …`). */
  protected readonly trailingCommaTuples = new WeakSet<A.Expr>();
  /** The primaries below the power operator (atomParser.ts). */
  protected abstract primary(): A.Expr;
  /** A parameter list, shared by `def` and `lambda` (parser.ts). */
  protected abstract parameters(close: string, annotations: boolean, owner: Span): A.Parameters;

  /** `a`, `a, b`, `*a, b` — a bare tuple where commas appear. */
  protected testListStarExpr(allowStar: boolean): A.Expr {
    const start = this.peek();
    const first = allowStar ? this.starOr(() => this.test()) : this.test();
    if (!this.atOp(',')) return first;
    const elts = [first];
    let trailingComma = false;
    while (this.eatOp(',')) {
      trailingComma =
        this.atLineEnd() ||
        this.atOp('=') ||
        this.atOp(')') ||
        (AUG_OPS.has(this.peek().text) && this.peek().kind === 'op') ||
        (this.peek().kind === 'op' && this.peek().text === ':');
      if (trailingComma) break;
      elts.push(allowStar ? this.starOr(() => this.test()) : this.test());
    }
    const tuple = this.tuple(elts, start, this.prev());
    if (trailingComma) this.trailingCommaTuples.add(tuple);
    return tuple;
  }

  protected tuple(elts: A.Expr[], from: Span, to: Span): A.TupleExpr {
    return this.checkDepth({ type: 'Tuple', elts, depth: maxDepth(elts) + 1, ...span(from, to) });
  }

  protected starOr(parse: () => A.Expr): A.Expr {
    if (this.atOp('*')) {
      const t = this.next();
      const value = this.bitOr();
      return { type: 'Starred', value, depth: value.depth + 1, ...span(t, this.prev()) };
    }
    return parse();
  }

  protected test(): A.Expr {
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
          ...span(t, this.prev()),
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
  protected namedExpression(): A.Expr {
    const t = this.peek();
    const op = this.peekAt(1);
    if (t.kind === 'name' && !KEYWORDS.has(t.text) && op.kind === 'op' && op.text === ':=') {
      this.next();
      this.next();
      const target: A.Name = { type: 'Name', name: t.text, depth: 1, ...span(t, t) };
      this.refuseDebugName(t.text, t);
      const value = this.test();
      return this.checkDepth({
        type: 'NamedExpr',
        target,
        value,
        depth: value.depth + 1,
        ...span(t, this.prev()),
      });
    }
    const e = this.test();
    if (this.atOp(':=')) {
      throw syntaxError(`cannot use assignment expressions with ${describe(e)}`, e);
    }
    return e;
  }

  protected lambda(): A.Lambda {
    const t = this.next();
    const params = this.parameters(':', false, t);
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
      ...span(t, this.prev()),
    });
  }

  protected orTest(): A.Expr {
    const start = this.peek();
    const first = this.andTest();
    if (!this.atKeyword('or')) return first;
    const values = [first];
    while (this.eatKeyword('or')) values.push(this.andTest());
    return this.checkDepth({
      type: 'BoolOp',
      op: 'or',
      values,
      depth: maxDepth(values) + 1,
      ...span(start, this.prev()),
    });
  }

  protected andTest(): A.Expr {
    const start = this.peek();
    const first = this.notTest();
    if (!this.atKeyword('and')) return first;
    const values = [first];
    while (this.eatKeyword('and')) values.push(this.notTest());
    return this.checkDepth({
      type: 'BoolOp',
      op: 'and',
      values,
      depth: maxDepth(values) + 1,
      ...span(start, this.prev()),
    });
  }

  protected notTest(): A.Expr {
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
        ...span(t, this.prev()),
      });
    }
    return this.comparison();
  }

  protected comparison(): A.Expr {
    // An operator's node starts where its left operand does, a parenthesis included, as in
    // CPython's AST: `(a) < b` fails at the `(`.
    const start = this.peek();
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
      } else if (t.kind === 'name' && t.text === 'not') {
        this.strayNotAt = this.i;
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
      ...span(start, this.prev()),
    });
  }

  protected binaryLevel(ops: readonly string[], operand: () => A.Expr): A.Expr {
    const start = this.peek();
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
        ...span(start, this.prev()),
      });
    }
  }

  protected bitOr(): A.Expr {
    return this.binaryLevel(['|'], () => this.bitXor());
  }

  protected bitXor(): A.Expr {
    return this.binaryLevel(['^'], () => this.bitAnd());
  }

  protected bitAnd(): A.Expr {
    return this.binaryLevel(['&'], () => this.shift());
  }

  protected shift(): A.Expr {
    return this.binaryLevel(['<<', '>>'], () => this.arith());
  }

  protected arith(): A.Expr {
    return this.binaryLevel(['+', '-'], () => this.term());
  }

  protected term(): A.Expr {
    return this.binaryLevel(['*', '/', '//', '%', '@'], () => this.factor());
  }

  protected factor(): A.Expr {
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
        ...span(t, this.prev()),
      });
    }
    return this.power();
  }

  protected power(): A.Expr {
    const start = this.peek();
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
      ...span(start, this.prev()),
    });
  }

  /** `a`, `a, b`, `i, (x, y)`: loop and comprehension targets (no comparisons). */
  protected targetList(): A.Expr {
    const start = this.peek();
    const first = this.starOr(() => this.bitOr());
    let target: A.Expr = first;
    if (this.atOp(',')) {
      const elts = [first];
      while (this.eatOp(',')) {
        if (this.atKeyword('in') || this.atOp('=')) break;
        elts.push(this.starOr(() => this.bitOr()));
      }
      target = this.tuple(elts, start, this.prev());
    }
    this.checkTarget(target, 'assign');
    return target;
  }

  /** `yield`, `yield a, b`, `yield from it` (where the enclosing scope allows it is checked later). */
  protected yieldExpr(): A.Yield | A.YieldFrom {
    const t = this.next();
    if (this.eatKeyword('from')) {
      const value = this.test();
      return this.checkDepth({
        type: 'YieldFrom',
        value,
        depth: value.depth + 1,
        ...span(t, this.prev()),
      });
    }
    if (this.atLineEnd() || this.atOp(')') || this.atOp('=')) {
      return { type: 'Yield', value: null, depth: 1, ...span(t, t) };
    }
    const value = this.testListStarExpr(true);
    return this.checkDepth({
      type: 'Yield',
      value,
      depth: value.depth + 1,
      ...span(t, this.prev()),
    });
  }

  protected checkTarget(e: A.Expr, verb: 'assign' | 'delete'): void {
    switch (e.type) {
      case 'Name':
        this.refuseDebugName(e.name, e, verb);
        return;
      case 'Attribute':
        // `x.__debug__ = 1` (not `del x.__debug__`, nor `x.__debug__ += 1`), as CPython has it.
        if (verb === 'assign') this.refuseDebugName(e.attr, e);
        return;
      case 'Subscript':
        return;
      case 'Tuple':
      case 'List': {
        let starred = 0;
        e.elts.forEach((elt) => {
          if (elt.type === 'Starred') {
            if (verb === 'delete') throw syntaxError('cannot delete starred', elt);
            if (++starred > 1)
              this.compileStageError('multiple starred expressions in assignment', elt);
            this.checkTarget(elt.value, verb);
          } else this.checkTarget(elt, verb);
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
          const name = e.value === null ? 'None' : e.value ? 'True' : 'False';
          throw syntaxError(`cannot ${verb}${verb === 'assign' ? ' to' : ''} ${name}`, e);
        }
    }
    throw syntaxError(`cannot ${verb} ${verb === 'assign' ? 'to ' : ''}${describe(e)}`, e);
  }
}
