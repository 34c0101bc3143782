// train()'s replayed steps (replay.ts) against the ordinary path (tape off): the same losses,
// parameters, gradients and reports bit for bit, without building a graph after step one.
import { strict as assert } from 'node:assert';
import { moons } from '../../../src/engine/datasets';
import { EngineError } from '../../../src/engine/errors';
import type { Nested } from '../../../src/engine/losses';
import { MLP, type Activation } from '../../../src/engine/nn';
import { Adam, SGD } from '../../../src/engine/optim';
import { Random } from '../../../src/engine/random';
import { train, type LossName } from '../../../src/engine/train';
import { Value } from '../../../src/engine/value';
import { bothWays } from './fixtures/tapeBothWays';

interface Run {
  losses: number[];
  reported: number[];
  params: string[];
  inputs: string[];
  warnings: number;
  error: string | null;
}

/** A seeded model trained on moons; the inputs are Values in the first column. */
function run(
  loss: LossName,
  opt: 'sgd' | 'momentum' | 'adam',
  opts: { steps?: number; lr?: number; out?: Activation; batch?: number | null } = {},
): Run {
  const rng = new Random(42);
  const data = moons(rng, 24, 0.1);
  const xs = data.xs.map(([a, b]) => [new Value(a), b]);
  const ys: Nested[] = data.ys.map((y) => (loss === 'hinge' ? y : y > 0 ? 1 : 0));
  const model = new MLP(2, [8, 8, 1], 'relu', opts.out ?? 'linear', rng);
  const params = model.parameters();
  const lr = opts.lr ?? 0.05;
  const optimizer =
    opt === 'adam' ? new Adam(params, lr) : new SGD(params, lr, opt === 'momentum' ? 0.9 : 0);
  const reported: number[] = [];
  let warnings = 0;
  let losses: number[] = [];
  let error: string | null = null;
  try {
    losses = train(
      {
        forward: (x) => model.call(x),
        xs,
        ys,
        loss,
        optimizer,
        steps: opts.steps ?? 40,
        batch: opts.batch ?? null,
        every: 1,
        rng,
        builtinModel: true,
      },
      {
        onStep: (_s, _n, l) => reported.push(l),
        onBackward: () => warnings++,
        shouldStop: () => false,
      },
    ).losses;
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    error = `${e.kind}: ${e.message}`;
  }
  const show = (v: Value) => `${v.data} ∇${v.grad}`;
  return {
    losses,
    reported,
    params: params.map(show),
    inputs: xs.map((x) => show(x[0] as Value)),
    warnings,
    error,
  };
}

describe('train() replayed', () => {
  for (const loss of ['mse', 'sse', 'hinge'] as const) {
    for (const opt of ['sgd', 'momentum', 'adam'] as const) {
      it(`${loss} with ${opt}: losses, parameters and input grads bit for bit`, () => {
        const [on, off] = bothWays(() => run(loss, opt));
        assert.equal(on.losses.length, 40);
        assert.deepEqual(on, off);
      });
    }
  }

  it('a tanh or sigmoid output and a mini-batch run give the same numbers too', () => {
    for (const out of ['tanh', 'sigmoid'] as const) {
      const [on, off] = bothWays(() => run('mse', 'adam', { out }));
      assert.deepEqual(on, off);
    }
    const [on, off] = bothWays(() => run('hinge', 'sgd', { batch: 8 }));
    assert.deepEqual(on, off);
  });

  it('builds no graph after the first step (the loss’s ops run once)', () => {
    const pow = Value.prototype.pow;
    let calls = 0;
    Value.prototype.pow = function (this: Value, o: Value | number) {
      calls++;
      return pow.call(this, o);
    };
    try {
      const [on, off] = bothWays(() => {
        calls = 0;
        const r = run('mse', 'sgd', { steps: 10 });
        return { r, calls };
      });
      assert.deepEqual(on.r, off.r);
      assert.equal(on.calls, 24); // one (pred − y)**2 per sample, in step one only
      assert.equal(off.calls, 240);
    } finally {
      Value.prototype.pow = pow;
    }
  });

  it('a step that overflows or gives infinite gradients runs the ordinary way, reported the same', () => {
    const [on, off] = bothWays(() => run('sse', 'sgd', { lr: 50, steps: 30 }));
    assert.ok(on.error !== null || on.warnings > 0, 'the run should blow up');
    assert.deepEqual(on, off);
  });
});
