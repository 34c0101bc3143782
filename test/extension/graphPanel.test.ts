// The Graph lens opens the document's panel beside the editor with the cell's graph; the
// panel's `reveal` selects the line that made a Value; the cursor on a drawn Value selects
// it in the panel; a later backward updates the drawn values in place.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activate,
  cellIndex,
  closeAllEditors,
  inspect,
  lineOf,
  openFile,
  panelMessage,
  waitFor,
} from './toygradHelpers';

function panelTabs(title: string): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.label === title);
}

describe('ToyGrad: the graph panel', () => {
  let document: vscode.TextDocument;
  let neuron: number;

  before(async () => {
    await activate();
    await closeAllEditors();
    document = (await openFile('lecture.tgrad')).document;
    neuron = await cellIndex(document, 'A neuron with tanh');
  });

  after(closeAllEditors);

  it('opens "ToyGrad: lecture.tgrad" beside the editor from the Graph lens', async () => {
    const drawn = await vscode.commands.executeCommand<boolean>(
      'toygrad.showGraph',
      document.uri,
      neuron,
    );
    assert.equal(drawn, true);
    const [tab] = await waitFor('the panel tab', () => {
      const tabs = panelTabs('ToyGrad: lecture.tgrad');
      return tabs.length > 0 ? tabs : undefined;
    });
    assert.ok((tab.input as vscode.TabInputWebview).viewType.endsWith('toygrad.panel'));
    assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'beside the editor');
    assert.equal(
      vscode.window.activeTextEditor?.document.uri.toString(),
      document.uri.toString(),
      'focus stays',
    );
    const state = await inspect(document.uri);
    const graph = state.panel?.state.graph;
    assert.ok(graph, 'the panel state has a graph');
    const root = graph.values.find((v) => v.id === graph.rootId);
    assert.equal(root?.label, 'o');
    assert.equal(root?.op, 'tanh');
    assert.ok(graph.values.some((v) => v.label === 'w1'));
  });

  it('sends the state when the webview says ready', async function () {
    // The webview's first load (its scripts, vis-network) once took over 20 s in a full run.
    this.timeout(90_000);
    await waitFor(
      'the webview to load and get the state',
      async () => ((await inspect(document.uri)).panel?.posted ?? []).includes('state'),
      75_000,
    );
  });

  it('selects the source line a `reveal` from the panel names', async () => {
    const graph = (await inspect(document.uri)).panel?.state.graph;
    const w1 = graph?.values.find((v) => v.label === 'w1');
    assert.ok(w1 && w1.line > 0, 'w1 knows its line');
    assert.equal(
      w1.line - 1,
      lineOf(document, 'w1 = Value(-3.0)', lineOf(document, '# %% A neuron with tanh')),
    );
    await panelMessage(document.uri, {
      type: 'reveal',
      valueId: w1.id,
      line: w1.line,
      col: w1.col,
    });
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), document.uri.toString());
    assert.equal(editor?.selection.active.line, w1.line - 1);
  });

  it('selects the Value under the cursor in the panel', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const line = lineOf(document, 'x1w1 = x1 * w1', lineOf(document, '# %% A neuron with tanh'));
    editor.selection = new vscode.Selection(line, 1, line, 1);
    await waitFor('a select message', async () =>
      ((await inspect(document.uri)).panel?.posted ?? []).includes('select'),
    );
  });

  it("answers the stepper after Run Backward: the neuron's chain-rule updates with numbers", async () => {
    const outcome = await vscode.commands.executeCommand<{ status: string }>(
      'toygrad.runBackward',
      document.uri,
      neuron,
    );
    assert.equal(outcome?.status, 'ok');
    const rootId = (await inspect(document.uri)).panel?.state.graph?.rootId;
    assert.ok(rootId !== undefined);
    await panelMessage(document.uri, {
      type: 'steps',
      rootId,
      mode: 'backward',
      from: 0,
      count: 50,
    });
    const answer = await waitFor(
      'the steps',
      async () => (await inspect(document.uri)).panel?.steps ?? undefined,
    );
    assert.equal(answer.total, 5);
    assert.deepEqual(answer.steps[0].lines, [
      'o.grad = 1.0000 (the output: ∂o/∂o = 1)',
      'n.grad += (1 − o²) · o.grad = (1 − 0.7071²) · 1.0000 = 0.5000',
    ]);
    assert.deepEqual(answer.steps[4].lines, [
      'x1.grad += w1.data · x1w1.grad = -3.0000 · 0.5000 = -1.5000',
      'w1.grad += x1.data · x1w1.grad = 2.0000 · 0.5000 = 1.0000',
    ]);
    // Each step names the line that made its node, for the editor to mark.
    const n = lineOf(document, 'n = x1w1x2w2 + b', lineOf(document, '# %% A neuron with tanh'));
    assert.equal(answer.steps[1].line - 1, n);
  });

  it('updates the drawn values in place after a backward', async () => {
    const untitled = await vscode.workspace.openTextDocument({
      language: 'tgrad',
      content: '# %%\na = Value(2.0)\nb = a * a\n',
    });
    await vscode.window.showTextDocument(untitled);
    assert.equal(
      await vscode.commands.executeCommand<boolean>('toygrad.showGraph', untitled.uri, 0),
      true,
    );
    const drawn = (await inspect(untitled.uri)).panel?.state.graph;
    assert.ok(
      drawn?.values.every((v) => v.grad === 0),
      'no grads before the backward',
    );
    await waitFor('the webview to load', async () =>
      ((await inspect(untitled.uri)).panel?.posted ?? []).includes('state'),
    );
    const before = (await inspect(untitled.uri)).panel?.posted.length ?? 0;
    const outcome = await vscode.commands.executeCommand<{ status: string }>(
      'toygrad.runBackward',
      untitled.uri,
      0,
    );
    assert.equal(outcome?.status, 'ok');
    const posted = await waitFor('a values message', async () => {
      const p = (await inspect(untitled.uri)).panel?.posted ?? [];
      return p.slice(before).includes('values') ? p.slice(before) : undefined;
    });
    assert.ok(!posted.includes('graph'), `the same graph is not sent again: ${posted.join(', ')}`);
    const after = (await inspect(untitled.uri)).panel?.state.graph;
    const a = after?.values.find((v) => v.label === 'a');
    assert.equal(a?.grad, 4);
  });

  it('shows what a program draws, plots and the decision boundary it asks for', async () => {
    const program = [
      '# %%',
      'a = Value(2.0)',
      'b = a * a + 1',
      'draw(b)',
      'plot([1.0, 0.5, 0.25], name="halves")',
      'seed(0)',
      'xs, ys = moons(20, noise=0.1)',
      'model = MLP(2, [4, 1])',
      'boundary(model, xs, ys)',
      '',
    ].join('\n');
    const untitled = await vscode.workspace.openTextDocument({
      language: 'tgrad',
      content: program,
    });
    await vscode.window.showTextDocument(untitled);
    const outcome = await vscode.commands.executeCommand<{ status: string }>(
      'toygrad.runCell',
      untitled.uri,
      0,
    );
    assert.equal(outcome?.status, 'ok');
    const state = await waitFor('the panel state', async () => {
      const s = (await inspect(untitled.uri)).panel?.state;
      return s?.boundary !== null && s?.graph !== null && (s?.plots.length ?? 0) > 0
        ? s
        : undefined;
    });
    assert.ok(state);
    const root = state.graph?.values.find((v) => v.id === state.graph?.rootId);
    assert.equal(root?.label, 'b');
    assert.deepEqual(
      state.plots.map((p) => [p.name, p.ys]),
      [['halves', [1.0, 0.5, 0.25]]],
    );
    assert.equal(state.boundary?.points.length, 20);
    assert.equal(state.view, 'plots');
  });

  it('keeps the panel state on view changes from the panel', async () => {
    const panel = await panelMessage(document.uri, { type: 'view', view: 'curves' });
    assert.equal(panel?.state.view, 'curves');
  });
});
