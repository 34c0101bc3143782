// Training the micrograd demo in the packaged extension, as a person sees it: a cancellable
// progress notification for the long run, the loss curves streaming into the panel, and
// Cancel stopping the run while the session keeps its names.
//   npm run package && node scripts/e2e/run-ui-tests.mjs --vsix toygrad-0.1.0.vsix
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbench } from './driver';
import { withWorkbench } from './workbenchSuite';
import { clickLensAbove, goToLine, outputLine } from './editorLines';
import { selectors } from './selectors';
import { uiEnv } from './ui-env';

const TRAINING = '# %% Training';

/**
 * The demo with a training loop long enough to cancel: its own 100 steps now end within
 * about a second (fused neurons), before a person or the test can reach Cancel.
 */
function longDemoFolder(): string {
  const demo = readFileSync(join(uiEnv().repoRoot, 'examples', 'micrograd_demo.tgrad'), 'utf8');
  const long = demo
    .replace('for k in range(100):', 'for k in range(20000):')
    .replace('k / 100', 'k / 20000')
    .replace('k == 99', 'k == 19999');
  if (long === demo) throw new Error('the demo has no 100-step training loop to lengthen');
  const folder = mkdtempSync(join(tmpdir(), 'toygrad-ui-demo-'));
  writeFileSync(join(folder, 'micrograd_demo.tgrad'), long);
  return folder;
}

describe('UI: training the micrograd demo (packaged extension)', function () {
  this.timeout(300_000);
  let wb: Workbench;
  const folder = longDemoFolder();

  withWorkbench(
    () => folder,
    (opened) => (wb = opened),
  );

  before(async () => {
    await wb.openFile('micrograd_demo.tgrad');
  });

  it('runs the cells above the training cell', async () => {
    const lines = readFileSync(join(folder, 'micrograd_demo.tgrad'), 'utf8').split('\n');
    await goToLine(wb, lines.indexOf(TRAINING) + 1);
    await clickLensAbove(wb, TRAINING, 'Run Above');
    // The loss cell prints the first loss once the data, the model and the loss have run.
    await outputLine(wb, /The\sloss\s·/).waitFor({ timeout: 120_000 });
    await outputLine(wb, /✓\sdone\sin/).waitFor({ timeout: 120_000 });
  });

  it('shows a cancellable notification; Cancel stops the training and keeps the curves', async () => {
    await clickLensAbove(wb, TRAINING, 'Run Forward');
    const toast = wb.page.locator(selectors.notification, {
      hasText: 'ToyGrad: running “Training”',
    });
    await toast.waitFor({ state: 'visible', timeout: 30_000 });
    // At once: a screenshot first (a second or more on a busy machine) is time the run uses.
    await toast.locator('.monaco-button', { hasText: 'Cancel' }).first().click();
    await outputLine(wb, /■\sstopped\safter/).waitFor({ timeout: 30_000 });
    await wb.page
      .locator(selectors.statusBar)
      .getByText('ToyGrad: idle')
      .waitFor({ timeout: 10_000 });
    // The points logged before the stop are in the panel's loss curves.
    const frame = wb.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame
      .getByText(/loss · Training #\d+/)
      .first()
      .waitFor({ timeout: 30_000 });
    await wb.page.waitForTimeout(1000);
    await wb.screenshot('demo-training-stopped');
  });
});
