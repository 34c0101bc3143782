// What the graph view tells tests and benchmarks about itself: timings of a render, every drawn
// node as vis-network holds it, and a summary of the view's state.
import type { Extent } from './camera';
import type { EdgeCurve } from './edgeGeometry';
import type { GraphCanvas } from './graphCanvas';
import type { ViewMode } from './graphCamera';
import type { NodeLook, NodeShape } from './nodeLook';
import type { Orientation } from './orientation';

export interface GraphTimings {
  values: number;
  nodes: number;
  edges: number;
  /** Indexing, collapsing and trimming. */
  selectMs: number;
  /** Node looks and tooltips. */
  looksMs: number;
  layoutMs: number;
  /** Handing the nodes to vis-network. */
  networkMs: number;
  /** From the message to the end of the first complete draw. */
  firstDrawMs: number;
  /** performance.now() at the end of that draw (0 until then). */
  firstDrawAt: number;
}

export interface GraphNodeInspection {
  id: string;
  /** The node's text as vis-network holds it (draw_dot's record text for a Value). */
  label: string;
  /** Graph coordinates, from vis-network. */
  x: number;
  y: number;
  /** Size in graph units (the drawn look). */
  width: number;
  height: number;
  shape: NodeShape;
  /** Where the node is on the page; null before vis has drawn. */
  clientX: number | null;
  clientY: number | null;
}

export interface GraphEdgeInspection {
  from: string;
  to: string;
  curve: EdgeCurve | null;
}

export interface GraphInspection {
  rootId: number;
  nodeCount: number;
  edges: number;
  note: string;
  collapsed: number[];
  expandedChains: number[];
  selected: string | null;
  timings: GraphTimings | null;
  renders: number;
  scale: number;
  /** Height of the smallest node text on screen, CSS px (font size × zoom). */
  textPx: number;
  /** The zoom under which node text gets smaller than READABLE_TEXT_PX. */
  readableScale: number;
  orientation: Orientation | null;
  /** How the view was last placed: by the panel (first view, Fit) or by the user. */
  viewMode: ViewMode;
  lastDrawMs: number;
  maxDrawMs: number;
  /** Times vis drew the whole picture. */
  draws: number;
  gradMax: number;
  /**
   * The graph's size laid out each way, as told to the choice of orientation (only the ways
   * that choice asked about).
   */
  extents: Partial<Record<Orientation, Extent>>;
}

/** The timings of a render that has only selected its nodes so far. */
export function selectionTimings(
  values: number,
  nodes: number,
  edges: number,
  selectMs: number,
): GraphTimings {
  return {
    values,
    nodes,
    edges,
    selectMs,
    looksMs: 0,
    layoutMs: 0,
    networkMs: 0,
    firstDrawMs: 0,
    firstDrawAt: 0,
  };
}

/** Every drawn node as vis-network holds it, with where it is on the page. */
export function inspectCanvasNodes(
  canvas: GraphCanvas,
  looks: ReadonlyMap<string, NodeLook>,
): GraphNodeInspection[] {
  const positions = canvas.positions();
  const toClient = canvas.clientMapper();
  return canvas.dataNodes().map((n) => {
    const x = positions[n.id]?.x ?? n.x;
    const y = positions[n.id]?.y ?? n.y;
    const client = toClient?.({ x, y });
    const look = looks.get(n.id);
    return {
      id: n.id,
      label: n.text,
      x,
      y,
      width: look?.width ?? 0,
      height: look?.height ?? 0,
      shape: look?.shape ?? 'record',
      clientX: client?.x ?? null,
      clientY: client?.y ?? null,
    };
  });
}
