// Which groups start collapsed: none when the whole graph fits the visible-node cap,
// otherwise the innermost level (neurons), then the next (layers), and so on, until it fits
// or everything is collapsed (the budget in visibleGraph then trims what is still too big).
// A lone box (the whole MLP) says nothing about what is inside: it is opened for as long as
// it is the only box drawn and its contents, folded one level down, still fit.
import { groupOfValue, type GraphModel } from './graphModel';
import { computeVisibleGraph } from './visibleGraph';

/**
 * Nodes drawn, for each depth d, when every group at depth ≥ d is collapsed (index d), in one
 * pass: a value inside a chain of L groups is folded exactly when L > d.
 */
export function nodeCountsByCollapseDepth(model: GraphModel): number[] {
  const depths = model.maxDepth + 1;
  const costByChain = new Array<number>(depths + 1).fill(0);
  for (let i = 0; i < model.values.length; i++) {
    const g = groupOfValue(model, i);
    const chain = g ? model.groups.get(g)!.chain.length : 0;
    costByChain[chain] += model.values[i].op ? 2 : 1;
  }
  const groupsAtDepth = new Array<number>(depths).fill(0);
  for (const info of model.groupList) if (info.size > 0) groupsAtDepth[info.depth]++;
  const counts: number[] = [];
  let unfolded = 0;
  for (let d = 0; d < depths; d++) {
    unfolded += costByChain[d];
    counts.push(unfolded + groupsAtDepth[d]);
  }
  return counts;
}

export function initialCollapse(model: GraphModel, cap: number): Set<number> {
  if (model.fullNodeCount <= cap || model.groupList.length === 0) return new Set();
  const counts = nodeCountsByCollapseDepth(model);
  let depth = 0;
  for (let d = model.maxDepth; d >= 0; d--) {
    if (counts[d] <= cap) {
      depth = d;
      break;
    }
  }
  const collapsed = new Set(model.groupList.filter((g) => g.depth >= depth).map((g) => g.group.id));
  const drawn = (c: ReadonlySet<number>) =>
    computeVisibleGraph(model, {
      collapsed: c,
      expandedChains: new Set(),
      bundleLeaves: true,
      openBundles: new Set(),
      pinnedGroups: [],
      pinnedValues: [],
      budget: 0,
    });
  for (let boxes = drawn(collapsed).untrimmedGroups; boxes.length === 1;) {
    const lone = model.groups.get(boxes[0])!;
    if (lone.children === 0) break;
    const opened = new Set(collapsed);
    opened.delete(lone.group.id);
    const next = drawn(opened);
    if (next.untrimmedNodes > cap) break;
    collapsed.delete(lone.group.id);
    boxes = next.untrimmedGroups;
  }
  return collapsed;
}
