// A learner's first file, typed from nothing in the packaged extension: a syntax error is
// marked while they type, before any run; typing a name alone on the last line and pressing
// Shift+Enter runs the cell and shows the value (it used to accept the suggestion the name
// brought up: `c` became the `cell` snippet's `# %% title`); the cursor lands in a new cell
// below, whose Shift+Enter runs it against the first cell's names. Then they share it: Export
// as Python from the palette, accept the save dialog's name, and open the export from the
// notification's Open button.
//   npm run package && node scripts/e2e/run-ui-tests.mjs --vsix toygrad-0.1.0.vsix --grep scratch
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbench } from './driver';
import { withWorkbench } from './workbenchSuite';
import { outputLine, viewLine } from './editorLines';
import { selectors } from './selectors';

describe('UI: a file typed from scratch, run with Shift+Enter (packaged extension)', function () {
  this.timeout(240_000);
  let wb: Workbench;

  withWorkbench(
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'toygrad-ui-scratch-'));
      writeFileSync(join(folder, 'scratch.tgrad'), '');
      return folder;
    },
    (opened) => (wb = opened),
  );

  before(async () => {
    await wb.openFile('scratch.tgrad');
    await wb.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  });

  it('marks an unclosed parenthesis while the learner types, before any run', async () => {
    const k = wb.page.keyboard;
    await k.type('# %% setup\na = Value(2.0, label="a")\nb = Value(-3.0');
    // The editor may have closed the bracket as it was typed (once the language's bracket
    // rules are loaded): the learner's line has none.
    await k.press('Shift+End');
    await k.press('Delete');
    await k.type('\n');
    await wb.page
      .locator('.editor-instance .squiggly-error')
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
    await k.press('Backspace');
    await k.type(')');
    await wb.page
      .locator('.editor-instance .squiggly-error')
      .first()
      .waitFor({ state: 'detached', timeout: 30_000 });
  });

  it('Shift+Enter after a bare name runs the cell and shows its value, not a snippet', async () => {
    const k = wb.page.keyboard;
    await k.type('\nc = a * b\nc');
    // The name brings up suggestions (the `cell` snippet among them), as it does for a learner.
    await wb.page
      .locator('.editor-widget.suggest-widget')
      .waitFor({ state: 'visible', timeout: 10_000 })
      .catch(() => undefined);
    await k.press('Shift+Enter');
    await outputLine(wb, /⇒\sValue\(data=-6\.0,\sgrad=0\.0\)/).waitFor({ timeout: 60_000 });
    const text = await wb.editorText();
    assert.doesNotMatch(text, /title/, text);
    assert.match(text, /^c$/m, text);
    await wb.page.waitForTimeout(500);
    await wb.screenshot('scratch-first-cell');
  });

  it('types the next cell where Shift+Enter left the cursor and runs it the same way', async () => {
    const k = wb.page.keyboard;
    await k.type('c.backward()\na.grad');
    await k.press('Shift+Enter');
    await outputLine(wb, /⇒\s-3\.0/).waitFor({ timeout: 60_000 });
    // The second cell starts with its own marker, right after the first cell's code.
    await viewLine(wb, 'c.backward()').waitFor({ state: 'visible' });
    const lines = (await wb.editorText()).split('\n');
    const at = lines.indexOf('c.backward()');
    assert.match(lines[at - 1], /^# %%/, lines.join('\n'));
    await wb.page.waitForTimeout(500);
    await wb.screenshot('scratch-second-cell');
  });

  it('exports the file as Python and opens the export from the notification', async () => {
    const { page } = wb;
    await page.keyboard.press('F1');
    const input = page.locator(selectors.quickInputBox);
    await input.fill('>ToyGrad: Export as Python');
    await page
      .locator(selectors.quickInputRow)
      .filter({ hasText: 'Export as Python' })
      .first()
      .click({ timeout: 15_000 });
    // The save dialog (code-server's is a quick input) suggests scratch.py beside the file.
    const deadline = Date.now() + 15_000;
    while (!(await input.inputValue()).endsWith('scratch.py')) {
      assert.ok(Date.now() < deadline, `save dialog: ${await input.inputValue()}`);
      await page.waitForTimeout(200);
    }
    await page.keyboard.press('Enter');
    const toast = page
      .locator(selectors.notification)
      .filter({ hasText: 'wrote scratch.py and toygrad_builtins.py beside it' });
    await toast.waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForTimeout(300);
    await wb.screenshot('scratch-exported');
    await toast.getByRole('button', { name: 'Open' }).click();
    await page
      .locator(selectors.activeTab)
      .filter({ hasText: 'scratch.py' })
      .waitFor({ state: 'visible', timeout: 30_000 });
    // The status bar follows the newly active editor a moment after its tab shows.
    const shown = Date.now() + 15_000;
    while ((await wb.languageMode()) !== 'Python') {
      assert.ok(Date.now() < shown, `language mode: ${await wb.languageMode()}`);
      await page.waitForTimeout(200);
    }
    await viewLine(wb, 'c = a * b').waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await wb.editorText(), /from toygrad_builtins import/);
  });
});
