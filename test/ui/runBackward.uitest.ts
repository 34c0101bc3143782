// What a person does with the packaged extension: open the lecture, click Run Backward above
// the neuron cell, hover w1 and read its gradient, open the graph. Run it on the VSIX:
//   npm run package && node scripts/e2e/run-ui-tests.mjs --vsix toygrad-0.1.0.vsix
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Workbench } from './driver';
import { withWorkbench } from './workbenchSuite';
import { clickLensAbove, goToLine, hoverLineStart, viewLine } from './editorLines';
import { uiEnv } from './ui-env';

const NEURON_MARKER = '# %% A neuron with tanh';

describe('UI: Run Backward on the lecture neuron (packaged extension)', function () {
  this.timeout(180_000);
  let wb: Workbench;

  /** 1-based line of the neuron cell's marker, read from the example itself. */
  const markerLine = (): number =>
    readFileSync(join(uiEnv().repoRoot, 'examples', 'lecture.tgrad'), 'utf8')
      .split('\n')
      .indexOf(NEURON_MARKER) + 1;

  withWorkbench(
    () => join(uiEnv().repoRoot, 'examples'),
    (opened) => (wb = opened),
  );

  it('opens lecture.tgrad as ToyGrad with the lenses above every cell', async () => {
    await wb.openFile('lecture.tgrad');
    assert.equal(await wb.languageMode(), 'ToyGrad');
    // The extension activates on the language; its lenses come a moment later.
    const wanted = ['Run Forward', 'Run Backward', 'Graph', 'Run Above'];
    const deadline = Date.now() + 60_000;
    let titles: string[] = [];
    while (!wanted.every((t) => titles.includes(t))) {
      assert.ok(Date.now() < deadline, `lenses seen: ${titles.join(' | ')}`);
      await wb.page.waitForTimeout(250);
      titles = await wb.codeLensTitles();
    }
    await goToLine(wb, markerLine());
    await viewLine(wb, NEURON_MARKER).first().waitFor({ state: 'visible' });
    const shot = await wb.screenshot('lecture-lenses');
    assert.ok(existsSync(shot) && statSync(shot).size > 10_000);
  });

  it('runs backward from the neuron and shows w1’s gradient in its hover', async () => {
    await clickLensAbove(wb, NEURON_MARKER, 'Run Backward');
    // The output channel (a read-only editor below) logs the backward once it is done.
    await wb.page
      .locator('.view-line', { hasText: /A\sneuron\swith\stanh\s·\sbackward/ })
      .first()
      .waitFor({ timeout: 60_000 });
    // The output channel opened below the editor: bring the cell back into view.
    await goToLine(wb, markerLine() + 8);
    await wb.screenshot('lecture-after-run-backward');
    const hover = await hoverLineStart(wb, 'w1 = Value(-3.0)');
    const grad = /grad\s+(-?\d+\.\d+)/.exec(hover);
    assert.ok(grad, `no gradient in the hover: ${hover}`);
    assert.equal(Number(grad[1]), 1.0);
    assert.match(hover, /data\s+-3\.0000/);
    await wb.page.waitForTimeout(500); // the hover fades in
    await wb.screenshot('lecture-hover-w1');
  });

  it('shows x1’s gradient -1.5', async () => {
    await wb.page.keyboard.press('Escape');
    const hover = await hoverLineStart(wb, 'x1 = Value(2.0)');
    assert.match(hover, /grad\s+-1\.5000/);
  });

  it('opens the graph of the neuron beside the editor', async () => {
    await wb.page.keyboard.press('Escape');
    // Room for the picture, as a person looking at a graph makes it: no output panel below.
    await wb.runCommand('View: Hide Panel');
    await goToLine(wb, markerLine());
    await clickLensAbove(wb, NEURON_MARKER, 'Graph');
    const tab = wb.page.locator('.tabs-container .tab', { hasText: 'ToyGrad: lecture.tgrad' });
    await tab.waitFor({ state: 'visible', timeout: 30_000 });
    const frame = wb.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('canvas').first().waitFor({ state: 'visible', timeout: 60_000 });
    // Let the layout settle before the picture is taken.
    await wb.page.waitForTimeout(4000);
    const shot = await wb.screenshot('lecture-graph-panel');
    assert.ok(statSync(shot).size > 10_000);
  });

  it('brings the panel back, with its graph, after the window reloads', async () => {
    // The extension saves the panel state a second after it changes, then writes it through
    // two workspaceState updates: on a loaded machine 2 s was seen to be too short.
    await wb.page.waitForTimeout(4000);
    await wb.page.reload();
    await wb.waitReady(90_000);
    const tab = wb.page.locator('.tabs-container .tab', { hasText: 'ToyGrad: lecture.tgrad' });
    await tab.waitFor({ state: 'visible', timeout: 60_000 });
    await tab.click();
    const frame = wb.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('canvas').first().waitFor({ state: 'visible', timeout: 60_000 });
    await frame.getByText('10 values').first().waitFor({ timeout: 30_000 });
    await wb.page.waitForTimeout(2000);
    await wb.screenshot('lecture-graph-panel-after-reload');
  });
});
