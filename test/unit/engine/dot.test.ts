// The fused neuron op (dot.ts) against the unfused chain (tape off): the same numbers bit for
// bit, and the same graph whenever anyone looks at it.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { directDemo, microgradNodeCount } from '../../../bench/demoStepDirect';
import { backward, topologicalOrder, zeroGraphGrads } from '../../../src/engine/backward';
import { nodeBudget, resetNodeBudget } from '../../../src/engine/budget';
import { arena, forgetCreationOrder } from '../../../src/engine/creationOrder';
import { MLP, Neuron } from '../../../src/engine/nn';
import { Random } from '../../../src/engine/random';
import { useTape } from '../../../src/engine/tapeSwitch';
import { Value } from '../../../src/engine/value';
import { bothWays } from './fixtures/tapeBothWays';

/** What a graph looks like from outside: each node's op, data, grad and inputs' positions. */
function picture(root: Value): string[] {
  const order = topologicalOrder(root);
  const index = new Map(order.map((v, i) => [v, i]));
  return order.map(
    (v) =>
      `${v.op} ${v.data} ∇${v.grad} [${v.inputs.map((x) => index.get(x) ?? `k${x.data}`).join(',')}]`,
  );
}

const unit = { min: -2, max: 2, noNaN: true } as const;

describe('fused neuron op (Dot)', () => {
  it('gives the demo’s losses and parameters bit for bit, tape on and off', function () {
    this.timeout(120_000);
    const [on, off] = bothWays(() => {
      const demo = directDemo();
      const losses: number[] = [];
      let root: Value | null = null;
      for (let k = 0; k < 30; k++) {
        const r = demo.step(k);
        losses.push(r.loss);
        root = r.root;
      }
      return { losses, nodes: microgradNodeCount(root!) };
    });
    assert.deepEqual(on.losses.slice(0, 2), [1.9839684367875015, 0.7163387973234565]);
    assert.deepEqual(on.losses, off.losses);
    // The expanded graph is micrograd's: 65,818 nodes in the demo step.
    assert.equal(on.nodes, 65_818);
    assert.equal(off.nodes, 65_818);
  });

  it('agrees with the chain on random neurons, inputs and aliasing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double(unit), { minLength: 1, maxLength: 6 }),
        fc.array(fc.oneof(fc.double(unit), fc.nat(5)), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 2 }),
        (ws, xs, act) => {
          const [on, off] = bothWays(() => {
            const rng = { uniform: () => 0 };
            const n = new Neuron(ws.length, (['tanh', 'relu', 'linear'] as const)[act], rng);
            n.w.forEach((w, i) => (w.data = ws[i]));
            n.b.data = 0.25;
            const pool = [new Value(0.5), new Value(-1.5)];
            // A number, a Value, or a Value used twice (pool entries repeat), or a weight.
            const x = ws.map((_, i) => {
              const t = xs[i];
              return typeof t === 'number' && !Number.isInteger(t)
                ? t
                : t === 5
                  ? n.w[0]
                  : pool[t % 2];
            });
            const out = n.call(x).mul(n.call(x));
            out.backward();
            const grads = [...n.parameters(), ...pool].map((v) => v.grad);
            return { data: out.data, grads, picture: picture(out) };
          });
          assert.deepEqual(on, off);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('shows micrograd’s chain before backward, and backward through it is unchanged', () => {
    const [on, off] = bothWays(() => {
      const model = new MLP(3, [4, 1], 'tanh', 'linear', new Random(7));
      const out = model.call([new Value(0.5), -1, new Value(2)]) as Value;
      const prev = out.inputs.map((v) => `${v.op} ${v.data}`);
      const before = picture(out); // expands every fused node, in the arena
      out.backward();
      return { prev, before, after: picture(out), grads: model.parameters().map((p) => p.grad) };
    });
    assert.deepEqual(on, off);
    assert.deepEqual(
      on.prev.map((s) => s.split(' ')[0]),
      ['+', '*'],
    );
  });

  it('expands after backward and after an update with the chain’s forward data and grads', () => {
    const [on, off] = bothWays(() => {
      const model = new MLP(2, [3, 1], 'relu', 'linear', new Random(3));
      const out = model.call([new Value(0.75), new Value(-0.5)]) as Value;
      out.backward();
      out.backward(); // inner grads add up over passes, as the chain's do
      for (const p of model.parameters()) p.data -= 0.1 * p.grad;
      return picture(out);
    });
    assert.deepEqual(on, off);
  });

  it('zeroes an expanded graph’s grads, inner nodes included', () => {
    const [on, off] = bothWays(() => {
      const n = new Neuron(2, 'tanh', new Random(5));
      const out = n.call([1.5, new Value(2)]);
      out.backward();
      zeroGraphGrads(out);
      return picture(out);
    });
    assert.deepEqual(on, off);
    assert.ok(on.every((line) => line.includes('∇0 ')));
  });

  it('reports non-finite gradients as the chain does', () => {
    const [on, off] = bothWays(() => {
      const n = new Neuron(3, 'linear', new Random(5));
      const out = n.call([new Value(1), new Value(2), new Value(3)]).mul(Infinity);
      return backward(out).nonFinite.map((v) => `${v.op} ${v.data}`);
    });
    assert.equal(on.length, 5);
    assert.deepEqual(on, off);
  });

  it('keeps the node budget and the arena consistent when nodes are expanded', () => {
    useTape(true);
    forgetCreationOrder();
    resetNodeBudget(Number.POSITIVE_INFINITY);
    const model = new MLP(2, [3, 1], 'tanh', 'linear', new Random(3));
    const out = model.call([new Value(1), new Value(2)]) as Value;
    const fused = arena.length;
    topologicalOrder(out);
    // The model's graph is counted and placed (the call is one fused node, mlpNode.ts):
    // 3 neurons of 2 inputs (a chain of 4 nodes) and their tanh, then one of 3 inputs (5 nodes
    // below the call's node, which becomes the last `+`).
    assert.equal(arena.length, fused + 3 * 4 + 3 + 5);
    assert.equal(nodeBudget.count, arena.length);
    for (let i = 0; i < arena.length; i++) assert.equal(arena.nodes[i].slot, i);
    // Every input in the arena comes before its node.
    for (let i = 0; i < arena.length; i++) {
      for (const x of arena.nodes[i].inputs) {
        if (arena.nodes[x.slot] === x) assert.ok(x.slot < i);
      }
    }
    out.backward();
    assert.equal(nodeBudget.count, 0);
  });
});
