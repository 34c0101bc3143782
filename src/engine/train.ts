// The whole training loop in one call: forward over the batch, loss, zero grad, backward,
// step. It reports every `every`-th loss as it goes and stops between steps on request.

import { EngineError, showNumber } from './errors';
import { crossEntropy, bce, hinge, mse, sse, sumValues, type Nested } from './losses';
import type { Input } from './nn';
import type { Optimizer } from './optim';
import type { BackwardReport } from './backward';
import { arena } from './creationOrder';
import { mlpFusion } from './mlpNode';
import { commitGrads, recordStep, replayStep, type Tape } from './replay';
import { tape as tapeSwitch } from './tapeSwitch';
import { Value } from './value';

export type LossName = 'mse' | 'sse' | 'hinge' | 'bce' | 'cross_entropy';
export const LOSS_NAMES: readonly LossName[] = ['mse', 'sse', 'hinge', 'bce', 'cross_entropy'];

export type Prediction = Value | Value[];
export type LossFunction = (preds: Prediction[], targets: Nested[]) => Value;

/** What train needs of the session's random generator, to draw mini-batches. */
export interface SampleSource {
  sample<T>(xs: readonly T[], k: number): T[];
}

export interface TrainOptions {
  forward: (x: readonly Input[]) => Prediction;
  xs: readonly (readonly Input[])[];
  ys: readonly Nested[];
  loss: LossName | LossFunction;
  optimizer: Optimizer;
  steps: number;
  /** Samples per step, drawn at random without replacement; null for the whole set. */
  batch: number | null;
  /** Report the loss every this many steps (and always the last one). */
  every: number;
  rng: SampleSource;
  /**
   * `forward` is a built-in module's (Neuron, Layer, MLP): every step builds the same graph,
   * so steps after the first may be replayed (replay.ts) when the loss allows it.
   */
  builtinModel?: boolean;
}

export interface TrainHooks {
  onStep(step: number, steps: number, loss: number): void;
  /** What each step's backward pass found (NaN or infinite grads), as `backward` reports it. */
  onBackward?(report: BackwardReport): void;
  /** Asked before each step; true ends the loop early. */
  shouldStop(): boolean;
}

export interface TrainResult {
  losses: number[];
  stopped: boolean;
}

export function lossFunction(loss: LossName | LossFunction): LossFunction {
  if (typeof loss === 'function') return loss;
  switch (loss) {
    case 'mse':
      return (p, t) => mse(p, t);
    case 'sse':
      return (p, t) => sse(p, t);
    case 'hinge':
      return (p, t) => hinge(p, t);
    case 'bce':
      return (p, t) => bce(p, t);
    case 'cross_entropy':
      return (p, t) => {
        const terms = p.map((logits, i) =>
          crossEntropy(logits instanceof Value ? [logits] : logits, classIndex(t[i])),
        );
        const total = sumValues(terms);
        return terms.length === 1 ? total : total.div(terms.length);
      };
  }
}

function classIndex(t: Nested): number {
  const x = t instanceof Value ? t.data : t;
  if (typeof x !== 'number' || !Number.isInteger(x)) {
    throw new EngineError(
      'ValueError',
      'cross_entropy needs class indices (0, 1, 2, …) as targets',
    );
  }
  return x;
}

function checkCount(name: string, x: number): void {
  if (!Number.isInteger(x) || x < 1) {
    // Counts: show a whole number as one (0, not 0.0).
    const shown = Number.isInteger(x) ? String(x) : showNumber(x);
    throw new EngineError('ValueError', `${name} must be a whole number ≥ 1, got ${shown}`);
  }
}

export function train(opts: TrainOptions, hooks: TrainHooks): TrainResult {
  const { xs, ys, optimizer, steps, every, rng } = opts;
  checkCount('steps', steps);
  checkCount('every', every);
  if (xs.length !== ys.length) {
    throw new EngineError(
      'ValueError',
      `train: got ${xs.length} inputs but ${ys.length} targets; they must pair up`,
    );
  }
  if (xs.length === 0) throw new EngineError('ValueError', 'train: there is no data');
  if (opts.batch !== null) checkCount('batch', opts.batch);
  const lossOf = lossFunction(opts.loss);
  const all = xs.map((_, i) => i);
  const losses: number[] = [];
  const fullBatch = opts.batch === null || opts.batch >= all.length;
  // Losses whose graph depends on the data's shape only (bce refuses some data; a function
  // or cross_entropy may do anything).
  const replayable =
    tapeSwitch.enabled &&
    opts.builtinModel === true &&
    fullBatch &&
    (opts.loss === 'mse' || opts.loss === 'sse' || opts.loss === 'hinge');
  let recorded: Tape | null = null;
  for (let step = 0; step < steps; step++) {
    if (hooks.shouldStop()) return { losses, stopped: true };
    const replayed = recorded === null ? null : replayStep(recorded);
    if (replayed !== null) {
      optimizer.zeroGrad();
      commitGrads(recorded!);
      optimizer.step();
      losses.push(replayed);
      if (step % every === 0 || step === steps - 1) hooks.onStep(step, steps, replayed);
      continue;
    }
    const batch = fullBatch ? all : rng.sample(all, opts.batch!);
    const start = arena.length;
    // The step recorded for replay makes its graph of fused neurons (replay.ts records those).
    const recording = replayable && recorded === null;
    const suspended = mlpFusion.suspended;
    mlpFusion.suspended ||= recording;
    let preds: Prediction[];
    try {
      preds = batch.map((i) => opts.forward(xs[i]));
    } finally {
      mlpFusion.suspended = suspended;
    }
    const loss = lossOf(
      preds,
      batch.map((i) => ys[i]),
    );
    if (replayable && recorded === null) recorded = recordStep(start, loss);
    optimizer.zeroGrad();
    const report = loss.backward();
    if (report.nonFinite.length > 0) hooks.onBackward?.(report);
    optimizer.step();
    losses.push(loss.data);
    if (step % every === 0 || step === steps - 1) hooks.onStep(step, steps, loss.data);
  }
  return { losses, stopped: false };
}
