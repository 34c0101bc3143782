// Debug Cell in the real extension host: a breakpoint in the lecture's neuron, the debug
// session stops there, its stack and variables read through the session (a Value opens into
// data and grad), Continue runs to the end, and the names the cell bound stay in the
// document's session.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, cellIndex, inspect, lineOf, openFile, waitFor } from './toygradHelpers';

interface Variable {
  name: string;
  value: string;
  variablesReference: number;
}

describe('ToyGrad: Debug Cell', () => {
  before(activate);

  it('stops at a breakpoint in the neuron, shows a Value in the variables, continues and keeps the names', async function () {
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
      assert.equal(session.type, 'tgrad');
      const stack = (await session.customRequest('stackTrace', { threadId: 1 })) as {
        stackFrames: { id: number; name: string; line: number; source: { path: string } }[];
      };
      assert.equal(stack.stackFrames[0].line, line + 1);
      // A remote host shows the path as a vscode-remote URI of the same file.
      assert.ok(stack.stackFrames[0].source.path.endsWith('/examples/lecture.tgrad'));
      const { scopes } = (await session.customRequest('scopes', {
        frameId: stack.stackFrames[0].id,
      })) as { scopes: { name: string; variablesReference: number }[] };
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
      const sum = (await session.customRequest('evaluate', {
        expression: 'x1w1x2w2.data',
        frameId: stack.stackFrames[0].id,
        context: 'watch',
      })) as { result: string };
      assert.equal(sum.result, '-6.0');
      // `n` is not bound yet: the breakpoint stopped before its line ran.
      assert.ok(!variables.some((v) => v.name === 'n'));
      await session.customRequest('continue', { threadId: 1 });
      await waitFor('the debug session to end', () => ended, 30_000);
      const names = await waitFor(
        'the cell names in the session',
        async () => {
          const i = await inspect(document.uri);
          return i.names.includes('o') ? i.names : undefined;
        },
        10_000,
      );
      assert.ok(names.includes('n') && names.includes('w1'), names.join(', '));
    } finally {
      tracker.dispose();
      endWatch.dispose();
      vscode.debug.removeBreakpoints([breakpoint]);
      await vscode.debug.stopDebugging();
    }
  });

  it('Debug File runs the whole file under the debugger: a breakpoint, a hit count, then the end', async function () {
    this.timeout(90_000);
    const editor = await openFile('lecture.tgrad');
    const document = editor.document;
    const neuron = lineOf(document, 'n = x1w1x2w2 + b');
    const update = lineOf(document, '        p.data += -0.1 * p.grad');
    const at = (line: number, hitCondition?: string) =>
      new vscode.SourceBreakpoint(
        new vscode.Location(document.uri, new vscode.Position(line, 0)),
        true,
        undefined,
        hitCondition,
      );
    const breakpoints = [at(neuron), at(update, '3')];
    vscode.debug.addBreakpoints(breakpoints);
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
    const top = async (session: vscode.DebugSession) =>
      (
        (await session.customRequest('stackTrace', { threadId: 1 })) as {
          stackFrames: { id: number; line: number }[];
        }
      ).stackFrames[0];
    try {
      await vscode.commands.executeCommand('toygrad.debugFile', document.uri);
      await waitFor('the stop in the neuron cell', () => stopped.length > 0, 30_000);
      const session = vscode.debug.activeDebugSession;
      assert.ok(session, 'a debug session');
      assert.equal((await top(session)).line, neuron + 1);
      await session.customRequest('continue', { threadId: 1 });
      await waitFor('the third hit of the update', () => stopped.length > 1, 30_000);
      const frame = await top(session);
      assert.equal(frame.line, update + 1);
      // The third parameter of the first training step.
      const k = (await session.customRequest('evaluate', {
        expression: 'k',
        frameId: frame.id,
        context: 'hover',
      })) as { result: string };
      assert.equal(k.result, '0');
      await session.customRequest('continue', { threadId: 1 });
      await waitFor('the debug session to end', () => ended, 60_000);
      assert.equal(stopped.length, 2, 'a hit count of 3 stops once');
      const names = await waitFor(
        "the last cell's names in the session",
        async () => {
          const i = await inspect(document.uri);
          return i.names.includes('model') && i.names.includes('ypred') ? i.names : undefined;
        },
        10_000,
      );
      assert.ok(names.includes('o'), names.join(', '));
    } finally {
      tracker.dispose();
      endWatch.dispose();
      vscode.debug.removeBreakpoints(breakpoints);
      await vscode.debug.stopDebugging();
    }
  });
});
