// The `match` statement's syntax (Python 3.10): `match` and `case` are soft keywords (the
// parser only comes here when `match …:` opens a block), and patterns have a grammar of their
// own. CPython's SyntaxErrors for patterns that cannot work are raised here, at its positions.

import type * as A from './ast';
import { TgradError, type Span } from './errors';
import type { Token } from './tokens';
import { KEYWORDS } from './tokens';
import { checkMappingKeys } from './matchMappingKeys';

/** What the pattern parser needs from the statement parser. */
export interface MatchCursor {
  peek(): Token;
  peekAt(offset: number): Token;
  next(): Token;
  errorAt(t: Token, message?: string): TgradError;
  /** The subject: `x`, `x, y`, `(n := f())`. */
  subject(): A.Expr;
  /** A guard after `if`. */
  guard(): A.Expr;
  /** Adjacent string literals at the cursor (a Constant, or an f-string's JoinedStr). */
  strings(): A.Expr;
  /** `:` and an indented block (or statements on the header's line). */
  block(what: string, header: Token): A.Stmt[];
  /** A SyntaxError CPython's compiler reports (after the whole file parsed). */
  /** Records an error CPython's compiler reports once the whole file has parsed. */
  compileError(message: string, at: Span): void;
}

function span(from: Span, to: Span): Span {
  return { line: from.line, col: from.col, endLine: to.endLine, endCol: to.endCol };
}

function syntaxError(message: string, at: Span): TgradError {
  return new TgradError('SyntaxError', message, at);
}

function indentationError(message: string, at: Span): TgradError {
  return new TgradError('IndentationError', message, at);
}

function isOp(t: Token, text: string): boolean {
  return t.kind === 'op' && t.text === text;
}

function isName(t: Token): boolean {
  return t.kind === 'name' && !KEYWORDS.has(t.text);
}

/** `match subject:` and its `case` clauses; the cursor is at `match`. */
export function matchStatement(c: MatchCursor): A.Match {
  const t = c.next();
  const subject = c.subject();
  if (!isOp(c.peek(), ':')) throw c.errorAt(c.peek(), "expected ':'");
  c.next();
  if (c.peek().kind !== 'newline') throw c.errorAt(c.peek());
  c.next();
  const first = c.peek();
  if (first.kind !== 'indent') {
    throw indentationError(
      `expected an indented block after 'match' statement on line ${t.line}`,
      first,
    );
  }
  c.next();
  const cases: A.MatchCase[] = [];
  while (true) {
    const s = c.peek();
    if (s.kind === 'dedent') {
      c.next();
      break;
    }
    if (s.kind === 'eof') break;
    if (s.kind === 'newline') {
      c.next();
      continue;
    }
    if (s.kind !== 'name' || s.text !== 'case') throw c.errorAt(s);
    cases.push(caseClause(c));
  }
  if (cases.length === 0) throw c.errorAt(first);
  checkReachable(c, cases);
  const last = cases[cases.length - 1];
  return { type: 'Match', subject, cases, headerEndLine: t.line, ...span(t, last) };
}

function caseClause(c: MatchCursor): A.MatchCase {
  const t = c.next();
  const pattern = topPattern(c);
  checkMappingKeys(pattern, (message, at) => c.compileError(message, at));
  checkAlternatives(c, pattern);
  checkBindings(c, pattern);
  let guard: A.Expr | null = null;
  const g = c.peek();
  if (g.kind === 'name' && g.text === 'if') {
    c.next();
    guard = c.guard();
  }
  const body = c.block("'case' statement", t);
  return { pattern, guard, body, ...span(t, body[body.length - 1] ?? t) };
}

/** A case's pattern: `a, *rest` without brackets is a sequence. */
function topPattern(c: MatchCursor): A.Pattern {
  const first = starOrPattern(c);
  if (!isOp(c.peek(), ',')) {
    if (first.type === 'MatchStar') throw c.errorAt(c.peek());
    return first;
  }
  const patterns = [first];
  while (isOp(c.peek(), ',')) {
    c.next();
    if (isOp(c.peek(), ':') || (c.peek().kind === 'name' && c.peek().text === 'if')) break;
    patterns.push(starOrPattern(c));
  }
  return sequence(c, patterns, span(first, patterns[patterns.length - 1]));
}

function sequence(c: MatchCursor, patterns: A.Pattern[], at: Span): A.MatchSequence {
  if (patterns.filter((p) => p.type === 'MatchStar').length > 1) {
    c.compileError('multiple starred names in sequence pattern', at);
  }
  return { type: 'MatchSequence', patterns, ...at };
}

function starOrPattern(c: MatchCursor): A.Pattern {
  const t = c.peek();
  if (!isOp(t, '*')) return pattern(c);
  c.next();
  const n = c.next();
  if (!isName(n)) throw c.errorAt(n);
  return { type: 'MatchStar', target: captureTarget(n), ...span(t, n) };
}

/** `or_pattern ['as' NAME]`. */
function pattern(c: MatchCursor): A.Pattern {
  const p = orPattern(c);
  const as = c.peek();
  if (as.kind !== 'name' || as.text !== 'as') return p;
  c.next();
  const n = c.next();
  if (!isName(n)) throw c.errorAt(n);
  if (n.text === '_') throw syntaxError("cannot use '_' as a target", n);
  return { type: 'MatchAs', pattern: p, target: nameNode(n), ...span(p, n) };
}

function orPattern(c: MatchCursor): A.Pattern {
  const first = closedPattern(c);
  if (!isOp(c.peek(), '|')) return first;
  const patterns = [first];
  while (isOp(c.peek(), '|')) {
    c.next();
    patterns.push(closedPattern(c));
  }
  return { type: 'MatchOr', patterns, ...span(first, patterns[patterns.length - 1]) };
}

function nameNode(t: Token): A.Name {
  return { type: 'Name', name: t.text, depth: 1, ...span(t, t) };
}

function captureTarget(t: Token): A.Name | null {
  return t.text === '_' ? null : nameNode(t);
}

function closedPattern(c: MatchCursor): A.Pattern {
  const t = c.peek();
  if (t.kind === 'number' || isOp(t, '-')) return numberPattern(c);
  if (t.kind === 'string') return { type: 'MatchValue', value: c.strings(), ...span(t, t) };
  if (t.kind === 'fstring') {
    throw syntaxError('patterns may only match literals and attribute lookups', t);
  }
  if (t.kind === 'name' && (t.text === 'None' || t.text === 'True' || t.text === 'False')) {
    c.next();
    const value = t.text === 'None' ? null : t.text === 'True';
    return { type: 'MatchSingleton', value, ...span(t, t) };
  }
  if (isName(t)) return namePattern(c);
  if (isOp(t, '(') || isOp(t, '[')) return bracketPattern(c);
  if (isOp(t, '{')) return mappingPattern(c);
  throw c.errorAt(t);
}

function numberPattern(c: MatchCursor): A.MatchValue {
  const first = c.peek();
  const negative = isOp(first, '-');
  if (negative) c.next();
  const n = c.next();
  if (n.kind !== 'number' || n.number === undefined) throw c.errorAt(n);
  const v = n.number;
  const value: A.Constant = {
    type: 'Constant',
    value: negative ? (typeof v === 'bigint' ? -v : -v) : v,
    depth: 1,
    ...span(first, n),
  };
  if (isOp(c.peek(), '+') || isOp(c.peek(), '-')) {
    c.next();
    throw syntaxError('imaginary number required in complex literal', c.peek());
  }
  return { type: 'MatchValue', value, ...span(first, n) };
}

/** A capture `x`, a wildcard `_`, a value `a.b.c`, or a class pattern `a.B(...)`. */
function namePattern(c: MatchCursor): A.Pattern {
  const t = c.next();
  let e: A.Expr = nameNode(t);
  while (isOp(c.peek(), '.')) {
    c.next();
    const attr = c.next();
    if (attr.kind !== 'name') throw c.errorAt(attr);
    e = { type: 'Attribute', value: e, attr: attr.text, depth: e.depth + 1, ...span(e, attr) };
  }
  if (isOp(c.peek(), '(')) return classPattern(c, e);
  if (e.type === 'Name') return { type: 'MatchCapture', target: captureTarget(t), ...span(t, t) };
  return { type: 'MatchValue', value: e, ...span(e, e) };
}

function classPattern(c: MatchCursor, cls: A.Expr): A.MatchClass {
  c.next();
  const patterns: A.Pattern[] = [];
  const kwdNames: string[] = [];
  const kwdPatterns: A.Pattern[] = [];
  while (!isOp(c.peek(), ')')) {
    const t = c.peek();
    if (isName(t) && isOp(c.peekAt(1), '=')) {
      c.next();
      c.next();
      kwdNames.push(t.text);
      kwdPatterns.push(pattern(c));
    } else {
      const p = pattern(c);
      if (kwdNames.length > 0) throw syntaxError('positional patterns follow keyword patterns', p);
      patterns.push(p);
    }
    if (!isOp(c.peek(), ',')) break;
    c.next();
  }
  const close = c.peek();
  if (!isOp(close, ')')) throw c.errorAt(close);
  c.next();
  return { type: 'MatchClass', cls, patterns, kwdNames, kwdPatterns, ...span(cls, close) };
}

/** `(p)` (a group), `()`, `(p,)`, `(a, b)`, `[a, *rest]`. */
function bracketPattern(c: MatchCursor): A.Pattern {
  const open = c.next();
  const closer = open.text === '(' ? ')' : ']';
  const patterns: A.Pattern[] = [];
  let comma = false;
  while (!isOp(c.peek(), closer)) {
    patterns.push(starOrPattern(c));
    if (!isOp(c.peek(), ',')) break;
    c.next();
    comma = true;
  }
  const close = c.peek();
  if (!isOp(close, closer)) throw c.errorAt(close);
  c.next();
  if (closer === ')' && patterns.length === 1 && !comma && patterns[0].type !== 'MatchStar') {
    return patterns[0];
  }
  return sequence(c, patterns, span(open, close));
}

function mappingPattern(c: MatchCursor): A.MatchMapping {
  const open = c.next();
  const keys: A.Expr[] = [];
  const patterns: A.Pattern[] = [];
  let rest: A.Name | null = null;
  while (!isOp(c.peek(), '}')) {
    if (isOp(c.peek(), '**')) {
      c.next();
      const n = c.next();
      if (!isName(n) || n.text === '_') throw c.errorAt(n);
      rest = nameNode(n);
      if (isOp(c.peek(), ',')) c.next();
      break;
    }
    const key = closedPattern(c);
    if (key.type === 'MatchValue') keys.push(key.value);
    else if (key.type === 'MatchSingleton') {
      keys.push({ type: 'Constant', value: key.value, depth: 1, ...span(key, key) });
    } else throw c.errorAt(c.peek());
    if (!isOp(c.peek(), ':')) throw c.errorAt(c.peek());
    c.next();
    patterns.push(pattern(c));
    if (!isOp(c.peek(), ',')) break;
    c.next();
  }
  const close = c.peek();
  if (!isOp(close, '}')) throw c.errorAt(close);
  c.next();
  return { type: 'MatchMapping', keys, patterns, rest, ...span(open, close) };
}

/** True when the pattern matches every subject (a capture or `_`, maybe grouped by `as`/`|`). */
function irrefutable(p: A.Pattern): boolean {
  if (p.type === 'MatchCapture') return true;
  if (p.type === 'MatchAs') return irrefutable(p.pattern);
  if (p.type === 'MatchOr') return p.patterns.some(irrefutable);
  return false;
}

/** The capture or `_` that makes what follows it unreachable, as CPython names it. */
function unreachableMessage(p: A.Pattern): string {
  const capture = p.type === 'MatchAs' ? p.pattern : p;
  return capture.type === 'MatchCapture' && capture.target !== null
    ? `name capture '${capture.target.name}' makes remaining patterns unreachable`
    : 'wildcard makes remaining patterns unreachable';
}

/** An irrefutable alternative of `|` before its last one. */
function checkAlternatives(c: MatchCursor, p: A.Pattern): void {
  if (p.type === 'MatchOr') {
    p.patterns.forEach((alt, i) => {
      if (i < p.patterns.length - 1 && irrefutable(alt)) {
        c.compileError(unreachableMessage(alt), alt);
      }
    });
  }
  if (p.type === 'MatchAs') checkAlternatives(c, p.pattern);
}

/** An irrefutable case (without a guard) before the last case. */
function checkReachable(c: MatchCursor, cases: A.MatchCase[]): void {
  cases.forEach((k, i) => {
    if (i < cases.length - 1 && k.guard === null && irrefutable(k.pattern)) {
      c.compileError(unreachableMessage(k.pattern), k.pattern);
    }
  });
}

/** The names a pattern binds, in order. */
export function patternNames(p: A.Pattern): A.Name[] {
  switch (p.type) {
    case 'MatchValue':
    case 'MatchSingleton':
      return [];
    case 'MatchCapture':
    case 'MatchStar':
      return p.target === null ? [] : [p.target];
    case 'MatchSequence':
      return p.patterns.flatMap(patternNames);
    case 'MatchMapping':
      return [...p.patterns.flatMap(patternNames), ...(p.rest === null ? [] : [p.rest])];
    case 'MatchClass':
      return [...p.patterns, ...p.kwdPatterns].flatMap(patternNames);
    case 'MatchAs':
      return [...patternNames(p.pattern), p.target];
    case 'MatchOr':
      return patternNames(p.patterns[0]);
  }
}

/** Every Name node a pattern stores to, in every alternative (for scopes and compilation). */
export function patternTargets(p: A.Pattern): A.Name[] {
  if (p.type === 'MatchOr') return p.patterns.flatMap(patternTargets);
  if (p.type === 'MatchAs') return [...patternTargets(p.pattern), p.target];
  if (p.type === 'MatchSequence') return p.patterns.flatMap(patternTargets);
  if (p.type === 'MatchMapping') {
    return [...p.patterns.flatMap(patternTargets), ...(p.rest === null ? [] : [p.rest])];
  }
  if (p.type === 'MatchClass') return [...p.patterns, ...p.kwdPatterns].flatMap(patternTargets);
  return patternNames(p);
}

/** CPython's checks on what a pattern binds: each name once, the same names in each alternative. */
function checkBindings(c: MatchCursor, p: A.Pattern): void {
  const walk = (q: A.Pattern): void => {
    if (q.type === 'MatchOr') {
      const names = new Set(patternNames(q.patterns[0]).map((n) => n.name));
      for (const alt of q.patterns) {
        walk(alt);
        const mine = patternNames(alt);
        const stranger = mine.find((n) => !names.has(n.name));
        if (mine.length !== names.size || stranger !== undefined) {
          c.compileError('alternative patterns bind different names', stranger ?? mine[0] ?? alt);
        }
      }
    } else if (q.type === 'MatchAs') walk(q.pattern);
    else if (q.type === 'MatchSequence') q.patterns.forEach(walk);
    else if (q.type === 'MatchMapping') q.patterns.forEach(walk);
    else if (q.type === 'MatchClass') [...q.patterns, ...q.kwdPatterns].forEach(walk);
  };
  walk(p);
  const seen = new Set<string>();
  for (const n of patternNames(p)) {
    if (seen.has(n.name)) {
      c.compileError(`multiple assignments to name '${n.name}' in pattern`, n);
    }
    seen.add(n.name);
  }
}
