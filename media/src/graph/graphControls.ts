// What the user opened and folded in the graph (groups, Σ chains, leaf bundles, extra room
// past the node cap), how each action changes it, and how it is saved with the page's state.
import type { GraphUiState } from '../uiState';
import { groupOfValue, type GraphModel } from './graphModel';
import type { ViewControls } from './visibleGraph';

export class GraphControls {
  private constructor(
    readonly collapsed: Set<number>,
    private expandedChains: Set<number>,
    private bundleLeaves: boolean,
    private readonly openBundles: Set<number>,
    private pinnedGroups: number[],
    private pinnedValues: number[],
    private extraBudget: number,
  ) {}

  /** A graph as it first opens: `collapsed` groups, every long chain a Σ, leaves bundled. */
  static fresh(collapsed: Set<number>, extraBudget = 0): GraphControls {
    return new GraphControls(collapsed, new Set(), true, new Set(), [], [], extraBudget);
  }

  static restored(s: GraphUiState): GraphControls {
    return new GraphControls(
      new Set(s.collapsed),
      new Set(s.expandedChains),
      s.bundleLeaves,
      new Set(s.openBundles),
      s.pinnedGroups,
      [],
      s.extraBudget,
    );
  }

  saved(key: string): GraphUiState {
    return {
      key,
      collapsed: [...this.collapsed],
      pinnedGroups: this.pinnedGroups,
      extraBudget: this.extraBudget,
      expandedChains: [...this.expandedChains],
      bundleLeaves: this.bundleLeaves,
      openBundles: [...this.openBundles],
    };
  }

  forView(cap: number): ViewControls {
    return {
      collapsed: this.collapsed,
      expandedChains: this.expandedChains,
      bundleLeaves: this.bundleLeaves,
      openBundles: this.openBundles,
      pinnedGroups: this.pinnedGroups,
      pinnedValues: this.pinnedValues,
      budget: cap + this.extraBudget,
    };
  }

  get expandedChainIds(): number[] {
    return [...this.expandedChains];
  }

  /** Opens whatever hides a Value (its groups, its Σ) and keeps it drawn. */
  reveal(model: GraphModel, index: number): void {
    const g = groupOfValue(model, index);
    if (g) for (const gid of model.groups.get(g)!.chain) this.collapsed.delete(gid);
    const c = model.chainOf[index];
    if (c >= 0) this.expandedChains.add(model.chains[c].id);
    this.pinnedValues = [model.values[index].id];
  }

  expandGroup(group: number): void {
    this.collapsed.delete(group);
    this.pinnedGroups = [group, ...this.pinnedGroups.filter((g) => g !== group)];
  }

  /** Folds `group` and everything inside it. */
  collapseGroup(model: GraphModel, group: number): void {
    for (const info of model.groupList)
      if (info.chain.includes(group)) this.collapsed.add(info.group.id);
    this.pinnedGroups = this.pinnedGroups.filter(
      (g) => !model.groups.get(g)!.chain.includes(group),
    );
  }

  expandChain(chainId: number): void {
    this.expandedChains.add(chainId);
  }

  collapseChain(chainId: number): void {
    this.expandedChains.delete(chainId);
  }

  openBundle(firstValueId: number): void {
    this.openBundles.add(firstValueId);
  }

  /** Every group, chain and bundle open (the node cap still trims). */
  expandAll(model: GraphModel): void {
    this.collapsed.clear();
    this.expandedChains = new Set(model.chains.map((c) => c.id));
    this.bundleLeaves = false;
  }

  /** Everything folded again; the extra room asked for stays. */
  static collapsedAll(model: GraphModel, previous: GraphControls): GraphControls {
    return GraphControls.fresh(
      new Set(model.groupList.map((g) => g.group.id)),
      previous.extraBudget,
    );
  }

  showMore(cap: number): void {
    this.extraBudget += cap;
  }
}
