import { strict as assert } from 'node:assert';
import { Adam, SGD } from '../../../src/engine/optim';
import { Value } from '../../../src/engine/value';

// Expected numbers: torch.optim's update formulas (1.13) evaluated in CPython, for a
// parameter starting at 1.0 with gradients 0.5, -0.25, 1.0.
const grads = [0.5, -0.25, 1.0];

function run(make: (p: Value[]) => { step(): void }): number[] {
  const p = new Value(1.0);
  const opt = make([p]);
  return grads.map((g) => {
    p.grad = g;
    opt.step();
    return p.data;
  });
}

describe('optimizers', () => {
  it('SGD without momentum is micrograd’s p.data -= lr * p.grad', () => {
    assert.deepEqual(
      run((p) => new SGD(p, 0.1)),
      [1 - 0.1 * 0.5, 1 - 0.1 * 0.5 - 0.1 * -0.25, 1 - 0.1 * 0.5 - 0.1 * -0.25 - 0.1 * 1.0],
    );
  });

  it('SGD with momentum matches torch.optim.SGD', () => {
    assert.deepEqual(
      run((p) => new SGD(p, 0.1, 0.9)),
      [0.95, 0.9299999999999999, 0.8119999999999999],
    );
  });

  it('Adam matches torch.optim.Adam to the last digit', () => {
    assert.deepEqual(
      run((p) => new Adam(p, 0.1)),
      [0.900000002, 0.8733662987078463, 0.8075551396770898],
    );
  });

  it('lr is writable (schedules) and zeroGrad clears grads', () => {
    const p = new Value(1);
    const opt = new SGD([p], 0.5);
    opt.lr = 0.25;
    p.grad = 2;
    opt.step();
    assert.equal(p.data, 0.5);
    opt.zeroGrad();
    assert.equal(p.grad, 0);
  });

  it('rejects a momentum outside [0, 1]', () => {
    assert.throws(() => new SGD([], 0.1, 2), /momentum must be between/);
  });
});
