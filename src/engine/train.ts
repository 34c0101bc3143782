// The whole training loop in one call: forward over the batch, loss, zero grad, backward,
// step. It reports every `every`-th loss as it goes and stops between steps on request.

import { EngineError, showNumber } from './errors';
import { crossEntropy, bce, hinge, mse, sse, sumValues, type Nested } from './losses';
import type { Input } from './nn';
import type { Optimizer } from './optim';
import type { BackwardReport } from './backward';
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
  for (let step = 0; step < steps; step++) {
    if (hooks.shouldStop()) return { losses, stopped: true };
    const batch =
      opts.batch === null || opts.batch >= all.length ? all : rng.sample(all, opts.batch);
    const preds = batch.map((i) => opts.forward(xs[i]));
    const loss = lossOf(
      preds,
      batch.map((i) => ys[i]),
    );
    optimizer.zeroGrad();
    const report = loss.backward();
    if (report.nonFinite.length > 0) hooks.onBackward?.(report);
    optimizer.step();
    losses.push(loss.data);
    if (step % every === 0 || step === steps - 1) hooks.onStep(step, steps, loss.data);
  }
  return { losses, stopped: false };
}
