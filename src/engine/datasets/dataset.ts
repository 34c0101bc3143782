// The shape every dataset generator returns, and the steps several of them share.

import type { Random } from '../random';

/** Points (each a list of coordinates) and their labels, in the same order. */
export interface Dataset {
  xs: number[][];
  ys: number[];
}

/**
 * Points and labels reordered together by one rng.shuffle of their positions: sample i
 * of the result is sample order[i] of the input (sklearn's shuffle, with rng's stream).
 */
export function shuffled(rng: Random, points: number[][], labels: number[]): Dataset {
  const order = Array.from(points, (_, i) => i);
  rng.shuffle(order);
  return { xs: order.map((i) => points[i]), ys: order.map((i) => labels[i]) };
}

/** Adds gauss(0, noise) to every coordinate, point by point, x before y (row-major). */
export function addNoise(rng: Random, xs: number[][], noise: number): void {
  for (const point of xs) {
    for (let d = 0; d < point.length; d++) point[d] += rng.gauss(0, noise);
  }
}

/** n split into k groups as evenly as possible: n // k each, the first n % k get one more. */
export function splitEvenly(n: number, k: number): number[] {
  const counts = new Array<number>(k).fill(Math.floor(n / k));
  for (let i = 0; i < n % k; i++) counts[i] += 1;
  return counts;
}

/** The label of class j of k: -1 and +1 for two classes (hinge-loss style), else j. */
export function classLabel(j: number, k: number): number {
  if (k !== 2) return j;
  return j === 0 ? -1 : 1;
}
