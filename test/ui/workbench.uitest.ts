// Proves the UI driver against a real workbench: every helper is used once on the fixture
// folder, with VS Code's built-in language features standing in for ToyGrad's.
import * as assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Workbench } from './driver';
import { withWorkbench } from './workbenchSuite';
import { uiEnv } from './ui-env';

describe('UI driver: code-server workbench', function () {
  this.timeout(120_000);
  let workbench: Workbench;

  withWorkbench(
    () => join(uiEnv().repoRoot, 'test', 'fixtures', 'e2e-workspace'),
    (opened) => (workbench = opened),
    {},
  );

  it('opens a plain text file from the explorer and screenshots it', async () => {
    await workbench.openFile('hello.txt');
    assert.equal(await workbench.languageMode(), 'Plain Text');
    const path = await workbench.screenshot('workbench-hello-txt');
    assert.ok(existsSync(path) && statSync(path).size > 10_000, `no real screenshot at ${path}`);
  });

  it('runs a palette command', async () => {
    await workbench.runCommand('File: New Untitled Text File');
    await workbench.page
      .locator('.tabs-container .tab.active', { hasText: 'Untitled-1' })
      .waitFor();
  });

  it('reads a hover', async () => {
    await workbench.openFile('style.css');
    const text = await workbench.hover('color');
    assert.match(text, /color/i);
  });

  it('clicks a CodeLens', async () => {
    await workbench.openFile('conflict.txt');
    assert.ok((await workbench.editorText()).includes('<<<<<<< ours'));
    await workbench.clickCodeLens('Accept Current Change');
    // The lens resolves the conflict in the buffer (never saved: autoSave is off).
    const deadline = Date.now() + 10_000;
    let text = await workbench.editorText();
    while (text.includes('<<<<<<<') && Date.now() < deadline) {
      await workbench.page.waitForTimeout(100);
      text = await workbench.editorText();
    }
    assert.ok(!text.includes('<<<<<<<'), `conflict still there:\n${text}`);
    assert.ok(text.includes('learning rate 0.05') && !text.includes('learning rate 0.1'));
    await workbench.screenshot('workbench-codelens-accepted');
  });
});
