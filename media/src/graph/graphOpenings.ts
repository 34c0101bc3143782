// What is opened and folded in the shown graph, and the node cap: the user's actions on
// groups, Σ chains, leaf bundles and "show more", each answered by how the view is drawn
// again (what to bring into view, what to select).
import type { GraphUiState } from '../uiState';
import { GraphControls } from './graphControls';
import { groupOfValue, type GraphModel } from './graphModel';
import { graphNote } from './graphNote';
import { graphKey } from './graphViewParts';
import { initialCollapse } from './initialCollapse';
import type { ShownGraph } from './shownGraph';
import type { ViewControls, VisibleGraph, VisibleNode } from './visibleGraph';

const DEFAULT_CAP = 2000;

/** How the view is drawn again after an action. */
export type Reshow =
  /** Something opened: the nodes `shown` picks are brought into view, the first selected. */
  | { kind: 'open'; shown: (n: VisibleNode) => boolean }
  /** Something folded into the node `id`: the view keeps it in sight, selected. */
  | { kind: 'fold'; id: string }
  /** Many things changed: the view keeps the selected node in sight. */
  | { kind: 'keepSelection' };

export class GraphOpenings {
  private cap = DEFAULT_CAP;
  private controls = GraphControls.fresh(new Set());
  /** Groups were folded because the graph is past the cap (the note says so). */
  private autoCollapsed = false;

  get maxVisibleNodes(): number {
    return this.cap;
  }

  /** A new graph: opened as saved with the page when it is the same graph, else as it first opens. */
  start(model: GraphModel, restored: GraphUiState | null): void {
    if (restored && restored.key === graphKey(model.payload)) {
      this.controls = GraphControls.restored(restored);
      this.autoCollapsed = model.fullNodeCount > this.cap && restored.collapsed.length > 0;
    } else {
      const collapsed = initialCollapse(model, this.cap);
      this.controls = GraphControls.fresh(collapsed);
      this.autoCollapsed = collapsed.size > 0;
    }
  }

  /** True when the cap changed (the graph is drawn again). */
  setCap(cap: number): boolean {
    const next = Number.isFinite(cap) && cap >= 1 ? Math.floor(cap) : DEFAULT_CAP;
    if (next === this.cap) return false;
    this.cap = next;
    return true;
  }

  forView(): ViewControls {
    return this.controls.forView(this.cap);
  }

  saved(model: GraphModel): GraphUiState {
    return this.controls.saved(graphKey(model.payload));
  }

  note(model: GraphModel, visible: VisibleGraph): string {
    return graphNote(model, visible, this.cap, this.autoCollapsed);
  }

  get collapsed(): number[] {
    return [...this.controls.collapsed];
  }

  get expandedChainIds(): number[] {
    return this.controls.expandedChainIds;
  }

  /** Opens the groups and chains that hide the Value at `index`. */
  reveal(model: GraphModel, index: number): void {
    this.controls.reveal(model, index);
  }

  expand(model: GraphModel, group: number): Reshow | null {
    if (!model.groups.has(group)) return null;
    this.controls.expandGroup(group);
    return { kind: 'open', shown: (n) => isInGroup(model, n, group) };
  }

  expandChain(model: GraphModel, chain: number): Reshow | null {
    const c = model.chains[chain];
    if (!c) return null;
    this.controls.expandChain(c.id);
    return {
      kind: 'open',
      shown: (n) => (n.kind === 'value' || n.kind === 'op') && model.chainOf[n.value] === chain,
    };
  }

  openBundle(shown: ShownGraph, firstValueId: number): Reshow | null {
    const first = shown.model.indexOf.get(firstValueId);
    const bundle = shown.visible.nodes.find((n) => n.kind === 'bundle' && n.members[0] === first);
    if (!bundle) return null;
    this.controls.openBundle(firstValueId);
    const members = new Set(bundle.members);
    return { kind: 'open', shown: (n) => n.kind === 'value' && members.has(n.value) };
  }

  collapse(model: GraphModel, group: number): Reshow | null {
    if (!model.groups.has(group)) return null;
    this.controls.collapseGroup(model, group);
    return { kind: 'fold', id: `g${group}` };
  }

  collapseChain(model: GraphModel, chain: number): Reshow | null {
    const c = model.chains[chain];
    if (!c) return null;
    this.controls.collapseChain(c.id);
    return { kind: 'fold', id: `c${c.id}` };
  }

  expandAll(model: GraphModel): Reshow {
    this.controls.expandAll(model);
    return { kind: 'keepSelection' };
  }

  collapseAll(model: GraphModel): Reshow {
    this.controls = GraphControls.collapsedAll(model, this.controls);
    return { kind: 'keepSelection' };
  }

  showMore(): Reshow {
    this.controls.showMore(this.cap);
    return { kind: 'keepSelection' };
  }

  /** Enter or double-click on a node that is not a Value: a group, Σ or bundle opens, a stub shows more. */
  open(shown: ShownGraph, n: VisibleNode): Reshow | null {
    const model = shown.model;
    switch (n.kind) {
      case 'group':
        return this.expand(model, n.group);
      case 'chain':
        return this.expandChain(model, n.chain);
      case 'bundle':
        return this.openBundle(shown, model.values[n.members[0]].id);
      case 'stub':
        return n.hiddenInputs > 0 ? this.showMore() : null;
      default:
        return null;
    }
  }

  /** The fold key on a node: folds the chain or group around it. */
  foldAround(model: GraphModel, n: VisibleNode): Reshow | null {
    if (n.kind === 'value' || n.kind === 'op') {
      const chain = model.chainOf[n.value];
      const g = groupOfValue(model, n.value);
      if (chain >= 0) return this.collapseChain(model, chain);
      if (g) return this.collapse(model, g);
    } else if (n.kind === 'group') {
      const chain = model.groups.get(n.group)!.chain;
      if (chain.length > 1) return this.collapse(model, chain[chain.length - 2]);
    } else if (n.kind === 'chain' && model.chains[n.chain].group) {
      return this.collapse(model, model.chains[n.chain].group);
    }
    return null;
  }
}

/** A drawn node inside `group` (its sub-groups, chains and values). */
function isInGroup(model: GraphModel, n: VisibleNode, group: number): boolean {
  let g = 0;
  if (n.kind === 'group') {
    const chain = model.groups.get(n.group)!.chain;
    g = chain.length > 1 ? chain[chain.length - 2] : 0;
  } else if (n.kind === 'chain') g = model.chains[n.chain].group;
  else if (n.kind === 'value' || n.kind === 'op') g = groupOfValue(model, n.value);
  return g !== 0 && model.groups.get(g)!.chain.includes(group);
}
