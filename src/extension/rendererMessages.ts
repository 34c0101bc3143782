// What the notebook renderer asks of the extension: a click on a Value in a graph output
// reveals the line that made it, in its cell. Lines are file lines (the notebook laid out as
// its .tgrad text), as every position the kernel reports is.
import * as vscode from 'vscode';
import type { FromRenderer } from '../kernel/outputs/outputMimes';
import { notebookCodeCells } from './notebookController';

export const RENDERER_ID = 'toygrad-renderer';

function asFromRenderer(m: unknown): FromRenderer | null {
  if (typeof m !== 'object' || m === null) return null;
  const r = m as Record<string, unknown>;
  if (r.type !== 'reveal' || typeof r.line !== 'number' || typeof r.col !== 'number') return null;
  return { type: 'reveal', line: r.line, col: r.col };
}

async function reveal(editor: vscode.NotebookEditor, line: number, col: number): Promise<void> {
  const { byCell } = notebookCodeCells(editor.notebook);
  for (const [nbCell, cell] of byCell) {
    if (line < cell.firstLine || line > cell.lastLine + 1) continue;
    const at = new vscode.Position(line - cell.firstLine, Math.max(0, col - 1));
    await vscode.window.showTextDocument(nbCell.document, {
      viewColumn: editor.viewColumn,
      selection: new vscode.Range(at, at),
    });
    return;
  }
}

export function listenToRenderer(): vscode.Disposable {
  const messaging = vscode.notebooks.createRendererMessaging(RENDERER_ID);
  return messaging.onDidReceiveMessage(({ editor, message }) => {
    const m = asFromRenderer(message);
    if (m !== null) void reveal(editor, m.line, m.col);
  });
}
