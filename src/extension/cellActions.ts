// What the lenses and commands do to a document's cells: run one, run and advance, run all,
// run the cells above, backpropagate, draw the graph, stop, restart, clear the results.
import * as vscode from 'vscode';
import { splitCells } from '../kernel/documentModel';
import { cellAtLine, type CodeCell } from './cellModel';
import type { CellResults } from './cellResults';
import type { Ctx } from './ctx';
import type { RunOutcome } from './documentSession';
import type { GraphPanels } from './graphPanels';
import { notebookCodeCells, notebookSessionUri } from './notebookController';
import { graphRequestSize } from './settings';

/** A notebook kernel (NotebookController) that runs a cell as an execution of its notebook. */
export interface NotebookCellRunner {
  claims(notebook: vscode.NotebookDocument): Promise<boolean>;
  run(cell: vscode.NotebookCell): Promise<RunOutcome | undefined>;
}

export class CellActions {
  /** Documents whose next 'restarted' event the user asked for (no warning then). */
  private readonly expectedRestart = new Set<string>();

  constructor(
    private readonly ctx: Ctx,
    private readonly panels: GraphPanels,
    private readonly results: CellResults,
    private readonly notebookRunners: readonly NotebookCellRunner[] = [],
  ) {
    ctx.own(
      ctx.sessions.onEvent((uri, { event }) => {
        if (event.type !== 'restarted') return;
        if (this.expectedRestart.delete(uri.toString())) return;
        void vscode.window.showWarningMessage(
          `ToyGrad: the session of ${fileName(uri)} restarted; names from earlier cells are gone.`,
        );
      }),
    );
  }

  /** The code cell with this index (from a lens), if the document still has it. */
  cellByIndex(document: vscode.TextDocument, index: number): CodeCell | undefined {
    return this.ctx.cells.get(document).find((c) => c.index === index);
  }

  cellAtCursor(editor: vscode.TextEditor): CodeCell | undefined {
    return cellAtLine(this.ctx.cells.get(editor.document), cursorLine(editor));
  }

  runCell(document: vscode.TextDocument, cell: CodeCell): Promise<RunOutcome> {
    const cells = this.ctx.cells.get(document);
    return this.ctx.sessions.getOrCreate(document.uri).run(cell, cells);
  }

  /**
   * Runs the cell at the cursor and moves the cursor to the next cell, adding an empty cell
   * at the end of the file when there is none (as Jupyter's Shift+Enter does).
   */
  async runAndAdvance(editor: vscode.TextEditor): Promise<RunOutcome | undefined> {
    const document = editor.document;
    const line = cursorLine(editor);
    const cell = this.cellAtCursor(editor);
    const run = cell !== undefined ? this.runCell(document, cell) : undefined;
    const all = splitCells(document.getText());
    const here = all.findIndex(
      (c) => line >= c.startLine && line < Math.max(c.endLine, c.startLine + 1),
    );
    const next = here >= 0 ? all[here + 1] : undefined;
    if (next !== undefined) {
      const target = Math.min(next.bodyStartLine, document.lineCount - 1);
      const at = new vscode.Position(
        target,
        next.bodyStartLine < document.lineCount ? 0 : document.lineAt(target).text.length,
      );
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at));
    } else if (cell !== undefined) {
      const end = document.lineAt(document.lineCount - 1).range.end;
      const text = document.getText();
      const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
      const prefix = text.length === 0 || text.endsWith('\n') ? eol : eol + eol;
      await editor.edit((b) => b.insert(end, `${prefix}# %%${eol}`));
      const last = document.lineCount - 1;
      const at = new vscode.Position(last, 0);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at));
    }
    return run;
  }

  runAll(document: vscode.TextDocument): Promise<RunOutcome | null> {
    const cells = this.ctx.cells.get(document);
    return this.ctx.sessions.getOrCreate(document.uri).runSequence(cells, cells);
  }

  async runAbove(document: vscode.TextDocument, cell: CodeCell): Promise<RunOutcome | null> {
    const cells = this.ctx.cells.get(document);
    const above = cells.filter((c) => c.endLine <= cell.startLine);
    if (above.length === 0) {
      void vscode.window.showInformationMessage('ToyGrad: there is no code cell above this one.');
      return null;
    }
    return this.ctx.sessions.getOrCreate(document.uri).runSequence(above, cells);
  }

  async runBackward(document: vscode.TextDocument, cell: CodeCell): Promise<RunOutcome> {
    const cells = this.ctx.cells.get(document);
    const outcome = await this.ctx.sessions.getOrCreate(document.uri).backward(cell, cells);
    if (outcome.status === 'error' && outcome.error !== null && outcome.error.line < 1) {
      // Not a line's fault (e.g. the cell has no output Value): the kernel's message is
      // shown nowhere in the text, so show it here.
      void vscode.window.showWarningMessage(`ToyGrad: ${outcome.error.message}`);
    }
    return outcome;
  }

  /** Run Backward from a notebook cell's toolbar (a .tgrad notebook or an .ipynb on ToyGrad). */
  async runBackwardInNotebook(nbCell: vscode.NotebookCell): Promise<RunOutcome | null> {
    const { cells, byCell } = notebookCodeCells(nbCell.notebook);
    const cell = byCell.get(nbCell);
    if (cell === undefined) return null;
    const session = this.ctx.sessions.getOrCreate(notebookSessionUri(nbCell.notebook));
    if (session.records.needsRun(cell, cells)) {
      // Run the changed cell through its kernel first, so its outputs are this run's.
      for (const runner of this.notebookRunners) {
        if (!(await runner.claims(nbCell.notebook))) continue;
        const ran = await runner.run(nbCell);
        if (ran === undefined || ran.status !== 'ok') return ran ?? null;
        break;
      }
    }
    const outcome = await session.backward(cell, cells);
    if (outcome.status === 'error' && outcome.error !== null) {
      void vscode.window.showWarningMessage(`ToyGrad: ${outcome.error.message}`);
    }
    return outcome;
  }

  async showGraph(document: vscode.TextDocument, cell: CodeCell): Promise<boolean> {
    const cells = this.ctx.cells.get(document);
    this.panels.open(document.uri);
    const session = this.ctx.sessions.getOrCreate(document.uri);
    const answer = await session.cellGraph(cell, cells, graphRequestSize(this.ctx.settings));
    if (answer.graph === null || answer.cellId === null) {
      void vscode.window.showWarningMessage(
        `ToyGrad: ${answer.message ?? 'There is no graph to draw.'}`,
      );
      return false;
    }
    this.panels.showGraph(document.uri, answer.graph, { cellId: answer.cellId });
    return true;
  }

  async stop(uri: vscode.Uri): Promise<void> {
    const session = this.ctx.sessions.get(uri);
    if (session === undefined || !session.busy) return;
    this.expectedRestart.add(uri.toString());
    const outcome = await session.stop();
    if (outcome !== 'restarted') this.expectedRestart.delete(uri.toString());
    if (outcome === 'restarted') {
      void vscode.window.showWarningMessage(
        'ToyGrad: the cell did not stop in time, so the session restarted; names from earlier cells are gone.',
      );
    }
  }

  async restart(uri: vscode.Uri): Promise<void> {
    const session = this.ctx.sessions.get(uri);
    if (session === undefined || !session.started) {
      void vscode.window.showInformationMessage(
        'ToyGrad: the session has not started yet; there is nothing to restart.',
      );
      return;
    }
    this.expectedRestart.add(uri.toString());
    await session.restart();
    void vscode.window.showInformationMessage(
      `ToyGrad: restarted the session of ${fileName(uri)}.`,
    );
  }

  clearResults(uri: vscode.Uri): void {
    this.ctx.sessions.get(uri)?.records.clearShown();
    this.results.refresh(uri);
  }
}

/**
 * The cursor's line, where the empty line after a file's final newline counts as the last
 * line of text (the cell markers' splitter has no line there).
 */
function cursorLine(editor: vscode.TextEditor): number {
  const { document } = editor;
  const line = editor.selection.active.line;
  const onFinalEmptyLine =
    line === document.lineCount - 1 && line > 0 && document.lineAt(line).text === '';
  return onFinalEmptyLine ? line - 1 : line;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.toString();
}
