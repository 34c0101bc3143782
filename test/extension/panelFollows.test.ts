// The panel stays right after a sequence of runs with it open (run cell A, run cell B,
// restart, run again): the graph follows every backward pass whichever cell ran it, loss
// curves of different runs never merge (not even across a restart), and the panel keeps a
// Stop within reach while it has the focus.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activate,
  closeAllEditors,
  hoverText,
  inspect,
  openUntitled,
  panelMessage,
  sleep,
  waitFor,
} from './toygradHelpers';

type Outcome = { status: string } | undefined;

const run = (command: string, uri: vscode.Uri, index: number) =>
  vscode.commands.executeCommand<Outcome>(command, uri, index);

async function drawnGrad(uri: vscode.Uri, label: string): Promise<number | undefined> {
  const graph = (await inspect(uri)).panel?.state.graph;
  return graph?.values.find((v) => v.label === label)?.grad;
}

describe('ToyGrad: the panel follows a sequence of runs', () => {
  before(activate);
  after(closeAllEditors);

  it('shows the grads of every backward pass, whichever cell ran it, also after a restart', async () => {
    const editor = await openUntitled(
      '# %% A\na = Value(2.0)\nb = Value(-3.0)\nL = a * b + a\n\n# %% B\nL.backward()\n',
    );
    const uri = editor.document.uri;
    assert.equal(await vscode.commands.executeCommand<boolean>('toygrad.showGraph', uri, 0), true);
    assert.equal((await run('toygrad.runBackward', uri, 0))?.status, 'ok');
    await waitFor('the graph to show dL/da = b + 1 = -2', async () =>
      (await drawnGrad(uri, 'a')) === -2 ? true : undefined,
    );
    // Cell B backpropagates again: micrograd accumulates, so a.grad is now -4 everywhere.
    assert.equal((await run('toygrad.runCell', uri, 1))?.status, 'ok');
    await waitFor('the graph to show the accumulated -4', async () =>
      (await drawnGrad(uri, 'a')) === -4 ? true : undefined,
    );
    const hover = await hoverText(editor.document, new vscode.Position(1, 0));
    assert.match(hover, /grad \*\*-4/, 'the hover agrees with the graph');
    assert.match(hover, /grad adds up 2 backward passes .*zero_grad/, 'and says why it doubled');
    const marks = (await inspect(uri)).marks.filter((m) => m.line === 1).map((m) => m.text);
    assert.ok(
      marks.some((t) => t.includes('∇ -4.0000 (2 passes)')),
      `the inline value is marked: ${marks.join(' | ')}`,
    );
    // A restart, then the cells again: the drawn cell's new graph, then B's pass on it.
    await vscode.commands.executeCommand('toygrad.restart', uri);
    assert.equal((await run('toygrad.runCell', uri, 0))?.status, 'ok');
    await waitFor('the graph of the new run (grads 0)', async () =>
      (await drawnGrad(uri, 'a')) === 0 ? true : undefined,
    );
    assert.equal((await run('toygrad.runCell', uri, 1))?.status, 'ok');
    await waitFor('the graph to show B’s pass on the new Values', async () =>
      (await drawnGrad(uri, 'a')) === -2 ? true : undefined,
    );
  });

  it('keeps each run’s loss curve apart across a restart, named after its cell', async () => {
    const editor = await openUntitled(
      '# %% Data\nseed(0)\nxs = [[1.0], [2.0], [-1.0]]\nys = [1.0, -1.0, 1.0]\n\n' +
        '# %% Train\nmodel = MLP(1, [3, 1])\nlosses = train(model, xs, ys, steps=20)\n',
    );
    const uri = editor.document.uri;
    assert.equal(
      (await vscode.commands.executeCommand<Outcome>('toygrad.runAll', uri))?.status,
      'ok',
    );
    await vscode.commands.executeCommand('toygrad.restart', uri);
    assert.equal(
      (await vscode.commands.executeCommand<Outcome>('toygrad.runAll', uri))?.status,
      'ok',
    );
    assert.equal((await run('toygrad.runCell', uri, 1))?.status, 'ok');
    const curves = await waitFor('three loss curves', async () => {
      const c = (await inspect(uri)).panel?.state.curves ?? [];
      return c.length === 3 && c.every((x) => x.points.length === 20) ? c : undefined;
    });
    assert.deepEqual(
      curves.map((c) => c.run),
      ['Train #1', 'Train #2', 'Train #3'],
    );
    assert.equal(new Set(curves.map((c) => c.runId)).size, 3);
    for (const c of curves) {
      assert.deepEqual(
        c.points.map((p) => p.step),
        [...Array(20).keys()],
        `${c.run}: steps 0..19 once, no line drawn back to step 0`,
      );
    }
  });

  it('keeps Stop in reach while the panel has the focus: status bar, command and panel button', async function () {
    this.timeout(150_000);
    // Webviews earlier tests left open slow code-server's start-up of this panel's page. Their
    // groups go too: an empty group left between the editor and the panel once took the focus
    // below, so neither a tgrad editor nor the panel was active.
    await vscode.commands.executeCommand('workbench.action.closeAllGroups');
    const editor = await openUntitled('# %% Forever\nn = 0\nwhile True:\n    n = n + 1\n');
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('toygrad.showPanel', uri);
    const first = run('toygrad.runCell', uri, 0);
    // What the run ended with, if it ends before Stop (once in CI it read idle here).
    let firstEnded = 'still running';
    void first.then(
      (r) => (firstEnded = JSON.stringify(r)),
      (e: unknown) => (firstEnded = `rejected: ${String(e)}`),
    );
    await waitFor('the run to start', async () => (await inspect(uri)).busy || undefined);
    // The panel opened beside the editor: focus it, as a person watching it does.
    await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
    await waitFor(
      'the panel to have the focus',
      async () =>
        (vscode.window.activeTextEditor === undefined && (await inspect(uri)).panel?.active) ||
        undefined,
    );
    let seen = '';
    const state = await waitFor(
      'the status bar to show the run (what was seen is below)',
      async () => {
        const s = await inspect(uri);
        seen = JSON.stringify({
          status: s.status,
          busy: s.busy,
          panelActive: s.panel?.active,
          editor: vscode.window.activeTextEditor?.document.uri.toString() ?? null,
          group: vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? null,
          documentOpen: vscode.workspace.textDocuments.some(
            (d) => d.uri.toString() === uri.toString(),
          ),
          firstEnded,
        });
        return s.status?.includes('running') ? s : undefined;
      },
    ).catch((e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}: ${seen}`);
    });
    assert.equal(state.statusCommand, 'toygrad.stop');
    // The page's first load is the workbench's (5-25 s late in a code-server suite).
    await waitFor(
      'the panel to be told what runs',
      async () => ((await inspect(uri)).panel?.posted ?? []).includes('running'),
      100_000,
    );
    // The palette's Stop, with no editor: the panel's document is the one stopped.
    await sleep(200);
    await vscode.commands.executeCommand('toygrad.stop');
    assert.equal((await first)?.status, 'stopped');
    assert.ok((await inspect(uri)).names.includes('n'), 'names survive the stop');
    // Again, from the panel's own Stop button.
    const second = run('toygrad.runCell', uri, 0);
    await waitFor('the second run to start', async () => (await inspect(uri)).busy || undefined);
    await sleep(200);
    await panelMessage(uri, { type: 'stop' });
    assert.equal((await second)?.status, 'stopped');
    const after = await inspect(uri);
    assert.equal(after.busy, false);
    assert.equal(after.statusCommand, 'toygrad.showPanel', 'idle again, still shown for the panel');
  });
});
