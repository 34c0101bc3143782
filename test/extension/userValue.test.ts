// Issue 8, section 5: the tools on the learner's own `Value` class, in the real extension
// host. A micrograd-style engine (engine.py: `_backward` closures, `set(_children)`, a
// topological sort) typed into a notebook, then hovers, Run Backward, the Graph lens and a
// local module's errors and edits, as a learner meets them. Expected numbers are CPython's
// (the same program under python3 prints them).
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  activate,
  cellIndex,
  closeAllEditors,
  hoverText,
  inspect,
  lineOf,
  waitFor,
} from './toygradHelpers';
import { USER_VALUE_NOTEBOOK as NOTEBOOK } from '../fixtures/userValueNotebook';

/** mymod.py as first written: line 3 divides by zero when the module runs. */
const MODULE_BROKEN = `def scale(v):
    return v * 2.0
ratio = 1 / 0
`;

function toygradDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'ToyGrad');
}

type Outcome = { status: string; error: { kind: string; message: string; line: number } | null };

describe('ToyGrad: the tools on a hand-written Value class (micrograd engine.py style)', () => {
  let dir: string;
  let document: vscode.TextDocument;
  let moduleUri: vscode.Uri;

  const cell = (title: string) => cellIndex(document, title);
  const run = async (command: string, title: string): Promise<Outcome> =>
    (await vscode.commands.executeCommand<Outcome>(command, document.uri, await cell(title)))!;
  const hoverAt = (prefix: string, after: string, character = 0) =>
    hoverText(
      document,
      new vscode.Position(lineOf(document, prefix, lineOf(document, after)), character),
    );

  before(async () => {
    await activate();
    await closeAllEditors();
    dir = mkdtempSync(join(tmpdir(), 'toygrad-user-value-'));
    writeFileSync(join(dir, 'engine.tgrad'), NOTEBOOK);
    writeFileSync(join(dir, 'mymod.py'), MODULE_BROKEN);
    moduleUri = vscode.Uri.file(join(dir, 'mymod.py'));
    document = await vscode.workspace.openTextDocument(vscode.Uri.file(join(dir, 'engine.tgrad')));
    await vscode.window.showTextDocument(document);
    const engine = await run('toygrad.runCell', 'The engine');
    assert.equal(engine.status, 'ok', JSON.stringify(engine));
  });

  after(closeAllEditors);

  it("hovers w1 with its data and grad after the user's own o.backward()", async () => {
    const outcome = await run('toygrad.runCell', 'A neuron with tanh');
    assert.equal(outcome.status, 'ok', JSON.stringify(outcome));
    // CPython: -3.0 0.9999999999999998 -1.4999999999999996
    const { output } = await inspect(document.uri);
    assert.match(output, /-3\.0 0\.9999999999999998 -1\.4999999999999996\n/);
    const w1 = await hoverAt("w1 = Value(-3.0, label='w1')", '# %% A neuron with tanh');
    assert.match(w1, /`w1` · Value/, w1);
    assert.match(w1, /data \*\*-3\.0000\*\* · grad \*\*1\.0000\*\*/, w1);
    assert.match(w1, /a leaf \(no inputs\)/, w1);
    const x1 = await hoverAt("x1 = Value(2.0, label='x1')", '# %% A neuron with tanh');
    assert.match(x1, /data \*\*2\.0000\*\* · grad \*\*-1\.5000\*\*/, x1);
    const o = await hoverAt('o = n.tanh()', '# %% A neuron with tanh');
    assert.match(o, /data \*\*0\.7071\*\* · grad \*\*1\.0000\*\*/, o);
    assert.match(o, /`tanh` of `n`/, o);
  });

  it('shows the user-class values at the ends of the assignment lines', async () => {
    const marker = lineOf(document, '# %% A neuron with tanh');
    const { marks } = await inspect(document.uri);
    const at = (prefix: string) =>
      marks
        .filter((m) => m.line === lineOf(document, prefix, marker) && m.kind === 'value')
        .map((m) => m.text);
    assert.deepEqual(at("w1 = Value(-3.0, label='w1')"), ['= -3.0000 · ∇ 1.0000']);
    assert.deepEqual(at('o = n.tanh()'), ['= 0.7071 · ∇ 1.0000']);
  });

  it('draws the user-class graph from the Graph lens, with its data, grads and ops', async () => {
    const drawn = await vscode.commands.executeCommand<boolean>(
      'toygrad.showGraph',
      document.uri,
      await cell('A neuron with tanh'),
    );
    assert.equal(drawn, true);
    const graph = (await inspect(document.uri)).panel?.state.graph;
    assert.ok(graph, 'the panel state has a graph');
    const byLabel = new Map(graph.values.map((v) => [v.label, v]));
    const root = graph.values.find((v) => v.id === graph.rootId);
    assert.equal(root?.label, 'o');
    assert.equal(root?.op, 'tanh');
    assert.equal(root?.data, 0.7071067811865476);
    assert.equal(root?.grad, 1);
    assert.deepEqual(
      [...byLabel.keys()].sort(),
      ['b', 'n', 'o', 'w1', 'w2', 'x1', 'x1*w1', 'x1*w1 + x2*w2', 'x2', 'x2*w2'].sort(),
    );
    assert.equal(byLabel.get('w1')?.grad, 0.9999999999999998);
    assert.equal(byLabel.get('x1')?.grad, -1.4999999999999996);
    assert.equal(byLabel.get('n')?.op, '+');
    assert.equal(byLabel.get('x1*w1')?.op, '*');
    const w1 = byLabel.get('w1');
    assert.equal(
      (w1?.line ?? 0) - 1,
      lineOf(document, "w1 = Value(-3.0, label='w1')", lineOf(document, '# %% A neuron with tanh')),
      'w1 knows the line that made it',
    );
    await vscode.window.showTextDocument(document);
  });

  it("runs Run Backward on a cell whose output is a user Value, through the user's backward()", async () => {
    const outcome = await run('toygrad.runBackward', 'Forward only');
    assert.equal(outcome.status, 'ok', JSON.stringify(outcome));
    // CPython: c = a*a + a*2 at a = 3 gives dc/da = 2a + 2 = 8.
    const a = await hoverAt("a = Value(3.0, label='a')", '# %% Forward only');
    assert.match(a, /data \*\*3\.0000\*\* · grad \*\*8\.0000\*\*/, a);
    const c = await hoverAt('c = a * a + a * 2.0', '# %% Forward only');
    assert.match(c, /data \*\*15\.0000\*\* · grad \*\*1\.0000\*\*/, c);
    // A second Run Backward zeroes the grads first (as micrograd's zero_grad): still 8, not 16.
    assert.equal((await run('toygrad.runBackward', 'Forward only')).status, 'ok');
    const again = await hoverAt("a = Value(3.0, label='a')", '# %% Forward only');
    assert.match(again, /grad \*\*8\.0000\*\*/, again);
  });

  it("shows an error raised in the user's own backward() at the user's line", async () => {
    const outcome = await run('toygrad.runBackward', 'A backward with a typo');
    assert.equal(outcome.status, 'error', JSON.stringify(outcome));
    const line = lineOf(
      document,
      '        for node in reversed(topo_order):',
      lineOf(document, '# %% A backward with a typo'),
    );
    const [d] = await waitFor('a diagnostic in the backward', () => {
      const found = toygradDiagnostics(document.uri);
      return found.length > 0 ? found : undefined;
    });
    assert.equal(d.code, 'NameError');
    assert.match(d.message, /topo_order/);
    assert.equal(d.range.start.line, line, `at line ${d.range.start.line + 1}: ${d.message}`);
    assert.equal(d.range.start.character, document.lineAt(line).text.indexOf('topo_order'));
    const { marks } = await inspect(document.uri);
    assert.ok(
      marks.some((m) => m.kind === 'error' && m.text.startsWith('✗ NameError: ')),
      JSON.stringify(marks),
    );
  });

  it('hovers `self.__count` in a method while paused there: the mangled `_Counter__count`', async function () {
    this.timeout(60_000);
    const line = lineOf(
      document,
      '        self.__count = self.__count + 1.0',
      lineOf(document, '# %% Private state'),
    );
    const breakpoint = new vscode.SourceBreakpoint(
      new vscode.Location(document.uri, new vscode.Position(line, 0)),
    );
    vscode.debug.addBreakpoints([breakpoint]);
    let stopped = false;
    const tracker = vscode.debug.registerDebugAdapterTrackerFactory('tgrad', {
      createDebugAdapterTracker: () => ({
        onDidSendMessage: (m: { type: string; event?: string }) => {
          if (m.type === 'event' && m.event === 'stopped') stopped = true;
        },
      }),
    });
    try {
      await vscode.commands.executeCommand(
        'toygrad.debugCell',
        document.uri,
        await cell('Private state'),
      );
      await waitFor('the debugger to stop in bump()', () => stopped, 30_000);
      const session = vscode.debug.activeDebugSession;
      assert.ok(session);
      const { stackFrames } = (await session.customRequest('stackTrace', { threadId: 1 })) as {
        stackFrames: { id: number; name: string; line: number }[];
      };
      assert.equal(stackFrames[0].line, line + 1);
      const hover = async (expression: string, frameId: number) =>
        (
          (await session.customRequest('evaluate', { expression, frameId, context: 'hover' })) as {
            result: string;
          }
        ).result;
      // CPython compiles `self.__count` in Counter's method as `self._Counter__count`.
      assert.equal(await hover('self.__count.data', stackFrames[0].id), '4.0');
      assert.equal(await hover('self._Counter__count.data', stackFrames[0].id), '4.0');
      // At the cell's top level there is no class: the name stays as written, as in CPython.
      assert.match(
        await hover('k.__count', stackFrames[1].id),
        /AttributeError: 'Counter' object has no attribute '__count'/,
      );
      await session.customRequest('continue', { threadId: 1 });
    } finally {
      tracker.dispose();
      vscode.debug.removeBreakpoints([breakpoint]);
      await vscode.debug.stopDebugging();
    }
  });

  it('hovers a private name inside a class as the mangled global CPython reads there', async () => {
    const outcome = await run('toygrad.runCell', 'Private state');
    assert.equal(outcome.status, 'ok', JSON.stringify(outcome));
    const marker = lineOf(document, '# %% Private state');
    const inMethod = lineOf(document, '        return __total', marker);
    const method = await hoverText(
      document,
      new vscode.Position(inMethod, document.lineAt(inMethod).text.indexOf('__total') + 2),
    );
    // CPython: Counter().total() is _Counter__total (2.0); the top level's __total is 1.0.
    assert.match(method, /`_Counter__total` · Value/, method);
    assert.match(method, /data \*\*2\.0000\*\*/, method);
    const topLevel = await hoverAt('__total = Value(1.0', '# %% Private state', 2);
    assert.match(topLevel, /`__total` · Value/, topLevel);
    assert.match(topLevel, /data \*\*1\.0000\*\*/, topLevel);
  });

  it('shows an import error in the module’s own file, at its line and column', async () => {
    const outcome = await run('toygrad.runCell', 'Imports a local module');
    assert.equal(outcome.status, 'error', JSON.stringify(outcome));
    const [d] = await waitFor('a diagnostic in mymod.py', () => {
      const found = toygradDiagnostics(moduleUri);
      return found.length > 0 ? found : undefined;
    });
    assert.equal(d.code, 'ZeroDivisionError');
    assert.match(d.message, /division by zero/);
    assert.equal(d.range.start.line, 2, `line ${d.range.start.line + 1}`);
    assert.equal(d.range.start.character, 8, `column ${d.range.start.character + 1}`);
    const inNotebook = toygradDiagnostics(document.uri).filter(
      (x) => x.code === 'ZeroDivisionError',
    );
    assert.deepEqual(inNotebook, [], 'the notebook does not claim the module’s error');
  });

  it('re-imports the module after an unsaved edit, then after a saved one', async () => {
    const module = await vscode.workspace.openTextDocument(moduleUri);
    const fixed = new vscode.WorkspaceEdit();
    fixed.replace(
      moduleUri,
      new vscode.Range(1, 0, 2, module.lineAt(2).text.length),
      '    return v * 3.0\nratio = 1 / 2',
    );
    assert.ok(await vscode.workspace.applyEdit(fixed));
    assert.equal(module.isDirty, true, 'the edit is unsaved');
    const unsaved = await run('toygrad.runCell', 'Imports a local module');
    assert.equal(unsaved.status, 'ok', JSON.stringify(unsaved));
    let state = await inspect(document.uri);
    assert.match(state.output, /\n6\.0\n✓ done in \d+ ms\n$/, state.output.slice(-200));
    await waitFor('the module’s error to clear', () => toygradDiagnostics(moduleUri).length === 0);

    const saved = new vscode.WorkspaceEdit();
    saved.replace(
      moduleUri,
      new vscode.Range(1, 0, 1, module.lineAt(1).text.length),
      '    return v * 5.0',
    );
    assert.ok(await vscode.workspace.applyEdit(saved));
    assert.ok(await module.save());
    assert.equal(module.isDirty, false);
    const afterSave = await run('toygrad.runCell', 'Imports a local module');
    assert.equal(afterSave.status, 'ok', JSON.stringify(afterSave));
    state = await inspect(document.uri);
    assert.match(state.output, /\(reloaded mymod\.py: it changed since it was last imported\)/);
    assert.match(state.output, /\n10\.0\n✓ done in \d+ ms\n$/, state.output.slice(-200));
  });
});
