// The two ways a graph flows: left to right (micrograd's draw_dot), and top to bottom (for a
// panel where that fits better: camera.ts chooses), where records stack their cells as
// graphviz does when the rank direction turns. The layout itself is one layered
// layout computed along the flow, so a graph gets one picture per orientation.
import { layeredLayout, type Layout, type LayoutEdge } from './layeredLayout';

export type Orientation = 'LR' | 'TB';

export interface SizedNode {
  width: number;
  height: number;
  order: number;
}

/** Gaps between ranks along the flow and between neighbours across it. */
const GAPS: Record<Orientation, { columnGap: number; rowGap: (font: number) => number }> = {
  LR: { columnGap: 44, rowGap: (font) => Math.round(font) },
  TB: { columnGap: 34, rowGap: (font) => Math.round(font * 1.25) },
};

export interface OrientedLayout {
  x: Float64Array;
  y: Float64Array;
  /** Rank along the flow (0 at the sources). */
  rank: Int32Array;
  ranks: number;
}

export function orientedLayout(
  nodes: readonly SizedNode[],
  edges: readonly LayoutEdge[],
  orientation: Orientation,
  fontPx: number,
): OrientedLayout {
  const gaps = GAPS[orientation];
  const options = { columnGap: gaps.columnGap, rowGap: gaps.rowGap(fontPx) };
  if (orientation === 'LR') {
    const l = layeredLayout(nodes, edges, options);
    return { x: l.x, y: l.y, rank: l.column, ranks: l.columns };
  }
  // The layered layout works along columns: give it the nodes turned a quarter, turn back.
  const turned: Layout = layeredLayout(
    nodes.map((n) => ({ width: n.height, height: n.width, order: n.order })),
    edges,
    options,
  );
  return { x: turned.y, y: turned.x, rank: turned.column, ranks: turned.columns };
}
