// Where a document's program may read files and find modules: its folder and the
// workspace folders, with the unsaved text of open .py/.tgrad documents laid over the disk
// so that an import sees what the editor shows.

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { FileContext } from '../kernel/protocol';
import { readSettings } from './settings';
import { exampleFolderOf } from './exampleCopies';

const MODULE_FILE = /\.(py|tgrad)$/;

/**
 * The file context of a document on disk, or of an example's unsaved copy (its example's
 * folder); undefined for any other untitled or virtual document.
 */
export function fileContextFor(uri: vscode.Uri): FileContext | undefined {
  const exampleFolder = exampleFolderOf(uri);
  if (uri.scheme !== 'file' && exampleFolder === undefined) return undefined;
  const file =
    exampleFolder === undefined ? uri.fsPath : path.join(exampleFolder, path.basename(uri.path));
  const folder = path.dirname(file);
  const workspace = (vscode.workspace.workspaceFolders ?? [])
    .filter((f) => f.uri.scheme === 'file')
    .map((f) => f.uri.fsPath);
  const overlays = vscode.workspace.textDocuments
    .filter(
      (d) =>
        d.isDirty &&
        d.uri.scheme === 'file' &&
        MODULE_FILE.test(d.uri.fsPath) &&
        d.uri.toString() !== uri.toString(),
    )
    .map((d) => ({ path: d.uri.fsPath, text: d.getText() }));
  const maxFileBytes = Math.floor(readSettings(uri).maxFileMegabytes * 1024 * 1024);
  return { folder, roots: [folder, ...workspace], file, overlays, maxFileBytes };
}

/** The module file an error is in (`error.file`, relative to the document's folder). */
export function moduleUri(document: vscode.Uri, file: string): vscode.Uri {
  return vscode.Uri.joinPath(document, '..', ...file.split('/'));
}
