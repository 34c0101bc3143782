// Turns a Value's compute graph into the panel's picture: micrograd's draw_dot data (each
// Value with its op, inputs, data and grad), plus what a big graph needs to stay readable:
// a layout hint from topological depth, the role of each Value, and the neuron/layer/MLP
// groups it can be collapsed into.

import { topologicalOrder } from '../engine/backward';
import { scopeInfo } from '../engine/nn';
import { materializeConstant, Value } from '../engine/value';
import {
  graphNodes,
  nodeData,
  nodeGrad,
  nodeInputs,
  nodeLabel,
  nodeOp,
  type GraphNode,
} from '../lang/runtime/valueLike';
import type { GraphGroup, GraphPayload, GraphValue, ValueRole } from './protocol';
import type { ValueIds } from './valueIds';

export type SitePosition = (site: number) => { line: number; col: number } | null;

/**
 * Every node of root's graph, inputs before outputs. A built-in Value's graph holds only
 * built-in Values: the engine's sort (copied, it reuses its array) is the fast way there.
 */
function graphOrder(root: GraphNode): GraphNode[] {
  return root instanceof Value ? topologicalOrder(root).slice() : graphNodes(root);
}

/** The `limit` Values nearest the output, breadth first. */
function nearestToRoot(root: GraphNode, limit: number): Set<GraphNode> {
  const kept = new Set<GraphNode>([root]);
  const queue: GraphNode[] = [root];
  for (let head = 0; head < queue.length && kept.size < limit; head++) {
    for (const input of nodeInputs(queue[head])) {
      if (kept.size >= limit) break;
      if (!kept.has(input)) {
        kept.add(input);
        queue.push(input);
      }
    }
  }
  return kept;
}

function roleOf(v: GraphNode, root: GraphNode): ValueRole {
  if (v === root) return 'output';
  if (!(v instanceof Value)) return nodeInputs(v).length === 0 ? 'leaf' : 'inner';
  if (v.isConstant) return 'const';
  if (v.isLeaf) return v.scope !== 0 ? 'param' : 'leaf';
  return 'inner';
}

function groupsOf(values: readonly GraphValue[]): GraphGroup[] {
  const groups = new Map<number, GraphGroup>();
  for (const v of values) {
    for (let id = v.group; id !== 0 && !groups.has(id);) {
      const info = scopeInfo(id);
      if (info === undefined) break;
      groups.set(id, { id, parent: info.parent, kind: info.kind, label: info.label });
      id = info.parent;
    }
  }
  return [...groups.values()].sort((a, b) => a.id - b.id);
}

export function extractGraph(
  root: GraphNode,
  ids: ValueIds,
  sitePosition: SitePosition,
  maxValues: number,
): GraphPayload {
  // Number operands kept inside nodes become constant Values, as micrograd draws them.
  for (const v of graphOrder(root)) if (v instanceof Value) materializeConstant(v);
  let order = graphOrder(root);
  const totalValues = order.length;
  const truncated = totalValues > maxValues;
  if (truncated) {
    const kept = nearestToRoot(root, maxValues);
    order = order.filter((v) => kept.has(v));
  }

  const index = new Map<GraphNode, number>();
  const levels: number[] = [];
  const rowsPerLevel: number[] = [];
  const values: GraphValue[] = [];
  for (const v of order) {
    const inputs = nodeInputs(v).filter((x) => index.has(x));
    let level = 0;
    for (const x of inputs) level = Math.max(level, levels[index.get(x)!] + 1);
    const row = rowsPerLevel[level] ?? 0;
    rowsPerLevel[level] = row + 1;
    index.set(v, values.length);
    levels.push(level);
    const pos = v.site !== 0 ? sitePosition(v.site) : null;
    values.push({
      id: ids.idOf(v),
      label: nodeLabel(v),
      data: nodeData(v),
      grad: nodeGrad(v),
      op: nodeOp(v),
      inputs: inputs.map((x) => ids.idOf(x)),
      role: roleOf(v, root),
      line: pos?.line ?? 0,
      col: pos?.col ?? 0,
      group: v instanceof Value ? v.scope : 0,
      level,
      order: row,
    });
  }
  return { rootId: ids.idOf(root), values, groups: groupsOf(values), totalValues, truncated };
}
