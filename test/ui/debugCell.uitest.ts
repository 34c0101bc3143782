// Debug Cell on the lecture's neuron in the packaged extension: a breakpoint toggled at the line,
// the Debug Cell lens, the program paused at the line, and the Variables view showing w1
// opened into its data and grad (screenshot debug-cell-variables.png).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbench } from './driver';
import { withWorkbench } from './workbenchSuite';
import { clickLensAbove, goToLine } from './editorLines';
import { uiEnv } from './ui-env';

const NEURON_MARKER = '# %% A neuron with tanh';
const BREAK_AT = 'n = x1w1x2w2 + b';

describe('UI: Debug Cell on the lecture neuron (packaged extension)', function () {
  this.timeout(180_000);
  let wb: Workbench;

  const lineOf = (text: string): number =>
    readFileSync(join(uiEnv().repoRoot, 'examples', 'lecture.tgrad'), 'utf8')
      .split('\n')
      .indexOf(text) + 1;

  withWorkbench(
    () => join(uiEnv().repoRoot, 'examples'),
    (opened) => (wb = opened),
  );

  before(async () => {
    await wb.openFile('lecture.tgrad');
  });

  it('pauses at a breakpoint and shows a Value’s data and grad in the Variables view', async () => {
    await goToLine(wb, lineOf(BREAK_AT));
    await wb.runCommand('Debug: Toggle Breakpoint');
    // The red dot in the margin: the breakpoint is there before the cell starts.
    await wb.page
      .locator('.monaco-editor .codicon-debug-breakpoint')
      .first()
      .waitFor({ state: 'visible', timeout: 20_000 });
    await goToLine(wb, lineOf(NEURON_MARKER));
    await clickLensAbove(wb, NEURON_MARKER, 'Debug Cell');
    await wb.page
      .getByText('Paused on breakpoint')
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 });
    // Paused: the Variables view lists the globals the cell has bound so far.
    const rows = wb.page.locator('.debug-variables .monaco-list-row');
    const w1 = rows.filter({ hasText: /^w1/ }).first();
    await w1.waitFor({ state: 'visible', timeout: 60_000 });
    assert.match((await w1.innerText()).replace(/\s+/g, ' '), /w1.*data=-3\.0.*grad=0\.0/);
    await w1.click();
    await wb.page.keyboard.press('ArrowRight');
    const data = rows.filter({ hasText: /^data/ }).first();
    await data.waitFor({ state: 'visible', timeout: 20_000 });
    assert.match((await data.innerText()).replace(/\s+/g, ' '), /data.*-3\.0/);
    await rows.filter({ hasText: /^grad/ }).first().waitFor({ state: 'visible' });
    await wb.page.waitForTimeout(500);
    await wb.screenshot('debug-cell-variables');
  });
});
