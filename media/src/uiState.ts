// The bits of UI choice worth keeping when VS Code hides the panel and recreates the page
// (no retainContextWhenHidden): the extension re-sends the data, this keeps the user's view.

export interface GraphUiState {
  /** Which graph the choices belong to: root id and size. */
  key: string;
  collapsed: number[];
  pinnedGroups: number[];
  extraBudget: number;
  /** Σ chains (by id) drawn operation by operation. */
  expandedChains: number[];
  /** False after "Expand all": leaves are drawn one by one. */
  bundleLeaves: boolean;
  /** Bundles (by their first leaf's id) the user listed. */
  openBundles: number[];
}

export interface UiState {
  logScale: boolean;
  smooth: boolean;
  hiddenSeries: string[];
  graph: GraphUiState | null;
}

export function readUiState(raw: unknown): UiState {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof UiState, unknown>>;
  const nums = (v: unknown): number[] =>
    Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];
  let graph: GraphUiState | null = null;
  if (s.graph && typeof s.graph === 'object') {
    const g = s.graph as Partial<Record<keyof GraphUiState, unknown>>;
    if (typeof g.key === 'string') {
      graph = {
        key: g.key,
        collapsed: nums(g.collapsed),
        pinnedGroups: nums(g.pinnedGroups),
        extraBudget: typeof g.extraBudget === 'number' ? g.extraBudget : 0,
        expandedChains: nums(g.expandedChains),
        bundleLeaves: g.bundleLeaves !== false,
        openBundles: nums(g.openBundles),
      };
    }
  }
  return {
    logScale: s.logScale === true,
    smooth: s.smooth === true,
    hiddenSeries: Array.isArray(s.hiddenSeries)
      ? s.hiddenSeries.filter((x): x is string => typeof x === 'string')
      : [],
    graph,
  };
}
