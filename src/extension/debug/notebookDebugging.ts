// Debug Cell from a notebook's cell toolbar: the cell runs under the debugger on the
// notebook's own session, and each code cell is a source of its own (its
// `vscode-notebook-cell:` document), so breakpoints set in a cell stop there and the call
// stack shows that cell.
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import type { CellSource } from '../../kernel/debug/cellSources';
import type { DebugTarget } from '../../kernel/debug/debugAdapter';
import type { RunStatus } from '../../kernel/protocol';
import { cellLabel } from '../cellModel';
import type { Ctx } from '../ctx';
import { isTgrad } from '../documentCells';
import { notebookCodeCells, notebookSessionUri } from '../notebookController';
import { NOTEBOOK_TYPE } from '../notebookSerializer';

/** A command's argument is a notebook cell (the cell toolbar passes one). */
export function isNotebookCellArg(arg: unknown): arg is vscode.NotebookCell {
  return (
    typeof arg === 'object' &&
    arg !== null &&
    'notebook' in arg &&
    'document' in arg &&
    'kind' in arg &&
    typeof (arg as { index?: unknown }).index === 'number'
  );
}

/** From the palette: the selected code cell of the focused notebook of one of `types`. */
export function activeNotebookCell(
  types: readonly string[] = [NOTEBOOK_TYPE],
): vscode.NotebookCell | undefined {
  const text = vscode.window.activeTextEditor;
  if (text !== undefined && isTgrad(text.document)) return undefined;
  const editor = vscode.window.activeNotebookEditor;
  if (editor === undefined || !types.includes(editor.notebook.notebookType)) return undefined;
  const cell = editor.notebook.cellAt(editor.selection.start);
  return cell.kind === vscode.NotebookCellKind.Code ? cell : undefined;
}

/** A notebook kernel (NotebookController) that can run a cell under the debugger. */
export interface NotebookRunner {
  claims(notebook: vscode.NotebookDocument): Promise<boolean>;
  debug(cell: vscode.NotebookCell, stopOnEntry: boolean): Promise<RunStatus>;
}

/** The launch configuration's fields for a notebook (see package.json). */
export interface NotebookLaunch {
  /** The notebook's URI: its cells are debugged, on its session. */
  notebook?: string;
  /** The cell's index among all the notebook's cells. */
  cell?: number;
}

export function debugNotebookCell(cell: vscode.NotebookCell): Thenable<boolean> {
  const code = cell.notebook
    .getCells()
    .filter((c) => c.kind === vscode.NotebookCellKind.Code && c.index <= cell.index).length;
  return vscode.debug.startDebugging(vscode.workspace.getWorkspaceFolder(cell.notebook.uri), {
    type: 'tgrad',
    request: 'launch',
    name: `ToyGrad: Debug Cell ${code}`,
    program: cell.notebook.uri.fsPath,
    notebook: cell.notebook.uri.toString(),
    cell: cell.index,
  });
}

export function notebookTarget(
  ctx: Ctx,
  runners: readonly NotebookRunner[],
  config: NotebookLaunch & { notebook: string },
): DebugTarget {
  const notebook = vscode.workspace.notebookDocuments.find(
    (nb) => nb.uri.toString() === config.notebook,
  );
  if (notebook === undefined)
    throw new Error(`ToyGrad: the notebook ${config.notebook} is not open`);
  const session = ctx.sessions.getOrCreate(notebookSessionUri(notebook));
  const { cells, byCell } = notebookCodeCells(notebook);
  const sources: CellSource[] = [];
  for (const [nbCell, cell] of byCell) {
    sources.push({
      path: nbCell.document.uri.toString(),
      name: `${notebook.uri.path.split('/').pop() ?? ''} · ${cellLabel(cell)}`,
      firstLine: cell.firstLine,
      lineCount: Math.max(1, nbCell.document.lineCount),
    });
  }
  return {
    file: notebook.uri.fsPath,
    folder: dirname(notebook.uri.fsPath),
    cells: sources,
    channel: () => session.debugChannel(),
    run: async (stopOnEntry) => {
      const one = config.cell === undefined ? undefined : notebook.cellAt(config.cell);
      // Through the notebook's kernel, so the cell's output shows as a run's does.
      if (one !== undefined) {
        for (const runner of runners) {
          if (await runner.claims(notebook)) return runner.debug(one, stopOnEntry);
        }
      }
      const toRun = one === undefined ? cells : cells.filter((c) => c === byCell.get(one));
      if (toRun.length === 0) return 'error';
      const outcome = await session.runSequence(toRun, cells, stopOnEntry);
      return outcome?.status ?? 'stopped';
    },
    stop: () => session.stop(),
  };
}
