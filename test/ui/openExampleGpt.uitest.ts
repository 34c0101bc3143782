// The installed extension's own tiny GPT, as a learner finds it: ToyGrad: Open Example… from
// the palette, pick tiny_gpt.py, Run Forward on the unsaved copy. It reads names.txt from the
// bundled example's folder, trains with the loss curve live in the panel, and Stop ends it
// (screenshot open-example-tiny-gpt.png).
//   npm run package && node scripts/e2e/run-ui-tests.mjs --vsix toygrad-0.1.0.vsix --grep tiny_gpt
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbench } from './driver';
import { withWorkbench } from './workbenchSuite';
import { outputLine } from './editorLines';
import { selectors } from './selectors';

describe('UI: Open Example… tiny_gpt.py from the installed extension (packaged extension)', function () {
  this.timeout(240_000);
  let wb: Workbench;

  withWorkbench(
    () => {
      // A learner's own folder, with nothing of the example in it (the explorer needs a row).
      const folder = mkdtempSync(join(tmpdir(), 'toygrad-ui-open-example-'));
      writeFileSync(join(folder, 'notes.md'), '# My notes\n');
      return folder;
    },
    (opened) => (wb = opened),
  );

  it('opens the copy, trains on the bundled names.txt with a live loss curve, and stops', async () => {
    await wb.waitForCommand('ToyGrad: Open Example…');
    const { page } = wb;
    await page.keyboard.press('F1');
    await page.locator(selectors.quickInputBox).fill('>ToyGrad: Open Example…');
    await page
      .locator(selectors.quickInputRow)
      .filter({ hasText: 'ToyGrad: Open Example…' })
      .first()
      .click();
    // The second quick pick: the examples, with the docstring's first line beside tiny_gpt.py.
    const pick = page.locator(selectors.quickInputRow).filter({ hasText: 'tiny_gpt.py' }).first();
    await pick.waitFor({ state: 'visible', timeout: 30_000 });
    await pick.click();
    await page
      .locator(selectors.activeTab, { hasText: 'tiny_gpt.py' })
      .waitFor({ state: 'visible', timeout: 30_000 });
    await wb.clickCodeLens('Run Forward', 60_000);
    // CPython prints these two lines first for the file beside its names.txt.
    await outputLine(wb, /400\snames,\s25\stokens:\sabcdefghijklmnoprstuvxyz\sand\sBOS/).waitFor({
      timeout: 60_000,
    });
    await outputLine(wb, /4032\sparameters/).waitFor({ timeout: 30_000 });
    await outputLine(wb, /step\s{4}0\sloss\s3\.2019/).waitFor({ timeout: 60_000 });
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame
      .getByText(/loss · cell 1 #\d+/)
      .first()
      .waitFor({ timeout: 60_000 });
    await outputLine(wb, /step\s{3}10\sloss/).waitFor({ timeout: 120_000 });
    await wb.screenshot('open-example-tiny-gpt');
    await wb.runCommand('ToyGrad: Stop');
    await outputLine(wb, /■\sstopped\safter/).waitFor({ timeout: 30_000 });
  });
});
