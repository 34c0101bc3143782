// A program that calls input(), run from the editor with the packaged extension, as a person
// meets it: Run Forward, an input box titled with the file shows the program's prompt, the
// person types a name and presses Enter, and the Output panel shows the prompt, the answer
// and what the program printed with it (screenshots program-input-box.png and
// program-input-answered.png).
//   npm run package && node scripts/e2e/run-ui-tests.mjs --vsix toygrad-0.1.0.vsix --grep "input"
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbench } from './driver';
import { withWorkbench } from './workbenchSuite';
import { outputLine } from './editorLines';
import { selectors } from './selectors';

const PROGRAM = `# %%
name = input("What is your name? ")
print(f"hello {name}, {len(name)} letters")
`;

describe('UI: a program that asks for input (packaged extension)', function () {
  this.timeout(180_000);
  let wb: Workbench;

  withWorkbench(
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'toygrad-ui-input-'));
      writeFileSync(join(folder, 'ask.tgrad'), PROGRAM);
      return folder;
    },
    (opened) => (wb = opened),
  );

  it("asks for input() in an input box and the program goes on with the person's answer", async () => {
    await wb.openFile('ask.tgrad');
    await wb.clickCodeLens('Run Forward', 60_000);
    const box = wb.page.locator(selectors.quickInput);
    await box.waitFor({ state: 'visible', timeout: 60_000 });
    const shown = await box.innerText();
    assert.match(shown, /ask\.tgrad: input\(\)/, shown);
    assert.match(shown, /What is your name\?/, shown);
    // The status bar says what the run waits for.
    await wb.page
      .locator(selectors.statusBar, { hasText: /cell 1 waits for input/ })
      .waitFor({ timeout: 10_000 });
    // The prompt is in the Output panel too, while the program waits.
    await outputLine(wb, /What\sis\syour\sname\?/).waitFor({ timeout: 10_000 });
    await wb.page.locator(selectors.quickInputBox).fill('Ada');
    await wb.screenshot('program-input-box');
    await wb.page.keyboard.press('Enter');
    await box.waitFor({ state: 'hidden' });
    await outputLine(wb, /hello\sAda,\s3\sletters/).waitFor({ timeout: 60_000 });
    // The answer shows after its prompt, as a terminal shows what was typed.
    await outputLine(wb, /What\sis\syour\sname\?\sAda/).waitFor({ timeout: 10_000 });
    await wb.page.locator(selectors.statusBar, { hasText: /ToyGrad: idle/ }).waitFor();
    await wb.screenshot('program-input-answered');
  });
});
