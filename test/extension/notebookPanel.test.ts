// A notebook draws into its cells' outputs, so the side panel does not open by itself (it used
// to open beside the notebook, blank next to the inline graph). Opened on purpose (Show Panel,
// in the notebook's toolbar), it shows what the notebook drew last: the graph, and the plots.
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { PANEL_VIEW_TYPE } from '../../src/extension/graphPanel';
import { notebookSessionUri } from '../../src/extension/notebookController';
import {
  activate,
  closeAllEditors,
  executeNotebookCells,
  EXTENSION_ID,
  inspect,
  showNotebook,
  sleep,
  waitFor,
  waitForCellsToSucceed,
} from './toygradHelpers';

const GRAPH = 'application/vnd.toygrad.graph+json';
const dir = mkdtempSync(join(tmpdir(), 'toygrad-nbpanel-'));

const DRAW =
  "a = Value(2.0, label='a')\nb = Value(-3.0, label='b')\nc = a * b; c.label = 'c'\nc.backward()\ndraw(c)";
const PLOT = "plot([k * k for k in range(5)], name='squares')";

/** ToyGrad panels among the open tabs, whatever document they show. */
const panelTabs = () =>
  vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter(
      (t) =>
        t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(PANEL_VIEW_TYPE),
    );

async function runCells(notebook: vscode.NotebookDocument): Promise<void> {
  await executeNotebookCells(notebook);
  await waitForCellsToSucceed(notebook);
  await waitFor('the graph output', () =>
    notebook.cellAt(0).outputs.some((o) => o.items[0]?.mime === GRAPH) ? true : undefined,
  );
}

/** After the draw: no panel, then Show Panel brings one that gets the drawn graph. */
async function checkPanel(notebook: vscode.NotebookDocument): Promise<void> {
  const session = notebookSessionUri(notebook);
  // The panel's pictures are throttled (4 a second): give a wrongly opened panel time to show.
  await sleep(800);
  assert.equal((await inspect(session)).panel, null, 'a panel was opened for the notebook');
  assert.deepEqual(
    panelTabs().map((t) => t.label),
    [],
  );

  await vscode.commands.executeCommand('toygrad.showPanel');
  const panel = await waitFor('the panel page to get its state', async () => {
    const p = (await inspect(session)).panel;
    return p !== null && p.visible && p.posted.includes('state') ? p : undefined;
  });
  assert.deepEqual(
    panel.state.graph?.values.map((v) => [v.label, v.data, v.grad]),
    [
      ['a', 2, -3],
      ['b', -3, 2],
      ['c', -6, 1],
    ],
  );
  assert.deepEqual(
    panel.state.plots.map((p) => p.name),
    ['squares'],
  );
  assert.equal(panelTabs().length, 1);
}

describe('ToyGrad: the side panel of a notebook', () => {
  before(activate);
  afterEach(closeAllEditors);

  it('does not open by itself for an .ipynb on the ToyGrad kernel; Show Panel shows its graph', async () => {
    const uri = vscode.Uri.file(join(dir, 'panel.ipynb'));
    writeFileSync(
      uri.fsPath,
      JSON.stringify({
        cells: [DRAW, PLOT].map((source, i) => ({
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
    await showNotebook(notebook);
    await vscode.commands.executeCommand('notebook.selectKernel', {
      id: 'toygrad-jupyter-kernel',
      extension: EXTENSION_ID,
    });
    await runCells(notebook);
    await checkPanel(notebook);
  });

  it('does not open by itself for the .tgrad notebook view; Show Panel shows its graph', async () => {
    const file = vscode.Uri.file(join(dir, 'panel.tgrad'));
    writeFileSync(file.fsPath, `# %% Draw\n${DRAW}\n\n# %% Plot\n${PLOT}\n`);
    const notebook = await vscode.workspace.openNotebookDocument(file);
    await showNotebook(notebook);
    await runCells(notebook);
    await checkPanel(notebook);
  });

  it('forgets what it kept for a notebook’s panel once the notebook is closed', async () => {
    const notebook = await vscode.workspace.openNotebookDocument(
      'tgrad-notebook',
      new vscode.NotebookData([
        new vscode.NotebookCellData(vscode.NotebookCellKind.Code, DRAW, 'tgrad'),
      ]),
    );
    await showNotebook(notebook);
    await runCells(notebook);
    const session = notebookSessionUri(notebook);
    await waitFor('the drawing kept for Show Panel', async () => (await inspect(session)).held);
    // An untitled notebook closed without saving is gone at once (a file's lingers).
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the notebook to close', () => (notebook.isClosed ? true : undefined));
    await waitFor('the kept drawing to go', async () => !(await inspect(session)).held);
  });
});
