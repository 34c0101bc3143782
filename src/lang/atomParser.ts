// The primaries of Python's expressions: calls, attributes and subscripts, atoms, the list,
// set and dict displays with their comprehensions, and strings with f-string fields.

import type * as A from './ast';
import { type Span } from './errors';
import { maxDepth, span, startsAnExpression, syntaxError } from './parseSupport';
import type { FStringField, FStringPart, Token } from './tokens';
import { KEYWORDS } from './tokens';
import { ExpressionParser } from './expressionParser';

export abstract class AtomParser extends ExpressionParser {
  /** Parses an f-string field's expression with a parser of its own (parser.ts). */
  protected abstract fieldExpression(field: FStringField, depth: number): A.Expr;

  protected primary(): A.Expr {
    // A trailer's node starts where its atom does, a parenthesis included, as in CPython's
    // AST: `(a * b).backward()` fails at the `(`.
    const start = this.peek();
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
          ...span(start, name),
        });
      } else if (t.text === '(') {
        e = this.call(e, start);
      } else if (t.text === '[') {
        const open = this.next();
        const index = this.subscriptList();
        const close = this.closeBracket(']', index, open);
        e = this.checkDepth({
          type: 'Subscript',
          value: e,
          index,
          depth: Math.max(e.depth, index.depth) + 1,
          ...span(start, close),
        });
      } else return e;
    }
  }

  protected call(func: A.Expr, from: Span = func): A.Call {
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
        if (names.has(t.text)) this.compileStageError(`keyword argument repeated: ${t.text}`, t);
        this.refuseDebugName(t.text, from);
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
          // A sole generator argument spans the call's parentheses, as in CPython's AST (its
          // iter() error is reported at the `(`).
          args.push({ ...gen, ...span(open, this.peek()) });
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
      ...span(from, close),
    });
  }

  /** Inside brackets, two expressions in a row: Python's "Perhaps you forgot a comma?". */
  protected missingComma(previous: A.Expr | undefined, open: Token): never {
    const t = this.peek();
    // `[a not]`: a `not` with no operand after it starts no expression.
    const startsExpression =
      startsAnExpression(t) && !(this.isStrayNot(t) && !startsAnExpression(this.peekAt(1)));
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
  protected legacyStatement(name: A.Name): void {
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
  protected closeBracket(closer: string, previous: A.Expr | undefined, open: Token): Token {
    if (!this.atOp(closer)) this.missingComma(previous, open);
    return this.next();
  }

  protected subscriptList(): A.Expr {
    const start = this.peek();
    const first = this.subscript();
    if (!this.atOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atOp(']')) break;
      elts.push(this.subscript());
    }
    return this.tuple(elts, start, this.prev());
  }

  protected subscript(): A.Expr {
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

  protected comprehension(
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

  protected comprehensionClauses(open: Token): A.Comprehension[] {
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

  protected atom(): A.Expr {
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
  protected annotation(): A.Expr {
    return this.test();
  }

  protected parenthesized(): A.Expr {
    const open = this.next();
    if (this.atOp(')')) {
      const close = this.next();
      return { type: 'Tuple', elts: [], depth: 1, ...span(open, close) };
    }
    if (this.atKeyword('yield')) {
      const value = this.yieldExpr();
      this.expectOp(')', "expected ')'");
      this.parenthesizedNodes.add(value);
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
      if (first.type === 'Starred') {
        this.compileStageError('cannot use starred expression here', first);
      }
      this.parenthesizedNodes.add(first);
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

  protected listDisplay(): A.Expr {
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

  protected braceDisplay(): A.Expr {
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
        // `{a not: 1}` might still be a set there: CPython fails after the `not`.
        if (keys.length === 0 && this.isStrayNot(this.peek())) this.missingComma(key, open);
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
  protected isDictStart(): boolean {
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
  protected strings(): A.Expr {
    const first = this.peek();
    if (first.bytes !== null || this.mixesBytes()) return this.bytesLiterals();
    const parts: (string | A.FormattedValue)[] = [];
    let last = first;
    let hasFields = false;
    let text = '';
    let refusal: string | undefined;
    while (this.peek().kind === 'string' || this.peek().kind === 'fstring') {
      const t = this.next();
      last = t;
      refusal ??= t.fieldRefusal;
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
    if (refusal !== undefined) {
      // CPython 3.11 parses f-strings once the adjacent strings are read: its error stands
      // at the token after them.
      const after = this.peek();
      throw syntaxError(refusal, { ...after, endLine: after.line, endCol: after.col + 1 });
    }
    if (!hasFields && first.kind === 'string' && last === first) {
      return { type: 'Constant', value: text, depth: 1, ...span(first, last) };
    }
    if (text !== '') parts.push(text);
    if (!hasFields) {
      return {
        type: 'Constant',
        value: parts.join(''),
        fstring: true,
        depth: 1,
        ...span(first, last),
      };
    }
    const depth = Math.max(1, ...parts.map((p) => (typeof p === 'string' ? 0 : p.depth))) + 1;
    const whole = span(first, last);
    placeFormatting(parts, whole);
    return this.checkDepth({ type: 'JoinedStr', parts, depth, ...whole });
  }

  /** Whether the adjacent literals from here on include a bytes literal. */
  private mixesBytes(): boolean {
    for (let i = 0; ; i++) {
      const t = this.peekAt(i);
      if (t.kind !== 'string' && t.kind !== 'fstring') return false;
      if (t.bytes !== null) return true;
    }
  }

  /** Adjacent bytes literals, concatenated; a str literal among them is CPython's error. */
  private bytesLiterals(): A.Expr {
    const first = this.peek();
    let last = first;
    const chunks: Uint8Array[] = [];
    let mixed = false;
    while (this.peek().kind === 'string' || this.peek().kind === 'fstring') {
      last = this.next();
      if (last.bytes === null) mixed = true;
      else chunks.push(last.bytes);
    }
    if (mixed) {
      throw syntaxError('cannot mix bytes and nonbytes literals', {
        line: last.endLine,
        col: last.endCol,
        endLine: last.endLine,
        endCol: last.endCol + 1,
      });
    }
    const value = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      value.set(c, at);
      at += c.length;
    }
    return { type: 'Constant', value, depth: 1, ...span(first, last) };
  }

  protected formattedValue(field: FStringField): A.FormattedValue {
    const value = this.fieldExpression(field, this.nesting + 1);
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

  protected specParts(parts: FStringPart[], at: Span): A.JoinedStr {
    const out: (string | A.FormattedValue)[] = parts.map((p) =>
      typeof p === 'string' ? p : this.formattedValue(p),
    );
    const depth = Math.max(1, ...out.map((p) => (typeof p === 'string' ? 0 : p.depth))) + 1;
    return { type: 'JoinedStr', parts: out, depth, ...at };
  }
}

/**
 * CPython 3.11 places a field's formatting (its conversion, `__format__`, the spec's error)
 * at the whole run of adjacent strings; the field's expression keeps its own place.
 */
function placeFormatting(parts: (string | A.FormattedValue)[], at: Span): void {
  for (const p of parts) {
    if (typeof p === 'string') continue;
    p.line = at.line;
    p.col = at.col;
    p.endLine = at.endLine;
    p.endCol = at.endCol;
    if (p.spec !== null) placeFormatting(p.spec.parts, at);
  }
}
