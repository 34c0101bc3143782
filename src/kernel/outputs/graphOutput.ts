// A drawn Value's compute graph as a notebook output: versioned JSON the renderer draws
// (capped: the Values nearest the output, within MAX_OUTPUT_VALUES and MAX_OUTPUT_BYTES),
// and an SVG picture for viewers without the renderer (grouped when the graph is big).
import type { GraphPayload } from '../protocol';
import { graphPicture } from './graphPicture';
import { trimGraph } from './graphTrim';
import {
  GRAPH_MIME,
  byteLength,
  inertJson,
  MAX_OUTPUT_BYTES,
  MAX_OUTPUT_VALUES,
  OUTPUT_VERSION,
  SVG_MIME,
  type OutputItemData,
} from './outputMimes';

export function graphOutput(payload: GraphPayload, title: string): OutputItemData[] {
  let graph = trimGraph(payload, MAX_OUTPUT_VALUES);
  let json = inertJson({ version: OUTPUT_VERSION, title, graph });
  while (byteLength(json) > MAX_OUTPUT_BYTES && graph.values.length > 1) {
    graph = trimGraph(graph, Math.floor(graph.values.length / 2));
    json = inertJson({ version: OUTPUT_VERSION, title, graph });
  }
  return [
    { mime: GRAPH_MIME, text: json },
    { mime: SVG_MIME, text: graphPicture(graph, title) },
  ];
}

/** What a graph output is called: `draw(L)` for a draw call, the Value's label for a result. */
export function graphTitle(graph: GraphPayload, how: 'draw' | 'result'): string {
  const label = graph.values.find((v) => v.id === graph.rootId)?.label ?? '';
  if (how === 'draw') return label ? `draw(${label})` : 'draw';
  return label || 'result';
}
