// The outline of a tgrad file for the editor: one section per cell (the Outline view, the
// breadcrumbs, Go to Symbol) and the fold ranges. Folding by cell replaces the editor's own
// indentation folding once a provider exists, so the indented blocks (`def`, `for`, `if`)
// are computed here too, the way VS Code folds Python by indentation.

import { splitCells, type CellKind } from '../lang/cells';

export interface CellSection {
  kind: CellKind;
  /** What the Outline shows: the marker's title, a markdown cell's first line, or `cell N`. */
  name: string;
  /** The first line of code, shown beside a code cell's name. */
  detail: string;
  /** 0-based line of the marker. */
  startLine: number;
  /** 0-based last line that is not blank (the marker line for an empty cell). */
  lastLine: number;
}

export interface FoldRange {
  /** 0-based, inclusive. */
  start: number;
  end: number;
  /** A whole cell, or an indented block inside one. */
  kind: 'cell' | 'block';
}

export interface Outline {
  sections: CellSection[];
  folds: FoldRange[];
}

const LINE_BREAK = /\r\n|\r|\n/;

export function outlineOf(text: string): Outline {
  const sections: CellSection[] = [];
  const folds: FoldRange[] = [];
  let codeNumber = 0;
  for (const cell of splitCells(text)) {
    const lines = cell.body === '' ? [] : cell.body.split(LINE_BREAK);
    if (cell.kind === 'code' && cell.hasCode) codeNumber++;
    let last = -1;
    for (let i = lines.length - 1; i >= 0; i--) {
      if (lines[i].trim() !== '') {
        last = i;
        break;
      }
    }
    const lastLine = last < 0 ? cell.startLine : cell.bodyStartLine + last;
    if (cell.hasMarker) {
      sections.push({
        kind: cell.kind,
        name: sectionName(cell.kind, cell.title, lines, codeNumber, cell.hasCode),
        detail: cell.kind === 'code' ? firstCodeLine(lines) : '',
        startLine: cell.startLine,
        lastLine,
      });
      if (lastLine > cell.startLine)
        folds.push({ start: cell.startLine, end: lastLine, kind: 'cell' });
    }
    if (cell.kind === 'code') folds.push(...blockFolds(lines, cell.bodyStartLine));
  }
  return { sections, folds };
}

function sectionName(
  kind: CellKind,
  title: string,
  lines: readonly string[],
  codeNumber: number,
  hasCode: boolean,
): string {
  if (title !== '') return title;
  if (kind === 'markdown') {
    // A markdown cell's lines are comments: `# ## The neuron` reads as "The neuron".
    for (const line of lines) {
      const words = line
        .replace(/^\s*#+\s*/, '')
        .replace(/^#+\s*/, '')
        .trim();
      if (words !== '') return words;
    }
    return 'markdown';
  }
  return hasCode ? `cell ${codeNumber}` : 'empty cell';
}

function firstCodeLine(lines: readonly string[]): string {
  for (const line of lines) {
    const t = line.trim();
    if (t !== '' && !t.startsWith('#')) return t;
  }
  return '';
}

/** Width of a line's leading whitespace (a tab to the next multiple of 8, as Python). */
function indentOf(line: string): number {
  let w = 0;
  for (const ch of line) {
    if (ch === ' ') w++;
    else if (ch === '\t') w = w - (w % 8) + 8;
    else break;
  }
  return w;
}

/**
 * A block opens at a code line whose next code line is indented deeper, and runs to the last
 * code line before the indentation comes back to it. Blank and comment lines neither open
 * nor close a block: they are where they are.
 */
function blockFolds(lines: readonly string[], firstLine: number): FoldRange[] {
  const code: { line: number; indent: number }[] = [];
  lines.forEach((text, i) => {
    const t = text.trim();
    if (t !== '' && !t.startsWith('#')) code.push({ line: firstLine + i, indent: indentOf(text) });
  });
  const folds: FoldRange[] = [];
  // Open blocks, innermost last: the header's indent and line.
  const open: { line: number; indent: number }[] = [];
  for (let k = 0; k < code.length; k++) {
    const here = code[k];
    while (open.length > 0 && here.indent <= open[open.length - 1].indent) {
      const header = open.pop()!;
      folds.push({ start: header.line, end: code[k - 1].line, kind: 'block' });
    }
    const next = code[k + 1];
    if (next !== undefined && next.indent > here.indent) open.push(here);
  }
  const lastCode = code[code.length - 1];
  while (open.length > 0) {
    const header = open.pop()!;
    folds.push({ start: header.line, end: lastCode.line, kind: 'block' });
  }
  return folds.sort((a, b) => a.start - b.start || b.end - a.end);
}
