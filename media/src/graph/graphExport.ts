// The drawn graph as files: SVG text or a PNG data: URL, from the same looks and positions
// as the screen.
import type { Palette } from '../theme/palette';
import type { EdgeCurve } from './edgeGeometry';
import type { GraphModel } from './graphModel';
import { graphPng } from './graphPng';
import { graphSvg, type PlacedEdge, type PlacedLook } from './graphSvg';
import type { NodeLook } from './nodeLook';
import type { VisibleEdge, VisibleGraph } from './visibleGraph';

export interface GraphFile {
  fileName: string;
  data: string;
}

function placed(
  visible: VisibleGraph,
  looks: ReadonlyMap<string, NodeLook>,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  curveOf: (e: VisibleEdge) => EdgeCurve | undefined,
): { nodes: PlacedLook[]; edges: PlacedEdge[] } {
  const index = new Map(visible.nodes.map((n, k) => [n.id, k]));
  return {
    nodes: visible.nodes.map((n) => ({ look: looks.get(n.id)!, ...positions.get(n.id)! })),
    edges: visible.edges.map((e) => ({
      from: index.get(e.from)!,
      to: index.get(e.to)!,
      ...curveOf(e),
    })),
  };
}

export function exportGraph(
  format: 'svg' | 'png',
  model: GraphModel,
  visible: VisibleGraph,
  looks: ReadonlyMap<string, NodeLook>,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  palette: Palette,
  curveOf: (e: VisibleEdge) => EdgeCurve | undefined,
): GraphFile {
  const { nodes, edges } = placed(visible, looks, positions, curveOf);
  if (format === 'png') {
    return { fileName: 'toygrad-graph.png', data: graphPng(document, nodes, edges, palette) };
  }
  const root = model.root >= 0 ? model.values[model.root] : null;
  const title = `ToyGrad compute graph${root?.label ? ` of ${root.label}` : ''}`;
  return { fileName: 'toygrad-graph.svg', data: graphSvg(nodes, edges, palette, title) };
}
