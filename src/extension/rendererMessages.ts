// What the notebook renderer asks of the extension: a click on a Value in a graph output
// reveals the line that made it, in its cell; the graph's Export buttons save a picture. Lines are file lines (the notebook laid out as
// its .tgrad text), as every position the kernel reports is.
import * as vscode from 'vscode';
import type { FromRenderer } from '../kernel/outputs/outputMimes';
import { notebookCodeCells } from './notebookController';
import { saveExport } from './saveExport';

export const RENDERER_ID = 'toygrad-renderer';

function asFromRenderer(m: unknown): FromRenderer | null {
  if (typeof m !== 'object' || m === null) return null;
  const r = m as Record<string, unknown>;
  if (r.type === 'reveal' && typeof r.line === 'number' && typeof r.col === 'number')
    return { type: 'reveal', line: r.line, col: r.col };
  if (
    r.type === 'export' &&
    (r.format === 'svg' || r.format === 'png') &&
    typeof r.fileName === 'string' &&
    typeof r.data === 'string'
  )
    return { type: 'export', format: r.format, fileName: r.fileName, data: r.data };
  return null;
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
    if (m === null) return;
    switch (m.type) {
      case 'reveal':
        return void reveal(editor, m.line, m.col);
      case 'export':
        return void saveExport(editor.notebook.uri, m.format, m.fileName, m.data);
      default: {
        const never: never = m;
        return never;
      }
    }
  });
}
