// "Open Example…": a quick pick over the examples the extension ships (examples/*.tgrad),
// each opened as an untitled copy, so a learner can edit and run it without touching, or
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
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content });
  return vscode.window.showTextDocument(document);
}
