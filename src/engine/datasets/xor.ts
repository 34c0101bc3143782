import type { Random } from '../random';
import { MAX_POINTS, checkWholeNumber } from './arguments';
import type { Dataset } from './dataset';

/**
 * The XOR problem: points uniform in the square [-1, 1]^2, drawn x then y with
 * rng.uniform(-1, 1); label +1 where x*y > 0 (first and third quadrants), else -1.
 * No single line separates the classes: the classic case for a hidden layer.
 */
export function xor(rng: Random, n = 100): Dataset {
  checkWholeNumber('xor', 'n', n, 1, MAX_POINTS, ' (how many points)');
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = rng.uniform(-1, 1);
    const y = rng.uniform(-1, 1);
    xs.push([x, y]);
    ys.push(x * y > 0 ? 1 : -1);
  }
  return { xs, ys };
}
