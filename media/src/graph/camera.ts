// Where the view starts, and which way the graph flows: the whole graph when it fits with
// text still legible, laid out left to right when that fits (micrograd's picture), else top
// to bottom when that fits; otherwise the reading zoom at the output end (the right end of a
// left-to-right layout, the bottom of a top-to-bottom one), from where the user pans towards
// the inputs. Pure, so a first open, a restored panel and a resized one all get the very
// same picture.
import type { Orientation } from './orientation';

/** Text smaller than this (CSS px) on screen is no longer comfortably readable. */
export const READABLE_TEXT_PX = 10;
/**
 * The whole graph at once is worth text this small in the first view: seeing every node of
 * a neuron beats reading a few of them comfortably (zooming in is one gesture away).
 */
export const WHOLE_GRAPH_TEXT_PX = 8;
/** Space kept around the graph when it is fitted or when its end is shown. */
const MARGIN = 24;

/** Width and height of a laid-out graph, graph coordinates. */
export interface Extent {
  width: number;
  height: number;
}

export interface NodeBox {
  /** Centre and size, graph coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Camera {
  /** Graph coordinates at the centre of the view. */
  x: number;
  y: number;
  scale: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** The zoom at which text of `fontPx` CSS pixels is `textPx` high (at most 1). */
export function readableScale(fontPx: number, textPx = READABLE_TEXT_PX): number {
  return fontPx > 0 ? Math.min(1, textPx / fontPx) : 1;
}

function extentScale(e: Extent, view: Viewport): number {
  return Math.min(view.width / (e.width + 2 * MARGIN), view.height / (e.height + 2 * MARGIN));
}

/**
 * Left to right when the whole graph fits that way at `minScale`, else top to bottom when it
 * fits so, else the way that shows more of it. `extentOf` lays the graph out on demand: most
 * graphs are decided by the left-to-right extent alone.
 */
export function chooseOrientation(
  view: Viewport,
  extentOf: (o: Orientation) => Extent,
  minScale: number,
): Orientation {
  const lr = extentScale(extentOf('LR'), view);
  if (lr >= minScale) return 'LR';
  const tb = extentScale(extentOf('TB'), view);
  return tb >= minScale || tb > lr ? 'TB' : 'LR';
}

interface Bounds {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function boundsOf(boxes: readonly NodeBox[]): Bounds {
  const b = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const n of boxes) {
    b.minX = Math.min(b.minX, n.x - n.width / 2);
    b.maxX = Math.max(b.maxX, n.x + n.width / 2);
    b.minY = Math.min(b.minY, n.y - n.height / 2);
    b.maxY = Math.max(b.maxY, n.y + n.height / 2);
  }
  if (boxes.length === 0) return { minX: 0, maxX: 0, minY: 0, maxY: 0 };
  return b;
}

/** The scale at which all of `boxes` fit the viewport (with a margin), at most `maxScale`. */
export function fitScale(boxes: readonly NodeBox[], view: Viewport, maxScale: number): number {
  const b = boundsOf(boxes);
  const w = b.maxX - b.minX + 2 * MARGIN;
  const h = b.maxY - b.minY + 2 * MARGIN;
  return Math.max(1e-3, Math.min(maxScale, view.width / w, view.height / h));
}

/** Everything in view, centred. */
export function fitCamera(boxes: readonly NodeBox[], view: Viewport, maxScale: number): Camera {
  const b = boundsOf(boxes);
  return {
    x: (b.minX + b.maxX) / 2,
    y: (b.minY + b.maxY) / 2,
    scale: fitScale(boxes, view, maxScale),
  };
}

/**
 * Fits `boxes` when that keeps `fitFloor` (by default `minScale`) or more; otherwise shows them
 * at `minScale` with `end` (the output) at the far end of the flow and centred across it,
 * never showing more empty space beyond the graph's edges than the margin.
 */
export function readableCamera(
  boxes: readonly NodeBox[],
  end: NodeBox | null,
  view: Viewport,
  orientation: Orientation,
  minScale: number,
  maxScale = 1,
  fitFloor = minScale,
): Camera {
  const fit = fitCamera(boxes, view, maxScale);
  if (fit.scale >= Math.min(fitFloor, minScale) || !end) return fit;
  const scale = Math.min(minScale, maxScale);
  const b = boundsOf(boxes);
  const halfW = view.width / scale / 2;
  const halfH = view.height / scale / 2;
  const place = (lo: number, hi: number, half: number, want: number): number => {
    if (hi - lo + 2 * MARGIN <= 2 * half) return (lo + hi) / 2;
    return Math.min(Math.max(want, lo - MARGIN + half), hi + MARGIN - half);
  };
  if (orientation === 'LR') {
    return {
      x: place(b.minX, b.maxX, halfW, end.x + end.width / 2 + MARGIN - halfW),
      y: place(b.minY, b.maxY, halfH, end.y),
      scale,
    };
  }
  return {
    x: place(b.minX, b.maxX, halfW, end.x),
    y: place(b.minY, b.maxY, halfH, end.y + end.height / 2 + MARGIN - halfH),
    scale,
  };
}
