// The stepper after an optimizer update (train, `p.data -= lr * p.grad`): the parameters
// moved since the backward pass, but the steps show the numbers that pass used (the engine
// keeps the data an update overwrites, engine/passData.ts), so every node's contributions sum
// to its grad, and the panel is told the graph's numbers moved since. A pass whose data is
// gone (an earlier pass, grads from another) says its numbers are as they are now.

import { strict as assert } from 'node:assert';
import { Op, Value } from '../../../src/engine/value';
import type { KernelEvent, StepsAnswer } from '../../../src/kernel/protocol';
import { Session } from '../../../src/kernel/session';
import { planBackward } from '../../../src/kernel/stepper/backwardSteps';
import { withPassData } from '../../../src/engine/passData';
import { PAST_DATA_NOTE, STALE_NOTE } from '../../../src/kernel/stepper/staleCheck';

function session() {
  const events: KernelEvent[] = [];
  const s = new Session({ emit: (e) => events.push(e), maxGraphNodes: 1e6, maxRunMillis: 60_000 });
  let runId = 0;
  const run = (cellId: string, code: string): void => {
    events.length = 0;
    s.handle({ type: 'run', runId: ++runId, cellId, code, firstLine: 1 });
    const done = events.find((e) => e.type === 'done');
    assert.ok(done && done.type === 'done' && done.status === 'ok', JSON.stringify(events));
  };
  const stepsOf = (cellId: string): StepsAnswer => {
    events.length = 0;
    s.handle({ type: 'graph', requestId: ++runId, target: { cellId }, maxValues: 1e6 });
    const g = events.find((e) => e.type === 'graph');
    assert.ok(g && g.type === 'graph' && g.graph);
    events.length = 0;
    const rootId = g.graph.rootId;
    s.handle({ type: 'steps', requestId: ++runId, rootId, mode: 'backward', from: 0, count: 50 });
    const e = events.find((x) => x.type === 'steps');
    assert.ok(e && e.type === 'steps');
    return e.answer;
  };
  const value = (name: string): Value => {
    const v = s.names.get(name);
    assert.ok(v instanceof Value);
    return v;
  };
  return { run, stepsOf, value };
}

/** Every node's contributions, as the stepper shows them, added up: its grad as planned. */
function contributionSums(root: Value): Map<Value, number> {
  const sums = new Map<Value, number>([[root, 1]]);
  for (const step of planBackward(root)) {
    for (const p of step.pushes) sums.set(p.input, (sums.get(p.input) ?? 0) + p.contribution);
  }
  return sums;
}

/** Number operands (drawn as constants) get no grad from the pass: only Values are checked. */
function assertSumsAreGrads(root: Value): void {
  const sums = [...contributionSums(root)].filter(([node]) => node.code !== Op.Const);
  assert.ok(sums.length > 2);
  for (const [node, sum] of sums) {
    assert.ok(
      Math.abs(sum - node.grad) <= 1e-12 * Math.max(1, Math.abs(node.grad)),
      `${node.label || node.op}: contributions ${sum} ≠ grad ${node.grad}`,
    );
  }
}

const NEURON = `x1 = Value(2.0)
x2 = Value(0.0)
w1 = Value(-3.0)
w2 = Value(1.0)
b = Value(6.8813735870195432)
x1w1 = x1 * w1
x2w2 = x2 * w2
x1w1x2w2 = x1w1 + x2w2
n = x1w1x2w2 + b
o = n.tanh()
o.backward()
`;

const MODEL = `random.seed(1)
model = MLP(2, [3, 1])
xs = [[1.0, -2.0], [0.5, 1.5], [-1.0, 0.25]]
ys = [1.0, -1.0, 0.5]
`;

const LOOP_BODY = `    loss = sum((model(x) - y) ** 2 for x, y in zip(xs, ys))
    model.zero_grad()
    loss.backward()
`;

describe('backward stepper after an optimizer update', () => {
  it('a loop that updates after backward: the steps use the data the last pass used', () => {
    const k = session();
    k.run(
      'c',
      `import random\n${MODEL}for _ in range(3):\n${LOOP_BODY}` +
        `    for p in model.parameters():\n        p.data -= 0.1 * p.grad\n`,
    );
    const answer = k.stepsOf('c');
    assert.ok(answer.total > 0);
    assert.equal(answer.note, PAST_DATA_NOTE);
    // The numbers as they are now do not give the grads; the pass's numbers do.
    const loss = k.value('loss');
    const sums = contributionSums(loss);
    assert.ok([...sums].some(([node, sum]) => Math.abs(sum - node.grad) > 1e-6));
    withPassData(loss, () => assertSumsAreGrads(loss));
  });

  it("the lecture's neuron, then w1.data -= 0.1 * w1.grad: the steps show w1 as the pass used it", () => {
    const k = session();
    k.run('c', NEURON);
    k.run('u', 'w1.data -= 0.1 * w1.grad\n');
    assert.equal(k.value('w1').data, -3.1);
    const answer = k.stepsOf('c');
    assert.equal(answer.note, PAST_DATA_NOTE);
    // As now, it would read -3.1000 · 0.5000 = -1.5500, which is not x1's grad.
    assert.deepEqual(answer.steps[4].lines, [
      'x1.grad += w1.data · x1w1.grad = -3.0000 · 0.5000 = -1.5000',
      'w1.grad += x1.data · x1w1.grad = 2.0000 · 0.5000 = 1.0000',
    ]);
    // Writing the steps left the session's data as the update made it.
    assert.equal(k.value('w1').data, -3.1);
    // A second update keeps the number the pass used, not the first update's.
    k.run('u2', 'w1.data -= 0.1 * w1.grad\n');
    assert.equal(k.stepsOf('c').steps[4].lines[0], answer.steps[4].lines[0]);
    // A new backward pass uses the data as it is now: no note.
    k.run(
      'b',
      'for v in [x1, x2, w1, w2, b]:\n    v.grad = 0.0\n' +
        'x1w1 = x1 * w1\nn = x1w1 + x2 * w2 + b\no = n.tanh()\no.backward()\n',
    );
    assert.equal(k.stepsOf('b').note, undefined);
  });

  it('a loop that updates before backward: no note, and every contribution sum is the grad', () => {
    const k = session();
    k.run(
      'c',
      `import random\n${MODEL}for i in range(3):\n` +
        `    if i > 0:\n        for p in model.parameters():\n            p.data -= 0.1 * p.grad\n` +
        LOOP_BODY,
    );
    const answer = k.stepsOf('c');
    assert.ok(answer.total > 0);
    assert.equal(answer.note, undefined);
    assertSumsAreGrads(k.value('loss'));
  });

  it('train after a backward pass: stepping that pass says the data changed; Run Backward clears it', () => {
    const k = session();
    k.run('a', `import random\n${MODEL}`);
    k.run('b', `loss = sum((model(x) - y) ** 2 for x, y in zip(xs, ys))\nloss.backward()\n`);
    assert.equal(k.stepsOf('b').note, undefined);
    assertSumsAreGrads(k.value('loss'));
    k.run('t', 'losses = train(model, xs, ys, steps=5, lr=0.05)\n');
    assert.equal(k.stepsOf('b').note, STALE_NOTE);
  });

  it('the neuron after its pass, untouched: no note', () => {
    const k = session();
    k.run('c', 'x = Value(2.0)\nw = Value(-3.0)\no = (x * w).tanh()\no.backward()\n');
    assert.equal(k.stepsOf('c').note, undefined);
    assertSumsAreGrads(k.value('o'));
  });
});
