// What the ToyGrad extension tests share: activating the extension, opening documents,
// finding cells and lines, waiting for a condition, and the test-only inspection commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Inspection, PanelInspection } from '../../src/extension/testCommands';

export const EXTENSION_ID = 'toygrad.toygrad';

export async function activate(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this host`);
  await ext.activate();
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFile(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'tgrad', content });
  return vscode.window.showTextDocument(document);
}

/** 0-based line of the first line of `document` that starts with `prefix`. */
export function lineOf(document: vscode.TextDocument, prefix: string, after = 0): number {
  for (let i = after; i < document.lineCount; i++) {
    if (document.lineAt(i).text.startsWith(prefix)) return i;
  }
  assert.fail(`no line starting with ${JSON.stringify(prefix)} after line ${after}`);
}

/** The index (as the lenses pass it) of the cell whose marker has this title. */
export async function cellIndex(document: vscode.TextDocument, title: string): Promise<number> {
  const lenses = await codeLenses(document);
  const markerLine = lineOf(document, `# %% ${title}`);
  const lens = lenses.find((l) => l.range.start.line === markerLine);
  assert.ok(lens?.command?.arguments, `no lens above the cell "${title}"`);
  return lens.command.arguments[1] as number;
}

export async function codeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
    'vscode.executeCodeLensProvider',
    document.uri,
  );
  return lenses ?? [];
}

export async function hoverText(
  document: vscode.TextDocument,
  position: vscode.Position,
): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    position,
  );
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export function inspect(uri: vscode.Uri): Promise<Inspection> {
  return vscode.commands.executeCommand<Inspection>(
    'toygrad._test.inspect',
    uri,
  ) as Promise<Inspection>;
}

export function panelMessage(uri: vscode.Uri, message: unknown): Promise<PanelInspection | null> {
  return vscode.commands.executeCommand<PanelInspection | null>(
    'toygrad._test.panelMessage',
    uri,
    message,
  ) as Promise<PanelInspection | null>;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns something other than undefined/false, or fails. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 20_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Runs cells [start, end) of a notebook, as its Run button does. The command's promise
 * settles when the workbench has finished the executions, and once in CI it never settled
 * though nothing else was wrong that the test could see; a person clicking Run does not wait
 * on it either. So it is given a few seconds, then the caller waits for what the run shows
 * (outputs, execution summaries), which names what is missing when it fails.
 */
export async function executeNotebookCells(
  notebook: vscode.NotebookDocument,
  start = 0,
  end = notebook.cellCount,
): Promise<void> {
  // Given a document, the workbench runs the cells of the first notebook editor it knows with
  // that URI, which may be the kept-for-reuse editor of a closed notebook of the same name (an
  // untitled notebook closed, then another opened as Untitled-1 again): nothing runs. Without
  // one, it runs them in the active notebook editor, as the Run button does.
  const active = vscode.window.activeNotebookEditor?.notebook === notebook;
  const executed = vscode.commands.executeCommand('notebook.cell.execute', {
    ranges: [{ start, end }],
    ...(active ? {} : { document: notebook.uri }),
  });
  await Promise.race([executed, sleep(5_000)]);
}

/**
 * Opens a notebook made of `data` and shows it. In CI, once in a few runs, the workbench never
 * settled one of these promises for an untitled notebook (its log: "Model is disposed!"), and
 * the test died on mocha's timeout without saying where. Opening must settle (it names itself
 * if not); showing is given a few seconds, as a person looks at the notebook, not at a promise.
 */
export async function openUntitledNotebook(
  data: vscode.NotebookData,
  type = 'tgrad-notebook',
): Promise<vscode.NotebookDocument> {
  const opened = await Promise.race([
    vscode.workspace.openNotebookDocument(type, data),
    sleep(15_000).then(() => undefined),
  ]);
  assert.ok(opened, 'openNotebookDocument did not settle within 15 s');
  await showNotebook(opened);
  if (type === 'tgrad-notebook') await pickToyGradKernel();
  return opened;
}

/**
 * Picks ToyGrad's kernel for the active notebook editor as the kernel picker would, not left
 * to the workbench's auto-selection: without it, the first notebook's runs went nowhere in CI
 * (an untitled one, and a .tgrad file run alone with --grep: no execution ever started).
 */
export async function pickToyGradKernel(): Promise<void> {
  await vscode.commands.executeCommand('notebook.selectKernel', {
    id: 'toygrad-kernel',
    extension: EXTENSION_ID,
  });
}

/**
 * Shows a notebook and waits until it is the active notebook editor (commands such as
 * notebook.selectKernel act on that one), whether or not the workbench's promise settles.
 */
export async function showNotebook(notebook: vscode.NotebookDocument): Promise<void> {
  // The promise settles once the editor is set up (kernel picked, cells ready to run): wait
  // for it as long as it takes on a busy machine, but not forever.
  await Promise.race([vscode.window.showNotebookDocument(notebook), sleep(20_000)]);
  await waitFor(
    'the notebook to be the active notebook editor',
    () => vscode.window.activeNotebookEditor?.notebook === notebook,
    30_000,
  );
}

/** Waits until cells [start, end) have all finished a run that succeeded. */
export async function waitForCellsToSucceed(
  notebook: vscode.NotebookDocument,
  start = 0,
  end = notebook.cellCount,
  timeoutMs = 20_000,
): Promise<void> {
  await waitFor(
    `cells ${start}..${end - 1} to finish`,
    () =>
      notebook
        .getCells()
        .slice(start, end)
        .every((c) => c.executionSummary?.success === true)
        ? true
        : undefined,
    timeoutMs,
  );
}
