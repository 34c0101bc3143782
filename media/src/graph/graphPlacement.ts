// Where each drawn node goes for one flow direction: its look (records stack their cells top
// to bottom) and its position from the layered layout, with the ranks keyboard moves use.
import type { GraphModel } from './graphModel';
import type { LookContext, NodeLook } from './nodeLook';
import { lookOf } from './nodePresentation';
import { orientedLayout, type Orientation } from './orientation';
import type { VisibleGraph } from './visibleGraph';

export interface GraphPlacement {
  orientation: Orientation;
  looks: Map<string, NodeLook>;
  positions: Map<string, { x: number; y: number }>;
  rankOf: Map<string, number>;
  /** Node ids by rank, sources first. */
  ranks: string[][];
  looksMs: number;
  layoutMs: number;
}

export function placeGraph(
  model: GraphModel,
  visible: VisibleGraph,
  orientation: Orientation,
  ctx: LookContext,
): GraphPlacement {
  const t0 = performance.now();
  const looks = new Map<string, NodeLook>();
  for (const n of visible.nodes) looks.set(n.id, lookOf(model, n, ctx));
  const t1 = performance.now();
  const indexOf = new Map(visible.nodes.map((n, k) => [n.id, k]));
  const layout = orientedLayout(
    visible.nodes.map((n) => ({
      width: looks.get(n.id)!.width,
      height: looks.get(n.id)!.height,
      order: n.order,
    })),
    visible.edges.map((e) => ({ from: indexOf.get(e.from)!, to: indexOf.get(e.to)! })),
    orientation,
    ctx.palette.monoSize,
  );
  const positions = new Map<string, { x: number; y: number }>();
  const rankOf = new Map<string, number>();
  const ranks: string[][] = Array.from({ length: layout.ranks }, () => []);
  visible.nodes.forEach((n, k) => {
    positions.set(n.id, { x: Math.round(layout.x[k]), y: Math.round(layout.y[k]) });
    rankOf.set(n.id, layout.rank[k]);
    ranks[layout.rank[k]].push(n.id);
  });
  return {
    orientation,
    looks,
    positions,
    rankOf,
    ranks,
    looksMs: t1 - t0,
    layoutMs: performance.now() - t1,
  };
}
