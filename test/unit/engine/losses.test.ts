import { strict as assert } from 'node:assert';
import { bce, crossEntropy, hinge, mse, softmax, sse } from '../../../src/engine/losses';
import { Value } from '../../../src/engine/value';

const near = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} vs ${b}`);

describe('losses', () => {
  it('sse and mse of Values against numbers, with gradients', () => {
    const p = [new Value(1), new Value(3)];
    const s = sse(p, [0, 1]);
    assert.equal(s.data, 1 + 4);
    s.backward();
    assert.deepEqual(
      p.map((v) => v.grad),
      [2, 4],
    );
    const q = [new Value(1), new Value(3)];
    const m = mse(q, [0, 1]);
    assert.equal(m.data, 2.5);
    m.backward();
    assert.deepEqual(
      q.map((v) => v.grad),
      [1, 2],
    );
  });

  it('accepts single Values and nested lists (several outputs per sample)', () => {
    assert.equal(mse(new Value(3), 1).data, 4);
    assert.equal(sse([[new Value(1), new Value(2)]], [[0, 0]]).data, 5);
    assert.throws(() => mse([new Value(1)], [1, 2]), /1 prediction but 2 targets/);
  });

  it('hinge is micrograd’s demo loss: mean of relu(1 - y*s)', () => {
    const s = [new Value(0.5), new Value(-2), new Value(0.2)];
    const l = hinge(s, [1, -1, -1]);
    near(l.data, (0.5 + 0 + 1.2) * (1.0 / 3));
    l.backward();
    near(s[0].grad, -1 / 3);
    assert.equal(s[1].grad, 0);
    near(s[2].grad, 1 / 3);
  });

  it('bce of probabilities', () => {
    const p = new Value(0.8);
    const l = bce(p, 1);
    near(l.data, -Math.log(0.8));
    l.backward();
    near(p.grad, -1 / 0.8);
    assert.throws(() => bce(new Value(1), 1), /strictly between 0 and 1/);
  });

  it('softmax sums to 1 and is stable for large logits', () => {
    const out = softmax([new Value(1000), new Value(1001), 999]);
    near(
      out.reduce((a, v) => a + v.data, 0),
      1,
    );
    assert.ok(out.every((v) => Number.isFinite(v.data)));
  });

  it('cross_entropy equals -log softmax[index], with softmax - onehot as gradient', () => {
    const logits = [new Value(2), new Value(1), new Value(0.1)];
    const l = crossEntropy(logits, 0);
    const z = [2, 1, 0.1].map(Math.exp);
    const total = z[0] + z[1] + z[2];
    near(l.data, -Math.log(z[0] / total));
    l.backward();
    near(logits[0].grad, z[0] / total - 1);
    near(logits[1].grad, z[1] / total);
    assert.throws(() => crossEntropy(logits, 3), /out of range/);
  });
});
