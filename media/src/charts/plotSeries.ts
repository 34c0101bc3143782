// A plot()'s points as the line chart draws them: one series, its range, and whether its xs
// never decrease (so hovering can binary-search). Shared by the panel and the renderer.
import type { PlotPayload } from '../../../src/kernel/protocol';
import type { Rgba } from '../theme/color';
import type { SeriesRange, XySeries } from './xyChart';

/** The plot's series, or none when it has no finite point. */
export function plotSeries(plot: PlotPayload, color: Rgba): XySeries[] {
  const n = Math.min(plot.xs?.length ?? 0, plot.ys?.length ?? 0);
  const xs = Float64Array.from(plot.xs.slice(0, n), Number);
  const ys = Float64Array.from(plot.ys.slice(0, n), Number);
  const range: SeriesRange = {
    minX: Infinity,
    maxX: -Infinity,
    minY: Infinity,
    maxY: -Infinity,
    minPositive: Infinity,
  };
  let sorted = true;
  for (let i = 0; i < n; i++) {
    if (i > 0 && xs[i] < xs[i - 1]) sorted = false;
    if (Number.isFinite(xs[i])) {
      range.minX = Math.min(range.minX, xs[i]);
      range.maxX = Math.max(range.maxX, xs[i]);
    }
    if (Number.isFinite(ys[i])) {
      range.minY = Math.min(range.minY, ys[i]);
      range.maxY = Math.max(range.maxY, ys[i]);
      if (ys[i] > 0) range.minPositive = Math.min(range.minPositive, ys[i]);
    }
  }
  if (n === 0 || !Number.isFinite(range.minX)) return [];
  const name = String(plot.name);
  return [{ key: name, label: name, color, xs, ys, length: n, sortedX: sorted, range }];
}
