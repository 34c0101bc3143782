// A user-written micrograd neuron (`sum((wi*xi for wi, xi in zip(self.w, x)), self.b)`) over
// built-in Values runs as the engine's fused Dot op with the tape on (compile/fusedDot.ts):
// the same data, grads and expanded graph as the unfused program, bit for bit.
import * as assert from 'node:assert/strict';
import { topologicalOrder, type Value } from '../../../src/engine';
import { useTape } from '../../../src/engine/tapeSwitch';
import { Op } from '../../../src/engine/value';
import { py, run, type Run } from './runProgram';

function bothWays(code: string): [Run, Run] {
  const previous = useTape(true);
  try {
    const on = run(code);
    useTape(false);
    const off = run(code);
    for (const r of [on, off]) {
      const e = r.outcome.error;
      if (e !== null) throw new Error(`${e.kind} at ${e.line}:${e.col}: ${e.message}`);
    }
    return [on, off];
  } finally {
    useTape(previous);
  }
}

/** Each node's op, data, grad, site and inputs' positions, in topological order. */
function picture(root: Value): string[] {
  const order = topologicalOrder(root);
  const index = new Map(order.map((v, i) => [v, i]));
  return order.map(
    (v) =>
      `${v.op} ${v.data} ∇${v.grad} [${v.inputs.map((x) => index.get(x) ?? `k${x.data}`).join(',')}]`,
  );
}

// micrograd's nn.py, as a user writes it, over the built-in Value.
const MICROGRAD_NN = py`
  class Module:
      def zero_grad(self):
          for p in self.parameters():
              p.grad = 0
      def parameters(self):
          return []

  class Neuron(Module):
      def __init__(self, nin, nonlin=True, seed=0):
          self.w = [Value(((seed * 7 + i * 3) % 11) / 5.5 - 1) for i in range(nin)]
          self.b = Value(0)
          self.nonlin = nonlin
      def __call__(self, x):
          act = sum((wi*xi for wi,xi in zip(self.w, x)), self.b)
          return act.relu() if self.nonlin else act
      def parameters(self):
          return self.w + [self.b]

  class Layer(Module):
      def __init__(self, nin, nout, seed=0, **kwargs):
          self.neurons = [Neuron(nin, seed=seed + j, **kwargs) for j in range(nout)]
      def __call__(self, x):
          out = [n(x) for n in self.neurons]
          return out[0] if len(out) == 1 else out
      def parameters(self):
          return [p for n in self.neurons for p in n.parameters()]

  class MLP(Module):
      def __init__(self, nin, nouts):
          sz = [nin] + nouts
          self.layers = [Layer(sz[i], sz[i+1], seed=5 * i, nonlin=i!=len(nouts)-1) for i in range(len(nouts))]
      def __call__(self, x):
          for layer in self.layers:
              x = layer(x)
          return x
      def parameters(self):
          return [p for layer in self.layers for p in layer.parameters()]
`;

describe('user-written neuron fused into the Dot op', () => {
  it('trains micrograd’s nn.py MLP with the same data, grads and graph, tape on and off', () => {
    const code =
      MICROGRAD_NN +
      py`
        model = MLP(3, [4, 4, 1])
        xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
        ys = [1.0, -1.0, -1.0, 1.0]
        for k in range(5):
            ypred = [model(x) for x in xs]
            loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))
            model.zero_grad()
            loss.backward()
            for p in model.parameters():
                p.data += -0.05 * p.grad
            print(repr(loss.data))
        print([repr(p.grad) for p in model.parameters()])
        print([repr(p.data) for p in model.parameters()])
        draw(loss)
      `;
    const [on, off] = bothWays(code);
    assert.equal(on.out, off.out);
    assert.equal(on.out.split('\n').length, 8);
    const a = picture(on.draws[0]);
    const b = picture(off.draws[0]);
    assert.equal(a.length, b.length);
    assert.deepEqual(a, b);
    assert.deepEqual(
      on.draws[0].inputs.map((v) => v.op),
      off.draws[0].inputs.map((v) => v.op),
    );
  });

  it('makes one Dot node, expanding into the `*` nodes and the `+` chain at their sites', () => {
    const code =
      MICROGRAD_NN +
      py`
        n = Neuron(3, nonlin=False, seed=2)
        x = [Value(1.5), 2.0, Value(-0.25)]
        y = n(x)
        draw(y)
        y.backward()
        print(repr(y.data), [repr(w.grad) for w in n.w], repr(n.b.grad), repr(x[0].grad))
      `;
    const [on, off] = bothWays(code);
    assert.equal(on.out, off.out);
    const yOn = on.draws[0];
    assert.equal(yOn.code, Op.Dot);
    assert.equal(off.draws[0].code, Op.Add);
    const sites = (r: Run, y: Value): string[] =>
      topologicalOrder(y).map((v) => {
        const s = r.interpreter.siteToPosition(v.site);
        return `${v.op}@${s === null ? '-' : `${s.line}:${s.col}`}`;
      });
    assert.deepEqual(sites(on, yOn), sites(off, off.draws[0]));
    assert.deepEqual(picture(yOn), picture(off.draws[0]));
  });

  it('sums aliased inputs’ grads in the unfused order (tuples, floats, a Value used thrice)', () => {
    const code = py`
      a = Value(0.1)
      b = Value(-0.7)
      w = (a, b, a)
      x = [b, 0.3, a]
      y = sum((p*q for p, q in zip(w, x)), a)
      z = y * y
      z.backward()
      draw(z)
      print(repr(y.data), repr(a.grad), repr(b.grad))
    `;
    const [on, off] = bothWays(code);
    assert.equal(on.out, off.out);
    assert.deepEqual(picture(on.draws[0]), picture(off.draws[0]));
  });

  it('takes the ordinary path when sum is shadowed, items are not Values, or start is not', () => {
    const code = py`
      w = [Value(0.5), Value(-1.5)]
      x = [Value(2.0), 3]
      y1 = sum((a*b for a, b in zip(w, x)), Value(1.0))
      y2 = sum((a*b for a, b in zip(w, [1.0, 2.0])), 0.5)
      y3 = sum((a*b for a, b in zip([], [])), Value(4.0))
      def sum(g, s):
          return 'mine'
      y4 = sum((a*b for a, b in zip(w, x)), w[0])
      print(repr(y1.data), repr(y2.data), repr(y3.data), y4)
    `;
    const [on, off] = bothWays(code);
    assert.equal(on.out, '-2.5 -2.0 4.0 mine\n');
    assert.equal(off.out, on.out);
  });
});
