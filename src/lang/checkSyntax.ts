// Syntax checking for the editor's diagnostics: the first syntax error of each code cell,
// at file positions. Runs on every edit, so it parses and resolves scopes but runs nothing.

import { splitCells } from './cells';
import type { Module } from './ast';
import { resolveScopes } from './compile/scopes';
import type { Resolution } from './compile/scopeModel';
import { TgradError } from './errors';
import type { TabRule } from './lexer';
import { parseModule } from './parser';

export interface ParsedCell {
  module: Module | null;
  /** What each name refers to (a global, or a local of its function), when it parsed. */
  resolution: Resolution | null;
  error: TgradError | null;
}

/** Parses one cell's code, whose first line is file line `firstLine`. */
export function parseCell(code: string, firstLine = 1, tabs: TabRule = 'refuse'): ParsedCell {
  try {
    const module = parseModule(code, firstLine, tabs);
    const resolution = resolveScopes(module);
    return { module, resolution, error: null };
  } catch (e) {
    if (e instanceof TgradError) return { module: null, resolution: null, error: e };
    if (e instanceof RangeError) {
      const error = new TgradError('SyntaxError', 'this code is nested too deeply to run', {
        line: firstLine,
        col: 1,
        endLine: firstLine,
        endCol: 1,
      });
      return { module: null, resolution: null, error };
    }
    throw e;
  }
}

/** The first syntax error of every code cell of a file (markdown cells are skipped). */
export function checkSyntax(fileText: string, tabs: TabRule = 'refuse'): TgradError[] {
  const errors: TgradError[] = [];
  for (const cell of splitCells(fileText)) {
    if (cell.kind !== 'code' || !cell.hasCode) continue;
    const { error } = parseCell(cell.body, cell.firstLine, tabs);
    if (error !== null) errors.push(error);
  }
  return errors;
}
