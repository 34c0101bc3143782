// The lenses above every code cell: Run Forward, Run Backward, Graph, Run Above (the
// toygrad.codeLens.show setting picks which). Cell ranges come from the markers alone, so
// the lenses never jump or vanish while the file does not parse.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { isTgrad } from './documentCells';
import type { LensKind } from './settings';

export const LENS_COMMANDS: Record<LensKind, { title: string; command: string; tooltip: string }> =
  {
    runForward: { title: 'Run Forward', command: 'toygrad.runCell', tooltip: 'Run this cell' },
    runBackward: {
      title: 'Run Backward',
      command: 'toygrad.runBackward',
      tooltip: "Backpropagate from this cell's output (running the cell first if it changed)",
    },
    debugCell: {
      title: 'Debug Cell',
      command: 'toygrad.debugCell',
      tooltip: 'Run this cell under the debugger: it stops at breakpoints',
    },
    graph: {
      title: 'Graph',
      command: 'toygrad.showGraph',
      tooltip: "Draw the compute graph of this cell's output",
    },
    runAbove: {
      title: 'Run Above',
      command: 'toygrad.runAbove',
      tooltip: 'Run every code cell above this one',
    },
  };

export class CodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly ctx: Ctx) {
    ctx.own(
      this.changed,
      ctx.onSettings(() => this.changed.fire()),
    );
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    // A notebook runs its cells with its own buttons.
    if (!isTgrad(document)) return [];
    const kinds = this.ctx.settings.lenses;
    const lenses: vscode.CodeLens[] = [];
    for (const cell of this.ctx.cells.get(document)) {
      const range = new vscode.Range(cell.startLine, 0, cell.startLine, 0);
      for (const kind of kinds) {
        const c = LENS_COMMANDS[kind];
        lenses.push(
          new vscode.CodeLens(range, {
            title: c.title,
            command: c.command,
            tooltip: c.tooltip,
            arguments: [document.uri, cell.index],
          }),
        );
      }
    }
    return lenses;
  }
}
