// What the parser's parts share: Python's limits, operator tables, spans and the two kinds
// of syntax error (the parser's, and the compiler's that a tokenizer error outranks).

import type * as A from './ast';
import { TgradError, type Span } from './errors';
import type { Token } from './tokens';
import { KEYWORDS } from './tokens';

/** Deepest expression tree accepted: the evaluator recurses once per level. */
export const MAX_EXPRESSION_DEPTH = 400;
/** Deepest nesting of the parser's own recursion (parentheses, unary operators, lambdas). */
export const MAX_PARSE_NESTING = 200;

export const AUG_OPS: ReadonlyMap<string, A.BinaryOperator> = new Map([
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

export const COMPARE_OPS = new Set(['==', '!=', '<', '<=', '>', '>=']);

export function span(from: Span, to: Span): Span {
  return { line: from.line, col: from.col, endLine: to.endLine, endCol: to.endCol };
}

/** True when `t` can begin an expression. */
export function startsAnExpression(t: Token): boolean {
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
export const compileStage = new WeakSet<TgradError>();

export function compileError(message: string, at: Span): TgradError {
  const e = syntaxError(message, at);
  compileStage.add(e);
  return e;
}

/** CPython's IndentationError (a SyntaxError): a block's indentation is missing or wrong. */
export function indentationError(message: string, at: Span): TgradError {
  const { line, col, endLine, endCol } = at;
  return new TgradError('IndentationError', message, { line, col, endLine, endCol });
}

export function syntaxError(message: string, at: Span): TgradError {
  return new TgradError('SyntaxError', message, {
    line: at.line,
    col: at.col,
    endLine: at.endLine,
    endCol: at.endCol,
  });
}

/** Parses a cell (or a whole file) whose first line is file line `firstLine`. */

export function maxDepth(nodes: readonly A.Expr[]): number {
  let d = 0;
  for (const n of nodes) if (n.depth > d) d = n.depth;
  return d;
}

/** Python's name for an expression that cannot be assigned to ("function call", "literal"…). */
export function describe(e: A.Expr): string {
  switch (e.type) {
    case 'Name':
      return 'name';
    case 'Ellipsis':
      return 'ellipsis';
    case 'Call':
      return 'function call';
    case 'Constant':
      if (e.fstring === true) return 'f-string expression';
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
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
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
