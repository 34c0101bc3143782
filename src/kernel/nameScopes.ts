// Which names written in a cell are its globals and which are local to a function, a class
// body or a comprehension: a hover reads the session's globals, and the `out` of a Value's
// __add__ is not the `out` the program bound at the top level. CPython's own scope rules
// (lang/compile/scopes.ts) decide, over the parsed cell.

import type * as A from '../lang/ast';
import { parseCell } from '../lang/checkSyntax';
import type { TabRule } from '../lang/lexer';

export type NameScope = 'global' | 'local';

/** The scope of each name in a cell, keyed by `line:col` (1-based, file lines) of its start. */
export type CellNameScopes = ReadonlyMap<string, NameScope>;

export function nameKey(line: number, col: number): string {
  return `${line}:${col}`;
}

/**
 * The scopes of one cell's names (its code's first line is file line `firstLine`; `tabs` as
 * its file reads tabs, lexer.ts); null when it does not parse.
 */
export function cellNameScopes(
  code: string,
  firstLine: number,
  tabs: TabRule = 'refuse',
): CellNameScopes | null {
  const { resolution } = parseCell(code, firstLine, tabs);
  if (resolution === null) return null;
  const scopes = new Map<string, NameScope>();
  for (const [node, ref] of resolution.refs) {
    scopes.set(nameKey(node.line, node.col), ref.kind === 'global' ? 'global' : 'local');
  }
  // Parameters are no Name nodes: each is a local of its function.
  for (const fn of resolution.functions.keys()) {
    if (fn.type !== 'FunctionDef' && fn.type !== 'Lambda') continue;
    for (const p of parametersOf(fn.params)) scopes.set(nameKey(p.line, p.col), 'local');
  }
  return scopes;
}

function parametersOf(params: A.Parameters): A.Param[] {
  const all = [...params.args, ...params.kwonly];
  if (params.vararg !== null) all.push(params.vararg);
  if (params.kwarg !== null) all.push(params.kwarg);
  return all;
}
