// "Open Example…": a quick pick over the examples the extension ships (examples/*.tgrad,
// examples/*/*.tgrad and examples/*/*.py), each opened as an untitled copy named after it, so a
// learner can edit and run it without touching, or being asked to save over, the bundled file.
// A copy reads files beside its original (exampleCopies.ts).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './documentCells';
import { noteExampleCopy } from './exampleCopies';

interface ExampleItem extends vscode.QuickPickItem {
  uri: vscode.Uri;
}

/**
 * The first heading of the example's first markdown cell (`# # The micrograd lecture`), or
 * for a .py program the first line of its docstring.
 */
export function exampleTitle(text: string): string | undefined {
  const m = /^#\s*#+\s+(.+)$/m.exec(text) ?? /^"""\s*(.+?)\s*(?:"""|$)/m.exec(text);
  return m?.[1].trim();
}

/** A notebook, or in an example's folder also a Python program (run as one cell). */
function isExampleFile(name: string, inFolder: boolean): boolean {
  return name.endsWith('.tgrad') || (inFolder && name.endsWith('.py'));
}

/** The examples: examples/*.tgrad, then those of its folders (examples/build-your-own/). */
export async function listExamples(extensionUri: vscode.Uri): Promise<ExampleItem[]> {
  const root = vscode.Uri.joinPath(extensionUri, 'examples');
  const items: ExampleItem[] = [];
  const folders: vscode.Uri[] = [];
  for (const [name, type] of await sortedEntries(root)) {
    if (type === vscode.FileType.Directory) folders.push(vscode.Uri.joinPath(root, name));
    else if (type === vscode.FileType.File && name.endsWith('.tgrad'))
      items.push(await exampleItem(vscode.Uri.joinPath(root, name), name));
  }
  for (const folder of folders) {
    for (const [name, type] of await sortedEntries(folder)) {
      if (type === vscode.FileType.File && isExampleFile(name, true))
        items.push(await exampleItem(vscode.Uri.joinPath(folder, name), name));
    }
  }
  return items;
}

async function sortedEntries(folder: vscode.Uri): Promise<[string, vscode.FileType][]> {
  const entries = await vscode.workspace.fs.readDirectory(folder);
  return entries.sort(([a], [b]) => a.localeCompare(b));
}

async function exampleItem(uri: vscode.Uri, name: string): Promise<ExampleItem> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  return { label: name, description: exampleTitle(text), uri };
}

/** Opens an untitled copy of the example (picked here unless `name` is given). */
export async function openExample(
  extensionUri: vscode.Uri,
  name?: string,
): Promise<vscode.TextEditor | undefined> {
  const items = await listExamples(extensionUri);
  const picked =
    name !== undefined
      ? items.find((i) => i.label === name)
      : await vscode.window.showQuickPick(items, {
          title: 'ToyGrad: Open Example',
          placeHolder: 'An example to open as a new, unsaved copy',
        });
  if (picked === undefined) return undefined;
  const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(picked.uri));
  // A named untitled document: its tab (and Save As) read "lecture.tgrad", not the first line.
  const document = await vscode.workspace.openTextDocument(untitledCopyUri(picked.label));
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), content);
  await vscode.workspace.applyEdit(edit);
  if (picked.uri.scheme === 'file') noteExampleCopy(document.uri, path.dirname(picked.uri.fsPath));
  if (document.languageId !== LANGUAGE_ID)
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  return vscode.window.showTextDocument(document);
}

/** `untitled:lecture.tgrad`, or `lecture-2.tgrad`… when a copy with that name is open. */
function untitledCopyUri(fileName: string): vscode.Uri {
  const open = new Set(
    vscode.workspace.textDocuments
      .filter((d) => d.uri.scheme === 'untitled')
      .map((d) => d.uri.path),
  );
  const ext = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  let name = fileName;
  for (let n = 2; open.has(name); n++) name = `${stem}-${n}${ext}`;
  return vscode.Uri.from({ scheme: 'untitled', path: name });
}
