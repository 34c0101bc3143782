// After ToyGrad: Restart Session, the open panel must not keep showing the old graph as if
// its Values still existed: it clears it and says the session restarted (not "No graph yet"),
// until the cell runs again and its new graph is drawn.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAllEditors, inspect, openUntitled, waitFor } from './toygradHelpers';

type Outcome = { status: string } | undefined;

describe('ToyGrad: the graph panel after a restart', () => {
  before(activate);
  after(closeAllEditors);

  it('clears the drawn graph, says the session restarted, and draws again when the cell runs', async () => {
    const editor = await openUntitled('# %% A\na = Value(2.0)\nb = a * a\n');
    const uri = editor.document.uri;
    assert.equal(await vscode.commands.executeCommand<boolean>('toygrad.showGraph', uri, 0), true);
    await waitFor('the webview to load', async () =>
      ((await inspect(uri)).panel?.posted ?? []).includes('state'),
    );
    assert.ok((await inspect(uri)).panel?.state.graph, 'a graph is drawn');

    await vscode.commands.executeCommand('toygrad.restart', uri);
    const cleared = await waitFor('the panel to drop the old graph', async () => {
      const panel = (await inspect(uri)).panel;
      return panel !== null && panel.state.graph === null ? panel : undefined;
    });
    assert.match(cleared.state.graphGone ?? '', /^The session restarted/);
    assert.ok(cleared.posted.includes('graphGone'), 'the webview is told, not only the state');

    const ran = await vscode.commands.executeCommand<Outcome>('toygrad.runCell', uri, 0);
    assert.equal(ran?.status, 'ok');
    const redrawn = await waitFor('the new graph', async () => {
      const panel = (await inspect(uri)).panel;
      return panel?.state.graph ? panel : undefined;
    });
    assert.equal(redrawn.state.graphGone, undefined, 'the note goes with the new graph');
    assert.ok(redrawn.state.graph?.values.some((v) => v.label === 'b'));
  });
});
