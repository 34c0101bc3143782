// The Debug Console in the real extension host: paused at a breakpoint in the lecture's
// neuron, statements typed there (`k = 3`, `k += 1`, `b.data = 0.0`) run in the paused frame
// through the session's `evaluate` request with context 'repl' (what the console sends); the
// frame's variables show them at once, and once the cell continues it computes with them and
// the document's session keeps the new name.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, cellIndex, inspect, lineOf, openFile, waitFor } from './toygradHelpers';

interface Variable {
  name: string;
  value: string;
  variablesReference: number;
}

describe('ToyGrad: Debug Console statements', () => {
  before(activate);

  it('runs statements in the paused frame, shows them in the variables, and the cell continues with them', async function () {
    this.timeout(60_000);
    const editor = await openFile('lecture.tgrad');
    const document = editor.document;
    const line = lineOf(document, 'n = x1w1x2w2 + b');
    const breakpoint = new vscode.SourceBreakpoint(
      new vscode.Location(document.uri, new vscode.Position(line, 0)),
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
      const index = await cellIndex(document, 'A neuron with tanh');
      await vscode.commands.executeCommand('toygrad.debugCell', document.uri, index);
      await waitFor('the debugger to stop', () => stopped.length > 0, 30_000);
      const session = vscode.debug.activeDebugSession;
      assert.ok(session, 'a debug session');
      const stack = (await session.customRequest('stackTrace', { threadId: 1 })) as {
        stackFrames: { id: number; line: number }[];
      };
      const frameId = stack.stackFrames[0].id;
      assert.equal(stack.stackFrames[0].line, line + 1);
      const repl = async (expression: string): Promise<string> => {
        const r = (await session.customRequest('evaluate', {
          expression,
          frameId,
          context: 'repl',
        })) as { result: string };
        return r.result;
      };
      // Statements, as typed into the Debug Console: an assignment, an augmented one, and a
      // write to a Value's data.
      await repl('k = 3');
      await repl('k += 1');
      await repl('b.data = 0.0');
      // Read back: the expressions, and the frame's variables as the Variables view reads them.
      assert.equal(await repl('k'), '4');
      const watched = (await session.customRequest('evaluate', {
        expression: 'b.data',
        frameId,
        context: 'watch',
      })) as { result: string };
      assert.equal(watched.result, '0.0');
      const { scopes } = (await session.customRequest('scopes', { frameId })) as {
        scopes: { name: string; variablesReference: number }[];
      };
      const globals = scopes.find((s) => s.name === 'Globals');
      assert.ok(globals);
      const { variables } = (await session.customRequest('variables', {
        variablesReference: globals.variablesReference,
      })) as { variables: Variable[] };
      assert.equal(variables.find((v) => v.name === 'k')?.value, '4');
      const b = variables.find((v) => v.name === 'b');
      assert.ok(b);
      const fields = (await session.customRequest('variables', {
        variablesReference: b.variablesReference,
      })) as { variables: Variable[] };
      assert.equal(fields.variables.find((v) => v.name === 'data')?.value, '0.0');
      const before = (await inspect(document.uri)).output.length;
      await session.customRequest('continue', { threadId: 1 });
      await waitFor('the debug session to end', () => ended, 30_000);
      // The rest of the cell ran with b = 0: n = -6 and o = tanh(-6), not the lecture's 0.7071.
      const printed = await waitFor(
        'the cell to print o',
        async () => {
          const out = (await inspect(document.uri)).output.slice(before);
          return out.includes('o = ') ? out : undefined;
        },
        10_000,
      );
      assert.match(printed, /o = -1\.0000/);
      const names = await waitFor(
        'the console name in the session',
        async () => {
          const i = await inspect(document.uri);
          return i.names.includes('o') && i.names.includes('k') ? i.names : undefined;
        },
        10_000,
      );
      assert.ok(names.includes('k'), names.join(', '));
      // The test files after this one share the lecture's session: put its neuron back.
      const rerun = await vscode.commands.executeCommand<{ status: string }>(
        'toygrad.runCell',
        document.uri,
        index,
      );
      assert.equal(rerun.status, 'ok');
    } finally {
      tracker.dispose();
      endWatch.dispose();
      vscode.debug.removeBreakpoints([breakpoint]);
      await vscode.debug.stopDebugging();
    }
  });
});
