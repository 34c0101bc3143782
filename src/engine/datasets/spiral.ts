import type { Random } from '../random';
import { MAX_POINTS, checkWholeNumber } from './arguments';
import { type Dataset, classLabel, splitEvenly } from './dataset';
import { linspace } from './linspace';

/**
 * Interleaved spiral arms, one per class: the CS231n spiral, with rng as the random
 * stream. n is split across the classes as evenly as possible (n // classes each, the
 * first n % classes one more); for class j with m points:
 *
 *   r = linspace(0, 1, m)
 *   t = linspace(j*4, (j+1)*4, m) + gauss(0, 0.2) drawn point by point
 *   point i = (r_i * sin t_i, r_i * cos t_i)
 *
 * Points come class by class, not shuffled (as in CS231n). Labels: with 2 classes -1
 * (first arm) and +1 (second); otherwise the class index 0..k-1.
 */
export function spiral(rng: Random, n = 100, classes = 2): Dataset {
  checkWholeNumber('spiral', 'n', n, 1, MAX_POINTS, ' (how many points)');
  checkWholeNumber('spiral', 'classes', classes, 1, n, ' (at most one arm per point)');
  const xs: number[][] = [];
  const ys: number[] = [];
  splitEvenly(n, classes).forEach((m, j) => {
    const radii = linspace(0, 1, m);
    const angles = linspace(j * 4, (j + 1) * 4, m);
    for (let i = 0; i < m; i++) {
      const t = angles[i] + rng.gauss(0, 0.2);
      xs.push([radii[i] * Math.sin(t), radii[i] * Math.cos(t)]);
      ys.push(classLabel(j, classes));
    }
  });
  return { xs, ys };
}
