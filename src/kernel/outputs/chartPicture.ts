// Loss curves as a standalone SVG line chart, with no DOM: the fallback saved beside a chart
// output. One polyline per series on shared axes; the y axis turns logarithmic when the
// values span more than two decades (a loss falling from 2 to 0.01 reads best that way).
import type { ChartSeries } from './outputMimes';
import { logTicks, makeScale, niceTicks, paddedRange } from './chartScale';
import { compact, tick } from './numberFormat';
import { escapeXml, svgNumber as n } from './svgText';

const WIDTH = 640;
const HEIGHT = 320;
const PLOT = { left: 64, right: WIDTH - 16, top: 34, bottom: HEIGHT - 40 };
/** Tableau 10's first colours: distinct on white, in print and for most colour vision. */
export const SERIES_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948'];

function range(values: Iterable<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return [lo, hi];
}

export function chartPicture(
  series: readonly ChartSeries[],
  title: string,
  xLabel = 'step',
): string {
  const [x0, x1] = paddedRange(...range(series.flatMap((s) => s.steps)), false);
  const [lo, hi] = range(series.flatMap((s) => s.values));
  const log = lo > 0 && hi / lo > 100;
  const [y0, y1] = paddedRange(lo, hi, log);
  const x = makeScale(x0, x1, PLOT.left, PLOT.right);
  const y = makeScale(y0, y1, PLOT.bottom, PLOT.top, log);
  const xTicks = niceTicks(x0, x1, 6);
  const yTicks = log ? { ticks: logTicks(y0, y1), step: 0 } : niceTicks(y0, y1, 5);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="11">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PLOT.left}" y="18" fill="#1f1f1f" font-size="13">${escapeXml(title)}</text>`,
    `<g stroke="#e3e3e3">`,
  ];
  const labels: string[] = [];
  for (const t of xTicks.ticks) {
    out.push(
      `<line x1="${n(x.map(t))}" y1="${PLOT.top}" x2="${n(x.map(t))}" y2="${PLOT.bottom}"/>`,
    );
    labels.push(
      `<text x="${n(x.map(t))}" y="${PLOT.bottom + 16}" text-anchor="middle">${escapeXml(tick(t, xTicks.step))}</text>`,
    );
  }
  for (const t of yTicks.ticks) {
    out.push(
      `<line x1="${PLOT.left}" y1="${n(y.map(t))}" x2="${PLOT.right}" y2="${n(y.map(t))}"/>`,
    );
    const text = log ? compact(t) : tick(t, yTicks.step);
    labels.push(
      `<text x="${PLOT.left - 6}" y="${n(y.map(t))}" text-anchor="end" dominant-baseline="central">${escapeXml(text)}</text>`,
    );
  }
  out.push('</g>', `<g fill="#6b6b6b">`, ...labels, '</g>');
  out.push(
    `<text x="${(PLOT.left + PLOT.right) / 2}" y="${HEIGHT - 6}" text-anchor="middle" fill="#6b6b6b">${escapeXml(xLabel)}${log ? ' · log scale' : ''}</text>`,
  );
  series.forEach((s, k) => {
    const color = SERIES_COLORS[k % SERIES_COLORS.length];
    const points: string[] = [];
    s.steps.forEach((step, i) => {
      const py = y.map(s.values[i]);
      if (Number.isFinite(py)) points.push(`${n(x.map(step))},${n(py)}`);
    });
    out.push(
      `<polyline fill="none" stroke="${color}" stroke-width="1.5" points="${points.join(' ')}"/>`,
    );
    const last = s.values[s.values.length - 1];
    const legend = `${s.name}${last === undefined ? '' : ` ${compact(last)}`}`;
    out.push(
      `<text x="${PLOT.right}" y="${PLOT.top + 4 + 14 * k}" text-anchor="end" fill="${color}">${escapeXml(legend)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}
