// A learner's own micrograd Value class, with the packaged extension: Run Forward on the
// engine cell and on the neuron (whose own o.backward() fills the grads), then hover w1 and
// read its data and gradient, as in the lecture. Run it on the VSIX:
//   npm run package && node scripts/e2e/run-ui-tests.mjs --vsix toygrad-0.1.0.vsix
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { USER_VALUE_NOTEBOOK } from '../fixtures/userValueNotebook';
import { Workbench } from './driver';
import { withWorkbench } from './workbenchSuite';
import { clickLensAbove, goToLine, hoverLineStart, outputLine } from './editorLines';

const NEURON_MARKER = '# %% A neuron with tanh';

describe('UI: hovers on a hand-written Value class (packaged extension)', function () {
  this.timeout(180_000);
  let wb: Workbench;

  withWorkbench(
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'toygrad-ui-user-value-'));
      writeFileSync(join(folder, 'engine.tgrad'), USER_VALUE_NOTEBOOK);
      return folder;
    },
    (opened) => (wb = opened),
  );

  it('runs the engine and the neuron cells and shows w1’s data and grad in its hover', async () => {
    await wb.openFile('engine.tgrad');
    // The session runs cells in the order they were asked for: no need to wait in between.
    await clickLensAbove(wb, '# %% The engine', 'Run Forward');
    const lines = USER_VALUE_NOTEBOOK.split('\n');
    await goToLine(wb, lines.indexOf(NEURON_MARKER) + 1);
    await clickLensAbove(wb, NEURON_MARKER, 'Run Forward');
    // CPython prints the same three numbers for this program.
    try {
      await outputLine(wb, /-3\.0\s0\.9999999999999998\s-1\.4999999999999996/).waitFor({
        timeout: 60_000,
      });
    } catch (err) {
      await wb.screenshot('user-value-no-output');
      throw err;
    }
    await goToLine(wb, lines.indexOf(NEURON_MARKER) + 12);
    const hover = await hoverLineStart(wb, "w1 = Value(-3.0, label='w1')");
    assert.match(hover, /w1\s·\sValue/, hover);
    assert.match(hover, /data\s+-3\.0000\s·\sgrad\s+1\.0000/, hover);
    await wb.page.waitForTimeout(500); // the hover fades in
    const shot = await wb.screenshot('user-value-hover-w1');
    assert.ok(existsSync(shot) && statSync(shot).size > 10_000);
  });
});
