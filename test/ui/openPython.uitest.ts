// A shared .py program with the packaged extension, as a person meets one: open fit.py from
// the explorer (VS Code's Python language mode: no lenses), click Open in ToyGrad in the
// editor's title bar, click Run Forward above the file's one cell, read python3's output in
// the Output panel, hover the program's own Value `w` (screenshot open-python-in-toygrad.png).
//   npm run package && node scripts/e2e/run-ui-tests.mjs --vsix toygrad-0.1.0.vsix --grep "\.py"
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIT_DATA, FIT_PROGRAM } from '../fixtures/fitProgram';
import { Workbench } from './driver';
import { withWorkbench } from './workbenchSuite';
import { goToLine, hoverLineStart, outputLine } from './editorLines';
import { selectors } from './selectors';

describe('UI: a shared .py program opened in ToyGrad (packaged extension)', function () {
  this.timeout(180_000);
  let wb: Workbench;

  withWorkbench(
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'toygrad-ui-open-py-'));
      writeFileSync(join(folder, 'fit.py'), FIT_PROGRAM);
      writeFileSync(join(folder, 'data.txt'), FIT_DATA);
      return folder;
    },
    (opened) => (wb = opened),
  );

  it('opens fit.py in ToyGrad from the title bar, runs it as python3 does and hovers w', async () => {
    await wb.openFile('fit.py');
    assert.equal(await wb.languageMode(), 'Python');
    await wb.page
      .locator(`${selectors.editorTitleAction}[aria-label^="Open in ToyGrad"]`)
      .first()
      .click({ timeout: 60_000 });
    const deadline = Date.now() + 30_000;
    while ((await wb.languageMode()) !== 'ToyGrad') {
      assert.ok(Date.now() < deadline, `language mode: ${await wb.languageMode()}`);
      await wb.page.waitForTimeout(250);
    }
    // A file without `# %%` markers is one cell: one Run Forward lens, above its first line.
    await wb.clickCodeLens('Run Forward', 60_000);
    // CPython prints these three lines for fit.py beside this data.txt.
    await outputLine(wb, /step\s0\sloss\s14\.625000\sw\s1\.475000/).waitFor({ timeout: 60_000 });
    await outputLine(wb, /step\s2\sloss\s0\.219466\sw\s1\.935688/).waitFor({ timeout: 60_000 });
    await goToLine(wb, FIT_PROGRAM.split('\n').indexOf('w = Value(0.5)') + 1);
    const hover = await hoverLineStart(wb, 'w = Value(0.5)');
    assert.match(hover, /w\s·\sValue/, hover);
    assert.match(hover, /data\s+1\.9357/, hover);
    await wb.page.waitForTimeout(500); // the hover fades in
    await wb.screenshot('open-python-in-toygrad');
  });
});
