// A graph cut down to the Values nearest its output, with the layout hints (topological
// level and row) made again for what is kept, so the picture has no empty columns.
import type { GraphPayload, GraphValue } from '../protocol';

export function trimGraph(graph: GraphPayload, maxValues: number): GraphPayload {
  if (graph.values.length <= maxValues) return graph;
  const byId = new Map<number, GraphValue>();
  for (const v of graph.values) byId.set(v.id, v);
  const kept = new Set<number>();
  const queue: number[] = [];
  if (byId.has(graph.rootId)) {
    kept.add(graph.rootId);
    queue.push(graph.rootId);
  }
  for (let head = 0; head < queue.length && kept.size < maxValues; head++) {
    for (const input of byId.get(queue[head])!.inputs) {
      if (kept.size >= maxValues) break;
      if (!kept.has(input) && byId.has(input)) {
        kept.add(input);
        queue.push(input);
      }
    }
  }
  // Payload values come inputs first: one pass settles each kept Value's level.
  const level = new Map<number, number>();
  const rows: number[] = [];
  const values: GraphValue[] = [];
  for (const v of graph.values) {
    if (!kept.has(v.id)) continue;
    const inputs = v.inputs.filter((x) => kept.has(x));
    let depth = 0;
    for (const x of inputs) depth = Math.max(depth, (level.get(x) ?? 0) + 1);
    level.set(v.id, depth);
    const order = rows[depth] ?? 0;
    rows[depth] = order + 1;
    values.push({ ...v, inputs, level: depth, order });
  }
  const used = new Set<number>();
  const parents = new Map(graph.groups.map((g) => [g.id, g.parent]));
  for (const v of values) {
    for (let g = v.group; g !== 0 && !used.has(g); g = parents.get(g) ?? 0) used.add(g);
  }
  return {
    rootId: graph.rootId,
    values,
    groups: graph.groups.filter((g) => used.has(g.id)),
    totalValues: graph.totalValues,
    truncated: true,
  };
}
