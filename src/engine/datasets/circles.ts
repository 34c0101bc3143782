import type { Random } from '../random';
import { MAX_POINTS, checkNoise, checkWholeNumber } from './arguments';
import { type Dataset, addNoise, shuffled } from './dataset';
import { linspace } from './linspace';

/**
 * A circle inside a larger one: scikit-learn's make_circles, formula for formula, with
 * rng as the random stream.
 *
 *   n_out = n // 2, n_in = n - n_out
 *   outer (label -1): (cos t, sin t)                   for t in linspace(0, 2pi, n_out, endpoint=False)
 *   inner (label +1): (cos t * factor, sin t * factor) for t in linspace(0, 2pi, n_in, endpoint=False)
 *   then the samples are shuffled (rng.shuffle of their positions),
 *   then gauss(0, noise) is added to every coordinate (x then y, sample by sample).
 *
 * factor, the inner radius relative to the outer one, is in [0, 1).
 */
export function circles(rng: Random, n = 100, noise = 0.1, factor = 0.5): Dataset {
  checkWholeNumber('circles', 'n', n, 1, MAX_POINTS, ' (how many points)');
  checkNoise('circles', noise);
  if (!(factor >= 0 && factor < 1)) {
    throw new RangeError(
      "circles: factor must be at least 0 and less than 1 (the inner circle's radius as a " +
        `fraction of the outer one's), got ${factor}`,
    );
  }
  const nOut = Math.floor(n / 2);
  const nIn = n - nOut;
  const points: number[][] = [];
  const labels: number[] = [];
  for (const t of linspace(0, 2 * Math.PI, nOut, false)) {
    points.push([Math.cos(t), Math.sin(t)]);
    labels.push(-1);
  }
  for (const t of linspace(0, 2 * Math.PI, nIn, false)) {
    points.push([Math.cos(t) * factor, Math.sin(t) * factor]);
    labels.push(1);
  }
  const data = shuffled(rng, points, labels);
  addNoise(rng, data.xs, noise);
  return data;
}
