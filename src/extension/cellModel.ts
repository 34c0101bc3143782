// The code cells of a document as the editor features see them, computed from the cell
// markers alone (splitCells never parses), so lenses and decorations stay put while the
// file does not parse. Recomputed on every change: one linear pass over the text.

import { splitCells } from '../kernel/documentModel';
import { contentHash } from './contentHash';

export interface CodeCell {
  /** Position among all cells of the file, markdown ones included. */
  index: number;
  /** 1-based position among the code cells, as the status bar and output name it. */
  number: number;
  /** The marker's title (`# %% Train` → `Train`); '' when there is none. */
  title: string;
  /** 0-based line of the marker, or of the cell's first line when it has none. */
  startLine: number;
  /** 0-based first line of the code (the line after the marker). */
  bodyStartLine: number;
  /** 0-based line after the cell (exclusive). */
  endLine: number;
  /** 0-based last line that is not blank: the cell's result is shown at its end. */
  lastLine: number;
  /** 1-based file line of the code's first line, as the kernel wants it. */
  firstLine: number;
  code: string;
  /** Fingerprint of the code, for "changed since its last run". */
  hash: string;
}

/** How a cell is named to the user: its title, else its number. */
export function cellLabel(cell: Pick<CodeCell, 'title' | 'number'>): string {
  return cell.title !== '' ? cell.title : `cell ${cell.number}`;
}

/** The fingerprint ignores trailing blank lines: adding one changes no line of the code. */
export function codeHash(code: string): string {
  return contentHash(code.replace(/\r\n?/g, '\n').trimEnd());
}

function lastNonBlankLine(code: string, bodyStartLine: number): number {
  const lines = code.split(/\r\n|\r|\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].trim() !== '') return bodyStartLine + i;
  }
  return bodyStartLine;
}

/** Code cells that hold something to run, in file order. */
export function codeCells(text: string): CodeCell[] {
  const out: CodeCell[] = [];
  const cells = splitCells(text);
  for (let index = 0; index < cells.length; index++) {
    const c = cells[index];
    if (c.kind !== 'code' || !c.hasCode) continue;
    out.push({
      index,
      number: out.length + 1,
      title: c.title,
      startLine: c.startLine,
      bodyStartLine: c.bodyStartLine,
      endLine: c.endLine,
      lastLine: lastNonBlankLine(c.body, c.bodyStartLine),
      firstLine: c.firstLine,
      code: c.body,
      hash: codeHash(c.body),
    });
  }
  return out;
}

/** The code cell holding 0-based `line` (its marker included), if any. */
export function cellAtLine(cells: readonly CodeCell[], line: number): CodeCell | undefined {
  return cells.find((c) => line >= c.startLine && line < c.endLine);
}

/** The first code cell that starts after `cell`, if any. */
export function cellAfter(cells: readonly CodeCell[], cell: CodeCell): CodeCell | undefined {
  return cells.find((c) => c.startLine >= cell.endLine);
}
