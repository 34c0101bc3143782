// A microgpt-style program with a user-written scalar `Value` class: the example
// examples/build-your-own/tiny_gpt.py (1 layer, 16 wide, 4 heads, names, one name per
// training step), its model set up as the file does and then trained one step per cell, by
// the tgrad interpreter and by python3 when it is present, for the ms per step of each.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Interpreter } from '../src/lang/interpreter';
import { silent } from './userEngine';

/** Steps run before timing, then steps timed; both runs time the same steps (same names). */
export const GPT_WARMUP = 2;
export const GPT_STEPS = 10;

/** The example's folder: beside dist/ (the bench bundle), out/bench/, or the working folder. */
function exampleFolder(): string {
  const tail = join('examples', 'build-your-own');
  const candidates = [join(__dirname, '..', tail), join(__dirname, '..', '..', tail), tail];
  return candidates.find((d) => existsSync(join(d, 'tiny_gpt.py'))) ?? candidates[0];
}
const OPEN_NAMES = /with open\("names\.txt"\) as f:\n {4}names = (.*)\n/;

/** tiny_gpt.py up to its training loop, with names.txt's text inlined (the bench reads no file). */
export function gptSetup(): string {
  const folder = exampleFolder();
  const source = readFileSync(join(folder, 'tiny_gpt.py'), 'utf8');
  const text = readFileSync(join(folder, 'names.txt'), 'utf8');
  const end = source.indexOf('m = [0.0] * len(params)');
  const head = source.slice(0, end);
  if (end < 0 || !OPEN_NAMES.test(head)) throw new Error('tiny_gpt.py changed shape');
  const inlined = head.replace(
    OPEN_NAMES,
    (_all, expr: string) => `f = ${JSON.stringify(text)}.split("\\n")\nnames = ${expr}\n`,
  );
  return `${inlined}
m = [0.0] * len(params)
v = [0.0] * len(params)


def train_step(step):
    loss = name_loss(names[step % len(names)])
    for p in params:
        p.grad = 0.0
    loss.backward()
    lr = LEARNING_RATE * (1 - step / STEPS)
    for i, p in enumerate(params):
        m[i] = BETA1 * m[i] + (1 - BETA1) * p.grad
        v[i] = BETA2 * v[i] + (1 - BETA2) * p.grad**2
        m_hat = m[i] / (1 - BETA1 ** (step + 1))
        v_hat = v[i] / (1 - BETA2 ** (step + 1))
        p.data -= lr * m_hat / (math.sqrt(v_hat) + EPS)
    return loss.data


k = 0
`;
}

/** The program in a fresh interpreter; each step trains on the next name and returns its loss. */
export function userGptDemo(): { step(): number } {
  const interpreter = new Interpreter(silent);
  const setup = interpreter.runCell(gptSetup(), 1);
  if (setup.error !== null) throw new Error(`setup failed: ${setup.error.toString()}`);
  return {
    step() {
      const outcome = interpreter.runCell('loss_k = train_step(k)\nk += 1\nloss_k\n', 1000);
      if (outcome.error !== null) throw new Error(`step failed: ${outcome.error.toString()}`);
      return outcome.result as number;
    },
  };
}

/** Median ms of the same timed steps under python3, or null without python3. */
export function cpythonGptMillisPerStep(): number | null {
  const program = `${gptSetup()}
import time
times = []
for k in range(${GPT_WARMUP + GPT_STEPS}):
    t0 = time.perf_counter()
    train_step(k)
    if k >= ${GPT_WARMUP}:
        times.append(time.perf_counter() - t0)
times.sort()
print(times[len(times) // 2] * 1000)
`;
  const r = spawnSync('python3', ['-c', program], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const ms = Number(r.stdout.trim().split('\n').pop());
  return Number.isFinite(ms) ? ms : null;
}
