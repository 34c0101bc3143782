// A built-in MLP's call fused into one node (mlpNode.ts) against the unfused graph (tape off):
// the same numbers bit for bit, the same graph whenever anyone looks at it, the same reports.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { backward, topologicalOrder, zeroGraphGrads } from '../../../src/engine/backward';
import { nodeBudget, resetNodeBudget } from '../../../src/engine/budget';
import { arena, forgetCreationOrder } from '../../../src/engine/creationOrder';
import { ACTIVATIONS, MLP, scopeInfo, type Activation } from '../../../src/engine/nn';
import { Random } from '../../../src/engine/random';
import { useTape } from '../../../src/engine/tapeSwitch';
import { Op, Value } from '../../../src/engine/value';
import { bothWays } from './fixtures/tapeBothWays';

/** Each node's op, data, grad, module, site and inputs' positions, in topological order. */
function picture(root: Value): string[] {
  const order = topologicalOrder(root);
  const index = new Map(order.map((v, i) => [v, i]));
  return order.map(
    (v) =>
      `${v.op} ${v.data} ∇${v.grad} ${scopeInfo(v.scope)?.label ?? '-'} @${v.site} [${v.inputs.map((x) => index.get(x) ?? `k${x.data}`).join(',')}]`,
  );
}

const unit = { min: -2, max: 2, noNaN: true } as const;
const act = fc.constantFrom<Activation>(...ACTIVATIONS);

describe('fused MLP call (one node per model(x))', () => {
  it('is one node until looked at', () => {
    useTape(true);
    forgetCreationOrder();
    const model = new MLP(2, [4, 1], 'relu', 'linear', new Random(1));
    const before = arena.length;
    const out = model.call([new Value(1), 2]) as Value;
    assert.equal(arena.length, before + 2);
    assert.equal(out.code, Op.Mlp);
    assert.equal(out.op, '+');
    assert.deepEqual(
      out.inputs.map((v) => v.op),
      ['+', '*'],
    );
    assert.equal(out.code, Op.Add);
  });

  it('agrees with the unfused graph on random models, inputs, aliasing and passes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 2 }),
        act,
        act,
        fc.array(fc.oneof(fc.double(unit), fc.nat(3)), { minLength: 3, maxLength: 3 }),
        fc.boolean(),
        (seed, hidden, hiddenAct, outAct, xs, replace) => {
          const [on, off] = bothWays(() => {
            const model = new MLP(3, [...hidden, 1], hiddenAct, outAct, new Random(seed));
            const pool = [new Value(0.5), new Value(-1.5)];
            // A number, a Value, a Value used twice, or one of the model's own weights.
            const x = xs.map((t) =>
              typeof t === 'number' && !Number.isInteger(t)
                ? t
                : t === 3
                  ? model.parameters()[0]
                  : pool[t % 2],
            );
            const a = model.call(x) as Value;
            const out = a.mul(model.call(x) as Value).add(a);
            backward(out, replace);
            out.backward(); // grads add up over passes
            const grads = [...model.parameters(), ...pool].map((v) => v.grad);
            for (const p of model.parameters()) p.data -= 0.1 * p.grad;
            return { data: out.data, grads, picture: picture(out) };
          });
          assert.deepEqual(on, off);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('follows a weight the program replaced and data it changed between calls', () => {
    const [on, off] = bothWays(() => {
      const model = new MLP(2, [3, 1], 'tanh', 'tanh', new Random(4));
      const first = model.call([0.5, new Value(-1)]) as Value;
      model.layers[0].neurons[1].w[0] = new Value(2.5);
      model.layers[1].neurons[0].b.data = 0.75;
      const second = model.call([0.5, new Value(-1)]) as Value;
      const out = first.add(second);
      out.backward();
      return {
        grads: model.parameters().map((p) => p.grad),
        picture: picture(out),
      };
    });
    assert.deepEqual(on, off);
  });

  it('reports non-finite gradients as the unfused graph does', () => {
    const [on, off] = bothWays(() => {
      const model = new MLP(3, [2, 1], 'relu', 'linear', new Random(5));
      const out = (model.call([new Value(1), new Value(2), new Value(3)]) as Value).mul(Infinity);
      return backward(out).nonFinite.map((v) => `${v.op} ${v.data}`);
    });
    assert.equal(on.length, 5);
    assert.deepEqual(on, off);
  });

  it('zeroes an expanded graph’s grads, inner nodes included', () => {
    const [on, off] = bothWays(() => {
      const model = new MLP(2, [2, 1], 'sigmoid', 'relu', new Random(6));
      const out = model.call([1.5, new Value(2)]) as Value;
      out.backward();
      zeroGraphGrads(out);
      return picture(out);
    });
    assert.deepEqual(on, off);
    assert.ok(on.every((line) => line.includes('∇0 ')));
  });

  it('keeps the node budget and the creation order consistent when expanded', () => {
    useTape(true);
    forgetCreationOrder();
    resetNodeBudget(Number.POSITIVE_INFINITY);
    const model = new MLP(2, [2, 1], 'relu', 'relu', new Random(3));
    const x = [new Value(1), new Value(2)];
    const outs = [model.call(x) as Value, model.call(x) as Value];
    const out = outs[0].add(outs[1]);
    const fused = arena.length;
    topologicalOrder(out);
    // Per call: 2 neurons of 2 inputs (a chain of 4 nodes) and their ReLU, then one of 2
    // inputs (4 nodes below the call's node, which becomes the output ReLU).
    assert.equal(arena.length, fused + 2 * (2 * 4 + 2 + 4));
    assert.equal(nodeBudget.count, arena.length);
    for (let i = 0; i < arena.length; i++) {
      assert.equal(arena.nodes[i].slot, i);
      for (const input of arena.nodes[i].inputs) {
        if (arena.nodes[input.slot] === input) assert.ok(input.slot < i);
      }
    }
    out.backward();
    assert.equal(nodeBudget.count, 0);
  });
});
