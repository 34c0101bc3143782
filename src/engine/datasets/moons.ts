import type { Random } from '../random';
import { MAX_POINTS, checkNoise, checkWholeNumber } from './arguments';
import { type Dataset, addNoise, shuffled } from './dataset';
import { linspace } from './linspace';

/**
 * Two interleaving half circles: scikit-learn's make_moons, formula for formula, with
 * rng as the random stream (the micrograd demo's dataset).
 *
 *   n_out = n // 2, n_in = n - n_out
 *   outer (label -1): (cos t, sin t)            for t in linspace(0, pi, n_out)
 *   inner (label +1): (1 - cos t, 1 - sin t - 0.5) for t in linspace(0, pi, n_in)
 *   then the samples are shuffled (rng.shuffle of their positions),
 *   then gauss(0, noise) is added to every coordinate (x then y, sample by sample).
 *
 * Labels are micrograd's y*2 - 1 of sklearn's 0/1. The same steps in Python give the same
 * labels and order, and coordinates equal to about 1e-15: V8's cos, sin (and those inside
 * gauss) may round a last bit differently from the C library CPython calls.
 */
export function moons(rng: Random, n = 100, noise = 0.1): Dataset {
  checkWholeNumber('moons', 'n', n, 1, MAX_POINTS, ' (how many points)');
  checkNoise('moons', noise);
  const nOut = Math.floor(n / 2);
  const nIn = n - nOut;
  const points: number[][] = [];
  const labels: number[] = [];
  for (const t of linspace(0, Math.PI, nOut)) {
    points.push([Math.cos(t), Math.sin(t)]);
    labels.push(-1);
  }
  for (const t of linspace(0, Math.PI, nIn)) {
    points.push([1 - Math.cos(t), 1 - Math.sin(t) - 0.5]);
    labels.push(1);
  }
  const data = shuffled(rng, points, labels);
  addNoise(rng, data.xs, noise);
  return data;
}
