// ToyGrad: Export as Jupyter Notebook, Import Jupyter Notebook and Export as Python: the
// conversions of src/kernel with the editor's files. A command given URIs (tests, other
// extensions) writes where told without asking; from the palette it asks where to save.
import * as vscode from 'vscode';
import { fromIpynb, IpynbError, toIpynb, type CellRun } from '../kernel/ipynb';
import { BUILTINS_MODULE, toPython } from '../kernel/pythonExport';
import type { Ctx } from './ctx';
import { isTgrad } from './documentCells';
import { ipynbOutputs } from './notebookOutputs';
import { NOTEBOOK_TYPE } from './notebookSerializer';

interface Source {
  uri: vscode.Uri;
  text: string;
  /** Outputs by code cell number, from a ToyGrad notebook's cells. */
  runs: Map<number, CellRun>;
}

function runsOf(notebook: vscode.NotebookDocument): Map<number, CellRun> {
  const runs = new Map<number, CellRun>();
  const decoder = new TextDecoder();
  notebook
    .getCells()
    .filter((c) => c.kind === vscode.NotebookCellKind.Code)
    .forEach((cell, i) => {
      const count = cell.executionSummary?.executionOrder;
      if (count === undefined) return;
      runs.set(i + 1, {
        executionCount: count,
        outputs: cell.outputs.flatMap((o) =>
          ipynbOutputs(
            o.items.map((item) => ({ mime: item.mime, text: decoder.decode(item.data) })),
            count,
          ),
        ),
      });
    });
  return runs;
}

/** The .tgrad to export: the URI given, else the active tgrad editor or ToyGrad notebook. */
async function sourceOf(arg: unknown): Promise<Source | undefined> {
  const notebook = vscode.window.activeNotebookEditor?.notebook;
  const uri = arg instanceof vscode.Uri ? arg : undefined;
  if (
    notebook?.notebookType === NOTEBOOK_TYPE &&
    (uri === undefined || uri.toString() === notebook.uri.toString())
  ) {
    // An unsaved notebook exports what it shows: save it first so the text and cells agree.
    if (notebook.isDirty) await notebook.save();
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(notebook.uri));
    return { uri: notebook.uri, text, runs: runsOf(notebook) };
  }
  if (uri !== undefined) {
    const document = await vscode.workspace.openTextDocument(uri);
    return { uri, text: document.getText(), runs: new Map() };
  }
  const editor = vscode.window.activeTextEditor;
  if (editor !== undefined && isTgrad(editor.document)) {
    return { uri: editor.document.uri, text: editor.document.getText(), runs: new Map() };
  }
  return undefined;
}

function withExtension(uri: vscode.Uri, ext: string): vscode.Uri {
  return uri.with({ path: uri.path.replace(/(\.[^./]*)?$/, ext) });
}

async function target(
  arg: unknown,
  suggested: vscode.Uri,
  label: string,
): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const filters: Record<string, string[]> =
    label === 'Jupyter Notebook'
      ? { [label]: ['ipynb'] }
      : label === 'Python'
        ? { [label]: ['py'] }
        : { ToyGrad: ['tgrad'] };
  return vscode.window.showSaveDialog({
    defaultUri: suggested,
    filters,
    saveLabel: `Save ${label}`,
  });
}

const encode = (text: string) => new TextEncoder().encode(text);

/** Says what was written, with a button that opens it (the editor VS Code picks for its kind). */
async function announceWritten(message: string, written: vscode.Uri): Promise<void> {
  const choice = await vscode.window.showInformationMessage(message, 'Open');
  if (choice === 'Open') await vscode.commands.executeCommand('vscode.open', written);
}

export function registerJupyterCommands(ctx: Ctx): void {
  const noSource = () =>
    void vscode.window.showInformationMessage(
      'ToyGrad: open a .tgrad file or ToyGrad notebook first.',
    );

  ctx.own(
    vscode.commands.registerCommand('toygrad.exportIpynb', async (from?: unknown, to?: unknown) => {
      const source = await sourceOf(from);
      if (source === undefined) return noSource();
      const out = await target(to, withExtension(source.uri, '.ipynb'), 'Jupyter Notebook');
      if (out === undefined) return undefined;
      await vscode.workspace.fs.writeFile(out, encode(toIpynb(source.text, source.runs)));
      if (to === undefined)
        void announceWritten(`ToyGrad: wrote ${vscode.workspace.asRelativePath(out)}`, out);
      return out;
    }),
    vscode.commands.registerCommand(
      'toygrad.exportPython',
      async (from?: unknown, to?: unknown) => {
        const source = await sourceOf(from);
        if (source === undefined) return noSource();
        const name = source.uri.path.slice(source.uri.path.lastIndexOf('/') + 1);
        const exported = toPython(source.text, name);
        if (!exported.ok) {
          const e = exported.error;
          void vscode.window.showErrorMessage(
            `ToyGrad: fix the syntax error first (${name}:${e.line}:${e.col}: ${e.kind}: ${e.message}).`,
          );
          return undefined;
        }
        const out = await target(to, withExtension(source.uri, '.py'), 'Python');
        if (out === undefined) return undefined;
        await vscode.workspace.fs.writeFile(out, encode(exported.text));
        const module = vscode.Uri.joinPath(out, '..', `${BUILTINS_MODULE}.py`);
        await vscode.workspace.fs.copy(
          vscode.Uri.joinPath(ctx.extensionUri, 'python', `${BUILTINS_MODULE}.py`),
          module,
          { overwrite: true },
        );
        if (to === undefined) {
          void announceWritten(
            `ToyGrad: wrote ${vscode.workspace.asRelativePath(out)} and ${BUILTINS_MODULE}.py beside it`,
            out,
          );
        }
        return out;
      },
    ),
    vscode.commands.registerCommand('toygrad.importIpynb', async (from?: unknown, to?: unknown) => {
      const active = vscode.window.activeNotebookEditor?.notebook;
      let source = from instanceof vscode.Uri ? from : undefined;
      if (source === undefined && active?.uri.path.endsWith('.ipynb')) source = active.uri;
      if (source === undefined) {
        const picked = await vscode.window.showOpenDialog({
          filters: { 'Jupyter Notebook': ['ipynb'] },
          openLabel: 'Import',
        });
        source = picked?.[0];
      }
      if (source === undefined) return undefined;
      let text: string;
      try {
        text = fromIpynb(new TextDecoder().decode(await vscode.workspace.fs.readFile(source)));
      } catch (e) {
        if (!(e instanceof IpynbError)) throw e;
        void vscode.window.showErrorMessage(`ToyGrad: cannot import ${source.path}: ${e.message}`);
        return undefined;
      }
      const out = await target(to, withExtension(source, '.tgrad'), 'ToyGrad');
      if (out === undefined) return undefined;
      await vscode.workspace.fs.writeFile(out, encode(text));
      if (to === undefined) await vscode.window.showTextDocument(out);
      return out;
    }),
  );
}
