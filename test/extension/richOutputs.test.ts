// Rich cell outputs in a real extension host: draw(v), a cell ending with a Value, and a
// train run become outputs of ToyGrad's own mime types (drawn by its notebook renderer),
// each with an SVG picture beside it, in .ipynb notebooks and in the .tgrad notebook view;
// a saved .ipynb carries the pictures where GitHub and Jupyter find them.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
  waitForCellsToSucceed,
} from './toygradHelpers';

const GRAPH = 'application/vnd.toygrad.graph+json';
const CHART = 'application/vnd.toygrad.chart+json';
const SVG = 'image/svg+xml';
const dir = mkdtempSync(join(tmpdir(), 'toygrad-rich-'));

const CELLS = [
  "a = Value(2.0, label='a')\nb = Value(-3.0, label='b')\nc = a * b; c.label = 'c'\nc.backward()\ndraw(c)",
  'c + 1',
  "seed(0)\nmodel = MLP(2, [4, 1])\nxs = [[1.0, 2.0], [2.0, -1.0]]\nlosses = train(model, xs, [1.0, -1.0], loss='mse', optimizer=SGD(model.parameters(), lr=0.05), steps=25)",
];

function notebookJson(): string {
  return JSON.stringify({
    cells: CELLS.map((source, i) => ({
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
  });
}

const mimes = (cell: vscode.NotebookCell) => cell.outputs.map((o) => o.items.map((i) => i.mime));
const text = (item: vscode.NotebookCellOutputItem) => new TextDecoder().decode(item.data);

async function runAll(notebook: vscode.NotebookDocument): Promise<void> {
  await executeNotebookCells(notebook);
  await waitForCellsToSucceed(notebook);
}

describe('ToyGrad: rich notebook outputs', () => {
  before(activate);
  after(closeAllEditors);

  it('gives graph and chart outputs with SVG beside them in an .ipynb, and saves both', async () => {
    const uri = vscode.Uri.file(join(dir, 'rich.ipynb'));
    writeFileSync(uri.fsPath, notebookJson());
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    await showNotebook(notebook);
    await vscode.commands.executeCommand('notebook.selectKernel', {
      id: 'toygrad-jupyter-kernel',
      extension: EXTENSION_ID,
    });
    await runAll(notebook);
    // The chart is added when the run ends: wait for the last cell's outputs to settle.
    await waitFor('the chart output', () =>
      mimes(notebook.cellAt(2)).some((m) => m[0] === CHART) ? true : undefined,
    );
    assert.deepEqual(mimes(notebook.cellAt(0)), [[GRAPH, SVG]]);
    assert.deepEqual(mimes(notebook.cellAt(1)), [[GRAPH, SVG, 'text/plain']]);
    assert.deepEqual(mimes(notebook.cellAt(2)), [[CHART, SVG]]);

    const drawn = JSON.parse(text(notebook.cellAt(0).outputs[0].items[0])) as {
      version: number;
      title: string;
      graph: { values: { label: string; data: number; grad: number }[] };
    };
    assert.equal(drawn.version, 1);
    assert.equal(drawn.title, 'draw(c)');
    assert.deepEqual(
      drawn.graph.values.map((v) => [v.label, v.data, v.grad]),
      [
        ['a', 2, -3],
        ['b', -3, 2],
        ['c', -6, 1],
      ],
    );
    assert.match(
      text(notebook.cellAt(0).outputs[0].items[1]),
      /^<svg [^]*>data -6\.0000<[^]*<\/svg>$/,
    );
    const chart = JSON.parse(text(notebook.cellAt(2).outputs[0].items[0])) as {
      series: { name: string; steps: number[] }[];
    };
    assert.equal(chart.series[0].name, 'loss');
    assert.equal(chart.series[0].steps.length, 25);

    await notebook.save();
    // Read as Jupyter would: Python's json, the SVG as nbformat lines, our JSON as JSON.
    const summary = execFileSync(
      'python3',
      [
        '-c',
        [
          'import json, sys',
          'nb = json.load(open(sys.argv[1]))',
          'out = []',
          'for cell in nb["cells"]:',
          '    for o in cell["outputs"]:',
          '        d = o.get("data", {})',
          '        svg = "".join(d.get("image/svg+xml", []))',
          '        out.append([o["output_type"], sorted(d), svg.startswith("<svg ") and svg.endswith("</svg>"),',
          '                    [type(d[k]).__name__ for k in sorted(d) if k.endswith("+json")]])',
          'print(json.dumps(out))',
        ].join('\n'),
        uri.fsPath,
      ],
      { encoding: 'utf8' },
    );
    assert.deepEqual(JSON.parse(summary), [
      ['display_data', [GRAPH, SVG], true, ['dict']],
      ['execute_result', [GRAPH, SVG, 'text/plain'], true, ['dict']],
      ['display_data', [CHART, SVG], true, ['dict']],
    ]);
  });

  it('draws in the .tgrad notebook view too', async () => {
    const file = vscode.Uri.file(join(dir, 'small.tgrad'));
    writeFileSync(file.fsPath, `# %% Draw\n${CELLS[0]}\n`);
    const notebook = await vscode.workspace.openNotebookDocument(file);
    await showNotebook(notebook);
    await runAll(notebook);
    await waitFor('the graph output', () =>
      mimes(notebook.cellAt(0)).some((m) => m[0] === GRAPH) ? true : undefined,
    );
    assert.deepEqual(mimes(notebook.cellAt(0)), [[GRAPH, SVG]]);
  });
});
