// ToyGrad's own notebook output types: versioned JSON the extension's notebook renderer draws
// (the only code that runs on them), each saved beside an SVG picture for viewers without
// the renderer (GitHub, Jupyter). Read by the extension (which builds them) and the renderer.
import type { GraphPayload } from '../protocol';

export const GRAPH_MIME = 'application/vnd.toygrad.graph+json';
export const CHART_MIME = 'application/vnd.toygrad.chart+json';
export const PLOT_MIME = 'application/vnd.toygrad.plot+json';
export const BOUNDARY_MIME = 'application/vnd.toygrad.boundary+json';
export const SVG_MIME = 'image/svg+xml';

/** Bumped when a field changes meaning; the renderer refuses versions it does not know. */
export const OUTPUT_VERSION = 1;

/** Most Values a graph output keeps (those nearest its output Value). */
export const MAX_OUTPUT_VALUES = 4000;
/** Most bytes of JSON one output item may take. */
export const MAX_OUTPUT_BYTES = 400_000;
/** Most points one chart series keeps (evenly thinned, the last point always kept). */
export const MAX_SERIES_POINTS = 2000;

export interface GraphOutputData {
  version: typeof OUTPUT_VERSION;
  /** What the picture shows, e.g. "draw(loss)" or "the cell's result". */
  title: string;
  graph: GraphPayload;
}

export interface ChartSeries {
  name: string;
  steps: number[];
  values: number[];
  /** Points the run logged; larger than steps.length when thinned. */
  total: number;
}

export interface ChartOutputData {
  version: typeof OUTPUT_VERSION;
  title: string;
  series: ChartSeries[];
}

/**
 * What the notebook renderer tells the extension: a Value's line (a file line) to reveal,
 * or a picture of the graph to save (the graph's Export SVG / PNG buttons).
 */
export type FromRenderer =
  | { type: 'reveal'; line: number; col: number }
  | { type: 'export'; format: 'svg' | 'png'; fileName: string; data: string };

/** One item of a cell output: its mime type and its text (JSON or SVG). */
export interface OutputItemData {
  mime: string;
  text: string;
}

/**
 * JSON text that no HTML parser can read a tag out of: `<` is written `\u003c` (still the
 * same JSON), so a label such as `</script>` stays data wherever the output is shown.
 */
/** Bytes of `text` in UTF-8, as it is saved. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/** The graph output in `text`, or why it cannot be drawn. */
export function readGraphOutput(text: string): GraphOutputData | string {
  const data: unknown = JSON.parse(text);
  if (!isObject(data) || data.version !== OUTPUT_VERSION)
    return 'This graph was saved by another version of ToyGrad.';
  const graph = data.graph;
  if (!isObject(graph) || !Array.isArray(graph.values) || !Array.isArray(graph.groups))
    return 'This graph output is damaged.';
  return data as unknown as GraphOutputData;
}

/** The chart output in `text`, or why it cannot be drawn. */
export function readChartOutput(text: string): ChartOutputData | string {
  const data: unknown = JSON.parse(text);
  if (!isObject(data) || data.version !== OUTPUT_VERSION)
    return 'This chart was saved by another version of ToyGrad.';
  if (!Array.isArray(data.series)) return 'This chart output is damaged.';
  return data as unknown as ChartOutputData;
}
