import { strict as assert } from 'node:assert';
import { MLP } from '../../../src/engine/nn';
import { SGD, Adam } from '../../../src/engine/optim';
import { train } from '../../../src/engine/train';
import { Value } from '../../../src/engine/value';

function lcg(seed = 1) {
  let s = seed;
  const next = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  return {
    uniform: (a: number, b: number) => a + (b - a) * next(),
    sample<T>(xs: readonly T[], k: number): T[] {
      const pool = [...xs];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [pool[i], pool[j]] = [pool[j], pool[i]];
      }
      return pool.slice(0, k);
    },
  };
}

// The lecture's four samples.
const xs = [
  [2.0, 3.0, -1.0],
  [3.0, -1.0, 0.5],
  [0.5, 1.0, 1.0],
  [1.0, 1.0, -1.0],
];
const ys = [1.0, -1.0, -1.0, 1.0];

describe('train', () => {
  it('fits the lecture’s four samples with mse and SGD, reporting each step', () => {
    const rng = lcg(3);
    const model = new MLP(3, [4, 4, 1], 'tanh', 'tanh', rng);
    const seen: number[] = [];
    const result = train(
      {
        forward: (x) => model.call(x),
        xs,
        ys,
        loss: 'mse',
        optimizer: new SGD(model.parameters(), 0.1),
        steps: 200,
        batch: null,
        every: 1,
        rng,
      },
      { onStep: (step) => seen.push(step), shouldStop: () => false },
    );
    assert.equal(result.losses.length, 200);
    assert.equal(seen.length, 200);
    assert.ok(result.losses[199] < 0.01, `final loss ${result.losses[199]}`);
    assert.ok(result.losses[199] < result.losses[0]);
  });

  it('reports every k-th step and the last, and stops between steps when asked', () => {
    const rng = lcg(4);
    const model = new MLP(3, [4, 1], 'tanh', 'tanh', rng);
    const seen: number[] = [];
    let polls = 0;
    const result = train(
      {
        forward: (x) => model.call(x),
        xs,
        ys,
        loss: 'mse',
        optimizer: new Adam(model.parameters(), 0.05),
        steps: 100,
        batch: 2,
        every: 10,
        rng,
      },
      { onStep: (step) => seen.push(step), shouldStop: () => ++polls > 35 },
    );
    assert.equal(result.stopped, true);
    assert.equal(result.losses.length, 35);
    assert.deepEqual(seen, [0, 10, 20, 30]);
  });

  it('accepts a loss function of predictions and targets', () => {
    const rng = lcg(5);
    const model = new MLP(3, [1], 'linear', 'linear', rng);
    let calls = 0;
    train(
      {
        forward: (x) => model.call(x),
        xs,
        ys,
        loss: (preds, targets) => {
          calls++;
          assert.equal(preds.length, 4);
          assert.equal(targets.length, 4);
          return (preds[0] as Value).sub(targets[0] as number).pow(2);
        },
        optimizer: new SGD(model.parameters(), 0.01),
        steps: 3,
        batch: null,
        every: 1,
        rng,
      },
      { onStep: () => {}, shouldStop: () => false },
    );
    assert.equal(calls, 3);
  });

  it('rejects mismatched data with a clear message', () => {
    const rng = lcg();
    const model = new MLP(3, [1], 'tanh', 'tanh', rng);
    assert.throws(
      () =>
        train(
          {
            forward: (x) => model.call(x),
            xs,
            ys: [1],
            loss: 'mse',
            optimizer: new SGD(model.parameters()),
            steps: 1,
            batch: null,
            every: 1,
            rng,
          },
          { onStep: () => {}, shouldStop: () => false },
        ),
      /4 inputs but 1 targets/,
    );
  });
});
