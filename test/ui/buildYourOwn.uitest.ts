// The build-your-own notebook as a learner goes through it, with the packaged extension: run
// every cell above the last one (the learner's own Value class, its checks against the
// built-in Value, an MLP trained on it), run the last cell and Run Backward on it, read the
// result and the hover, then restart the session and run the last cell alone.
//   npm run package && node scripts/e2e/run-ui-tests.mjs --vsix toygrad-0.1.0.vsix --grep build-your-own
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbench } from './driver';
import { withWorkbench } from './workbenchSuite';
import { clickLensAbove, goToLine, hoverLineStart, outputLine } from './editorLines';
import { uiEnv } from './ui-env';

const GRAPH_CELL = '# %% The graph of one prediction';

describe('UI: the build-your-own notebook, across cells and a restart (packaged extension)', function () {
  this.timeout(300_000);
  let wb: Workbench;
  const example = join(uiEnv().repoRoot, 'examples', 'build-your-own');
  const lines = readFileSync(join(example, 'build-your-own.tgrad'), 'utf8').split('\n');

  withWorkbench(
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'toygrad-ui-build-your-own-'));
      cpSync(example, folder, { recursive: true });
      return folder;
    },
    (opened) => (wb = opened),
  );

  before(async () => {
    await wb.openFile('build-your-own.tgrad');
    await goToLine(wb, lines.indexOf(GRAPH_CELL) + 3);
  });

  it('runs the cells above the last one: the hand-written MLP trains', async () => {
    await clickLensAbove(wb, GRAPH_CELL, 'Run Above');
    await outputLine(wb, /predictions:\s\[0\.946,\s-0\.885,\s-0\.913,\s0\.903\]/).waitFor({
      timeout: 120_000,
    });
  });

  it('runs the last cell, then Run Backward: its result shows the new grad', async () => {
    await clickLensAbove(wb, GRAPH_CELL, 'Run Forward');
    await outputLine(wb, /⇒\sValue\(data=0\.9463,\sgrad=0\.0000\)/).waitFor({ timeout: 60_000 });
    await clickLensAbove(wb, GRAPH_CELL, 'Run Backward');
    // The learner's __repr__ again, after their own backward() set out.grad.
    await outputLine(wb, /⇒\sValue\(data=0\.9463,\sgrad=1\.0000\)/).waitFor({ timeout: 60_000 });
    const hover = await hoverLineStart(wb, 'out = net(xs[0])');
    assert.match(hover, /out\s·\sValue/, hover);
    assert.match(hover, /data\s+0\.9463\s·\sgrad\s+1\.0000/, hover);
    await wb.page.waitForTimeout(500); // the hover fades in
    await wb.screenshot('build-your-own-after-backward');
  });

  it('after a restart, the last cell alone meets a NameError at its line', async () => {
    await wb.page.keyboard.press('Escape');
    await wb.runCommand('ToyGrad: Restart Session');
    await outputLine(wb, /the\ssession\srestarted/).waitFor({ timeout: 30_000 });
    await clickLensAbove(wb, GRAPH_CELL, 'Run Forward');
    await outputLine(wb, /NameError:\sname\s'net'\sis\snot\sdefined/).waitFor({
      timeout: 60_000,
    });
    await wb.page.waitForTimeout(500);
    await wb.screenshot('build-your-own-after-restart');
  });
});
