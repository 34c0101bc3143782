// Saves what the panel or a notebook output exported (SVG, PNG, CSV) where the user picks,
// beside the document by default.
import * as vscode from 'vscode';
import { exportBytes, exportFileName, exportFilter } from './exportData';

export async function saveExport(
  uri: vscode.Uri,
  format: 'svg' | 'png' | 'csv',
  fileName: string,
  data: string,
): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = exportBytes(format, data);
  } catch (err) {
    void vscode.window.showErrorMessage(`ToyGrad: could not export: ${(err as Error).message}`);
    return;
  }
  const folder =
    uri.scheme === 'file' || uri.scheme === 'vscode-remote'
      ? vscode.Uri.joinPath(uri, '..')
      : (vscode.workspace.workspaceFolders?.[0]?.uri ?? undefined);
  const name = exportFileName(fileName, format);
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder !== undefined ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: exportFilter(format),
    title: `Export ${format.toUpperCase()}`,
  });
  if (target === undefined) return;
  await vscode.workspace.fs.writeFile(target, bytes);
  void vscode.window.showInformationMessage(
    `ToyGrad: saved ${target.path.split('/').pop() ?? name}`,
  );
}
