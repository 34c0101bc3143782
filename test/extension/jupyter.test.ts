// Jupyter interop in a real extension host: ToyGrad as the kernel of an .ipynb (selected,
// run, saved with its kernelspec, offered again on reopening), and the export and import
// commands with files.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  activate,
  closeAllEditors,
  executeNotebookCells,
  EXTENSION_ID,
  showNotebook,
  waitFor,
  workspaceFile,
} from './toygradHelpers';

const dir = mkdtempSync(join(tmpdir(), 'toygrad-jupyter-'));

function outputText(cell: vscode.NotebookCell): string {
  return cell.outputs
    .flatMap((o) => o.items)
    .map((i) => new TextDecoder().decode(i.data))
    .join('\n');
}

/** A notebook as Jupyter made it, with a Python kernel: nothing of ToyGrad's in it. */
function jupyterNotebook(): string {
  const code = (source: string) => ({
    cell_type: 'code',
    execution_count: null,
    id: `c${source.length}`,
    metadata: {},
    outputs: [],
    source,
  });
  return JSON.stringify({
    cells: [
      { cell_type: 'markdown', id: 'm1', metadata: {}, source: '# A neuron' },
      code('a = Value(2.0)\nb = a * -3.0\nb.backward()\nprint(a.grad)'),
      code('b'),
      code('c = b / 0'),
    ],
    metadata: {
      kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
      language_info: { name: 'python' },
    },
    nbformat: 4,
    nbformat_minor: 5,
  });
}

describe('ToyGrad: Jupyter notebooks', () => {
  before(activate);
  after(closeAllEditors);

  it('runs an .ipynb’s Python cells once ToyGrad is picked, as Jupyter shows them', async () => {
    const uri = vscode.Uri.file(join(dir, 'neuron.ipynb'));
    writeFileSync(uri.fsPath, jupyterNotebook());
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    assert.equal(notebook.notebookType, 'jupyter-notebook');
    assert.equal(notebook.cellAt(1).document.languageId, 'python');
    await showNotebook(notebook);
    await vscode.commands.executeCommand('notebook.selectKernel', {
      id: 'toygrad-jupyter-kernel',
      extension: EXTENSION_ID,
    });
    await executeNotebookCells(notebook, 1, 4);
    const error = await waitFor('the error of the last cell', () =>
      notebook.cellAt(3).executionSummary?.success === false ? notebook.cellAt(3) : undefined,
    );
    assert.equal(outputText(notebook.cellAt(1)), '-3.0\n');
    // A cell ending with a Value shows its graph, with the text beside it.
    const result = notebook.cellAt(2).outputs[0].items;
    assert.deepEqual(
      result.map((i) => i.mime),
      ['application/vnd.toygrad.graph+json', 'image/svg+xml', 'text/plain'],
    );
    assert.equal(new TextDecoder().decode(result[2].data), 'Value(data=-6.0, grad=1.0)');
    const summaries = [1, 2, 3].map((i) => notebook.cellAt(i).executionSummary);
    assert.deepEqual(
      summaries.map((s) => s?.executionOrder),
      [1, 2, 3],
    );
    for (const s of summaries) {
      assert.ok(s?.timing !== undefined && s.timing.endTime >= s.timing.startTime, 'timed');
    }
    assert.equal(error.outputs[0].items[0].mime, 'application/vnd.code.notebook.error');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      notebook.cellAt(1).document.uri,
      new vscode.Position(0, 0),
    );
    const hover = (hovers ?? [])
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(hover, /grad \*\*-3\.0000\*\*/, 'the hover on a in a Python cell');
    assert.match(outputText(error), /ZeroDivisionError/);

    // Picking ToyGrad wrote its kernelspec into the notebook; saving keeps it on disk.
    await notebook.save();
    const saved = JSON.parse(readFileSync(uri.fsPath, 'utf8')) as {
      metadata: {
        kernelspec: { name: string; display_name: string };
        language_info: { name: string; file_extension: string; pygments_lexer: string };
      };
      cells: { execution_count: number | null; outputs: { output_type: string }[] }[];
    };
    assert.equal(saved.metadata.kernelspec.name, 'toygrad');
    assert.equal(saved.metadata.kernelspec.display_name, 'ToyGrad');
    // language_info as a Python kernel writes it (the notebook had only its name).
    assert.equal(saved.metadata.language_info.file_extension, '.py');
    assert.equal(saved.metadata.language_info.pygments_lexer, 'ipython3');
    assert.equal(saved.cells[2].execution_count, 2);
    assert.deepEqual(
      saved.cells[1].outputs.map((o) => o.output_type),
      ['stream'],
    );

    // Restart: the names are gone and the execution counts start again at 1.
    await showNotebook(notebook);
    await vscode.commands.executeCommand('toygrad.restart');
    await executeNotebookCells(notebook, 2, 3);
    const afterRestart = await waitFor('the cell run after the restart', () =>
      notebook.cellAt(2).executionSummary?.success === false ? notebook.cellAt(2) : undefined,
    );
    assert.equal(afterRestart.executionSummary?.executionOrder, 1);
    assert.match(outputText(afterRestart), /NameError/);
    await notebook.save();

    // Reopened (a copy, as another window would open it): ToyGrad runs it without asking.
    const again = vscode.Uri.file(join(dir, 'reopened.ipynb'));
    writeFileSync(again.fsPath, readFileSync(uri.fsPath));
    const reopened = await vscode.workspace.openNotebookDocument(again);
    await showNotebook(reopened);
    await executeNotebookCells(reopened, 1, 2);
    await waitFor('the reopened cell’s output', () =>
      outputText(reopened.cellAt(1)) === '-3.0\n' ? true : undefined,
    );
  });

  it('runs Run Backward from an .ipynb cell’s toolbar: the hovers show the new grads', async () => {
    const uri = vscode.Uri.file(join(dir, 'backward.ipynb'));
    writeFileSync(
      uri.fsPath,
      JSON.stringify({
        cells: [
          {
            cell_type: 'code',
            execution_count: null,
            id: 'b1',
            metadata: {},
            outputs: [],
            source: 'a = Value(3.0)\nL = a * a + a\nL',
          },
        ],
        metadata: { kernelspec: { display_name: 'ToyGrad', language: 'python', name: 'toygrad' } },
        nbformat: 4,
        nbformat_minor: 5,
      }),
    );
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    await showNotebook(notebook);
    await vscode.commands.executeCommand('notebook.selectKernel', {
      id: 'toygrad-jupyter-kernel',
      extension: EXTENSION_ID,
    });
    await executeNotebookCells(notebook, 0, 1);
    await waitFor('the cell’s run', () => notebook.cellAt(0).executionSummary?.success);
    const hoverOnA = async () =>
      (
        (await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          notebook.cellAt(0).document.uri,
          new vscode.Position(0, 0),
        )) ?? []
      )
        .flatMap((h) => h.contents)
        .map((c) => (typeof c === 'string' ? c : c.value))
        .join('\n');
    assert.match(await hoverOnA(), /grad \*\*0\.0000\*\*/, 'no grad before the backward');
    // The toolbar passes the cell itself, as here.
    const outcome = await vscode.commands.executeCommand<{ status: string }>(
      'toygrad.runBackward',
      notebook.cellAt(0),
    );
    assert.equal(outcome.status, 'ok');
    // dL/da = 2a + 1 = 7
    assert.match(await hoverOnA(), /grad \*\*7\.0000\*\*/);
    // The cell's result (L's graph and repr) shows L's grad too, under the same number.
    const cell = notebook.cellAt(0);
    await waitFor('the result with its grad', () =>
      /Value\(data=12\.0, grad=1\.0\)/.test(outputText(cell)) ? true : undefined,
    );
    assert.doesNotMatch(outputText(cell), /grad=0\.0/);
    assert.equal(cell.executionSummary?.executionOrder, 1);
    assert.equal(cell.outputs.length, 1);
    // Edited, then Run Backward: the cell runs again as an execution (its new print and
    // number shown), then backpropagates.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(
      cell.document.uri,
      new vscode.Range(0, 0, cell.document.lineCount, 0),
      'a = Value(4.0)\nprint("edited")\nL = a * a + a\nL',
    );
    await vscode.workspace.applyEdit(edit);
    const again = await vscode.commands.executeCommand<{ status: string }>(
      'toygrad.runBackward',
      cell,
    );
    assert.equal(again.status, 'ok', JSON.stringify(again));
    await waitFor('the edited cell’s outputs', () =>
      /edited\n[^]*Value\(data=20\.0, grad=1\.0\)/.test(outputText(cell)) ? true : undefined,
    );
    assert.equal(cell.executionSummary?.executionOrder, 2);
    assert.match(await hoverOnA(), /grad \*\*9\.0000\*\*/);
  });

  it('exports a .tgrad as .ipynb and imports it back to the same text; exports Python', async () => {
    const source = workspaceFile('lecture.tgrad');
    const ipynb = vscode.Uri.file(join(dir, 'lecture.ipynb'));
    const back = vscode.Uri.file(join(dir, 'lecture-back.tgrad'));
    await vscode.commands.executeCommand('toygrad.exportIpynb', source, ipynb);
    const nb = JSON.parse(readFileSync(ipynb.fsPath, 'utf8')) as { nbformat: number };
    assert.equal(nb.nbformat, 4);
    await vscode.commands.executeCommand('toygrad.importIpynb', ipynb, back);
    assert.equal(readFileSync(back.fsPath, 'utf8'), readFileSync(source.fsPath, 'utf8'));

    const py = vscode.Uri.file(join(dir, 'lecture.py'));
    await vscode.commands.executeCommand('toygrad.exportPython', source, py);
    assert.match(readFileSync(py.fsPath, 'utf8'), /^# Exported by ToyGrad from lecture\.tgrad/);
    assert.match(
      readFileSync(join(dir, 'toygrad_builtins.py'), 'utf8'),
      /^"""ToyGrad's built-ins in plain Python/,
    );
  });

  it('exports a ToyGrad notebook with the outputs its cells show', async () => {
    const file = vscode.Uri.file(join(dir, 'small.tgrad'));
    writeFileSync(file.fsPath, '# %% First\nx = Value(1.5)\nprint("hi")\nx * 2\n');
    const notebook = await vscode.workspace.openNotebookDocument(file);
    await showNotebook(notebook);
    await executeNotebookCells(notebook, 0, 1);
    await waitFor('the cell’s outputs', () =>
      notebook.cellAt(0).executionSummary?.success === true ? true : undefined,
    );
    const out = vscode.Uri.file(join(dir, 'small.ipynb'));
    await vscode.commands.executeCommand('toygrad.exportIpynb', undefined, out);
    const nb = JSON.parse(readFileSync(out.fsPath, 'utf8')) as {
      cells: { execution_count: number; outputs: unknown[]; metadata: unknown }[];
    };
    assert.deepEqual(nb.cells[0].metadata, { toygrad: { title: 'First' } });
    assert.ok(nb.cells[0].execution_count >= 1);
    const [stream, result] = nb.cells[0].outputs as {
      output_type: string;
      data?: Record<string, unknown>;
    }[];
    assert.deepEqual(stream, { name: 'stdout', output_type: 'stream', text: ['hi\n'] });
    assert.equal(result.output_type, 'execute_result');
    assert.deepEqual(result.data?.['text/plain'], ['Value(data=3.0, grad=0.0)']);
    // The Value's graph: ToyGrad's JSON saved as JSON, and its SVG picture as lines.
    const graph = result.data?.['application/vnd.toygrad.graph+json'] as { version: number };
    assert.equal(graph.version, 1);
    assert.match((result.data?.['image/svg+xml'] as string[])[0], /^<svg /);
  });
});
