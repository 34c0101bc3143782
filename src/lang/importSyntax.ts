// The grammar of `import` and `from … import`, apart from the rest of the parser so that
// it reads as one piece: `import a.b as c, d`, `from ..pkg.mod import (x, y as z)`,
// `from m import *`. It reads tokens through the small cursor the parser hands it.

import type * as A from './ast';
import { TgradError, type Span } from './errors';
import type { Token } from './tokens';
import { KEYWORDS } from './tokens';

/** What the import grammar needs of the parser. */
export interface ImportCursor {
  peek(): Token;
  next(): Token;
  /** The parser's error for an unexpected token (Python's "invalid syntax" or kinder). */
  errorAt(t: Token, message?: string): TgradError;
  /** True while parsing a function body (`import *` is refused there). */
  inFunction(): boolean;
}

function isOp(t: Token, op: string): boolean {
  return t.kind === 'op' && t.text === op;
}

function isWord(t: Token, word: string): boolean {
  return t.kind === 'name' && t.text === word;
}

function identifier(p: ImportCursor): Token {
  const t = p.peek();
  if (t.kind !== 'name' || KEYWORDS.has(t.text)) throw p.errorAt(t);
  return p.next();
}

function spanOf(from: Span, to: Span): Span {
  return { line: from.line, col: from.col, endLine: to.endLine, endCol: to.endCol };
}

/** `a.b.c`, with the span of the whole. */
function dottedName(p: ImportCursor): { name: string; span: Span } {
  const first = identifier(p);
  let name = first.text;
  let last: Token = first;
  while (isOp(p.peek(), '.')) {
    p.next();
    last = identifier(p);
    name += `.${last.text}`;
  }
  return { name, span: spanOf(first, last) };
}

function alias(p: ImportCursor, dotted: boolean): A.ImportAlias {
  const { name, span } = dotted
    ? dottedName(p)
    : (() => {
        const t = identifier(p);
        return { name: t.text, span: t as Span };
      })();
  let asname: string | null = null;
  let end: Span = span;
  if (isWord(p.peek(), 'as')) {
    p.next();
    const t = identifier(p);
    asname = t.text;
    end = t;
  }
  const whole = spanOf(span, end);
  const bound = asname ?? name.split('.')[0];
  return { name, asname, target: { type: 'Name', name: bound, depth: 1, ...whole }, ...whole };
}

/** `import a.b as c, d` (the cursor is at `import`). */
export function importStatement(p: ImportCursor): A.Import {
  const start = p.next();
  const names: A.ImportAlias[] = [alias(p, true)];
  while (isOp(p.peek(), ',')) {
    p.next();
    names.push(alias(p, true));
  }
  return { type: 'Import', names, ...spanOf(start, names[names.length - 1]) };
}

/** `from .m import a, b as c` / `(a, b)` / `*` (the cursor is at `from`). */
export function importFromStatement(p: ImportCursor): A.ImportFrom {
  const start = p.next();
  let level = 0;
  for (;;) {
    const t = p.peek();
    if (isOp(t, '.')) level += 1;
    else if (isOp(t, '...')) level += 3;
    else break;
    p.next();
  }
  let module: string | null = null;
  if (!isWord(p.peek(), 'import')) module = dottedName(p).name;
  else if (level === 0) throw p.errorAt(p.peek());
  const kw = p.peek();
  if (!isWord(kw, 'import')) throw p.errorAt(kw);
  p.next();
  const first = p.peek();
  if (isOp(first, '*')) {
    p.next();
    if (p.inFunction()) {
      throw new TgradError('SyntaxError', 'import * only allowed at module level', first);
    }
    return {
      type: 'ImportFrom',
      module,
      level,
      names: [{ name: '*', asname: null, target: null, ...spanOf(first, first) }],
      ...spanOf(start, first),
    };
  }
  const parenthesized = isOp(first, '(');
  if (parenthesized) p.next();
  const names: A.ImportAlias[] = [alias(p, false)];
  let end: Span = names[0];
  while (isOp(p.peek(), ',')) {
    const comma = p.next();
    end = comma;
    const t = p.peek();
    if (parenthesized && isOp(t, ')')) break;
    if (!parenthesized && (t.kind === 'newline' || t.kind === 'eof' || isOp(t, ';'))) {
      throw new TgradError(
        'SyntaxError',
        'trailing comma not allowed without surrounding parentheses',
        { line: t.line, col: t.col, endLine: t.line, endCol: t.col + 1 },
      );
    }
    names.push(alias(p, false));
    end = names[names.length - 1];
  }
  if (parenthesized) {
    const close = p.peek();
    if (!isOp(close, ')')) throw p.errorAt(close);
    end = p.next();
  }
  return { type: 'ImportFrom', module, level, names, ...spanOf(start, end) };
}
