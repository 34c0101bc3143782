import { strict as assert } from 'node:assert';
import { MLP, Layer, Neuron, scopeInfo } from '../../../src/engine/nn';
import { Value } from '../../../src/engine/value';
import { EngineError } from '../../../src/engine/errors';

/** A counting source: the k-th draw is recorded, so init order can be checked. */
function countingSource() {
  let k = 0;
  return { uniform: (a: number, b: number) => a + ((b - a) * ((k++ % 97) + 1)) / 98 };
}

describe('Neuron, Layer, MLP', () => {
  it('draws weights in micrograd’s order and starts biases at 0', () => {
    const n = new Neuron(3, 'tanh', countingSource());
    const rng = countingSource();
    const expected = [rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(-1, 1)];
    assert.deepEqual(
      n.w.map((w) => w.data),
      expected,
    );
    assert.equal(n.b.data, 0);
    assert.deepEqual(n.parameters(), [...n.w, n.b]);
  });

  it('computes act(b + w0*x0 + w1*x1) in micrograd’s order', () => {
    const n = new Neuron(2, 'tanh', countingSource());
    n.w[0].data = -3;
    n.w[1].data = 1;
    n.b.data = 6.8813735870195432;
    const out = n.call([2, 0]);
    assert.equal(out.data, Math.tanh(6.8813735870195432 + -3 * 2 + 1 * 0));
    assert.equal(out.op, 'tanh');
    out.backward();
    assert.ok(Math.abs(n.w[0].grad - 1.0) < 1e-4);
  });

  it('MLP(3, [4, 4, 1]) has 41 parameters in layer/neuron/weights-then-bias order', () => {
    const m = new MLP(3, [4, 4, 1], 'tanh', 'tanh', countingSource());
    const ps = m.parameters();
    assert.equal(ps.length, 4 * 4 + 4 * 5 + 5);
    assert.equal(ps[0], m.layers[0].neurons[0].w[0]);
    assert.equal(ps[3], m.layers[0].neurons[0].b);
    assert.equal(ps[4], m.layers[0].neurons[1].w[0]);
    assert.equal(ps[40], m.layers[2].neurons[0].b);
    assert.equal(
      String(m),
      'MLP of [Layer of [TanhNeuron(3), TanhNeuron(3), TanhNeuron(3), TanhNeuron(3)], Layer of [TanhNeuron(4), TanhNeuron(4), TanhNeuron(4), TanhNeuron(4)], Layer of [TanhNeuron(4)]]',
    );
  });

  it('uses `act` for hidden layers and `out` for the last (the micrograd demo net)', () => {
    const m = new MLP(2, [16, 16, 1], 'relu', 'linear', countingSource());
    assert.deepEqual(
      m.layers.map((l) => l.act),
      ['relu', 'relu', 'linear'],
    );
    assert.equal(m.parameters().length, 337);
    const y = m.call([0.5, -0.3]);
    assert.ok(y instanceof Value);
    assert.equal(y.op, '+', 'a linear output neuron ends with its sum');
    assert.equal(m.predict([0.5, -0.3]), y.data, 'the number-only forward gives the same bits');
  });

  it('a layer of one neuron returns a single Value, of several a list', () => {
    const rng = countingSource();
    assert.ok(new Layer(2, 1, 'relu', rng).call([1, 2]) instanceof Value);
    assert.equal((new Layer(2, 3, 'relu', rng).call([1, 2]) as Value[]).length, 3);
  });

  it('names both lengths when the input list is the wrong size', () => {
    const m = new MLP(3, [4, 1], 'tanh', 'tanh', countingSource());
    assert.throws(
      () => m.call([1, 2]),
      (e: unknown) =>
        e instanceof EngineError &&
        e.kind === 'ValueError' &&
        /expects 3 inputs, got a list of 2/.test(e.message),
    );
  });

  it('tags the Values a forward makes with the neuron, inside its layer and MLP', () => {
    const m = new MLP(2, [3, 1], 'tanh', 'linear', countingSource());
    const y = m.call([1, 2]) as Value;
    const neuron = scopeInfo(y.scope)!;
    assert.equal(neuron.kind, 'neuron');
    assert.equal(neuron.label, 'neuron 2.1');
    const layer = scopeInfo(neuron.parent)!;
    assert.equal(layer.kind, 'layer');
    assert.equal(scopeInfo(layer.parent)!.label, 'MLP 2 → 3 → 1');
    assert.equal(new Value(1).scope, 0, 'outside a forward, Values belong to no module');
  });

  it('zeroGrad clears every parameter', () => {
    const m = new MLP(2, [3, 1], 'tanh', 'linear', countingSource());
    (m.call([1, 2]) as Value).backward();
    assert.ok(m.parameters().some((p) => p.grad !== 0));
    m.zeroGrad();
    assert.ok(m.parameters().every((p) => p.grad === 0));
  });

  it('rejects sizes that are not whole numbers ≥ 1', () => {
    assert.throws(() => new MLP(0, [1], 'tanh', 'tanh', countingSource()), /whole number/);
    assert.throws(() => new MLP(2, [], 'tanh', 'tanh', countingSource()), /at least one layer/);
  });
});
