// A code cell's title in the notebook view: the file's `# %% Inputs` marker is not part of
// the cell's source, so the title is shown in the cell's status bar and given as the cell's
// symbol (Outline, breadcrumbs), and runs are named after it, as in the text editor.
import * as vscode from 'vscode';
import { NOTEBOOK_TYPE } from './notebookSerializer';

/** The marker title a notebook cell was read with (kept in its metadata), or ''. */
export function notebookCellTitle(cell: { metadata: { [key: string]: unknown } }): string {
  const own = cell.metadata.toygrad as { title?: unknown } | undefined;
  return typeof own?.title === 'string' ? own.title : '';
}

function cellOfDocument(document: vscode.TextDocument): vscode.NotebookCell | undefined {
  const key = document.uri.toString();
  for (const nb of vscode.workspace.notebookDocuments) {
    if (nb.notebookType !== NOTEBOOK_TYPE) continue;
    const cell = nb.getCells().find((c) => c.document.uri.toString() === key);
    if (cell !== undefined) return cell;
  }
  return undefined;
}

/** The cell's title as its one symbol, spanning the cell (empty for an untitled cell). */
export function notebookCellSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
  const cell = cellOfDocument(document);
  const title = cell !== undefined ? notebookCellTitle(cell) : '';
  if (title === '' || document.lineCount === 0) return [];
  const last = document.lineAt(document.lineCount - 1).range.end;
  return [
    new vscode.DocumentSymbol(
      title,
      '',
      vscode.SymbolKind.Module,
      new vscode.Range(0, 0, last.line, last.character),
      document.lineAt(0).range,
    ),
  ];
}

export class NotebookTitles implements vscode.NotebookCellStatusBarItemProvider {
  provideCellStatusBarItems(cell: vscode.NotebookCell): vscode.NotebookCellStatusBarItem[] {
    const title = notebookCellTitle(cell);
    if (cell.kind !== vscode.NotebookCellKind.Code || title === '') return [];
    const item = new vscode.NotebookCellStatusBarItem(
      `$(symbol-namespace) ${title}`,
      vscode.NotebookCellStatusBarAlignment.Left,
    );
    item.tooltip = `Cell title (\`# %% ${title}\` in the file)`;
    return [item];
  }
}
