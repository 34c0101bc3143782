// An annotation as text, the way CPython writes it back from its syntax tree: under
// `from __future__ import annotations` a class's `__annotations__` hold these strings
// (`'tuple[Value, ...]'`, `"List['Node']"`, `'int | None'`) instead of evaluated objects.

import type * as A from '../ast';
import { bytesRepr, floatRepr, intRepr, strRepr } from '../format';

function isEllipsis(e: A.Constant): boolean {
  return e.value === null && e.line === e.endLine && e.endCol - e.col === 3;
}

function constant(e: A.Constant): string {
  const v = e.value;
  if (v === null) return isEllipsis(e) ? '...' : 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return intRepr(v);
  if (typeof v === 'number') return floatRepr(v);
  if (v instanceof Uint8Array) return bytesRepr(v);
  return strRepr(v);
}

/** The text of annotation-shaped expressions; other kinds are written as plainly as possible. */
export function unparse(e: A.Expr): string {
  switch (e.type) {
    case 'Name':
      return e.name;
    case 'Constant':
      return constant(e);
    case 'Attribute':
      return `${unparse(e.value)}.${e.attr}`;
    case 'Subscript': {
      // A tuple index is written without its parentheses: `Dict[str, int]`.
      const index =
        e.index.type === 'Tuple' && e.index.elts.length > 0
          ? e.index.elts.map(unparse).join(', ')
          : unparse(e.index);
      return `${unparse(e.value)}[${index}]`;
    }
    case 'Tuple':
      return e.elts.length === 1
        ? `(${unparse(e.elts[0])},)`
        : `(${e.elts.map(unparse).join(', ')})`;
    case 'List':
      return `[${e.elts.map(unparse).join(', ')}]`;
    case 'BinOp':
      return `${unparse(e.left)} ${e.op} ${unparse(e.right)}`;
    case 'Call':
      return `${unparse(e.func)}(${[
        ...e.args.map(unparse),
        ...e.keywords.map((k) =>
          k.name === null ? `**${unparse(k.value)}` : `${k.name}=${unparse(k.value)}`,
        ),
      ].join(', ')})`;
    case 'Starred':
      return `*${unparse(e.value)}`;
    case 'UnaryOp':
      return e.op === 'not' ? `not ${unparse(e.operand)}` : `${e.op}${unparse(e.operand)}`;
  }
  return '...';
}
