// The tools on a learner's engine written as a dataclass (`@dataclass(eq=False) class Value`
// with typed fields, `from __future__ import annotations`, `Value | float`), in the real
// extension host: hovers after the user's own backward(), the graph, and Run Backward on a
// cell whose result is such a Value. Expected numbers are CPython's (python3 prints them).
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activate, cellIndex, closeAllEditors, hoverText, inspect, lineOf } from './toygradHelpers';

const NOTEBOOK = `# %% A dataclass engine
from __future__ import annotations
import math
from dataclasses import dataclass, field


@dataclass(eq=False)
class Value:
    data: float
    grad: float = 0.0
    _prev: tuple[Value, ...] = ()
    _op: str = ''
    label: str = ''
    _backward: object = field(default=lambda: None, repr=False)

    def __add__(self, other: Value | float) -> Value:
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, _prev=(self, other), _op='+')

        def _backward():
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    def __mul__(self, other: Value | float) -> Value:
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, _prev=(self, other), _op='*')

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    def tanh(self) -> Value:
        t = math.tanh(self.data)
        out = Value(t, _prev=(self,), _op='tanh')

        def _backward():
            self.grad += (1 - t**2) * out.grad

        out._backward = _backward
        return out

    def backward(self) -> None:
        topo, seen = [], set()

        def build(v):
            if v not in seen:
                seen.add(v)
                for child in v._prev:
                    build(child)
                topo.append(v)

        build(self)
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()


# %% A neuron
x1 = Value(2.0, label='x1')
x2 = Value(0.0, label='x2')
w1 = Value(-3.0, label='w1')
w2 = Value(1.0, label='w2')
b = Value(6.8813735870195432, label='b')
n = x1 * w1 + x2 * w2 + b
o = n.tanh()
o.backward()
print(w1)
print(round(o.data, 4), w1.grad, x1.grad)

# %% Forward only
c = w2 * x1 + 1.0
c
`;

type Outcome = { status: string; error: { kind: string; message: string; line: number } | null };

describe('ToyGrad: the tools on a dataclass Value', () => {
  let document: vscode.TextDocument;

  const cell = (title: string) => cellIndex(document, title);
  const run = async (command: string, title: string): Promise<Outcome> =>
    (await vscode.commands.executeCommand<Outcome>(command, document.uri, await cell(title)))!;
  const hoverAt = (prefix: string, after: string) =>
    hoverText(document, new vscode.Position(lineOf(document, prefix, lineOf(document, after)), 0));

  before(async () => {
    await activate();
    await closeAllEditors();
    const dir = mkdtempSync(join(tmpdir(), 'toygrad-dataclass-value-'));
    writeFileSync(join(dir, 'engine.tgrad'), NOTEBOOK);
    document = await vscode.workspace.openTextDocument(vscode.Uri.file(join(dir, 'engine.tgrad')));
    await vscode.window.showTextDocument(document);
    const engine = await run('toygrad.runCell', 'A dataclass engine');
    assert.equal(engine.status, 'ok', JSON.stringify(engine));
  });

  after(closeAllEditors);

  it("prints CPython's dataclass repr and hovers w1 with the grad of the user's backward()", async () => {
    const outcome = await run('toygrad.runCell', 'A neuron');
    assert.equal(outcome.status, 'ok', JSON.stringify(outcome));
    const { output } = await inspect(document.uri);
    assert.match(
      output,
      /Value\(data=-3\.0, grad=0\.9999999999999996, _prev=\(\), _op='', label='w1'\)\n0\.7071 0\.9999999999999996 -1\.4999999999999993\n/,
    );
    const w1 = await hoverAt("w1 = Value(-3.0, label='w1')", '# %% A neuron');
    assert.match(w1, /`w1` · Value/, w1);
    assert.match(w1, /data \*\*-3\.0000\*\* · grad \*\*1\.0000\*\*/, w1);
    const o = await hoverAt('o = n.tanh()', '# %% A neuron');
    assert.match(o, /data \*\*0\.7071\*\* · grad \*\*1\.0000\*\*/, o);
  });

  it('draws the dataclass graph with its ops, data and grads', async () => {
    const drawn = await vscode.commands.executeCommand<boolean>(
      'toygrad.showGraph',
      document.uri,
      await cell('A neuron'),
    );
    assert.equal(drawn, true);
    const graph = (await inspect(document.uri)).panel?.state.graph;
    assert.ok(graph, 'the panel state has a graph');
    const root = graph.values.find((v) => v.id === graph.rootId);
    assert.equal(root?.op, 'tanh');
    assert.equal(root?.data, 0.7071067811865477); // CPython's repr(o.data)
    assert.equal(root?.grad, 1);
    const w1 = graph.values.find((v) => v.label === 'w1');
    assert.equal(w1?.grad, 0.9999999999999996);
    assert.equal(graph.values.filter((v) => v.op === '*').length, 2);
    await vscode.window.showTextDocument(document);
  });

  it("runs Run Backward on a cell ending in a dataclass Value, through the user's backward()", async () => {
    const outcome = await run('toygrad.runBackward', 'Forward only');
    assert.equal(outcome.status, 'ok', JSON.stringify(outcome));
    // CPython, with c.backward() after the neuron's pass: c 3.0 1.0, w2.grad 2.0 (0.0 + x1).
    const c = await hoverAt('c = w2 * x1 + 1.0', '# %% Forward only');
    assert.match(c, /data \*\*3\.0000\*\* · grad \*\*1\.0000\*\*/, c);
    const w2 = await hoverAt("w2 = Value(1.0, label='w2')", '# %% A neuron');
    assert.match(w2, /data \*\*1\.0000\*\* · grad \*\*2\.0000\*\*/, w2);
  });
});
