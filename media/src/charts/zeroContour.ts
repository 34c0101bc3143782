// The decision boundary is where the model's score crosses 0. Marching squares over the
// score grid gives that line, interpolated linearly along each cell edge.

type Edge = 0 | 1 | 2 | 3; // bottom, right, top, left

const CASES: Edge[][] = [
  [],
  [3, 0],
  [0, 1],
  [3, 1],
  [1, 2],
  [], // saddle, resolved below
  [0, 2],
  [3, 2],
  [3, 2],
  [0, 2],
  [], // saddle
  [1, 2],
  [3, 1],
  [0, 1],
  [3, 0],
  [],
];

/**
 * Segments of the 0 level as flat [x1, y1, x2, y2, ...] in grid units (x = column i,
 * y = row j, row 0 first). Cells with a non-finite corner are skipped.
 */
export function zeroContour(scores: ArrayLike<number>, nx: number, ny: number): number[] {
  const out: number[] = [];
  const at = (i: number, j: number): number => scores[j * nx + i];
  for (let j = 0; j + 1 < ny; j++) {
    for (let i = 0; i + 1 < nx; i++) {
      const a = at(i, j);
      const b = at(i + 1, j);
      const c = at(i + 1, j + 1);
      const d = at(i, j + 1);
      if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || !Number.isFinite(d))
        continue;
      const code = (a > 0 ? 1 : 0) | (b > 0 ? 2 : 0) | (c > 0 ? 4 : 0) | (d > 0 ? 8 : 0);
      if (code === 0 || code === 15) continue;
      const point = (e: Edge): [number, number] => {
        const t = (p: number, q: number): number => (p === q ? 0.5 : p / (p - q));
        switch (e) {
          case 0:
            return [i + t(a, b), j];
          case 1:
            return [i + 1, j + t(b, c)];
          case 2:
            return [i + t(d, c), j + 1];
          case 3:
            return [i, j + t(a, d)];
        }
      };
      let pairs: Edge[][];
      if (code === 5 || code === 10) {
        const centre = (a + b + c + d) / 4 > 0;
        // Positive corners joined through the centre, or kept apart.
        pairs =
          (code === 5) === centre
            ? [
                [0, 1],
                [3, 2],
              ]
            : [
                [3, 0],
                [1, 2],
              ];
      } else {
        pairs = [CASES[code]];
      }
      for (const [e1, e2] of pairs) {
        const p = point(e1);
        const q = point(e2);
        out.push(p[0], p[1], q[0], q[1]);
      }
    }
  }
  return out;
}
