// plot() and boundary() as notebook outputs: versioned JSON the renderer draws as the panel's
// interactive charts, each beside an SVG picture for viewers without the renderer.
import type { BoundaryPayload, PlotPayload } from '../protocol';
import { boundaryPicture } from './boundaryPicture';
import { thin } from './chartOutput';
import { chartPicture } from './chartPicture';
import {
  BOUNDARY_MIME,
  inertJson,
  MAX_SERIES_POINTS,
  OUTPUT_VERSION,
  PLOT_MIME,
  SVG_MIME,
  type OutputItemData,
} from './outputMimes';

/** Most data points a boundary output keeps (its score grid is fixed by boundary()). */
export const MAX_BOUNDARY_POINTS = 2000;

export interface PlotOutputData {
  version: typeof OUTPUT_VERSION;
  title: string;
  plot: PlotPayload;
}

export interface BoundaryOutputData {
  version: typeof OUTPUT_VERSION;
  title: string;
  boundary: BoundaryPayload;
}

/** The output of a plot() call: its points, evenly thinned to MAX_SERIES_POINTS. */
export function plotOutput(plot: PlotPayload): OutputItemData[] {
  const n = Math.min(plot.xs.length, plot.ys.length);
  const series = thin(
    { name: plot.name, steps: plot.xs.slice(0, n), values: plot.ys.slice(0, n), total: n },
    MAX_SERIES_POINTS,
  );
  const title = `plot · ${plot.name}`;
  const kept: PlotPayload = { name: plot.name, xs: series.steps, ys: series.values };
  return [
    { mime: PLOT_MIME, text: inertJson({ version: OUTPUT_VERSION, title, plot: kept }) },
    { mime: SVG_MIME, text: chartPicture([series], title, 'x') },
  ];
}

/** The output of a boundary() call: the score grid and (at most 2,000 of) the points. */
export function boundaryOutput(boundary: BoundaryPayload): OutputItemData[] {
  const points = boundary.points;
  const stride = Math.ceil(points.length / MAX_BOUNDARY_POINTS);
  const kept: BoundaryPayload = {
    ...boundary,
    points: stride > 1 ? points.filter((_, i) => i % stride === 0) : points,
  };
  const title = 'Decision boundary';
  return [
    { mime: BOUNDARY_MIME, text: inertJson({ version: OUTPUT_VERSION, title, boundary: kept }) },
    { mime: SVG_MIME, text: boundaryPicture(kept, title) },
  ];
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

const numbers = (x: unknown): x is (number | null)[] =>
  Array.isArray(x) && x.every((v) => typeof v === 'number' || v === null);

/** The plot output in `text`, or why it cannot be drawn. */
export function readPlotOutput(text: string): PlotOutputData | string {
  const data: unknown = JSON.parse(text);
  if (!isObject(data) || data.version !== OUTPUT_VERSION)
    return 'This plot was saved by another version of ToyGrad.';
  const plot = data.plot;
  if (!isObject(plot) || !numbers(plot.xs) || !numbers(plot.ys))
    return 'This plot output is damaged.';
  return data as unknown as PlotOutputData;
}

/** The boundary output in `text`, or why it cannot be drawn. */
export function readBoundaryOutput(text: string): BoundaryOutputData | string {
  const data: unknown = JSON.parse(text);
  if (!isObject(data) || data.version !== OUTPUT_VERSION)
    return 'This decision boundary was saved by another version of ToyGrad.';
  const b = data.boundary;
  if (
    !isObject(b) ||
    !numbers(b.scores) ||
    !Array.isArray(b.points) ||
    typeof b.nx !== 'number' ||
    typeof b.ny !== 'number' ||
    b.scores.length < b.nx * b.ny
  )
    return 'This decision boundary output is damaged.';
  return data as unknown as BoundaryOutputData;
}
