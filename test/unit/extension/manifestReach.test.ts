// Commands a person needs must be reachable where they are: Stop and Run from the panel's
// context (it has the focus while a person watches the curves), and Jupyter's keys in
// ToyGrad notebooks only (VS Code's own defaults everywhere else).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface MenuItem {
  command: string;
  when?: string;
}
interface Keybinding extends MenuItem {
  key: string;
}

const manifest = JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')) as {
  contributes: {
    menus: Record<string, MenuItem[]>;
    keybindings: Keybinding[];
    commands: { command: string; enablement?: string }[];
  };
};
const PANEL = "activeWebviewPanelId == 'toygrad.panel'";

describe('package.json: commands within reach', () => {
  it('offers Stop, Run All, Restart and Show Panel in the palette while the panel has the focus', () => {
    const palette = manifest.contributes.menus.commandPalette;
    for (const id of ['toygrad.stop', 'toygrad.runAll', 'toygrad.restart', 'toygrad.showPanel']) {
      const item = palette.find((m) => m.command === id);
      assert.ok(item?.when?.includes(PANEL), `${id}: ${item?.when}`);
    }
    assert.match(palette.find((m) => m.command === 'toygrad.stop')!.when!, /toygrad\.running/);
  });

  it('puts Stop (while running) and Run All (while idle) in the panel’s title bar', () => {
    const title = manifest.contributes.menus['editor/title'];
    const stop = title.find((m) => m.command === 'toygrad.stop' && m.when?.includes(PANEL));
    const runAll = title.find((m) => m.command === 'toygrad.runAll' && m.when?.includes(PANEL));
    assert.equal(stop?.when, `${PANEL} && toygrad.running`);
    assert.equal(runAll?.when, `${PANEL} && !toygrad.running`);
  });

  it('binds Ctrl+Enter and Shift+Enter as Jupyter does, in ToyGrad notebooks only, suggestions or not', () => {
    const keys = manifest.contributes.keybindings;
    const ctrl = keys.find((k) => k.key === 'ctrl+enter');
    const shift = keys.find((k) => k.command === 'notebook.cell.executeAndSelectBelow');
    assert.equal(ctrl?.command, 'notebook.cell.execute');
    assert.equal(shift?.key, 'shift+enter');
    for (const k of [ctrl!, shift!]) {
      assert.match(k.when!, /notebookType == 'tgrad-notebook'/);
      assert.match(k.when!, /notebookEditorFocused/);
    }
    // The text editor's Shift+Enter (Run Cell and Advance) stays out of notebooks.
    const text = keys.find((k) => k.command === 'toygrad.runCellAndAdvance');
    assert.match(text!.when!, /!notebookEditorFocused/);
    // Shift+Enter runs even while suggestions show: a learner who types `c` to see c's value
    // would otherwise accept the suggestion (the `cell` snippet) instead of running.
    for (const k of [ctrl!, shift!, text!]) assert.doesNotMatch(k.when!, /suggest|Suggestion/);
  });
});
