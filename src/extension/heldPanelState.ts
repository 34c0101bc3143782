// What a notebook's side panel would show while it is not open. A notebook draws, plots and
// charts into its cells' outputs, so the panel does not pop up beside it; but a person who
// opens it (Show Panel) expects the notebook's latest graph and curves there, not a blank
// page. This keeps them, fed by the same session events as an open panel.
import type {
  BoundaryPayload,
  GraphPayload,
  GraphRequest,
  LossBatch,
  PanelState,
  PanelView,
  PlotPayload,
} from '../kernel/protocol';
import { CurveRuns } from './curveRuns';
import type { RunInfo } from './documentSession';
import { addLoss, addPlot, clearGraph, setBoundary, setGraph, setView } from './panelStateModel';

/** What the session's events do to a panel, open or held. */
export interface PanelSink {
  showGraph(graph: GraphPayload, target: GraphRequest['target']): void;
  graphGone(reason: string): void;
  addLoss(batches: LossBatch[], run: RunInfo): void;
  addPlot(plot: PlotPayload): void;
  setBoundary(boundary: BoundaryPayload): void;
  show(view: PanelView): void;
}

export class HeldPanelState implements PanelSink {
  readonly curveRuns: CurveRuns<RunInfo>;

  constructor(
    readonly state: PanelState,
    public drawnTarget: GraphRequest['target'] | null = null,
  ) {
    this.curveRuns = new CurveRuns(state.curves);
  }

  showGraph(graph: GraphPayload, target: GraphRequest['target']): void {
    setGraph(this.state, graph);
    this.drawnTarget = target;
    setView(this.state, 'graph');
  }

  graphGone(reason: string): void {
    if (this.state.graph !== null) clearGraph(this.state, reason);
  }

  addLoss(batches: LossBatch[], run: RunInfo): void {
    addLoss(this.state, this.curveRuns.assign(run, run.label, batches));
  }

  addPlot(plot: PlotPayload): void {
    addPlot(this.state, plot);
    setView(this.state, 'plots');
  }

  setBoundary(boundary: BoundaryPayload): void {
    setBoundary(this.state, boundary);
    setView(this.state, 'plots');
  }

  show(view: PanelView): void {
    setView(this.state, view);
  }
}
