// The code cells of each open tgrad document, computed once per document version: lenses,
// decorations, commands and hovers all ask for them, often for the same version.
import type * as vscode from 'vscode';
import { codeCells, type CodeCell } from './cellModel';

export const LANGUAGE_ID = 'tgrad';

/** A tgrad cell of a notebook: a document of its own, but not a file with cells. */
export function isNotebookCell(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'vscode-notebook-cell';
}

/** A tgrad file (or unsaved document) in a text editor: the one the editor features serve. */
export function isTgrad(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID && !isNotebookCell(document);
}

export class DocumentCells {
  private readonly cache = new Map<
    string,
    { document: vscode.TextDocument; version: number; cells: CodeCell[] }
  >();

  /**
   * The same array (and cell objects) for the same document version. The document itself is
   * compared too: a new untitled document takes a closed one's name (Untitled-1) at the same
   * version, and a late request for the closed one may have cached its cells again.
   */
  get(document: vscode.TextDocument): CodeCell[] {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit !== undefined && hit.document === document && hit.version === document.version) {
      return hit.cells;
    }
    const cells = codeCells(document.getText());
    this.cache.set(key, { document, version: document.version, cells });
    return cells;
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }
}
