import type { Random } from '../random';
import { MAX_POINTS, checkWholeNumber } from './arguments';
import { type Dataset, classLabel, shuffled, splitEvenly } from './dataset';

/**
 * Gaussian clusters: scikit-learn's make_blobs (2 features, cluster_std 1.0, center_box
 * (-10, 10)), formula for formula, with rng as the random stream.
 *
 *   centers: for each, (uniform(-10, 10), uniform(-10, 10))
 *   sizes:   n // centers each, the first n % centers one more
 *   points:  cluster by cluster, (gauss(cx, 1.0), gauss(cy, 1.0))
 *   then the samples are shuffled (rng.shuffle of their positions).
 *
 * Labels: with 2 centers -1 (first) and +1 (second); otherwise the cluster's index 0..k-1.
 */
export function blobs(rng: Random, n = 100, centers = 2): Dataset {
  checkWholeNumber('blobs', 'n', n, 1, MAX_POINTS, ' (how many points)');
  checkWholeNumber('blobs', 'centers', centers, 1, n, ' (at most one cluster per point)');
  const middles: number[][] = [];
  for (let j = 0; j < centers; j++) middles.push([rng.uniform(-10, 10), rng.uniform(-10, 10)]);
  const points: number[][] = [];
  const labels: number[] = [];
  splitEvenly(n, centers).forEach((count, j) => {
    const [cx, cy] = middles[j];
    for (let i = 0; i < count; i++) {
      points.push([rng.gauss(cx, 1.0), rng.gauss(cy, 1.0)]);
      labels.push(classLabel(j, centers));
    }
  });
  return shuffled(rng, points, labels);
}
