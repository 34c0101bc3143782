// One webview panel ("ToyGrad: file.tgrad") and the state the extension keeps for it. The
// webview is recreated whenever it is hidden (no retainContextWhenHidden), so the extension
// is the owner of the state and sends it whole when the page is ready or shown again; while
// hidden, updates only change the state. Loss points go through a coalescer: at most 20
// messages a second, whatever the training loop does.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type {
  GraphPayload,
  GraphRequest,
  LossBatch,
  PanelState,
  PanelView,
  ToPanel,
  ValueUpdate,
  StepsAnswer,
} from '../kernel/protocol';
import { CurveRuns } from './curveRuns';
import type { RunInfo } from './documentSession';
import { applyUpdates } from './graphUpdates';
import type { PanelSink } from './heldPanelState';
import { LossCoalescer } from './lossCoalescer';
import { panelHtml } from './panelHtml';
import { addLoss, addPlot, clearGraph, setBoundary, setGraph, setView } from './panelStateModel';

export const PANEL_VIEW_TYPE = 'toygrad.panel';

export function panelTitle(uri: vscode.Uri): string {
  return `ToyGrad: ${uri.path.split('/').pop() ?? uri.toString()}`;
}

export function panelOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [
      vscode.Uri.joinPath(extensionUri, 'dist'),
      vscode.Uri.joinPath(extensionUri, 'media'),
    ],
  };
}

export class GraphPanel implements vscode.Disposable, PanelSink {
  /** What the graph view shows, so it can be asked for again after a backward. */
  drawnTarget: GraphRequest['target'] | null = null;
  /**
   * The cell whose output is drawn, as the document knows it: after a restart its run has a
   * new id, and the panel follows the cell's next run by this.
   */
  drawnCell: { title: string; hash: string } | null = null;
  private ready = false;
  private isClosed = false;
  /** Visibility last seen: view-state events also come for focus changes, which keep the page. */
  private shown: boolean;
  private selected: number | null = null;
  /** What of the document runs now, for the panel's Stop button; null when idle. */
  private running: string | null = null;
  private readonly coalescer: LossCoalescer;
  private readonly curveRuns: CurveRuns<RunInfo>;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Messages posted to the webview, newest last (for the test commands). */
  readonly posted: ToPanel['type'][] = [];
  /** The stepper's last answer (for the test commands). */
  lastSteps: StepsAnswer | null = null;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly uri: vscode.Uri,
    readonly state: PanelState,
    extensionUri: vscode.Uri,
    private readonly changed: () => void,
    /** The series numbering so far (a notebook's held curves), when not new. */
    curveRuns: CurveRuns<RunInfo> = new CurveRuns(state.curves),
  ) {
    this.shown = panel.visible;
    this.coalescer = new LossCoalescer((batches) => this.post({ type: 'loss', batches }));
    this.curveRuns = curveRuns;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icons', 'toygrad.svg');
    panel.webview.options = panelOptions(extensionUri);
    const asUri = (...path: string[]) =>
      panel.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
    panel.webview.html = panelHtml({
      scriptUri: asUri('dist', 'webview.js'),
      styleUris: [asUri('dist', 'vis-network.css'), asUri('media', 'panel.css')],
      cspSource: panel.webview.cspSource,
      nonce: randomBytes(18).toString('base64url'),
      title: panel.title,
    });
    this.subscriptions.push(
      panel.onDidDispose(() => {
        this.isClosed = true;
      }),
      panel.onDidChangeViewState(() => {
        // Only a change of visibility matters. A new panel's page says `ready` when it listens:
        // a state posted before that is flushed into the page before its script runs and lost,
        // and loss points would then reach a page that has no state yet. Re-sending the state
        // on a mere focus change would rebuild the page and lose the user's view of the graph.
        if (panel.visible === this.shown) return;
        this.shown = panel.visible;
        if (panel.visible) {
          // Usually a recreated page, which will say `ready` too; a page VS Code kept needs
          // the state now.
          this.ready = true;
          this.sendState();
        } else {
          // The page is gone; the state is re-sent when it is back.
          this.ready = false;
          this.coalescer.discard();
        }
      }),
    );
  }

  /** The user closed the panel (its tab is gone). */
  get closed(): boolean {
    return this.isClosed;
  }

  get visible(): boolean {
    return !this.isClosed && this.panel.visible;
  }

  /** The webview said `ready`: a fresh page that needs the whole state. */
  onReady(): void {
    this.ready = true;
    this.sendState();
  }

  sendState(): void {
    this.coalescer.discard();
    this.post({ type: 'state', state: this.state });
    if (this.selected !== null) this.post({ type: 'select', valueId: this.selected });
    if (this.running !== null) this.post({ type: 'running', running: this.running });
  }

  /** What runs now ("Training", "cell 3"), or null: shows or hides the panel's Stop. */
  setRunning(running: string | null): void {
    if (this.running === running) return;
    this.running = running;
    this.post({ type: 'running', running });
  }

  get runningLabel(): string | null {
    return this.running;
  }

  reveal(): void {
    if (!this.isClosed) this.panel.reveal(undefined, true);
  }

  show(view: PanelView): void {
    setView(this.state, view);
    this.post({ type: 'show', view });
    this.changed();
  }

  setView(view: PanelView): void {
    setView(this.state, view);
    this.changed();
  }

  showGraph(graph: GraphPayload, target: GraphRequest['target']): void {
    setGraph(this.state, graph);
    this.drawnTarget = target;
    this.selected = null;
    this.post({ type: 'graph', graph });
    this.show('graph');
  }

  /** After a restart: the drawn Values are gone, so is their picture; the panel says why. */
  graphGone(reason: string): void {
    if (this.state.graph === null) return;
    clearGraph(this.state, reason);
    this.selected = null;
    this.post({ type: 'graphGone', reason });
    this.changed();
  }

  updateValues(updates: ValueUpdate[]): void {
    if (this.state.graph === null || updates.length === 0) return;
    this.state.graph = applyUpdates(this.state.graph, updates);
    this.post({ type: 'values', updates });
    this.changed();
  }

  select(valueId: number | null): void {
    if (this.selected === valueId) return;
    this.selected = valueId;
    this.post({ type: 'select', valueId });
  }

  /**
   * Points of `run` (a cell's run; the session's numbering is not the panel's). Saved with
   * the rest of the state when the run ends (flushLoss), not per point.
   */
  addLoss(batches: LossBatch[], run: RunInfo): void {
    const named = this.curveRuns.assign(run, run.label, batches);
    addLoss(this.state, named);
    if (this.ready && this.visible) this.coalescer.add(named);
  }

  flushLoss(): void {
    this.coalescer.flush();
    this.changed();
  }

  clearLoss(fromPanel: boolean): void {
    this.state.curves = [];
    this.curveRuns.clear();
    this.coalescer.discard();
    if (!fromPanel) this.post({ type: 'clearLoss' });
    this.changed();
  }

  addPlot(plot: Parameters<typeof addPlot>[1]): void {
    addPlot(this.state, plot);
    this.post({ type: 'plot', plot });
    this.show('plots');
  }

  setBoundary(boundary: Parameters<typeof setBoundary>[1]): void {
    setBoundary(this.state, boundary);
    this.post({ type: 'boundary', boundary });
    this.show('plots');
  }

  configure(maxVisibleNodes: number): void {
    if (this.state.maxVisibleNodes === maxVisibleNodes) return;
    this.state.maxVisibleNodes = maxVisibleNodes;
    this.post({ type: 'config', maxVisibleNodes });
  }

  /** The stepper's answer (asked for by the panel itself). */
  sendSteps(answer: StepsAnswer): void {
    this.lastSteps = answer;
    this.post({ type: 'steps', answer });
  }

  private post(message: ToPanel): void {
    if (!this.ready || !this.visible) return;
    this.posted.push(message.type);
    if (this.posted.length > 200) this.posted.splice(0, this.posted.length - 200);
    // A panel closed a moment ago rejects; the state is re-sent if it is ever shown again.
    this.panel.webview.postMessage(message).then(undefined, () => undefined);
  }

  /** Stops feeding the webview but leaves its tab (VS Code restores it after a reload). */
  detach(): void {
    this.coalescer.dispose();
    for (const d of this.subscriptions) d.dispose();
  }

  dispose(): void {
    this.detach();
    this.panel.dispose();
  }
}
