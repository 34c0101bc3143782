import { strict as assert } from 'node:assert';
import type { KernelEvent, StepMode, StepsAnswer } from '../../../src/kernel/protocol';
import { Session } from '../../../src/kernel/session';
import { MAX_STEPS_PER_CHUNK } from '../../../src/kernel/stepper/passSteps';

/** A session that ran `code` as one cell, and a way to ask it for steps from its output. */
function ran(code: string) {
  const events: KernelEvent[] = [];
  const s = new Session({ emit: (e) => events.push(e), maxGraphNodes: 1e6, maxRunMillis: 60_000 });
  s.handle({ type: 'run', runId: 1, cellId: 'c', code, firstLine: 1 });
  const done = events.find((e) => e.type === 'done');
  assert.ok(done && done.type === 'done' && done.status === 'ok', JSON.stringify(events));
  let requestId = 0;
  const graphRoot = (): number => {
    events.length = 0;
    s.handle({ type: 'graph', requestId: ++requestId, target: { cellId: 'c' }, maxValues: 1e6 });
    const g = events.find((e) => e.type === 'graph');
    assert.ok(g && g.type === 'graph' && g.graph);
    return g.graph.rootId;
  };
  const steps = (rootId: number, from = 0, count = 100, mode: StepMode = 'backward') => {
    events.length = 0;
    s.handle({ type: 'steps', requestId: ++requestId, rootId, mode, from, count });
    const e = events.find((x) => x.type === 'steps');
    assert.ok(e && e.type === 'steps');
    return e.answer;
  };
  return { s, events, graphRoot, steps };
}

const lines = (a: StepsAnswer) => a.steps.map((s) => s.lines);

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

describe('backward stepper steps', () => {
  it("micrograd's neuron: each chain-rule update with the lecture's numbers, outputs first", () => {
    const { graphRoot, steps } = ran(NEURON);
    const answer = steps(graphRoot());
    assert.equal(answer.total, 5);
    assert.deepEqual(lines(answer), [
      [
        'o.grad = 1.0000 (the output: ∂o/∂o = 1)',
        'n.grad += (1 − o²) · o.grad = (1 − 0.7071²) · 1.0000 = 0.5000',
      ],
      ['x1w1x2w2.grad += n.grad = 0.5000', 'b.grad += n.grad = 0.5000'],
      ['x1w1.grad += x1w1x2w2.grad = 0.5000', 'x2w2.grad += x1w1x2w2.grad = 0.5000'],
      [
        'x2.grad += w2.data · x2w2.grad = 1.0000 · 0.5000 = 0.5000',
        'w2.grad += x2.data · x2w2.grad = 0.0000 · 0.5000 = 0.0000',
      ],
      [
        'x1.grad += w1.data · x1w1.grad = -3.0000 · 0.5000 = -1.5000',
        'w1.grad += x1.data · x1w1.grad = 2.0000 · 0.5000 = 1.0000',
      ],
    ]);
    // The order names every step's node, and each step the inputs it pushes into.
    assert.equal(answer.order?.length, 5);
    assert.deepEqual(
      answer.steps.map((s) => s.pushes.length),
      [1, 2, 2, 2, 2],
    );
    assert.deepEqual(
      answer.steps.map((s) => s.line),
      [10, 9, 8, 7, 6],
    );
  });

  it('unnamed nodes read by the expression that made them, or by op and id, with their numbers', () => {
    const { graphRoot, steps } = ran(
      'x1 = Value(2.0)\nx2 = Value(0.0)\nw1 = Value(-3.0)\nw2 = Value(1.0)\n' +
        'b = Value(6.8813735870195432)\no = (x1 * w1 + x2 * w2 + b).tanh()\no.backward()\n',
    );
    const answer = steps(graphRoot());
    // The sum with b is longer than a name should be: it is `add#` and its id.
    const n = `add#${answer.order![1]}`;
    const sum = '((x1 * w1) + (x2 * w2))';
    assert.deepEqual(lines(answer), [
      [
        'o.grad = 1.0000 (the output: ∂o/∂o = 1)',
        `${n}.grad += (1 − o²) · o.grad = (1 − 0.7071²) · 1.0000 = 0.5000`,
      ],
      [`${sum}.grad += ${n}.grad = 0.5000`, `b.grad += ${n}.grad = 0.5000`],
      [`(x1 * w1).grad += ${sum}.grad = 0.5000`, `(x2 * w2).grad += ${sum}.grad = 0.5000`],
      [
        'x2.grad += w2.data · (x2 * w2).grad = 1.0000 · 0.5000 = 0.5000',
        'w2.grad += x2.data · (x2 * w2).grad = 0.0000 · 0.5000 = 0.0000',
      ],
      [
        'x1.grad += w1.data · (x1 * w1).grad = -3.0000 · 0.5000 = -1.5000',
        'w1.grad += x1.data · (x1 * w1).grad = 2.0000 · 0.5000 = 1.0000',
      ],
    ]);
    // The forward mode: an expression name needs no `name =` in front of it.
    const made = lines(steps(graphRoot(), 0, 100, 'forward')).flat();
    assert.ok(made.includes('x1 * w1 = 2.0000 * -3.0000 = -6.0000'), made.join('\n'));
    assert.ok(made.includes(`${n} = ${sum} + b = -6.0000 + 6.8814 = 0.8814`));
    assert.ok(made.includes(`o = tanh(${n}) = tanh(0.8814) = 0.7071`));
  });

  it('b = a + a: two contributions, and the running sum reaches 2', () => {
    const { graphRoot, steps } = ran('a = Value(3.0)\nb = a + a\nb.backward()\n');
    const answer = steps(graphRoot());
    assert.deepEqual(lines(answer), [
      [
        'b.grad = 1.0000 (the output: ∂b/∂b = 1)',
        'a.grad += b.grad = 1.0000',
        'a.grad += b.grad = 1.0000',
        'a.grad = 1.0000 + 1.0000 = 2.0000',
      ],
    ]);
  });

  it('sums contributions arriving at different steps, and names constants by their number', () => {
    const code =
      'a = Value(-2.0)\nb = Value(3.0)\nd = a * b\ne = a + b\nf = d * e\ng = 2 * f\ng.backward()\n';
    const { graphRoot, steps } = ran(code);
    const all = lines(steps(graphRoot())).flat();
    assert.ok(all.includes('f.grad += 2.0000 · g.grad = 2.0000 · 1.0000 = 2.0000'), all.join('\n'));
    // The constant 2 gets its grad too, written as Python takes an attribute of a literal.
    assert.ok(
      all.includes('(2.0000).grad += f.data · g.grad = -6.0000 · 1.0000 = -6.0000'),
      all.join('\n'),
    );
    assert.ok(!all.some((l) => l.startsWith('2.0000.grad')), all.join('\n'));
    // By hand: f.grad = 2; e = a + b gets d.data · 2 = -12, d = a * b gets e.data · 2 = 2;
    // then a gets -12 from e and b.data · 2 = 6 from d, b gets -12 and a.data · 2 = -4.
    const sums = all.filter((l) => l.startsWith('a.grad = ') || l.startsWith('b.grad = '));
    assert.deepEqual(sums, [
      'a.grad = -12.0000 + 6.0000 = -6.0000',
      'b.grad = -12.0000 − 4.0000 = -16.0000',
    ]);
  });

  it('tanh, a power, a division and exp read with their local rules', () => {
    const code = 'x = Value(0.5)\ny = x ** 2\nz = y / x\nw = z.exp()\nw.backward()\n';
    const { graphRoot, steps } = ran(code);
    const all = lines(steps(graphRoot())).flat();
    assert.ok(all.includes('z.grad += w · w.grad = 1.6487 · 1.0000 = 1.6487'), all.join('\n'));
    assert.ok(all.includes('y.grad += 1 / x.data · z.grad = 1 / 0.5000 · 1.6487 = 3.2974'));
    assert.ok(
      all.includes('x.grad += −y.data / x.data² · z.grad = −0.2500 / 0.5000² · 1.6487 = -1.6487'),
    );
    assert.ok(
      all.includes(
        'x.grad += 2.0000 · x.data**(2.0000 − 1) · y.grad = 2.0000 · 0.5000**(2.0000 − 1) · 3.2974 = 3.2974',
      ),
    );
  });

  it('comes in chunks, with the whole order in the first one only', () => {
    const { graphRoot, steps } = ran(
      'xs = [Value(float(i)) for i in range(3000)]\ns = xs[0]\nfor x in xs[1:]:\n    s = s + x * 2\n',
    );
    const root = graphRoot();
    const first = steps(root, 0, 1e6);
    assert.equal(first.total, 5998);
    assert.equal(first.steps.length, MAX_STEPS_PER_CHUNK);
    assert.equal(first.order?.length, 5998);
    const last = steps(root, 5990, 100);
    assert.equal(last.from, 5990);
    assert.equal(last.steps.length, 8);
    assert.equal(last.order, undefined);
  });

  it('the forward mode lists the nodes in the order they were made, with their values', () => {
    const { graphRoot, steps } = ran(NEURON);
    const answer = steps(graphRoot(), 0, 100, 'forward');
    assert.equal(answer.total, 10);
    assert.deepEqual(answer.steps[0].lines, ['x1 = 2.0000']);
    assert.ok(lines(answer).flat().includes('x1w1 = x1 * w1 = 2.0000 * -3.0000 = -6.0000'));
    assert.deepEqual(answer.steps[9].lines, ['o = tanh(n) = tanh(0.8814) = 0.7071']);
  });

  it('a Value gone from the session answers with a message, not steps', () => {
    const { steps } = ran('a = Value(1.0)\n');
    const answer = steps(987654);
    assert.equal(answer.total, 0);
    assert.match(answer.message ?? '', /no longer exists/);
  });
});

const USER_CLASS = `class V:
    def __init__(self, data, _children=(), _op='', label=''):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = set(_children)
        self._op = _op
        self.label = label
    def __mul__(self, other):
        out = V(self.data * other.data, (self, other), '*')
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out
    def backward(self):
        topo = []
        visited = set()
        def build(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build(child)
                topo.append(v)
        build(self)
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()
x = V(2.0, label='x')
y = V(-3.0, label='y')
z = x * y
z.label = 'z'
`;

describe('backward stepper: a user Value class', () => {
  it("records Run Backward's grad writes with the user's lines and numbers", () => {
    const { s, events, graphRoot, steps } = ran(USER_CLASS);
    const root = graphRoot();
    // Before Run Backward there is nothing recorded to replay.
    assert.match(steps(root).message ?? '', /Run Backward/);
    events.length = 0;
    s.handle({ type: 'backward', runId: 2, cellId: 'c' });
    const answer = steps(root);
    assert.deepEqual(lines(answer), [
      ['line 26: self.grad = 1.0', 'z.grad: 0.0000 → 1.0000 (+1.0000)'],
      ['line 12: self.grad += other.data * out.grad', 'x.grad: 0.0000 → -3.0000 (−3.0000)'],
      ['line 13: other.grad += self.data * out.grad', 'y.grad: 0.0000 → 2.0000 (+2.0000)'],
    ]);
    assert.deepEqual(
      answer.steps.map((x) => x.line),
      [26, 12, 13],
    );
  });

  it('records nothing while cells run: backward() inside a cell leaves no steps', () => {
    const { graphRoot, steps } = ran(USER_CLASS + 'z.backward()\n');
    assert.match(steps(graphRoot()).message ?? '', /Run Backward/);
  });
});
