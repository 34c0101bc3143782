// The ToyGrad commands a learner reaches from the palette and the keyboard: run and
// advance, restart, clear results, open an example, the hover's line link, the status bar
// item's click, and the inline-values setting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, hoverText, inspect, openUntitled, sleep, waitFor } from './toygradHelpers';

type Outcome = { status: string } | undefined;

describe('ToyGrad: commands', () => {
  before(activate);

  it('Run Cell and Advance runs the cell at the cursor and moves to the next cell', async () => {
    const editor = await openUntitled('# %% one\na = Value(1.5)\n\n# %% two\nb = a * 2\n');
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    const outcome = await vscode.commands.executeCommand<Outcome>('toygrad.runCellAndAdvance');
    assert.equal(outcome?.status, 'ok');
    assert.equal(editor.selection.active.line, 4, 'the first code line of the next cell');
    assert.deepEqual((await inspect(editor.document.uri)).names, ['a']);
  });

  it('adds a cell at the end of the file when there is no next one', async () => {
    const editor = await openUntitled('# %% only\nx = 3\n');
    editor.selection = new vscode.Selection(1, 2, 1, 2);
    const outcome = await vscode.commands.executeCommand<Outcome>('toygrad.runCellAndAdvance');
    assert.equal(outcome?.status, 'ok');
    assert.equal(editor.document.getText(), '# %% only\nx = 3\n\n# %%\n');
    assert.equal(editor.selection.active.line, editor.document.lineCount - 1);
  });

  it('Run All Cells and Restart Session: names are gone after a restart', async () => {
    const editor = await openUntitled('# %%\np = Value(2.0)\n# %%\nq = p * p\n');
    const uri = editor.document.uri;
    assert.equal(
      (await vscode.commands.executeCommand<Outcome>('toygrad.runAll', uri))?.status,
      'ok',
    );
    assert.deepEqual((await inspect(uri)).names.sort(), ['p', 'q']);
    await vscode.commands.executeCommand('toygrad.restart', uri);
    const state = await inspect(uri);
    assert.deepEqual(state.names, []);
    assert.deepEqual(state.marks, [], 'no values from the old session');
    assert.match(state.output, /the session restarted/);
    assert.equal(await hoverText(editor.document, new vscode.Position(1, 0)), '');
  });

  it('Run Cells Above runs every code cell above the cursor’s cell', async () => {
    const editor = await openUntitled('# %%\nu = 1\n# %%\nv = u + 1\n# %%\nw = v + 1\n');
    const uri = editor.document.uri;
    editor.selection = new vscode.Selection(5, 0, 5, 0);
    assert.equal((await vscode.commands.executeCommand<Outcome>('toygrad.runAbove'))?.status, 'ok');
    assert.deepEqual((await inspect(uri)).names.sort(), ['u', 'v']);
  });

  it('Clear Results takes the values away and keeps the session', async () => {
    const editor = await openUntitled('# %%\nk = Value(4.0)\n');
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('toygrad.runCell', uri, 0);
    assert.ok((await inspect(uri)).marks.length > 0);
    await vscode.commands.executeCommand('toygrad.clearResults', uri);
    const state = await inspect(uri);
    assert.deepEqual(state.marks, []);
    assert.deepEqual(state.names, ['k']);
  });

  it('turns assignment values off with toygrad.inlineValues.enabled', async () => {
    const editor = await openUntitled('# %%\nm = Value(5.0)\nm.data\n');
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('toygrad.runCell', uri, 0);
    assert.ok((await inspect(uri)).marks.some((m) => m.kind === 'value'));
    const config = vscode.workspace.getConfiguration('toygrad');
    await config.update('inlineValues.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      const marks = await waitFor('the values to go', async () => {
        const m = (await inspect(uri)).marks;
        return m.every((x) => x.kind !== 'value') ? m : undefined;
      });
      assert.deepEqual(
        marks.map((m) => m.text),
        ['⇒ 5.0'],
        'the result stays',
      );
    } finally {
      await config.update('inlineValues.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('caps the Values of a run with toygrad.maxGraphNodes', async () => {
    const config = vscode.workspace.getConfiguration('toygrad');
    await config.update('maxGraphNodes', 1000, vscode.ConfigurationTarget.Global);
    try {
      const editor = await openUntitled(
        '# %%\nv = Value(1.0)\nfor i in range(5000):\n    v = v * 1.0\n',
      );
      const outcome = await vscode.commands.executeCommand<{
        status: string;
        error: { kind: string } | null;
      }>('toygrad.runCell', editor.document.uri, 0);
      assert.equal(outcome?.status, 'error');
      assert.equal(outcome?.error?.kind, 'LimitError');
    } finally {
      await config.update('maxGraphNodes', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('the hover’s line link reveals the line that made a Value', async () => {
    const editor = await openUntitled('# %%\ns = Value(1.0)\nt = s * 3\n\n\nlast = t\n');
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('toygrad.runCell', uri, 0);
    const hover = await hoverText(editor.document, new vscode.Position(5, 8));
    const link = /\[line 3\]\(command:toygrad\.revealLine\?([^)]+)\)/.exec(hover);
    assert.ok(link, hover);
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('toygrad.revealLine', ...args);
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 2);
  });

  it('the status bar item stops a running cell when clicked', async () => {
    const editor = await openUntitled('# %%\nn = 0\nwhile True:\n    n = n + 1\n');
    const uri = editor.document.uri;
    const run = vscode.commands.executeCommand<Outcome>('toygrad.runCell', uri, 0);
    const state = await waitFor('the run to start', async () => {
      const s = await inspect(uri);
      return s.status?.includes('running cell 1') ? s : undefined;
    });
    assert.equal(state.statusCommand, 'toygrad.stop');
    await sleep(200);
    await vscode.commands.executeCommand(state.statusCommand);
    assert.equal((await run)?.status, 'stopped');
    const after = await inspect(uri);
    assert.equal(after.statusCommand, 'toygrad.showPanel');
    assert.ok(after.names.includes('n'), 'names bound before the stop stay');
  });

  it('hovers on built-ins with their signature and what they give, unless rebound', async () => {
    const editor = await openUntitled(
      '# %%\nxs, ys = moons(20)\nmodel = MLP(2, [4, 1])\nlosses = train(model, xs, ys, steps=3)\n',
    );
    const doc = editor.document;
    const at = (line: number, word: string) =>
      new vscode.Position(line, doc.lineAt(line).text.indexOf(word) + 1);
    // Before any run: nothing of the session, the docs' table only.
    const train = await hoverText(doc, at(3, 'train'));
    assert.match(train, /train\(model, xs, ys, loss="mse", optimizer=None, steps=100/);
    assert.match(train, /the list of losses/);
    assert.match(await hoverText(doc, at(1, 'moons')), /moons\(n=100, noise=0\.1\)/);
    assert.match(await hoverText(doc, at(2, 'MLP')), /MLP\(nin, nouts, act="tanh", out=None\)/);
    // A name the program binds is the program's.
    const own = await openUntitled('# %%\ndef train(x):\n    return x\n\ny = train(2)\n');
    await vscode.commands.executeCommand<Outcome>('toygrad.runCell', own.document.uri, 0);
    const mine = await hoverText(own.document, new vscode.Position(4, 5));
    assert.match(mine, /`train` · function/);
    assert.doesNotMatch(mine, /list of losses/);
  });

  it('opens a bundled example as an unsaved copy', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(
      'toygrad.openExample',
      'lecture.tgrad',
    );
    assert.ok(editor);
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, 'tgrad');
    assert.match(editor.document.getText(), /# %% A neuron with tanh/);
    // Named after the example, not after its first line (`# %% [markdown]`).
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.equal(tab?.label, 'lecture.tgrad');
    const again = await vscode.commands.executeCommand<vscode.TextEditor>(
      'toygrad.openExample',
      'lecture.tgrad',
    );
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.label, 'lecture-2.tgrad');
    assert.notEqual(again.document.uri.toString(), editor.document.uri.toString());
    assert.equal(again.document.getText(), editor.document.getText());
    // The examples' folders are offered too: the build-your-own engine notebook.
    const own = await vscode.commands.executeCommand<vscode.TextEditor>(
      'toygrad.openExample',
      'build-your-own.tgrad',
    );
    assert.ok(own);
    assert.equal(own.document.languageId, 'tgrad');
    assert.match(own.document.getText(), /# # Build your own autograd engine/);
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.label, 'build-your-own.tgrad');
  });

  it('opens tiny_gpt.py as an unsaved copy that reads names.txt from its example folder', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(
      'toygrad.openExample',
      'tiny_gpt.py',
    );
    assert.ok(editor, 'tiny_gpt.py is offered');
    const { document } = editor;
    assert.equal(document.isUntitled, true);
    assert.equal(document.languageId, 'tgrad');
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.label, 'tiny_gpt.py');
    // A learner shortens the training before a first run, as the file invites.
    const steps = document.getText().indexOf('else 200');
    assert.ok(steps > 0);
    await editor.edit((b) =>
      b.replace(
        new vscode.Range(document.positionAt(steps), document.positionAt(steps + 8)),
        'else 2',
      ),
    );
    const outcome = await vscode.commands.executeCommand<Outcome>(
      'toygrad.runCell',
      document.uri,
      0,
    );
    assert.equal(outcome?.status, 'ok', JSON.stringify(outcome));
    const { output } = await inspect(document.uri);
    assert.match(output, /400 names, 25 tokens: abcdefghijklmnoprstuvxyz and BOS\n/);
    assert.match(output, /step {4}1 loss \d\.\d{4}\n/);
    assert.match(output, /samples: /);
  });
});
