// Reveals a line of a document (from the panel or a hover link): selects the position,
// scrolls it into view and highlights the line for a moment.
import * as vscode from 'vscode';

const HIGHLIGHT_MILLIS = 1500;

export class LineHighlight implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.rangeHighlightForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** Shows `uri` (in the column it is already visible in, else the first) at 0-based line/col. */
  async reveal(
    uri: vscode.Uri,
    line: number,
    col: number,
    preserveFocus = false,
  ): Promise<vscode.TextEditor> {
    const key = uri.toString();
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
    const document = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus,
    });
    const doc = editor.document;
    const l = Math.max(0, Math.min(line, doc.lineCount - 1));
    const c = Math.max(0, Math.min(col, doc.lineAt(l).text.length));
    const at = new vscode.Position(l, c);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(
      new vscode.Range(at, at),
      vscode.TextEditorRevealType.InCenterIfOutsideViewport,
    );
    editor.setDecorations(this.decoration, [new vscode.Range(l, 0, l, 0)]);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      editor.setDecorations(this.decoration, []);
    }, HIGHLIGHT_MILLIS);
    return editor;
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.decoration.dispose();
  }
}
