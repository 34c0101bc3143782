// The folders the unsaved copies of bundled examples came from. A copy (untitled: so that
// editing it never writes into the extension) reads its data files and local modules from
// its example's folder, as the file itself would: tiny_gpt.py's open("names.txt").

import type * as vscode from 'vscode';

const origins = new Map<string, string>();

/** Notes that the untitled document `copy` is a copy of an example in `folder`. */
export function noteExampleCopy(copy: vscode.Uri, folder: string): void {
  origins.set(copy.toString(), folder);
}

/** The bundled folder of an example's untitled copy; undefined for any other document. */
export function exampleFolderOf(uri: vscode.Uri): string | undefined {
  return uri.scheme === 'untitled' ? origins.get(uri.toString()) : undefined;
}
