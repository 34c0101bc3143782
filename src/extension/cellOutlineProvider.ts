// Cells in the Outline view, the breadcrumbs and Go to Symbol, and folding by cell (with the
// indented blocks inside, which a folding provider would otherwise take away).
import * as vscode from 'vscode';
import { outlineOf, type Outline } from '../kernel/cellOutline';
import { isNotebookCell } from './documentCells';
import { notebookCellSymbols } from './notebookTitles';

export class CellOutlineProvider
  implements vscode.DocumentSymbolProvider, vscode.FoldingRangeProvider
{
  private last: { uri: string; version: number; outline: Outline } | null = null;

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    if (isNotebookCell(document)) return notebookCellSymbols(document);
    return this.outline(document).sections.map((s) => {
      const end = document.lineAt(s.lastLine).range.end;
      const range = new vscode.Range(s.startLine, 0, end.line, end.character);
      const marker = document.lineAt(s.startLine).range;
      return new vscode.DocumentSymbol(
        s.name,
        s.detail,
        s.kind === 'markdown' ? vscode.SymbolKind.String : vscode.SymbolKind.Module,
        range,
        marker,
      );
    });
  }

  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    return this.outline(document).folds.map(
      (f) =>
        new vscode.FoldingRange(
          f.start,
          f.end,
          f.kind === 'cell' ? vscode.FoldingRangeKind.Region : undefined,
        ),
    );
  }

  /** Both providers ask for the same version, one after the other. */
  private outline(document: vscode.TextDocument): Outline {
    const uri = document.uri.toString();
    if (this.last?.uri === uri && this.last.version === document.version) return this.last.outline;
    const outline = outlineOf(document.getText());
    this.last = { uri, version: document.version, outline };
    return outline;
  }
}
