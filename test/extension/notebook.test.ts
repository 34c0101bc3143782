// The notebook view of a .tgrad file: the same cells, run on a session of the same kind,
// with printed text, results and errors (at file lines) as outputs.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activate,
  closeAllEditors,
  executeNotebookCells,
  openUntitledNotebook,
  showNotebook,
  waitFor,
  workspaceFile,
} from './toygradHelpers';

function outputText(cell: vscode.NotebookCell): string {
  return cell.outputs
    .flatMap((o) => o.items)
    .map((i) => new TextDecoder().decode(i.data))
    .join('\n');
}

describe('ToyGrad: the notebook view', () => {
  let notebook: vscode.NotebookDocument;

  before(async () => {
    await activate();
    notebook = await vscode.workspace.openNotebookDocument(workspaceFile('lecture.tgrad'));
  });

  after(closeAllEditors);

  it('opens the lecture as markdown and code cells, the text editor staying the default', async () => {
    assert.equal(notebook.notebookType, 'tgrad-notebook');
    const kinds = notebook
      .getCells()
      .map((c) => (c.kind === vscode.NotebookCellKind.Markup ? 'md' : 'code'));
    assert.deepEqual(kinds.slice(0, 4), ['md', 'code', 'md', 'code']);
    const neuron = notebook
      .getCells()
      .find((c) => c.document.getText().startsWith('x1 = Value(2.0)'));
    assert.ok(neuron, 'the neuron cell');
    assert.equal(neuron.document.languageId, 'tgrad');
    const text = await vscode.workspace.openTextDocument(workspaceFile('lecture.tgrad'));
    assert.equal(text.languageId, 'tgrad');
  });

  it('runs cells and shows what they print', async () => {
    await showNotebook(notebook);
    const neuron = notebook
      .getCells()
      .findIndex((c) => c.document.getText().startsWith('x1 = Value(2.0)'));
    await executeNotebookCells(notebook, neuron, neuron + 1);
    const cell = notebook.cellAt(neuron);
    const text = await waitFor('the cell output', () => {
      const t = outputText(cell);
      return t.includes('w1.grad') ? t : undefined;
    });
    assert.match(text, /o = 0\.7071/);
    assert.match(text, /x1\.grad = -1\.5000, w1\.grad = 1\.0000/);
    await waitFor('the run to end', () => cell.executionSummary?.success);
  });

  it('answers hovers in a cell from the notebook’s session', async () => {
    const cell = notebook
      .getCells()
      .find((c) => c.document.getText().startsWith('x1 = Value(2.0)'));
    assert.ok(cell);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      cell.document.uri,
      new vscode.Position(0, 0),
    );
    const text = (hovers ?? [])
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(text, /grad \*\*-1\.5000\*\*/);
  });

  it('shows an error with its kind and its line in the file', async () => {
    const data = new vscode.NotebookData([
      new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, 'Intro', 'markdown'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'q = 1\nr = q + nope', 'tgrad'),
    ]);
    let untitled = await openUntitledNotebook(data);
    let cell = untitled.cellAt(1);
    const errorText = () => {
      const t = outputText(cell);
      return t.includes('NameError') ? t : undefined;
    };
    await executeNotebookCells(untitled, 1, 2);
    let text = await waitFor('an error output', errorText, 10_000).catch(() => undefined);
    if (text === undefined) {
      // Seen only in full runs, after the Jupyter tests: the first untitled notebook's runs
      // never reach the kernel, run again or not (the workbench quirk notebookQueue.test.ts
      // describes); the next notebook opened runs. Say what the cell shows, then open another.
      console.log(
        `e2e: no output yet; summary ${JSON.stringify(cell.executionSummary)}; kernel editor ` +
          `${vscode.window.activeNotebookEditor?.notebook.uri.toString()}; outputs ` +
          JSON.stringify(cell.outputs.map((o) => o.items.map((i) => i.mime))),
      );
      untitled = await openUntitledNotebook(data);
      cell = untitled.cellAt(1);
      await executeNotebookCells(untitled, 1, 2);
      text = await waitFor('an error output, in another notebook', errorText);
    }
    // As a file: "# %% [markdown]", "# Intro", "", "# %%", "q = 1", "r = q + nope".
    assert.match(text, /line 6, col 9/, text);
    await waitFor('the run to end, failed', () => cell.executionSummary?.success === false);
  });

  it('shows a runtime error as a diagnostic in its cell, gone once the cell is edited', async () => {
    const data = new vscode.NotebookData([
      new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, 'Intro', 'markdown'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'p = 2', 'tgrad'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'q = p\nr = q + nope', 'tgrad'),
    ]);
    const untitled = await openUntitledNotebook(data);
    await executeNotebookCells(untitled, 1, 3);
    const cell = untitled.cellAt(2);
    const [d] = await waitFor('a diagnostic in the cell', () => {
      const found = vscode.languages.getDiagnostics(cell.document.uri);
      return found.length > 0 ? found : undefined;
    });
    assert.equal(d.source, 'ToyGrad');
    assert.equal(d.code, 'NameError');
    assert.match(d.message, /^NameError: /);
    // Line 2 of the cell, on `nope` (cell lines, not file lines).
    assert.deepEqual(
      [d.range.start.line, d.range.start.character, d.range.end.character],
      [1, 8, 12],
    );
    assert.deepEqual(vscode.languages.getDiagnostics(untitled.cellAt(1).document.uri), []);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(cell.document.uri, new vscode.Range(1, 8, 1, 12), 'p');
    await vscode.workspace.applyEdit(edit);
    await waitFor('the diagnostic to go', () =>
      vscode.languages.getDiagnostics(cell.document.uri).length === 0 ? true : undefined,
    );
  });

  it('keeps each code cell’s title: its symbol (Outline, breadcrumbs) and its runs’ name', async () => {
    const cell = notebook
      .getCells()
      .find((c) => c.document.getText().startsWith('x1 = Value(2.0)'));
    assert.ok(cell);
    const symbols = await waitFor('the cell’s symbol', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        cell.document.uri,
      );
      return found !== undefined && found.length > 0 ? found : undefined;
    });
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['A neuron with tanh'],
    );
  });
});
