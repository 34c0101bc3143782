// The panel: three views behind tabs, fed by ToPanel messages. A `state` message rebuilds
// everything, because VS Code recreates this page whenever the panel is shown again.
import type { PanelView, ToPanel } from '../../src/kernel/protocol';
import { LossView, type LossInspection } from './charts/lossView';
import { PlotsView, type PlotsInspection } from './charts/plotsView';
import { el } from './element';
import type { GraphInspection, GraphNodeInspection } from './graph/graphInspection';
import { GraphView } from './graph/graphView';
import type { PanelHost } from './host';
import { asToPanel } from './messages';
import { Tabs } from './tabs';
import { ThemeWatcher } from './theme/themeWatcher';
import { RunBar } from './runBar';
import { Stepper, type StepperInspection } from './stepper/stepper';
import { readUiState, type UiState } from './uiState';

export interface PanelInspection {
  /** null until the extension's first `state` (or `show`) names a view. */
  view: PanelView | null;
  graph: GraphInspection | null;
  stepper: StepperInspection;
  curves: LossInspection;
  plots: PlotsInspection;
  /** The run bar's text while a cell runs, else null. */
  running: string | null;
  messages: number;
  errors: string[];
}

export class PanelApp {
  private readonly theme: ThemeWatcher;
  private readonly graph: GraphView;
  private readonly stepper: Stepper;
  private readonly loss: LossView;
  private readonly plots: PlotsView;
  private readonly tabs: Tabs;
  private readonly banner: HTMLElement;
  private readonly runBar: RunBar;
  private readonly waiting: HTMLElement;
  private ui: UiState;
  private messages = 0;
  private readonly errors: string[] = [];

  constructor(
    root: HTMLElement,
    private readonly host: PanelHost,
  ) {
    this.ui = readUiState(host.getState());
    this.theme = new ThemeWatcher(document);
    this.graph = new GraphView(host, this.theme, (g) => this.save({ graph: g }));
    this.stepper = new Stepper(host, () => this.graph.stepSurface());
    this.graph.stepperSlot.appendChild(this.stepper.bar.element);
    this.graph.stepperTools.appendChild(this.stepper.bar.starts);
    this.graph.onRendered = () => this.stepper.onRendered();
    this.loss = new LossView(host, this.theme, this.ui, (l) => this.save(l));
    this.plots = new PlotsView(host, this.theme);
    this.tabs = new Tabs(
      [
        { view: 'graph', label: 'Graph', panel: this.graph.element },
        { view: 'curves', label: 'Loss curves', panel: this.loss.element },
        { view: 'plots', label: 'Plots', panel: this.plots.element },
      ],
      (view, fromUser) => this.onView(view, fromUser),
    );
    this.banner = el('div', { className: 'error-banner', attrs: { role: 'alert' } });
    this.banner.hidden = true;
    this.waiting = el('p', { className: 'boot', text: 'Loading the ToyGrad panel…' });
    this.runBar = new RunBar(host);
    this.tabs.list.appendChild(this.runBar.element);
    root.replaceChildren(this.tabs.list, this.banner, this.waiting, this.tabs.panels);
    root.removeAttribute('aria-busy');
    // Zooming changes devicePixelRatio and maybe font metrics: re-read the theme and redraw.
    window.addEventListener('resize', () => this.theme.refresh());
  }

  handle(data: unknown): void {
    const msg = asToPanel(data);
    if (!msg) return;
    this.messages++;
    try {
      this.dispatch(msg);
    } catch (err) {
      this.fail(err);
    }
  }

  fail(err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    this.errors.push(message);
    this.banner.textContent = `The panel hit a problem: ${message}`;
    this.banner.hidden = false;
    this.host.post({ type: 'error', message });
  }

  private dispatch(msg: ToPanel): void {
    switch (msg.type) {
      case 'state': {
        const s = msg.state;
        this.graph.setMaxVisibleNodes(s.maxVisibleNodes);
        this.tabs.select(s.view, false);
        this.graph.setGraph(s.graph, this.ui.graph);
        if (s.graph === null && typeof s.graphGone === 'string') this.graph.showGone(s.graphGone);
        this.loss.setAll(s.curves);
        this.plots.setAll(s.plots, s.boundary);
        break;
      }
      case 'graph':
        this.graph.setGraph(msg.graph);
        this.arrived('graph');
        break;
      case 'values':
        this.graph.updateValues(msg.updates);
        break;
      case 'select':
        this.graph.select(msg.valueId);
        break;
      case 'loss':
        this.loss.append(msg.batches);
        this.arrived('curves');
        break;
      case 'clearLoss':
        this.loss.clear();
        break;
      case 'graphGone':
        this.graph.setGraph(null);
        this.graph.showGone(msg.reason);
        break;
      case 'plot':
        this.plots.setPlot(msg.plot);
        this.arrived('plots');
        break;
      case 'boundary':
        this.plots.setBoundary(msg.boundary);
        this.arrived('plots');
        break;
      case 'show':
        this.tabs.select(msg.view, false);
        break;
      case 'config':
        this.graph.setMaxVisibleNodes(msg.maxVisibleNodes);
        break;
      case 'running':
        this.runBar.set(msg.running);
        break;
      case 'steps':
        this.stepper.receive(msg.answer);
        break;
      default: {
        const never: never = msg;
        throw new Error(`unknown message ${JSON.stringify(never)}`);
      }
    }
  }

  /**
   * Something new for `view`: a dot on its tab, or, before the extension has named a view
   * (its `state` is still on the way), that view, since it is what the extension is showing.
   */
  private arrived(view: PanelView): void {
    if (this.tabs.view === null) this.tabs.select(view, false);
    else this.tabs.markUpdated(view);
  }

  private onView(view: PanelView, fromUser: boolean): void {
    this.waiting.hidden = true;
    if (view === 'graph') this.graph.onShown();
    else if (view === 'curves') this.loss.onShown();
    else this.plots.onShown();
    if (fromUser) this.host.post({ type: 'view', view });
  }

  private save(patch: Partial<UiState>): void {
    this.ui = { ...this.ui, ...patch };
    this.host.setState(this.ui);
  }

  inspect(): PanelInspection {
    return {
      view: this.tabs.view,
      graph: this.graph.inspect(),
      stepper: this.stepper.inspect(),
      curves: this.loss.inspect(),
      plots: this.plots.inspect(),
      running: this.runBar.running,
      messages: this.messages,
      errors: [...this.errors],
    };
  }

  inspectGraphNodes(): GraphNodeInspection[] {
    return this.graph.inspectNodes();
  }

  inspectGraphEdges(): ReturnType<GraphView['inspectEdges']> {
    return this.graph.inspectEdges();
  }

  /** Exports triggered programmatically (tests, future commands). */
  exportGraph(format: 'svg' | 'png'): void {
    if (format === 'svg') this.graph.exportSvg();
    else this.graph.exportPng();
  }
}
