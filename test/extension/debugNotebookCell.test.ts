// Debug Cell from the notebook view's cell toolbar, in the real extension host: the lecture
// opened as a notebook, a breakpoint in the neuron cell's own document, the command given
// that cell stops there, the call stack names the cell, the variables show a Value, Continue
// runs to the end, the names the cell bound stay in the notebook's session, and the cell
// shows its output as a run's.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activate,
  closeAllEditors,
  EXTENSION_ID,
  inspect,
  lineOf,
  showNotebook,
  waitFor,
  workspaceFile,
} from './toygradHelpers';

interface Variable {
  name: string;
  value: string;
  variablesReference: number;
}

interface MenuItem {
  command: string;
  when?: string;
}

describe('ToyGrad: Debug Cell in the notebook view', () => {
  before(activate);
  after(closeAllEditors);

  it('offers Debug Cell in the cell toolbar of ToyGrad notebooks only', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const menus = (ext.packageJSON as { contributes: { menus: Record<string, MenuItem[]> } })
      .contributes.menus;
    const entries = menus['notebook/cell/title'].filter((m) => m.command === 'toygrad.debugCell');
    assert.equal(entries.length, 2);
    assert.ok(entries.some((m) => m.when?.includes('notebookType == tgrad-notebook')));
    assert.ok(
      entries.every(
        (m) =>
          m.when?.includes('notebookType == tgrad-notebook') ||
          m.when?.includes('notebookKernel == toygrad.toygrad/toygrad-jupyter-kernel'),
      ),
    );
  });

  it('stops at a breakpoint in a notebook cell, shows that cell and a Value, continues and keeps the names', async function () {
    this.timeout(60_000);
    const notebook = await vscode.workspace.openNotebookDocument(workspaceFile('lecture.tgrad'));
    await showNotebook(notebook);
    const cell = notebook
      .getCells()
      .find((c) => c.document.getText().startsWith('x1 = Value(2.0)'));
    assert.ok(cell, 'the neuron cell');
    const line = lineOf(cell.document, 'n = x1w1x2w2 + b');
    const breakpoint = new vscode.SourceBreakpoint(
      new vscode.Location(cell.document.uri, new vscode.Position(line, 0)),
    );
    vscode.debug.addBreakpoints([breakpoint]);
    const stopped: number[] = [];
    const tracker = vscode.debug.registerDebugAdapterTrackerFactory('tgrad', {
      createDebugAdapterTracker: () => ({
        onDidSendMessage: (m: { type: string; event?: string }) => {
          if (m.type === 'event' && m.event === 'stopped') stopped.push(Date.now());
        },
      }),
    });
    let ended = false;
    const endWatch = vscode.debug.onDidTerminateDebugSession(() => {
      ended = true;
    });
    try {
      // As the cell toolbar calls it: with the notebook cell.
      await vscode.commands.executeCommand('toygrad.debugCell', cell);
      await waitFor('the debugger to stop', () => stopped.length > 0, 30_000);
      const session = vscode.debug.activeDebugSession;
      assert.ok(session, 'a debug session');
      assert.equal(session.type, 'tgrad');
      const stack = (await session.customRequest('stackTrace', { threadId: 1 })) as {
        stackFrames: {
          id: number;
          name: string;
          line: number;
          source: { name: string; path: string };
        }[];
      };
      const top = stack.stackFrames[0];
      // The cell's own line, in the cell's own document.
      assert.equal(top.line, line + 1);
      assert.equal(vscode.Uri.parse(top.source.path).scheme, 'vscode-notebook-cell');
      assert.equal(
        vscode.Uri.parse(top.source.path).toString(),
        cell.document.uri.toString(),
        top.source.path,
      );
      assert.match(top.source.name, /lecture\.tgrad/);
      const { scopes } = (await session.customRequest('scopes', { frameId: top.id })) as {
        scopes: { name: string; variablesReference: number }[];
      };
      const globals = scopes.find((s) => s.name === 'Globals');
      assert.ok(globals);
      const { variables } = (await session.customRequest('variables', {
        variablesReference: globals.variablesReference,
      })) as { variables: Variable[] };
      const w1 = variables.find((v) => v.name === 'w1');
      assert.ok(w1, `names: ${variables.map((v) => v.name).join(', ')}`);
      assert.match(w1.value, /data=-3\.0/);
      const fields = (await session.customRequest('variables', {
        variablesReference: w1.variablesReference,
      })) as { variables: Variable[] };
      const byName = Object.fromEntries(fields.variables.map((v) => [v.name, v.value]));
      assert.equal(byName.data, '-3.0');
      assert.equal(byName.grad, '0.0');
      // `n` is not bound yet: the breakpoint stopped before its line ran.
      assert.ok(!variables.some((v) => v.name === 'n'));
      await session.customRequest('continue', { threadId: 1 });
      await waitFor('the debug session to end', () => ended, 30_000);
      const names = await waitFor(
        'the cell names in the notebook session',
        async () => {
          const i = await inspect(notebook.uri.with({ fragment: 'notebook' }));
          return i.names.includes('o') ? i.names : undefined;
        },
        10_000,
      );
      assert.ok(names.includes('n') && names.includes('w1'), names.join(', '));
      // The cell ran as an execution of the notebook's kernel: its output is in the cell.
      const printed = await waitFor('the cell output', () => {
        const t = cell.outputs
          .flatMap((o) => o.items)
          .map((i) => new TextDecoder().decode(i.data))
          .join('\n');
        return t.includes('w1.grad') ? t : undefined;
      });
      assert.match(printed, /o = 0\.7071/);
      assert.equal(cell.executionSummary?.success, true);
    } finally {
      tracker.dispose();
      endWatch.dispose();
      vscode.debug.removeBreakpoints([breakpoint]);
      await vscode.debug.stopDebugging();
    }
  });
});
