// Losses take predictions and targets (Values or numbers, single or in lists, nested lists
// for several outputs per sample) and return one Value. Sums start from the first term (no
// `0 +` node): the numbers are those of Python's sum(), which adds 0 exactly.

import { EngineError, showNumber } from './errors';
import { Value } from './value';

export type Scalar = Value | number;
export type Nested = Scalar | readonly Nested[];

function flatten(x: Nested, into: Scalar[] = []): Scalar[] {
  if (Array.isArray(x)) for (const item of x as readonly Nested[]) flatten(item, into);
  else into.push(x as Scalar);
  return into;
}

function pairs(loss: string, pred: Nested, target: Nested): [Scalar[], Scalar[]] {
  const p = flatten(pred);
  const t = flatten(target);
  if (p.length !== t.length) {
    throw new EngineError(
      'ValueError',
      `${loss}: got ${p.length} prediction${p.length === 1 ? '' : 's'} but ${t.length} target${t.length === 1 ? '' : 's'}`,
    );
  }
  if (p.length === 0) throw new EngineError('ValueError', `${loss}: there are no predictions`);
  return [p, t];
}

function asValue(x: Scalar): Value {
  return x instanceof Value ? x : new Value(x);
}

function minus(a: Scalar, b: Scalar): Value {
  if (a instanceof Value) return a.sub(b);
  if (b instanceof Value) return b.rsub(a);
  return new Value(a - b);
}

function times(a: Scalar, b: Scalar): Value {
  if (a instanceof Value) return a.mul(b);
  if (b instanceof Value) return b.mul(a);
  return new Value(a * b);
}

/** Σ terms, as a Value (the terms are already Values). */
export function sumValues(terms: readonly Value[]): Value {
  let s = terms[0];
  for (let i = 1; i < terms.length; i++) s = s.add(terms[i]);
  return s;
}

/** Σ (pred − target)² */
export function sse(pred: Nested, target: Nested): Value {
  const [p, t] = pairs('sse', pred, target);
  return sumValues(p.map((pi, i) => minus(pi, t[i]).pow(2)));
}

/** mean of (pred − target)², divided by n as PyTorch's MSELoss does. */
export function mse(pred: Nested, target: Nested): Value {
  const [p, t] = pairs('mse', pred, target);
  const total = sumValues(p.map((pi, i) => minus(pi, t[i]).pow(2)));
  return p.length === 1 ? total : total.div(p.length);
}

/**
 * mean of relu(1 − y·s) for labels y = ±1, written as micrograd's demo writes it:
 * `(1 + -y*s).relu()`, summed, times `1.0 / n`.
 */
export function hinge(scores: Nested, labels: Nested): Value {
  const [s, y] = pairs('hinge', scores, labels);
  const terms = s.map((si, i) => times(negate(y[i]), si).add(1).relu());
  return sumValues(terms).mul(1.0 / terms.length);
}

function negate(x: Scalar): Scalar {
  return x instanceof Value ? x.neg() : -x;
}

/** mean of −(t·log p + (1 − t)·log(1 − p)) for probabilities p in (0, 1). */
export function bce(prob: Nested, target: Nested): Value {
  const [p, t] = pairs('bce', prob, target);
  const terms = p.map((pi, i) => {
    const pv = asValue(pi);
    if (!(pv.data > 0 && pv.data < 1)) {
      throw new EngineError(
        'ValueError',
        `bce: a probability must be strictly between 0 and 1, got ${showNumber(pv.data)} ` +
          '(a saturated sigmoid? try a smaller learning rate)',
      );
    }
    const ti = t[i];
    const logP = pv.log();
    const log1mP = pv.rsub(1).log();
    return times(ti, logP)
      .add(times(typeof ti === 'number' ? 1 - ti : ti.rsub(1), log1mP))
      .neg();
  });
  const total = sumValues(terms);
  return terms.length === 1 ? total : total.div(terms.length);
}

function maxData(xs: readonly Scalar[]): number {
  let m = -Infinity;
  for (const x of xs) m = Math.max(m, x instanceof Value ? x.data : x);
  return m;
}

/** exp(xᵢ − max) / Σ exp(xⱼ − max): the max is subtracted as a number, so it is stable. */
export function softmax(logits: readonly Scalar[]): Value[] {
  if (logits.length === 0) throw new EngineError('ValueError', 'softmax of an empty list');
  const m = maxData(logits);
  const exps = logits.map((x) => asValue(x).sub(m).exp());
  const total = sumValues(exps);
  return exps.map((e) => e.div(total));
}

/** −log softmax(logits)[index], computed as logsumexp(logits) − logits[index]. */
export function crossEntropy(logits: readonly Scalar[], index: number): Value {
  if (logits.length === 0) throw new EngineError('ValueError', 'cross_entropy of an empty list');
  if (!Number.isInteger(index) || index < 0 || index >= logits.length) {
    throw new EngineError(
      'IndexError',
      `cross_entropy: class index ${index} is out of range for ${logits.length} logits`,
    );
  }
  const m = maxData(logits);
  const shifted = logits.map((x) => asValue(x).sub(m));
  const logSumExp = sumValues(shifted.map((z) => z.exp())).log();
  return logSumExp.sub(shifted[index]);
}
