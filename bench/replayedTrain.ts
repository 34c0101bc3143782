// The demo's model trained by one `train(...)` call in tgrad (hinge loss, the whole data set
// each step): after the first step the steps are replayed over a recorded tape (replay.ts).
// The host stamps the time at each step's report, so the bench gets every step's duration.

import { Interpreter, type RunHost } from '../src/lang/interpreter';
import { LOOP_STEPS, LOOP_WARMUP } from './longLoop';
import { median, percentile } from './stats';

export function trainProgram(steps: number): string {
  return `seed(1337)
xs, ys = moons(100, noise=0.1)
model = MLP(2, [16, 16, 1], act="relu", out="linear")
losses = train(model, xs, ys, loss="hinge", optimizer=SGD(model.parameters(), lr=0.05), steps=${steps})
`;
}

export interface TrainTimes {
  median: number;
  p90: number;
  losses: number[];
}

/** Runs the train() call in this thread's interpreter, stamping the time at each step. */
export function timeTrain(steps = LOOP_STEPS, warmup = LOOP_WARMUP): TrainTimes {
  const stamps: number[] = [];
  const losses: number[] = [];
  const host: RunHost = {
    print: () => {},
    log: () => {},
    draw: () => {},
    plot: () => {},
    boundary: () => {},
    trainStep: (_step, _steps, loss) => {
      stamps.push(performance.now());
      losses.push(loss);
    },
    warn: () => {},
    shouldStop: () => false,
  };
  const outcome = new Interpreter(host).runCell(trainProgram(steps), 1);
  if (outcome.error !== null) throw new Error(`train failed: ${outcome.error.message}`);
  const durations: number[] = [];
  for (let i = warmup + 1; i < stamps.length; i++) durations.push(stamps[i] - stamps[i - 1]);
  return { median: median(durations), p90: percentile(durations, 90), losses };
}
