// What the graph view hands the canvas (nodes at fixed positions with their looks, edges with
// the bends that take them around skipped ranks), and the items vis-network keeps of them.
import type { Edge, Node } from 'vis-network/peer';
import { CURVE_ROUNDNESS, type Bend } from './edgeGeometry';
import type { NodeLook } from './nodeLook';

export interface CanvasNode {
  id: string;
  /** The node's text (draw_dot's record text for a Value). */
  text: string;
  x: number;
  y: number;
  look: NodeLook;
}

export interface CanvasEdge {
  from: string;
  to: string;
  /** Skips ranks: bent this way (and this much) around the nodes in between. */
  bend?: Bend;
  roundness?: number;
}

/**
 * What vis keeps per node. The text lives in `text`, not vis's `label`: we draw every node
 * ourselves, and a vis label would only cost a text measurement per node for nothing.
 */
export interface VisNode extends Node {
  id: string;
  text: string;
  x: number;
  y: number;
  size: number;
}

export type VisEdge = Edge & { id: string };

const CURVED: Record<Bend, string> = { cw: 'curvedCW', ccw: 'curvedCCW' };

/** Ids of the drawn edges (`e<k>`, k its place in the edges given to the canvas). */
export function edgeId(k: number): string {
  return `e${k}`;
}

export function visNodeOf(n: CanvasNode): VisNode {
  return {
    id: n.id,
    text: n.text,
    x: n.x,
    y: n.y,
    size: Math.max(n.look.width, n.look.height) / 2 + 8,
  };
}

/** The `k`th edge as vis draws it: straight, or curved the way of its bend. */
export function visEdgeOf(e: CanvasEdge, k: number): VisEdge {
  return e.bend
    ? {
        id: edgeId(k),
        from: e.from,
        to: e.to,
        smooth: {
          enabled: true,
          type: CURVED[e.bend],
          roundness: e.roundness ?? CURVE_ROUNDNESS,
        },
      }
    : { id: edgeId(k), from: e.from, to: e.to };
}
