// The stepper's timeline over what the graph shows. Each step of the pass is a Value; the
// picture may show that Value as itself, or inside a collapsed layer box, a Σ chain or a
// bundle. One timeline unit per drawn node: a layer box steps as a unit (all the updates
// inside it), a Value drawn as itself is one step. Units are ordered by when their last
// step happens in the pass, so a unit is "done" once every update inside it is.
import type { GraphModel } from '../graph/graphModel';
import { groupOfValue } from '../graph/graphModel';
import type { VisibleGraph } from '../graph/visibleGraph';

export interface TimelineUnit {
  /** The drawn node (`v12`, `g3`, `c40`…), or null when the step's Value is not drawn. */
  node: string | null;
  /** Indices of the pass's steps inside this unit, in pass order. */
  steps: number[];
}

export interface Timeline {
  units: TimelineUnit[];
  /** Unit index of each drawn node that has steps. */
  unitOfNode: Map<string, number>;
  /**
   * Drawn nodes with no step of their own (inputs, parameters, constants): the unit of the
   * last step pushing gradient into them, after which their grad is final.
   */
  finalAt: Map<string, number>;
}

/** The drawn node standing for model value `index`, or null when it is trimmed away. */
export function drawnNodeOf(
  model: GraphModel,
  shown: ReadonlySet<string>,
  index: number,
): string | null {
  const v = model.values[index];
  const own = `v${v.id}`;
  if (shown.has(own)) return own;
  const g = groupOfValue(model, index);
  if (g !== 0) {
    // The outermost collapsed group is the one drawn.
    for (const id of model.groups.get(g)!.chain) if (shown.has(`g${id}`)) return `g${id}`;
  }
  const c = model.chainOf[index];
  if (c >= 0 && shown.has(`c${model.chains[c].id}`)) return `c${model.chains[c].id}`;
  return null;
}

export function buildTimeline(
  model: GraphModel,
  visible: VisibleGraph,
  order: readonly number[],
): Timeline {
  const shown = new Set(visible.nodes.map((n) => n.id));
  const byNode = new Map<string, TimelineUnit>();
  const hidden: TimelineUnit[] = [];
  const lastOf = new Map<TimelineUnit, number>();
  for (let s = 0; s < order.length; s++) {
    const index = model.indexOf.get(order[s]);
    const node = index === undefined ? null : drawnNodeOf(model, shown, index);
    let unit: TimelineUnit | undefined;
    if (node === null) {
      // Steps of Values the picture leaves out (trimmed to its node limit): one unit per run.
      const previous = hidden[hidden.length - 1];
      if (previous !== undefined && previous.steps[previous.steps.length - 1] === s - 1) {
        unit = previous;
      } else {
        unit = { node: null, steps: [] };
        hidden.push(unit);
      }
    } else {
      unit = byNode.get(node);
      if (unit === undefined) {
        unit = { node, steps: [] };
        byNode.set(node, unit);
      }
    }
    unit.steps.push(s);
    lastOf.set(unit, s);
  }
  const units = [...byNode.values(), ...hidden].sort((a, b) => lastOf.get(a)! - lastOf.get(b)!);
  const unitOfNode = new Map<string, number>();
  units.forEach((u, k) => {
    if (u.node !== null) unitOfNode.set(u.node, k);
  });
  const finalAt = new Map<string, number>();
  const bundleOf = new Map<number, string>();
  for (const n of visible.nodes)
    if (n.kind === 'bundle') for (const i of n.members) bundleOf.set(i, n.id);
  const { inputStart, inputIndex } = model;
  units.forEach((u, k) => {
    for (const s of u.steps) {
      const i = model.indexOf.get(order[s]);
      if (i === undefined) continue;
      for (let e = inputStart[i]; e < inputStart[i + 1]; e++) {
        const j = inputIndex[e];
        if (j < 0 || model.inputStart[j] !== model.inputStart[j + 1]) continue;
        const node = drawnNodeOf(model, shown, j) ?? bundleOf.get(j) ?? null;
        if (node !== null && !unitOfNode.has(node) && (finalAt.get(node) ?? -1) < k) {
          finalAt.set(node, k);
        }
      }
    }
  });
  return { units, unitOfNode, finalAt };
}
