// Drawing 10,000 (or a million) points on a 600-pixel-wide chart needs at most a few points
// per pixel column: the first, lowest, highest and last of each column give the same picture
// as drawing them all. The data itself is never thinned: export and hover use every point.

/**
 * A polyline through the points in order, reduced per pixel column. `xPx`/`yPx` map data to
 * pixels; `yPx` returns NaN for a point that cannot be drawn (≤ 0 on a log axis), which breaks
 * the line. The result is flat [x0, y0, x1, y1, ...] with a NaN pair at each break.
 */
export function columnEnvelope(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  length: number,
  xPx: (x: number) => number,
  yPx: (y: number) => number,
): number[] {
  const out: number[] = [];
  let col = NaN;
  let fx = 0;
  let fy = 0;
  let lx = 0;
  let ly = 0;
  let minY = 0;
  let maxY = 0;
  let minI = 0;
  let maxI = 0;
  let count = 0;
  let lastX = NaN;
  let lastY = NaN;
  const emit = (x: number, y: number): void => {
    if (x === lastX && y === lastY) return;
    out.push(x, y);
    lastX = x;
    lastY = y;
  };
  const flush = (): void => {
    if (count === 0) return;
    emit(fx, fy);
    if (count > 2) {
      const cx = fx;
      if (minI <= maxI) {
        emit(cx, minY);
        emit(cx, maxY);
      } else {
        emit(cx, maxY);
        emit(cx, minY);
      }
    }
    if (count > 1) emit(lx, ly);
    count = 0;
  };
  for (let i = 0; i < length; i++) {
    const x = xPx(xs[i]);
    const y = yPx(ys[i]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      flush();
      col = NaN;
      if (out.length > 0 && !Number.isNaN(out[out.length - 1])) {
        out.push(NaN, NaN);
        lastX = lastY = NaN;
      }
      continue;
    }
    const c = Math.floor(x);
    if (c !== col) {
      flush();
      col = c;
      fx = x;
      fy = y;
      minY = maxY = y;
      minI = maxI = i;
    } else {
      if (y < minY) {
        minY = y;
        minI = i;
      }
      if (y > maxY) {
        maxY = y;
        maxI = i;
      }
    }
    lx = x;
    ly = y;
    count++;
  }
  flush();
  return out;
}
