// "Open in ToyGrad" for a Python file. The programs people share are .py files (micrograd's
// engine.py, microgpt.py, examples/build-your-own/tiny_gpt.py), which VS Code opens in the
// Python language mode, where ToyGrad's lenses, hovers and panel do not appear. The command
// switches the open document to ToyGrad's mode: the file stays what it is on disk (a .py,
// saved as such, still runnable by python3), a file without `# %%` markers is one cell, and
// its runs read the files and modules beside it, as `tgrad run` does.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './documentCells';

/** The file the command was given (explorer, editor title), else the active editor's. */
function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  return vscode.window.activeTextEditor?.document.uri;
}

export async function openInToyGrad(arg?: unknown): Promise<vscode.TextEditor | undefined> {
  const uri = targetUri(arg);
  if (uri === undefined) {
    void vscode.window.showInformationMessage('ToyGrad: open a Python file first.');
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const inToyGrad =
    document.languageId === LANGUAGE_ID
      ? document
      : await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  return vscode.window.showTextDocument(inToyGrad);
}
