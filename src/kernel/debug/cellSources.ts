// A notebook debugged cell by cell: VS Code names each cell's text by a URI of its own
// (`vscode-notebook-cell:`), its lines counted from 1, while the program knows only the
// notebook's lines (each cell's code placed where it lands in the file). This maps one to
// the other both ways: breakpoints set in a cell, and frames shown in their cell.

import type { SourceBreakpoint } from '../../lang/debug/protocol';

/** One code cell of the notebook, as the Debug UI names it. */
export interface CellSource {
  /** The cell document's URI, as VS Code sends it in a breakpoint's source path. */
  readonly path: string;
  /** What the call stack shows for it. */
  readonly name: string;
  /** The notebook line (1-based) of the cell's first line. */
  readonly firstLine: number;
  readonly lineCount: number;
}

/** Two spellings of one URI compare equal (VS Code may escape `:` or `#` one way or the other). */
function sameUri(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return decodeURIComponent(a) === decodeURIComponent(b);
  } catch {
    return false;
  }
}

export class CellSourceMap {
  /** Each cell's breakpoints in notebook lines: the program takes the union at once. */
  private readonly breakpoints = new Map<string, SourceBreakpoint[]>();

  constructor(private readonly cells: readonly CellSource[]) {}

  cellOf(path: string | undefined): CellSource | undefined {
    return path === undefined ? undefined : this.cells.find((c) => sameUri(c.path, path));
  }

  /** Replaces one cell's breakpoints (cell lines); every cell's, in notebook lines. */
  setBreakpoints(cell: CellSource, list: readonly SourceBreakpoint[]): SourceBreakpoint[] {
    this.breakpoints.set(
      cell.path,
      list.map((b) => ({ ...b, line: cell.firstLine + b.line - 1 })),
    );
    return [...this.breakpoints.values()].flat();
  }

  /** The cell holding a notebook line, and the line within it. */
  locate(line: number): { cell: CellSource; line: number } | undefined {
    const cell = this.cells.find((c) => line >= c.firstLine && line < c.firstLine + c.lineCount);
    return cell === undefined ? undefined : { cell, line: line - cell.firstLine + 1 };
  }
}
