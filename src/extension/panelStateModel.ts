// The panel's state as the extension keeps it: the webview is recreated whenever it is
// hidden (no retainContextWhenHidden) or the window reloads, and gets this whole state back.

import type {
  BoundaryPayload,
  GraphPayload,
  LossBatch,
  PanelState,
  PanelView,
  PlotPayload,
} from '../kernel/protocol';
import { mergeBatches } from './lossCoalescer';

export function emptyPanelState(maxVisibleNodes: number): PanelState {
  return { graph: null, curves: [], plots: [], boundary: null, view: 'graph', maxVisibleNodes };
}

export function addLoss(state: PanelState, batches: readonly LossBatch[]): void {
  mergeBatches(state.curves, batches);
}

/** A plot replaces the plot of the same name, so re-running a cell does not pile them up. */
export function addPlot(state: PanelState, plot: PlotPayload): void {
  const i = state.plots.findIndex((p) => p.name === plot.name);
  if (i >= 0) state.plots[i] = plot;
  else state.plots.push(plot);
}

export function setBoundary(state: PanelState, boundary: BoundaryPayload): void {
  state.boundary = boundary;
}

export function setGraph(state: PanelState, graph: GraphPayload): void {
  state.graph = graph;
  delete state.graphGone;
}

/** The drawn graph's Values no longer exist (a restart): none is shown, and why. */
export function clearGraph(state: PanelState, reason: string): void {
  state.graph = null;
  state.graphGone = reason;
}

export function setView(state: PanelState, view: PanelView): void {
  state.view = view;
}

/** True when the drawn graph holds a Value with this id. */
export function graphHasValue(state: PanelState, valueId: number): boolean {
  return state.graph !== null && state.graph.values.some((v) => v.id === valueId);
}

/**
 * What is worth saving across a window reload: everything but a graph too big to store
 * cheaply (it can be drawn again from the cell once the session has run it).
 */
export function persistableState(state: PanelState, maxStoredValues: number): PanelState {
  const graph =
    state.graph !== null && state.graph.values.length <= maxStoredValues ? state.graph : null;
  return { ...state, graph };
}

/** Reads back a saved state, accepting only what has the expected shape. */
export function restoreState(raw: unknown, maxVisibleNodes: number): PanelState {
  const state = emptyPanelState(maxVisibleNodes);
  if (raw === null || typeof raw !== 'object') return state;
  const s = raw as Partial<Record<keyof PanelState, unknown>>;
  if (
    s.graph !== null &&
    typeof s.graph === 'object' &&
    Array.isArray((s.graph as GraphPayload).values)
  ) {
    state.graph = s.graph as GraphPayload;
  }
  if (Array.isArray(s.curves)) state.curves = s.curves as LossBatch[];
  if (Array.isArray(s.plots)) state.plots = s.plots as PlotPayload[];
  if (s.boundary !== null && typeof s.boundary === 'object')
    state.boundary = s.boundary as BoundaryPayload;
  if (s.view === 'graph' || s.view === 'curves' || s.view === 'plots') state.view = s.view;
  if (state.graph === null && typeof s.graphGone === 'string') state.graphGone = s.graphGone;
  return state;
}
