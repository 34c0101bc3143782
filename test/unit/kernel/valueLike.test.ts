import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  GraphPayload,
  KernelEvent,
  ModuleInfo,
  NameInfo,
  SequenceInfo,
  ValueInfo,
} from '../../../src/kernel/protocol';
import { Session } from '../../../src/kernel/session';

// A user's own micrograd-style Value class (micrograd's engine.py, trimmed), run by ToyGrad's
// tools as a built-in Value is. Expected numbers are what CPython prints for the same program.
const ENGINE = `import math
class Value:
    def __init__(self, data, _children=(), _op='', label=''):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = set(_children)
        self._op = _op
        self.label = label
    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), '+')
        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out
    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), '*')
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out
    def tanh(self):
        t = (math.exp(2*self.data) - 1)/(math.exp(2*self.data) + 1)
        out = Value(t, (self,), 'tanh')
        def _backward():
            self.grad += (1 - t**2) * out.grad
        out._backward = _backward
        return out
    def backward(self):
        topo = []
        visited = set()
        def build(v):
            if v not in visited:
                visited.add(v)
                for c in v._prev:
                    build(c)
                topo.append(v)
        build(self)
        self.grad = 1.0
        for node in reversed(topo):
            node._backward()
`;

const NEURON = `x1 = Value(2.0)
x2 = Value(0.0)
w1 = Value(-3.0)
w2 = Value(1.0)
b = Value(6.8813735870195432, label='b')
x1w1 = x1*w1
x2w2 = x2*w2
n = x1w1 + x2w2 + b
o = n.tanh()
`;

function session() {
  const events: KernelEvent[] = [];
  const s = new Session({
    emit: (e) => events.push(e),
    maxGraphNodes: 1_000_000,
    maxRunMillis: 60_000,
  });
  let runId = 0;
  const known: Record<string, NameInfo> = {};
  const seen = (): KernelEvent[] => {
    for (const e of events) {
      if (e.type !== 'done') continue;
      Object.assign(known, e.names);
      for (const name of e.removedNames) delete known[name];
    }
    return events.slice();
  };
  const run = (code: string, cellId = 'c', firstLine = 1) => {
    events.length = 0;
    s.handle({ type: 'run', runId: ++runId, cellId, code, firstLine });
    return seen();
  };
  const backward = (cellId: string) => {
    events.length = 0;
    s.handle({ type: 'backward', runId: ++runId, cellId });
    return seen();
  };
  const graph = (target: { cellId: string } | { name: string }, maxValues = 1000) => {
    events.length = 0;
    s.handle({ type: 'graph', requestId: ++runId, target, maxValues });
    const e = events.find((x) => x.type === 'graph') as Extract<KernelEvent, { type: 'graph' }>;
    return e;
  };
  return { run, backward, graph, known, events };
}

const errorOf = (events: KernelEvent[]) =>
  (events.find((e) => e.type === 'error') as Extract<KernelEvent, { type: 'error' }> | undefined)
    ?.error;
const doneOf = (events: KernelEvent[]) =>
  events.find((e) => e.type === 'done') as Extract<KernelEvent, { type: 'done' }>;
const value = (known: Record<string, NameInfo>, name: string) => known[name] as ValueInfo;

function byLabel(g: GraphPayload, label: string) {
  const v = g.values.find((x) => x.label === label);
  assert.ok(v, `no node labelled ${label}`);
  return v;
}

describe('Value-like objects (a user class with data and grad)', () => {
  it('hovers show data, grad, op, inputs and the class name; inline values as for Values', () => {
    const { run, known } = session();
    run(ENGINE, 'engine');
    const events = run(NEURON, 'neuron', 100);
    assert.equal(errorOf(events), undefined);
    const o = value(known, 'o');
    assert.equal(o.kind, 'value');
    assert.equal(o.type, 'Value');
    assert.equal(o.data, 0.7071067811865476);
    assert.equal(o.grad, 0);
    assert.equal(o.op, 'tanh');
    assert.deepEqual(o.inputs, ['n']);
    // Made in __add__/tanh of the class: a site id the graph can jump to.
    assert.ok(o.line > 0);
    assert.equal(value(known, 'b').label, 'b');
    assert.equal(value(known, 'x1').label, 'x1');
    const many = run('vs = [x1, x2, w1, w2, b]\nd = {"o": o}', 'lists');
    assert.equal(errorOf(many), undefined);
    const vs = known['vs'] as SequenceInfo;
    assert.equal(vs.values, 5);
    assert.ok(vs.preview.startsWith('[2.0000 · ∇ 0.0000, 0.0000 · ∇ 0.0000'), vs.preview);
    assert.ok(JSON.stringify(known['d']).includes('0.7071 · ∇ 0.0000'));
    const inline = doneOf(events).inline.find((c) => c.cellId === 'neuron')!;
    const texts = JSON.stringify(inline);
    assert.ok(texts.includes('0.7071 · ∇ 0.0000'), texts);
  });

  it('the Graph lens and draw() show its nodes, ops, edges and labels (names from assignment)', () => {
    const { run, graph, events } = session();
    run(ENGINE, 'engine');
    run(NEURON, 'neuron');
    const g = graph({ cellId: 'neuron' }).graph!;
    assert.equal(g.totalValues, 10);
    assert.equal(g.truncated, false);
    const o = byLabel(g, 'o');
    assert.equal(g.rootId, o.id);
    assert.equal(o.op, 'tanh');
    assert.equal(o.role, 'output');
    const n = byLabel(g, 'n');
    assert.deepEqual(o.inputs, [n.id]);
    assert.equal(n.op, '+');
    const b = byLabel(g, 'b');
    assert.ok(n.inputs.includes(b.id));
    assert.equal(b.role, 'leaf');
    assert.equal(b.data, 6.881373587019543);
    const sum = g.values.find((v) => n.inputs.includes(v.id) && v.id !== b.id)!;
    assert.equal(sum.label, '');
    assert.deepEqual(sum.inputs.map((id) => g.values.find((v) => v.id === id)!.label).sort(), [
      'x1w1',
      'x2w2',
    ]);
    assert.equal(byLabel(g, 'x1w1').op, '*');
    assert.ok(o.line > 0 && o.col > 0);
    // By name, and draw(v) in a cell.
    assert.equal(graph({ name: 'n' }).graph!.totalValues, 9);
    run('draw(o)', 'd');
    const drawn = events.find((e) => e.type === 'draw') as Extract<KernelEvent, { type: 'draw' }>;
    assert.equal(drawn.graph.totalValues, 10);
  });

  it('Run Backward zeroes the graph and calls the class’s own backward (micrograd’s grads)', () => {
    const { run, backward, known } = session();
    run(ENGINE, 'engine');
    run(NEURON, 'neuron');
    for (let i = 0; i < 2; i++) {
      const events = backward('neuron');
      assert.equal(errorOf(events), undefined);
      assert.equal(doneOf(events).status, 'ok');
      // python3: the same program then o.backward()
      assert.equal(value(known, 'x1').grad, -1.4999999999999996);
      assert.equal(value(known, 'x2').grad, 0.4999999999999999);
      assert.equal(value(known, 'w1').grad, 0.9999999999999998);
      assert.equal(value(known, 'w2').grad, 0);
      assert.equal(value(known, 'b').grad, 0.4999999999999999);
      assert.equal(value(known, 'o').grad, 1);
    }
  });

  it('a cell’s o.backward() call makes o its output, and Run Backward does not add up passes', () => {
    const { run, backward, known } = session();
    run(ENGINE, 'engine');
    run(NEURON, 'neuron');
    run('o.backward()\nz = Value(5.0)', 'back');
    assert.equal(value(known, 'x1').grad, -1.4999999999999996);
    backward('back');
    assert.equal(value(known, 'x1').grad, -1.4999999999999996);
    assert.equal(value(known, 'z').grad, 0);
  });

  it('draws the graph of tiny_gpt.py’s own Value class (inputs in `_inputs`, no op recorded)', () => {
    const example = readFileSync(
      join(__dirname, '..', '..', '..', '..', 'examples', 'build-your-own', 'tiny_gpt.py'),
      'utf8',
    );
    const start = example.indexOf('class Value:');
    const end = example.indexOf('# The data:');
    assert.ok(start > 0 && end > start, 'tiny_gpt.py has its Value class before its data');
    const { run, backward, graph, known } = session();
    const events = run(
      `import math\n${example.slice(start, end)}\na = Value(2.0)\nb = Value(3.0)\nc = (a * b).exp()\n`,
      'gpt',
    );
    assert.equal(errorOf(events), undefined);
    const g = graph({ name: 'c' }).graph!;
    assert.equal(g.values.length, 4);
    const root = g.values.find((v) => v.id === g.rootId)!;
    assert.equal(root.op, '');
    assert.equal(root.inputs.length, 1);
    const product = g.values.find((v) => v.id === root.inputs[0])!;
    assert.deepEqual(product.inputs.map((id) => g.values.find((v) => v.id === id)!.label).sort(), [
      'a',
      'b',
    ]);
    assert.equal(doneOf(backward('gpt')).status, 'ok');
    assert.equal(value(known, 'a').grad, 3 * Math.exp(6));
  });

  it('works on a __slots__ class (no room for labels: names are kept beside the object)', () => {
    const { run, backward, graph, known } = session();
    const events = run(
      `class V:
    __slots__ = ('val', 'grad', '_children', '_local_grads')
    def __init__(self, val, children=(), local_grads=()):
        self.val = val
        self.grad = 0
        self._children = children
        self._local_grads = local_grads
    def __mul__(self, other):
        return V(self.val * other.val, (self, other), (other.val, self.val))
    def backward(self):
        topo = []
        seen = set()
        def build(v):
            if v not in seen:
                seen.add(v)
                for c in v._children:
                    build(c)
                topo.append(v)
        build(self)
        self.grad = 1
        for v in reversed(topo):
            for c, g in zip(v._children, v._local_grads):
                c.grad += g * v.grad
a = V(3.0)
c = V(4.0)
p = a * c
`,
      's',
    );
    assert.equal(errorOf(events), undefined);
    assert.equal(value(known, 'p').data, 12);
    assert.equal(value(known, 'p').type, 'V');
    const g = graph({ name: 'p' }).graph!;
    assert.deepEqual(g.values.map((v) => v.label).sort(), ['a', 'c', 'p']);
    assert.equal(doneOf(backward('s')).status, 'ok');
    assert.equal(value(known, 'a').grad, 4);
    assert.equal(value(known, 'c').grad, 3);
    assert.equal(value(known, 'p').grad, 1);
  });

  it('after Run Backward the cell’s result reads again, with the grads the backward set', () => {
    const { run, backward } = session();
    const resultOf = (events: KernelEvent[]) =>
      events
        .filter((e): e is Extract<KernelEvent, { type: 'result' }> => e.type === 'result')
        .map((e) => e.text);
    const ran = run(
      `class W:
    def __init__(self, data):
        self.data = data
        self.grad = 0.0
        self._prev = ()
    def backward(self):
        self.grad = 1.0
    def __repr__(self):
        return f"W(data={self.data}, grad={self.grad})"
w = W(2.0)
w
`,
      'w',
    );
    assert.deepEqual(resultOf(ran), ['W(data=2.0, grad=0.0)']);
    const events = backward('w');
    assert.equal(errorOf(events), undefined);
    assert.deepEqual(resultOf(events), ['W(data=2.0, grad=1.0)']);
    // The built-in Value's result too; a cell whose result is no Value shows nothing new.
    run('a = Value(3.0)\nb = a * a\nb', 'b');
    assert.deepEqual(resultOf(backward('b')), ['Value(data=9.0, grad=1.0)']);
    run('y = a * a\ny.backward()\n3', 'number');
    assert.deepEqual(resultOf(backward('number')), []);
  });

  it('an error inside the user’s backward is reported at the user’s line', () => {
    const { run, backward } = session();
    run(
      `class W:
    def __init__(self, data):
        self.data = data
        self.grad = 0.0
        self._prev = ()
    def backward(self):
        self.grad = 1.0
        raise ValueError("no backward here")
w = W(2.0)
`,
      'w',
      20,
    );
    const events = backward('w');
    const error = errorOf(events)!;
    assert.equal(error.kind, 'ValueError');
    assert.equal(error.message, 'no backward here');
    assert.equal(error.line, 27);
    assert.equal(doneOf(events).status, 'error');
  });

  it('Run Backward on a Value-like without a backward() method says so', () => {
    const { run, backward } = session();
    run(
      'class P:\n    def __init__(self):\n        self.data = 1.0\n        self.grad = 0.0\np = P()\n',
      'p',
    );
    const error = errorOf(backward('p'))!;
    assert.equal(error.kind, 'AttributeError');
    assert.match(error.message, /class 'P' has none/);
  });

  it('draws a graph mixing built-in Values and Value-likes', () => {
    const { run, graph } = session();
    const events = run(
      `class Box:
    def __init__(self, data, inputs=()):
        self.data = data
        self.grad = 0.0
        self.inputs = inputs
        self.op = 'box' if inputs else ''
x = Value(2.0)
y = x * 3
top = Box(7.0, [y, Box(1.0)])
`,
      'm',
    );
    assert.equal(errorOf(events), undefined);
    const g = graph({ cellId: 'm' }).graph!;
    const top = byLabel(g, 'top');
    assert.equal(top.op, 'box');
    assert.equal(top.inputs.length, 2);
    const y = byLabel(g, 'y');
    assert.ok(top.inputs.includes(y.id));
    assert.equal(y.op, '*');
    // y = x * 3: x and the constant 3, as for any built-in Value.
    assert.equal(g.totalValues, 5);
  });

  it('a user module (parameters() of Value-likes) shows its parameter count and grad norm', () => {
    const { run, known } = session();
    run(ENGINE, 'engine');
    run(
      `class Neuron:
    def __init__(self, n):
        self.w = [Value(0.5) for _ in range(n)]
        self.b = Value(0.0)
    def parameters(self):
        return self.w + [self.b]
m = Neuron(3)
m.w[0].grad = 3.0
m.w[1].grad = 4.0
`,
      'mod',
    );
    const info = known['m'] as ModuleInfo;
    assert.equal(info.kind, 'module');
    assert.equal(info.type, 'Neuron');
    assert.equal(info.params, 4);
    assert.equal(info.layers[0].gradNorm, 5);
  });

  it('draws a 100k-node graph without recursion, truncated to what was asked', () => {
    const { run, graph } = session();
    run(ENGINE, 'engine');
    const events = run('v = Value(0.0)\nfor i in range(50000):\n    v = v + 1\n', 'long');
    assert.equal(errorOf(events), undefined);
    const g = graph({ cellId: 'long' }, 100).graph!;
    assert.equal(g.totalValues, 100001);
    assert.equal(g.truncated, true);
    assert.equal(g.values.length, 100);
  });
});
