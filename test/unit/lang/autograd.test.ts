import * as assert from 'node:assert/strict';
import { Value } from '../../../src/engine';
import { errorOf, output, py, run } from './runProgram';

describe('Values and autograd through the language', () => {
  it('computes micrograd’s sanity check (y.data == -20, x.grad == 46)', () => {
    const code = py`
      x = Value(-4.0)
      z = 2 * x + 2 + x
      q = z.relu() + z * x
      h = (z * z).relu()
      y = h + q + q * x
      y.backward()
      print(y.data, x.grad)
    `;
    assert.equal(output(code), '-20.0 46.0\n');
  });

  it('computes micrograd’s "more ops" test', () => {
    const code = py`
      a = Value(-4.0)
      b = Value(2.0)
      c = a + b
      d = a * b + b**3
      c += c + 1
      c += 1 + c + (-a)
      d += d * 2 + (b + a).relu()
      d += 3 * d + (b - a).relu()
      e = c - d
      f = e**2
      g = f / 2.0
      g += 10.0 / f
      g.backward()
      print(f"{g.data:.4f} {a.grad:.4f} {b.grad:.4f}")
    `;
    assert.equal(output(code), '24.7041 138.8338 645.5773\n');
  });

  it('computes the lecture’s neuron', () => {
    const code = py`
      x1 = Value(2.0, label='x1')
      x2 = Value(0.0, label='x2')
      w1 = Value(-3.0, label='w1')
      w2 = Value(1.0, label='w2')
      b = Value(6.8813735870195432, label='b')
      n = x1*w1 + x2*w2 + b
      o = n.tanh()
      o.backward()
      print(f"{o.data:.4f} {x1.grad:.4f} {w1.grad:.4f} {x2.grad:.4f} {w2.grad:.4f}")
    `;
    assert.equal(output(code), '0.7071 -1.5000 1.0000 0.5000 0.0000\n');
  });

  it('adds both contributions of a node used twice, and accumulates over backward calls', () => {
    assert.equal(output('a = Value(3.0)\nb = a + a\nb.backward()\nprint(a.grad)'), '2.0\n');
    assert.equal(
      output('a = Value(3.0)\nb = a * a\nb.backward()\nbackward(b)\nprint(a.grad, b.grad)'),
      '12.0 2.0\n',
    );
    assert.equal(
      output('a = Value(3.0)\nb = a * a\nb.backward()\nzero_grad(a)\nb.backward()\nprint(a.grad)'),
      '6.0\n',
    );
  });

  it('names unlabelled Values after the variable they are assigned to', () => {
    const r = run(py`
      a = Value(2.0)
      b = Value(3.0, label="bee")
      c = a * b
      d, e = a + 1, a - 1
      f = c
      f += 1
      def g(x):
          inner = x * 2
          return inner
      h = g(a)
      print(a.label, b.label, c.label, d.label, e.label, f.label, h.label, (a + b).label == "")
    `);
    assert.equal(r.out, 'a bee c d e f inner True\n');
  });

  it('has Python’s Value arithmetic with numbers on either side', () => {
    const code = py`
      v = Value(2.0)
      print(v + 1, 1 + v, v - 1, 1 - v, 3 * v, v * 3, v / 4, 4 / v, v ** 2, 2 ** v, -v, +v)
      print(v ** Value(3.0), v > 1, v == 2, v < Value(3.0), float(v), repr(v), v.op, (v * 2).op, (v ** 2).op, v.relu().op)
      v.data = 5
      v.grad = 1
      print(v.data, v.grad, type_ok := isinstance if False else "", len((v * 2).inputs))
    `.replace(', type_ok := isinstance if False else ""', '');
    assert.equal(
      output(code),
      'Value(data=3.0, grad=0.0) Value(data=3.0, grad=0.0) Value(data=1.0, grad=0.0) Value(data=-1.0, grad=0.0) ' +
        'Value(data=6.0, grad=0.0) Value(data=6.0, grad=0.0) Value(data=0.5, grad=0.0) Value(data=2.0, grad=0.0) ' +
        'Value(data=4.0, grad=0.0) Value(data=4.0, grad=0.0) Value(data=-2.0, grad=0.0) Value(data=2.0, grad=0.0)\n' +
        'Value(data=8.0, grad=0.0) True True True 2.0 Value(data=2.0, grad=0.0)  * **2 ReLU\n' +
        '5.0 1.0 2\n',
    );
  });

  it('offers the math functions on numbers and Values alike', () => {
    const code = py`
      print(tanh(0.5), exp(1), log(e), sqrt(4), sigmoid(0), relu(-2), relu(3), abs(-3), abs(-2.5), floor(2.7), ceil(2.1), sin(0), cos(0))
      v = Value(0.5)
      print(tanh(v).op, exp(v).op, log(v).op, sqrt(v).op, sigmoid(v).op, relu(v).op, abs(v).op, sin(v).op, cos(v).op)
      print(f"{tanh(v).data:.6f} {v.tanh().data:.6f} {v.exp().data:.6f} {v.sigmoid().data:.6f} {log(8, 2)} {pi:.5f}")
    `;
    assert.equal(
      output(code),
      '0.46211715726000974 2.718281828459045 1.0 2.0 0.5 0.0 3.0 3 2.5 2 3 0.0 1.0\n' +
        'tanh exp log sqrt sigmoid ReLU abs sin cos\n' +
        '0.462117 0.462117 1.648721 0.622459 3.0 3.14159\n',
    );
  });

  it('warns about a NaN or infinite gradient, naming the node and the line it was made on', () => {
    const r = run(py`
      x = Value(0.0)
      y = x.sqrt()
      y.backward()
    `);
    assert.equal(r.outcome.status, 'ok');
    assert.equal(r.warnings.length, 1);
    assert.match(
      r.warnings[0].message,
      /gradient of 'x' is infinite \(that node was made on line 1\)/,
    );
    assert.deepEqual([r.warnings[0].line, r.warnings[0].col], [1, 5]);
  });

  it('records the cell’s backward target, last assigned Value and inline values', () => {
    const r = run(py`
      a = Value(1.0)
      b = a * 2
      b.backward()
      for i in range(3):
          k = i * 10
      c = 5
      def f():
          inside = 1
      f()
    `);
    assert.equal((r.outcome.backwardTarget as Value | null)?.label, 'b');
    assert.equal((r.outcome.lastAssigned as Value).label, 'b');
    assert.deepEqual(
      [...r.outcome.assignments.entries()].map(([l, v]) => [l, v instanceof Value ? v.label : v]),
      [
        [1, 'a'],
        [2, 'b'],
        [5, 20n],
        [6, 5n],
      ],
    );
  });

  it('maps every Value to the place it was made', () => {
    const r = run('x = Value(1.0)\ny = x * 2 + 1', 30);
    const y = r.interpreter.names().get('y') as Value;
    assert.deepEqual(r.interpreter.siteToPosition(y.site), { line: 31, col: 5 });
    assert.deepEqual(r.interpreter.siteToPosition((r.interpreter.names().get('x') as Value).site), {
      line: 30,
      col: 5,
    });
  });
});

describe('modules, losses, optimizers, train', () => {
  it('builds micrograd’s modules with their parameters and parts', () => {
    const code = py`
      n = Neuron(3)
      l = Layer(2, 3, act="relu")
      m = MLP(3, [4, 4, 1])
      print(len(n.w), n.b.data, len(n.parameters()), len(l.neurons), len(l.parameters()), len(m.layers), len(m.parameters()))
      print(m)
      out = m([2.0, 3, -1.0])
      print(out.op, len(l([1, 2])), Neuron(2, act="linear")([1.0, 2.0]).op)
      m.zero_grad()
    `;
    assert.equal(
      output(code),
      '3 0.0 4 3 9 3 41\nMLP of [Layer of [TanhNeuron(3), TanhNeuron(3), TanhNeuron(3), TanhNeuron(3)], Layer of [TanhNeuron(4), TanhNeuron(4), TanhNeuron(4), TanhNeuron(4)], Layer of [TanhNeuron(4)]]\ntanh 3 +\n',
    );
  });

  it('initialises weights from the session’s seeded generator (deterministic, seed 0 by default)', () => {
    const a = output('m = MLP(2, [3, 1])\nprint([p.data for p in m.parameters()])');
    const b = output('seed(0)\nm = MLP(2, [3, 1])\nprint([p.data for p in m.parameters()])');
    const c = output('seed(1)\nm = MLP(2, [3, 1])\nprint([p.data for p in m.parameters()])');
    assert.equal(a, b);
    assert.notEqual(a, c);
    assert.equal(
      output('print(random(), uniform(1, 2))'),
      output('seed(0)\nprint(random(), uniform(1, 2))'),
    );
  });

  it('has the losses, softmax and optimizers', () => {
    const code = py`
      print(mse([1.0, 2.0], [0.0, 0.0]).data, sse([1.0, 2.0], [0, 0]).data, hinge([0.5, -2.0], [1, -1]).data)
      print(f"{bce(0.5, 1).data:.6f} {cross_entropy([1.0, 2.0, 3.0], 2).data:.6f}", [f"{p.data:.4f}" for p in softmax([1.0, 2.0])])
      w = Value(1.0)
      opt = SGD([w], lr=0.1)
      loss = (w - 3) ** 2
      opt.zero_grad()
      loss.backward()
      opt.step()
      opt.lr = 0.5
      print(w.data, opt.lr, opt)
      adam = Adam([w], lr=0.01)
      print(adam)
    `;
    assert.equal(
      output(code),
      "2.5 5.0 0.25\n0.693147 0.407606 ['0.2689', '0.7311']\n1.4 0.5 SGD(lr=0.5, momentum=0.0)\nAdam(lr=0.01, betas=(0.9, 0.999), eps=1e-08)\n",
    );
  });

  it('trains with train(), streaming losses and honouring the arguments', () => {
    const r = run(py`
      seed(3)
      xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
      ys = [1.0, -1.0, -1.0, 1.0]
      model = MLP(3, [4, 4, 1])
      losses = train(model, xs, ys, loss="mse", steps=50, lr=0.1, every=10)
      print(len(losses), losses[-1] < losses[0] / 4)
      more = train(model, xs, ys, optimizer="adam", steps=5, lr=0.01)
      def f(x):
          return model(x)
      opt = SGD(model.parameters(), lr=0.05)
      last = train(f, xs, ys, loss=lambda p, t: mse(p, t), optimizer=opt, steps=3)
      print(len(more), len(last))
    `);
    assert.equal(r.outcome.error, null);
    assert.equal(r.out, '50 True\n5 3\n');
    assert.deepEqual(
      r.steps.slice(0, 6).map(([s, n]) => [s, n]),
      [
        [0, 50],
        [10, 50],
        [20, 50],
        [30, 50],
        [40, 50],
        [49, 50],
      ],
    );
  });

  it('makes the datasets as lists of float points with int labels', () => {
    const code = py`
      xs, ys = moons(10, noise=0.1)
      print(len(xs), len(xs[0]), type_ok if False else sorted(set(ys)), isinstance if False else all(isinstance if False else y in (-1, 1) for y in ys))
      xs2, ys2 = blobs(9, centers=3)
      print(sorted(set(ys2)), len(linspace(0, 1, 5)), linspace(0, 1, 5))
      print(len(circles(20)[0]), len(xor(8)[0]), len(spiral(30, classes=3)[0]))
    `
      .replace('type_ok if False else ', '')
      .replace(/isinstance if False else /g, '');
    assert.equal(
      output(code),
      '10 2 [-1, 1] True\n[0, 1, 2] 5 [0.0, 0.25, 0.5, 0.75, 1.0]\n20 8 30\n',
    );
  });

  it('logs, draws, plots and draws decision boundaries through the host', () => {
    const r = run(py`
      v = Value(2.0)
      log(v)
      log(0.5, name="acc")
      log(3, "acc")
      y = log(e)
      draw(v * 3)
      plot([1, 4, 9])
      plot([0, 1], [2.0, v], name="line")
      xs, ys = moons(20)
      model = MLP(2, [4, 1])
      boundary(model, xs, ys)
      boundary(lambda x: model(x), xs, ys)
      print(y)
    `);
    assert.equal(r.outcome.error, null);
    assert.equal(r.out, '1.0\n');
    assert.deepEqual(r.logs, [
      ['loss', 2],
      ['acc', 0.5],
      ['acc', 3],
    ]);
    assert.equal(r.draws.length, 1);
    assert.equal(r.draws[0].op, '*');
    assert.deepEqual(r.plots, [
      { name: 'plot', xs: [0, 1, 2], ys: [1, 4, 9] },
      { name: 'line', xs: [0, 1], ys: [2, 2] },
    ]);
    assert.equal(r.boundaries.length, 2);
    const [b1, b2] = r.boundaries;
    assert.equal(b1.scores.length, b1.nx * b1.ny);
    assert.equal(b1.points.length, 20);
    assert.ok(b1.xMin < Math.min(...b1.points.map((p) => p.x)));
    assert.deepEqual(b1.scores, b2.scores, 'a module and a function of it draw the same boundary');
  });

  it('refuses wrong arguments with clear errors', () => {
    assert.equal(
      errorOf('m = MLP(2, [3, 1])\nm(5.0)'),
      'TypeError: a module takes a list of inputs, e.g. model([5.0]), not a single float @2:1',
    );
    assert.equal(
      errorOf('train(MLP(1, [1]), [[1.0]], [1.0], loss="l1")').split(' @')[0],
      'ValueError: train(): unknown loss \'l1\': choose one of "mse", "sse", "hinge", "bce", "cross_entropy", or pass a function',
    );
    assert.equal(errorOf('draw(3)'), "TypeError: draw() needs a Value, not 'int' @1:1");
  });
});
