// Running a cell while another of the same notebook still runs, as a person does with
// Shift+Enter down a notebook: the later run waits its turn (shown pending), each cell shows
// only what its own run printed, and a run that fails cancels the runs queued behind it, as
// Jupyter does, so that they do not run on a state the failed cell did not make.
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  activate,
  closeAllEditors,
  executeNotebookCells,
  pickToyGradKernel,
  showNotebook,
  sleep,
  waitFor,
  waitForCellsToSucceed,
} from './toygradHelpers';

const dir = mkdtempSync(join(tmpdir(), 'toygrad-queue-'));

/**
 * A .tgrad file of `cells` in the notebook view. A file, not an untitled notebook: the
 * workbench may run an untitled notebook's cells in the kept editor of an earlier closed
 * Untitled-1 (see executeNotebookCells), and a test before this one closes one.
 */
async function openNotebook(name: string, cells: string[]): Promise<vscode.NotebookDocument> {
  const file = join(dir, name);
  writeFileSync(file, cells.map((c) => `# %%\n${c}\n`).join('\n'));
  const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.file(file));
  await showNotebook(notebook);
  await pickToyGradKernel();
  return notebook;
}

function stdoutOf(cell: vscode.NotebookCell): string {
  return cell.outputs
    .flatMap((o) => o.items)
    .filter((i) => i.mime === 'application/vnd.code.notebook.stdout')
    .map((i) => new TextDecoder().decode(i.data))
    .join('');
}

function textOf(cell: vscode.NotebookCell): string {
  return cell.outputs
    .flatMap((o) => o.items)
    .map((i) => new TextDecoder().decode(i.data))
    .join('\n');
}

const SLOW = 'import time\nfor i in range(4):\n    print("slow", i)\n    time.sleep(0.4)';

/**
 * Measured here (code-server's workbench): the first notebook opened after the notebook panel
 * tests revert and close an untitled notebook never gets its first runs (the workbench does
 * not call the kernel, whether the command names the notebook or not; the kernel picked; the
 * notebook the active editor; asking again does not help); the next notebook runs at once.
 * So a scratch notebook takes that turn first, and says when its run went nowhere.
 */
async function settleWorkbench(): Promise<void> {
  const scratch = await openNotebook('scratch.tgrad', ['1 + 1']);
  await executeNotebookCells(scratch, 0, 1);
  const ran = () => scratch.cellAt(0).executionSummary?.success === true;
  if (!(await waitFor('the scratch cell', ran, 5_000).catch(() => false)))
    console.log("e2e: a scratch notebook's run went nowhere");
  await closeAllEditors();
}

/**
 * Runs the notebook's first cell and waits until it prints `text`. When the workbench let the
 * run go nowhere (see settleWorkbench: seen on the first notebook opened after the panel
 * tests even with the scratch turn taken, and on the suite's first notebook when it runs
 * alone with --grep), the cell neither runs nor waits: show the notebook again and ask once
 * more, as a person clicks into it and presses Run again when nothing happens (asking again
 * alone did not help).
 */
async function startFirstCell(
  notebook: vscode.NotebookDocument,
  text: string,
): Promise<{ run: Promise<void> }> {
  const cell = notebook.cellAt(0);
  const printed = () => stdoutOf(cell).includes(text);
  // Not awaited: the command settles when the run ends, and the test queues a cell meanwhile.
  let run = executeNotebookCells(notebook, 0, 1);
  if (await waitFor('the first cell to print', printed, 5_000).catch(() => false)) return { run };
  // A run that went nowhere leaves no summary, or an empty one (`{}`, seen in CI): no order.
  if (cell.executionSummary?.executionOrder === undefined && textOf(cell) === '') {
    console.log("e2e: the first cell's run went nowhere; showing the notebook again");
    await showNotebook(notebook);
    await pickToyGradKernel();
    run = executeNotebookCells(notebook, 0, 1);
  }
  const state = () =>
    `the first cell to print (its summary then: ${JSON.stringify(cell.executionSummary)}, ` +
    `its outputs: ${JSON.stringify(textOf(cell))})`;
  await waitFor('the first cell to print', printed).catch((e: unknown) => {
    throw new Error(`${String(e)}; ${state()}`);
  });
  // In an object: an async function returning the promise itself would wait for the run.
  return { run };
}

describe('ToyGrad: cells run while another runs', () => {
  before(async () => {
    await activate();
    await settleWorkbench();
  });
  after(closeAllEditors);

  it('waits its turn, and each cell shows only its own output', async () => {
    const notebook = await openNotebook('turns.tgrad', [SLOW, 'print("quick")\n6 * 7']);
    const [slow, quick] = [notebook.cellAt(0), notebook.cellAt(1)];
    const first = await startFirstCell(notebook, 'slow 0');
    await executeNotebookCells(notebook, 1, 2);
    await first.run;
    await waitForCellsToSucceed(notebook, 0, 2);
    assert.equal(stdoutOf(slow), 'slow 0\nslow 1\nslow 2\nslow 3\n');
    assert.equal(stdoutOf(quick), 'quick\n');
    assert.match(textOf(quick), /^42$/m);
    const order = (c: vscode.NotebookCell) => c.executionSummary?.executionOrder ?? 0;
    assert.equal(order(quick), order(slow) + 1, 'the queued cell ran second');
    const timing = (c: vscode.NotebookCell) => c.executionSummary?.timing;
    assert.ok(
      (timing(quick)?.startTime ?? 0) >= (timing(slow)?.endTime ?? Infinity),
      'the queued cell started when the slow one had ended',
    );
  });

  it('does not run a queued cell after the cell before it fails', async () => {
    const failing = `${SLOW}\nraise ValueError("bad batch")`;
    const notebook = await openNotebook('fails.tgrad', [failing, 'print("should not run")']);
    const [bad, queued] = [notebook.cellAt(0), notebook.cellAt(1)];
    const first = await startFirstCell(notebook, 'slow 0');
    await executeNotebookCells(notebook, 1, 2);
    await first.run;
    await waitFor('the first cell to fail', () => bad.executionSummary?.success === false);
    // Time for a run that wrongly went ahead to show its output.
    await sleep(1_500);
    assert.equal(textOf(queued), '');
    assert.equal(queued.executionSummary?.executionOrder, undefined, 'the queued cell never ran');
    assert.notEqual(queued.executionSummary?.success, true);
  });
});
