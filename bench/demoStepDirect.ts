// One step of micrograd's demo written directly against the engine, as micrograd's
// notebook writes it: the baseline the interpreted tgrad version is compared with.

import { topologicalOrder } from '../src/engine/backward';
import { moons } from '../src/engine/datasets';
import { MLP } from '../src/engine/nn';
import { Random } from '../src/engine/random';
import { hiddenConstants, Value } from '../src/engine/value';

export interface DemoStep {
  /** Runs step k (the learning rate decays with k); returns the loss before the update. */
  step(k: number): { loss: number; accuracy: number; root: Value };
}

/** Python's sum(): 0 + x0 + x1 + … (the `0 +` is a node, as in micrograd). */
function pySum(xs: readonly Value[]): Value {
  let s = xs[0].add(0);
  for (let i = 1; i < xs.length; i++) s = s.add(xs[i]);
  return s;
}

export function directDemo(seed = 1337): DemoStep {
  const rng = new Random(seed);
  const { xs, ys } = moons(rng, 100, 0.1);
  const model = new MLP(2, [16, 16, 1], 'relu', 'linear', rng);
  const params = model.parameters();
  return {
    step(k: number) {
      const inputs = xs.map((row) => row.map((x) => new Value(x)));
      const scores = inputs.map((x) => model.call(x) as Value);
      const losses = scores.map((s, i) => s.mul(-ys[i]).add(1).relu());
      const dataLoss = pySum(losses).mul(1.0 / losses.length);
      const regLoss = pySum(params.map((p) => p.mul(p))).mul(1e-4);
      const total = dataLoss.add(regLoss);
      let correct = 0;
      for (let i = 0; i < ys.length; i++) if (ys[i] > 0 === scores[i].data > 0) correct++;
      model.zeroGrad();
      total.backward();
      const lr = 1.0 - (0.9 * k) / 100;
      for (const p of params) p.data -= lr * p.grad;
      return { loss: total.data, accuracy: correct / ys.length, root: total };
    },
  };
}

/** Nodes of root's graph as micrograd counts them: number operands are nodes too. */
export function microgradNodeCount(root: Value): number {
  const order = topologicalOrder(root);
  let n = order.length;
  for (const v of order) n += hiddenConstants(v);
  return n;
}
