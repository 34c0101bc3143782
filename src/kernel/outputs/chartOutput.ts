// A cell's loss curves (from `train` and `log`) as a notebook output: versioned JSON the
// renderer draws, capped in points, and an SVG picture of the same curves for other viewers.
import type { LossBatch } from '../protocol';
import { chartPicture } from './chartPicture';
import {
  CHART_MIME,
  byteLength,
  inertJson,
  MAX_OUTPUT_BYTES,
  MAX_SERIES_POINTS,
  OUTPUT_VERSION,
  SVG_MIME,
  type ChartSeries,
  type OutputItemData,
} from './outputMimes';

/** Every k-th point so that at most `max` remain; the last point is always kept. */
export function thin(series: ChartSeries, max: number): ChartSeries {
  const total = series.steps.length;
  if (total <= max) return series;
  const stride = Math.ceil(total / max);
  const keep = (i: number) => i % stride === 0 || i === total - 1;
  return {
    name: series.name,
    steps: series.steps.filter((_, i) => keep(i)),
    values: series.values.filter((_, i) => keep(i)),
    total: series.total,
  };
}

/** The points of a run's batches, one series per curve name, in the order they came. */
export function seriesOf(batches: readonly LossBatch[]): ChartSeries[] {
  const byName = new Map<string, ChartSeries>();
  for (const b of batches) {
    let s = byName.get(b.name);
    if (s === undefined) {
      s = { name: b.name, steps: [], values: [], total: 0 };
      byName.set(b.name, s);
    }
    for (const p of b.points) {
      s.steps.push(p.step);
      s.values.push(p.value);
      s.total++;
    }
  }
  return [...byName.values()];
}

export function chartOutput(series: readonly ChartSeries[], title: string): OutputItemData[] {
  let max = MAX_SERIES_POINTS;
  let kept = series.map((s) => thin(s, max));
  let json = inertJson({ version: OUTPUT_VERSION, title, series: kept });
  while (byteLength(json) > MAX_OUTPUT_BYTES && max > 10) {
    max = Math.floor(max / 2);
    kept = series.map((s) => thin(s, max));
    json = inertJson({ version: OUTPUT_VERSION, title, series: kept });
  }
  return [
    { mime: CHART_MIME, text: json },
    { mime: SVG_MIME, text: chartPicture(kept, title) },
  ];
}

/** The chart of a run's curves, named for them; null when the run logged none. */
export function curvesOutput(batches: readonly LossBatch[]): OutputItemData[] | null {
  const series = seriesOf(batches);
  if (series.length === 0) return null;
  return chartOutput(series, series.length === 1 ? series[0].name : `${series.length} curves`);
}
