// Notebook outputs while a cell runs, in a real extension host: a cell that logs a loss every
// step shows its curve growing in the cell's output (the chart replaced at most
// CURVE_UPDATES_PER_SECOND times a second), not only when it ends; plot() and boundary()
// become outputs of their own mime types, a repeated plot name replacing its chart.
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CURVE_UPDATES_PER_SECOND } from '../../src/extension/notebookController';
import {
  activate,
  closeAllEditors,
  executeNotebookCells,
  EXTENSION_ID,
  waitForCellsToSucceed,
} from './toygradHelpers';

const CHART = 'application/vnd.toygrad.chart+json';
const PLOT = 'application/vnd.toygrad.plot+json';
const BOUNDARY = 'application/vnd.toygrad.boundary+json';
const SVG = 'image/svg+xml';
const STEPS = 20000;
const dir = mkdtempSync(join(tmpdir(), 'toygrad-stream-'));

const LOGGING = [
  'model = MLP(3, [8, 8, 1])',
  'x = [0.5, -1.0, 2.0]',
  `for k in range(${STEPS}):`,
  '    loss = (model(x) - 1.0) ** 2',
  '    model.zero_grad()',
  '    loss.backward()',
  '    for p in model.parameters():',
  '        p.data -= 0.001 * p.grad',
  '    log(loss)',
].join('\n');

const PLOTS = [
  'seed(1337)',
  'X, y = moons(50, noise=0.1)',
  'model = MLP(2, [4, 1])',
  "plot([1, 2, 3], name='squares')",
  "plot([1, 4, 9], name='squares')",
  'plot([3, 2, 1])',
  'boundary(model, X, y)',
].join('\n');

async function openIpynb(name: string, cells: string[]): Promise<vscode.NotebookDocument> {
  const uri = vscode.Uri.file(join(dir, name));
  writeFileSync(
    uri.fsPath,
    JSON.stringify({
      cells: cells.map((source, i) => ({
        cell_type: 'code',
        execution_count: null,
        id: `c${i}`,
        metadata: {},
        outputs: [],
        source,
      })),
      metadata: { kernelspec: { display_name: 'ToyGrad', language: 'python', name: 'toygrad' } },
      nbformat: 4,
      nbformat_minor: 5,
    }),
  );
  const notebook = await vscode.workspace.openNotebookDocument(uri);
  await vscode.window.showNotebookDocument(notebook);
  await vscode.commands.executeCommand('notebook.selectKernel', {
    id: 'toygrad-jupyter-kernel',
    extension: EXTENSION_ID,
  });
  return notebook;
}

const decode = (item: vscode.NotebookCellOutputItem) => new TextDecoder().decode(item.data);

/** Points in the cell's chart output, or null while it has none. */
function chartPoints(cell: vscode.NotebookCell): number | null {
  for (const output of cell.outputs) {
    const item = output.items.find((i) => i.mime === CHART);
    if (item === undefined) continue;
    const data = JSON.parse(decode(item)) as { series: { total: number }[] };
    return data.series[0].total;
  }
  return null;
}

describe('ToyGrad: notebook outputs while a cell runs', () => {
  before(activate);
  after(closeAllEditors);

  it('streams a logging cell’s curve into its output while it runs, throttled', async function () {
    // About 33 s in CI; a loaded machine took longer than mocha's 60 s.
    this.timeout(180_000);
    const notebook = await openIpynb('stream.ipynb', [LOGGING]);
    const cell = notebook.cellAt(0);
    const seen: { points: number; running: boolean }[] = [];
    const sub = vscode.workspace.onDidChangeNotebookDocument((e) => {
      if (e.notebook !== notebook) return;
      for (const change of e.cellChanges) {
        if (change.outputs === undefined) continue;
        const points = chartPoints(change.cell);
        if (points !== null)
          seen.push({ points, running: change.cell.executionSummary?.success === undefined });
      }
    });
    const started = Date.now();
    try {
      await executeNotebookCells(notebook, 0, 1);
      await waitForCellsToSucceed(notebook, 0, 1, 120_000);
    } finally {
      sub.dispose();
    }
    const seconds = (Date.now() - started) / 1000;
    const intermediate = seen.filter((s) => s.running && s.points < STEPS);
    assert.ok(intermediate.length > 0, `chart updates seen: ${JSON.stringify(seen)}`);
    assert.equal(chartPoints(cell), STEPS);
    // Growing, and no more often than the throttle allows (plus the final one).
    for (let i = 1; i < intermediate.length; i++)
      assert.ok(intermediate[i].points >= intermediate[i - 1].points, JSON.stringify(seen));
    assert.ok(
      intermediate.length <= Math.ceil(seconds * CURVE_UPDATES_PER_SECOND) + 1,
      `${intermediate.length} updates in ${seconds.toFixed(1)} s`,
    );
    // One chart output, with its SVG picture, however many times it was replaced.
    assert.deepEqual(
      cell.outputs.map((o) => o.items.map((i) => i.mime)),
      [[CHART, SVG]],
    );
  });

  it('gives plot() and boundary() outputs, a repeated plot name replacing its chart', async () => {
    const notebook = await openIpynb('plots.ipynb', [PLOTS]);
    const cell = notebook.cellAt(0);
    await executeNotebookCells(notebook, 0, 1);
    await waitForCellsToSucceed(notebook, 0, 1);
    assert.deepEqual(
      cell.outputs.map((o) => o.items.map((i) => i.mime)),
      [
        [PLOT, SVG],
        [PLOT, SVG],
        [BOUNDARY, SVG],
      ],
    );
    const plots = cell.outputs
      .slice(0, 2)
      .map((o) => JSON.parse(decode(o.items[0])) as { plot: { name: string; ys: number[] } });
    assert.deepEqual(
      plots.map((p) => [p.plot.name, p.plot.ys]),
      [
        ['squares', [1, 4, 9]],
        ['plot', [3, 2, 1]],
      ],
    );
    const boundary = JSON.parse(decode(cell.outputs[2].items[0])) as {
      boundary: { points: unknown[] };
    };
    assert.equal(boundary.boundary.points.length, 50);
  });
});
