// Queued cell runs in a notebook on the ToyGrad kernel (packaged extension), as a person does
// them: start a slow training cell with its Run button, then the next cell's Run button while
// the first still runs. The second shows VS Code's pending clock until the first ends, then runs;
// each shows its own output, and the Output panel stays closed (screenshots notebook-queue-pending.png, notebook-queue-done.png).
//   npm run package && node scripts/e2e/run-ui-tests.mjs --vsix toygrad-0.1.0.vsix --grep queued
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { Workbench } from './driver';
import { withWorkbench } from './workbenchSuite';
import { selectors } from './selectors';

const SLOW_CELL = [
  'import time',
  'seed(1337)',
  'model = MLP(2, [4, 1])',
  'for step in range(5):',
  '    time.sleep(0.8)',
  '    print("slow step", step)',
].join('\n');

const QUICK_CELL = 'print("quick cell ran")\nlen(model.parameters())';

/** An .ipynb on the ToyGrad kernel (its kernelspec), a slow cell and a quick one. */
function notebookFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'toygrad-ui-queue-'));
  const cell = (id: string, source: string) => ({
    cell_type: 'code',
    execution_count: null,
    id,
    metadata: {},
    outputs: [],
    source,
  });
  const notebook = {
    cells: [cell('slow', SLOW_CELL), cell('quick', QUICK_CELL)],
    metadata: {
      kernelspec: { display_name: 'ToyGrad', language: 'python', name: 'toygrad' },
      language_info: { name: 'python' },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  writeFileSync(join(folder, 'queue.ipynb'), JSON.stringify(notebook, null, 1));
  return folder;
}

/** Which of VS Code's execution states a cell's status bar shows now. */
async function stateOf(cell: Locator): Promise<string> {
  for (const state of ['executing', 'pending', 'success', 'error']) {
    const icon = cell.locator(`.codicon-notebook-state-${state}`);
    if ((await icon.count()) > 0 && (await icon.first().isVisible())) return state;
  }
  return 'idle';
}

/** Clicks the cell's Run button (shown on the cell's left while the pointer is over it). */
async function runButton(cell: Locator): Promise<void> {
  await cell.hover();
  await cell.locator('.run-button-container .monaco-toolbar .action-label').first().click();
}

describe('UI: queued cell runs in a notebook on the ToyGrad kernel (packaged extension)', function () {
  this.timeout(240_000);
  let wb: Workbench;

  withWorkbench(notebookFolder, (opened) => (wb = opened));

  it('runs a cell queued while another runs after it, pending until then', async () => {
    await wb.openNotebook('queue.ipynb', 'ToyGrad: Import Jupyter Notebook');
    const { page } = wb;
    const picker = page.locator(selectors.notebookKernelPicker).first();
    await picker.waitFor({ state: 'visible', timeout: 30_000 });
    if (!/ToyGrad/.test(await picker.innerText())) {
      await picker.click();
      const row = page.locator(selectors.quickInputRow).filter({
        has: page.locator(selectors.quickInputRowLabel, { hasText: /^\s*ToyGrad\s*$/ }),
      });
      await row.first().click({ timeout: 60_000 });
      await page.locator(selectors.quickInput).waitFor({ state: 'hidden' });
    }
    const slow = page.locator(selectors.notebookCell, { hasText: 'slow step' }).first();
    const quick = page.locator(selectors.notebookCell, { hasText: 'quick cell ran' }).first();
    await runButton(slow);
    const deadline = Date.now() + 60_000;
    while ((await stateOf(slow)) !== 'executing') {
      assert.ok(Date.now() < deadline, `the slow cell never ran (${await stateOf(slow)})`);
      await page.waitForTimeout(100);
    }
    await runButton(quick);
    await page.waitForTimeout(500);
    const [slowNow, quickNow] = [await stateOf(slow), await stateOf(quick)];
    await wb.screenshot('notebook-queue-pending');
    assert.deepEqual([slowNow, quickNow], ['executing', 'pending']);

    const done = Date.now() + 90_000;
    while ((await stateOf(quick)) !== 'success') {
      assert.ok(Date.now() < done, `the queued cell did not finish (${await stateOf(quick)})`);
      await page.waitForTimeout(250);
    }
    assert.equal(await stateOf(slow), 'success');
    // Execution counts, as Jupyter shows them: the queued cell ran second.
    const count = async (cell: Locator) =>
      (
        await cell.locator('.execution-count-label, .cell-execution-count').first().innerText()
      ).replace(/\s/g, '');
    const [slowCount, quickCount] = [await count(slow), await count(quick)];
    assert.match(slowCount, /\d/);
    assert.equal(quickCount.replace(/\D/g, ''), String(Number(slowCount.replace(/\D/g, '')) + 1));
    await page.waitForTimeout(1000);
    await wb.screenshot('notebook-queue-done');
    // The cells show what the runs printed: the Output panel does not pop up over the notebook.
    assert.equal(await page.locator(selectors.panel).isVisible(), false, 'the panel opened');
  });

  it('after Restart Session, runs the later cell alone on an empty session, then Run All again', async () => {
    const { page } = wb;
    const slow = page.locator(selectors.notebookCell, { hasText: 'slow step' }).first();
    const quick = page.locator(selectors.notebookCell, { hasText: 'quick cell ran' }).first();
    await toolbarAction(wb, 'Restart Session');
    // The restarted session has no `model`: the later cell, run alone, fails.
    await runButton(quick);
    await waitForState(quick, 'error', 60_000);
    await wb.screenshot('notebook-queue-after-restart');
    await toolbarAction(wb, 'Run All');
    await waitForState(quick, 'success', 90_000);
    assert.equal(await stateOf(slow), 'success');
    const count = async (cell: Locator) =>
      (await cell.locator('.execution-count-label').first().innerText()).replace(/\D/g, '');
    // Counts start again at 1 after a restart, as in Jupyter: [1] the failed run, then 2, 3.
    assert.deepEqual([await count(slow), await count(quick)], ['2', '3']);
  });
});

/** Clicks an action of the notebook's toolbar by its label, confirming a dialog if one asks. */
async function toolbarAction(wb: Workbench, label: string): Promise<void> {
  await wb.page
    .locator('.notebook-toolbar-container .action-item', { hasText: label })
    .first()
    .click();
  const dialog = wb.page.locator('.monaco-dialog-box');
  if (await dialog.isVisible().catch(() => false)) {
    await dialog.locator('.monaco-button').first().click();
  }
}

async function waitForState(cell: Locator, state: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await stateOf(cell)) !== state) {
    assert.ok(Date.now() < deadline, `the cell is ${await stateOf(cell)}, not ${state}`);
    await cell.page().waitForTimeout(250);
  }
}
