// The same micrograd demo step written in tgrad and run by the interpreter.

import { Interpreter, type RunHost } from '../src/lang/interpreter';
import { Value } from '../src/engine/value';

export const SETUP = `seed(1337)
xs, ys = moons(100, noise=0.1)
model = MLP(2, [16, 16, 1], act="relu", out="linear")

def loss_fn():
    inputs = [[Value(a), Value(b)] for a, b in xs]
    scores = [model(x) for x in inputs]
    losses = [(1 + -y * s).relu() for y, s in zip(ys, scores)]
    data_loss = sum(losses) * (1.0 / len(losses))
    alpha = 1e-4
    reg_loss = alpha * sum(p * p for p in model.parameters())
    total = data_loss + reg_loss
    accuracy = [(y > 0) == (s.data > 0) for y, s in zip(ys, scores)]
    return total, sum(accuracy) / len(accuracy)

k = 0
`;

export const STEP = `total_loss, acc = loss_fn()
model.zero_grad()
total_loss.backward()
learning_rate = 1.0 - 0.9 * k / 100
for p in model.parameters():
    p.data -= learning_rate * p.grad
k += 1
`;

const silent: RunHost = {
  print: () => {},
  log: () => {},
  draw: () => {},
  plot: () => {},
  boundary: () => {},
  trainStep: () => {},
  warn: () => {},
  shouldStop: () => false,
};

export function tgradDemo(): { step(): { loss: number; root: Value } } {
  const interpreter = new Interpreter(silent);
  const setup = interpreter.runCell(SETUP, 1);
  if (setup.error !== null) throw new Error(`setup failed: ${setup.error.message}`);
  return {
    step() {
      const outcome = interpreter.runCell(STEP, 100);
      if (outcome.error !== null) throw new Error(`step failed: ${outcome.error.message}`);
      const root = interpreter.names().get('total_loss');
      if (!(root instanceof Value)) throw new Error('total_loss is not a Value');
      return { loss: root.data, root };
    },
  };
}
