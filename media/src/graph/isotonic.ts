// Placing a column of nodes is a least-squares problem: keep the order, keep a minimum gap
// between neighbours, stay as close as possible to where the edges pull each node. With
// offsets folded in, that is isotonic regression, which pool-adjacent-violators solves in O(n).

/**
 * Positions for `desired.length` nodes in the given order, with `separation[i]` (i ≥ 1) the
 * minimum distance between node i-1 and node i, minimising Σ weight·(y - desired)².
 */
export function packColumn(
  desired: ArrayLike<number>,
  weights: ArrayLike<number>,
  separation: ArrayLike<number>,
): Float64Array {
  const n = desired.length;
  const offset = new Float64Array(n);
  for (let i = 1; i < n; i++) offset[i] = offset[i - 1] + separation[i];
  // Blocks of pooled values: total weight, weighted mean, length.
  const bw = new Float64Array(n);
  const bm = new Float64Array(n);
  const bl = new Int32Array(n);
  let top = -1;
  for (let i = 0; i < n; i++) {
    top++;
    bw[top] = Math.max(weights[i], 1e-6);
    bm[top] = desired[i] - offset[i];
    bl[top] = 1;
    while (top > 0 && bm[top - 1] > bm[top]) {
      const w = bw[top - 1] + bw[top];
      bm[top - 1] = (bm[top - 1] * bw[top - 1] + bm[top] * bw[top]) / w;
      bw[top - 1] = w;
      bl[top - 1] += bl[top];
      top--;
    }
  }
  const y = new Float64Array(n);
  let i = 0;
  for (let b = 0; b <= top; b++) {
    for (let k = 0; k < bl[b]; k++, i++) y[i] = bm[b] + offset[i];
  }
  return y;
}
