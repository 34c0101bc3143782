// "Open Example…": a quick pick over the examples the extension ships (examples/*.tgrad),
// each opened as an untitled copy named after it, so a learner can edit and run it without touching, or
// being asked to save over, the bundled file.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './documentCells';

interface ExampleItem extends vscode.QuickPickItem {
  uri: vscode.Uri;
}

/** The first heading of the example's first markdown cell: `# # The micrograd lecture`. */
export function exampleTitle(text: string): string | undefined {
  const m = /^#\s*#+\s+(.+)$/m.exec(text);
  return m?.[1].trim();
}

export async function listExamples(extensionUri: vscode.Uri): Promise<ExampleItem[]> {
  const folder = vscode.Uri.joinPath(extensionUri, 'examples');
  const entries = await vscode.workspace.fs.readDirectory(folder);
  const items: ExampleItem[] = [];
  for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
    if (type !== vscode.FileType.File || !name.endsWith('.tgrad')) continue;
    const uri = vscode.Uri.joinPath(folder, name);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    items.push({ label: name, description: exampleTitle(text), uri });
  }
  return items;
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
  const stem = fileName.replace(/\.tgrad$/, '');
  let name = fileName;
  for (let n = 2; open.has(name); n++) name = `${stem}-${n}.tgrad`;
  return vscode.Uri.from({ scheme: 'untitled', path: name });
}
