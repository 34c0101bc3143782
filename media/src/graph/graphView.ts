// The Graph tab: micrograd's draw_dot picture of the last drawn Value, with grouping for big
// graphs, a legend, a details line, keyboard navigation, reveal-in-editor and exports. This
// class ties the parts together and answers the panel: what is opened (graphOpenings.ts),
// the graph shown (shownGraph.ts), its looks and positions (graphLayout.ts), putting it on
// vis's canvas (graphDrawing.ts), the page around the canvas (graphFrame.ts), the selection.
import type { GraphPayload, ValueUpdate } from '../../../src/kernel/protocol';
import type { PanelHost } from '../host';
import type { StepSurface } from '../stepper/stepSurface';
import type { Palette } from '../theme/palette';
import type { ThemeWatcher } from '../theme/themeWatcher';
import type { GraphUiState } from '../uiState';
import { WHOLE_GRAPH_TEXT_PX } from './camera';
import { GraphCamera } from './graphCamera';
import { GraphCanvas } from './graphCanvas';
import { GraphDetails } from './graphDetails';
import { GraphDrawing } from './graphDrawing';
import { exportGraph } from './graphExport';
import { GraphFrame } from './graphFrame';
import {
  inspectCanvasNodes,
  type GraphEdgeInspection,
  type GraphInspection,
  type GraphNodeInspection,
} from './graphInspection';
import { onGraphKey, type KeyTarget } from './graphKeyboard';
import { GraphLayout } from './graphLayout';
import { GraphLegend } from './graphLegend';
import { buildGraphModel, type GraphModel } from './graphModel';
import { GraphOpenings, type Reshow } from './graphOpenings';
import { fontKey } from './graphViewParts';
import { tooltipOf } from './nodePresentation';
import { ShownGraph } from './shownGraph';
import { TextMeasure } from './textMeasure';
import { computeVisibleGraph, type VisibleNode } from './visibleGraph';

export class GraphView {
  readonly element: HTMLElement;
  readonly stepperSlot: HTMLElement;
  readonly stepperTools: HTMLElement;
  /** Told after every render (a new graph, a group opened): the stepper follows. */
  onRendered: (() => void) | null = null;
  private readonly frame: GraphFrame;
  private readonly legend = new GraphLegend();
  private readonly details: GraphDetails;
  private readonly canvas: GraphCanvas;
  private readonly camera: GraphCamera;
  private readonly drawing: GraphDrawing;
  private readonly measure = new TextMeasure(document);
  private readonly layout: GraphLayout;
  private readonly openings = new GraphOpenings();
  private shown: ShownGraph | null = null;
  private selected: string | null = null;
  private fontKey = '';

  constructor(
    private readonly host: PanelHost,
    private readonly theme: ThemeWatcher,
    private readonly persist: (state: GraphUiState | null) => void,
    /**
     * Text size (CSS px) down to which the first view and Fit show the whole graph. A notebook
     * output, a picture among text that nobody can drag wider, asks for less than the panel.
     */
    wholeGraphTextPx = WHOLE_GRAPH_TEXT_PX,
  ) {
    this.layout = new GraphLayout(() => theme.palette, this.measure);
    const act = (action: (shown: ShownGraph) => Reshow | null): void => {
      if (this.shown) this.reshow(action(this.shown));
    };
    this.details = new GraphDetails({
      reveal: (i) => this.reveal(i),
      expand: (g) => act((s) => this.openings.expand(s.model, g)),
      collapse: (g) => act((s) => this.openings.collapse(s.model, g)),
      expandChain: (c) => act((s) => this.openings.expandChain(s.model, c)),
      collapseChain: (c) => act((s) => this.openings.collapseChain(s.model, c)),
      openBundle: (id) => act((s) => this.openings.openBundle(s, id)),
      showMore: () => act(() => this.openings.showMore()),
    });
    this.frame = new GraphFrame(
      {
        fit: () => this.camera.fitAll(),
        expandAll: () => act((s) => this.openings.expandAll(s.model)),
        collapseAll: () => act((s) => this.openings.collapseAll(s.model)),
        exportSvg: () => this.exportSvg(),
        exportPng: () => this.exportPng(),
      },
      (id) => {
        const n = this.shown?.node(id);
        return n && this.shown ? tooltipOf(this.shown.model, n) : null;
      },
      [this.legend.element, this.details.element],
    );
    this.element = this.frame.element;
    this.stepperSlot = this.frame.stepperSlot;
    this.stepperTools = this.frame.stepperTools;
    const tip = this.frame.tip;
    this.canvas = new GraphCanvas(this.frame.canvasHost, theme.palette, {
      click: (id) => this.onClick(id),
      doubleClick: (id) => this.activate(id, true),
      hover: (id, at) => tip.schedule(id, at),
      blur: () => tip.hide(),
      viewMoved: () => this.camera.moved(),
    });
    this.camera = new GraphCamera(this.canvas, {
      boxes: (ids) => this.layout.boxes(ids),
      output: () => this.shown?.rootNodeId() ?? null,
      orientation: () => this.layout.orientation ?? 'LR',
      readableScale: () => this.drawing.readableScale(),
      wholeGraphScale: () => this.drawing.wholeGraphScale(),
    });
    this.drawing = new GraphDrawing({
      canvas: this.canvas,
      camera: this.camera,
      layout: this.layout,
      frame: this.frame,
      legend: this.legend,
      palette: () => theme.palette,
      shown: () => this.shown,
      selected: () => this.selected,
      unselect: () => this.setSelected(null),
      wholeGraphTextPx,
    });
    const keys: KeyTarget = {
      shown: () => this.shown,
      selected: () => this.selected,
      navGraph: (shown) => this.layout.navGraph(shown),
      setSelected: (id) => this.setSelected(id),
      inView: (id) => this.canvas.inView(id),
      focus: (id) => this.camera.focus(id),
      activate: (n) => this.activate(n.id, false),
      fold: (n) => act((s) => this.openings.foldAround(s.model, n)),
      fit: () => this.camera.fitAll(),
    };
    this.frame.canvasHost.addEventListener('keydown', (e) => onGraphKey(e, keys));
    // Created before vis's own observer, so this one runs first on a resize.
    new ResizeObserver(() => this.drawing.onResize()).observe(this.frame.canvasHost);
    this.fontKey = fontKey(theme.palette);
    theme.onChange((p) => this.onTheme(p));
    this.showEmpty(true);
  }

  // ----- messages -------------------------------------------------------------------------

  setGraph(payload: GraphPayload | null, restored: GraphUiState | null = null): void {
    const t0 = performance.now();
    this.selected = null;
    this.drawing.anchor = null;
    if (!payload || payload.values.length === 0) {
      this.shown = null;
      if (this.canvas.mounted) this.canvas.setData([], [], false);
      this.showEmpty(true);
      this.persist(null);
      return;
    }
    const model = buildGraphModel(payload);
    this.openings.start(model, restored);
    this.drawing.firstView = true;
    this.frame.showEmpty(false);
    this.render(model, t0);
  }

  setMaxVisibleNodes(cap: number): void {
    if (this.openings.setCap(cap) && this.shown) this.render(this.shown.model, performance.now());
  }

  get maxVisibleNodes(): number {
    return this.openings.maxVisibleNodes;
  }

  /** New data/grad for drawn Values: labels, colours and tooltips change, positions do not. */
  updateValues(updates: readonly ValueUpdate[]): void {
    const shown = this.shown;
    if (!shown) return;
    const model = shown.model;
    const changed = new Set<number>();
    for (const u of updates) {
      const i = model.indexOf.get(u.id);
      if (i === undefined) continue;
      const v = model.values[i];
      if (v.data === u.data && v.grad === u.grad) continue;
      v.data = u.data;
      v.grad = u.grad;
      changed.add(i);
    }
    // Not laid out yet (the Graph tab is hidden): the looks are made from these values later.
    if (changed.size === 0 || this.layout.orientation === null) return;
    this.canvas.updateNodes(this.layout.relook(shown, changed));
    this.frame.tip.refresh();
    this.legend.update(this.theme.palette, this.layout.gradMax);
    if (this.selected) this.details.show(shown.selectionOf(this.selected), model);
  }

  /** Selects and centres a Value, expanding the groups and chains that hide it. */
  select(valueId: number | null): void {
    const shown = this.shown;
    if (valueId === null || !shown) {
      this.setSelected(null);
      return;
    }
    const i = shown.model.indexOf.get(valueId);
    if (i === undefined) return;
    const id = `v${valueId}`;
    if (!shown.has(id)) {
      this.openings.reveal(shown.model, i);
      this.drawing.anchor = id;
      this.render(shown.model, performance.now());
    }
    this.setSelected(id);
    this.camera.focus(id);
  }

  /** The tab became visible: vis needs a sized container to draw and fit. */
  onShown(): void {
    this.drawing.onShown();
  }

  /** The empty view says why the graph drawn before is gone (until a graph is drawn). */
  showGone(reason: string): void {
    this.frame.showGone(reason);
  }

  /** What the stepper marks and follows: the graph as drawn now, or null without one. */
  stepSurface(): StepSurface | null {
    if (!this.shown) return null;
    const { model, visible } = this.shown;
    return { model, visible, canvas: this.canvas, stage: this.frame.canvasHost };
  }

  // ----- rendering ------------------------------------------------------------------------

  /** Draws the graph again from what is opened; `focus` picks nodes to bring into view. */
  private render(model: GraphModel, t0: number, focus?: (n: VisibleNode) => boolean): void {
    const visible = computeVisibleGraph(model, this.openings.forView());
    const shown = new ShownGraph(model, visible);
    this.shown = shown;
    const selectMs = performance.now() - t0;
    this.frame.showNote(this.openings.note(model, visible));
    this.frame.showSummary(model.values.length, visible.nodes.length);
    this.persist(this.openings.saved(model));
    this.drawing.rendered(shown, t0, selectMs, focus);
    this.onRendered?.();
  }

  /** Draws again after an opening or a fold (graphOpenings.ts says how). */
  private reshow(reshow: Reshow | null): void {
    const shown = this.shown;
    if (!reshow || !shown) return;
    switch (reshow.kind) {
      case 'open': {
        this.render(shown.model, performance.now(), reshow.shown);
        const first = this.shown?.visible.nodes.find(reshow.shown);
        if (first) this.setSelected(first.id);
        break;
      }
      case 'fold':
        this.drawing.anchor = reshow.id;
        this.render(shown.model, performance.now());
        this.setSelected(reshow.id);
        break;
      case 'keepSelection':
        this.drawing.anchor = this.selected;
        this.render(shown.model, performance.now());
        break;
    }
  }

  private onTheme(p: Palette): void {
    const key = fontKey(p);
    const shown = this.shown;
    if (key !== this.fontKey) {
      this.fontKey = key;
      this.measure.reset();
      if (shown) {
        this.drawing.anchor = this.selected;
        this.render(shown.model, performance.now());
      }
    } else if (shown && this.layout.orientation) {
      this.canvas.setLooks(this.layout.relookAll(shown, this.layout.orientation));
    }
    this.canvas.setPalette(p);
    this.legend.update(p, this.layout.gradMax);
  }

  private showEmpty(empty: boolean): void {
    this.frame.showEmpty(empty);
    if (empty) this.details.show(null, null);
  }

  // ----- interaction ----------------------------------------------------------------------

  private setSelected(id: string | null): void {
    const shown = this.shown;
    this.selected = id && shown?.has(id) ? id : null;
    this.canvas.select(this.selected);
    this.details.show(
      this.selected && shown ? shown.selectionOf(this.selected) : null,
      shown?.model ?? null,
    );
  }

  private onClick(id: string | null): void {
    this.frame.tip.hide();
    this.frame.canvasHost.focus({ preventScroll: true });
    this.setSelected(id);
    const n = id ? this.shown?.node(id) : undefined;
    if (n && (n.kind === 'value' || n.kind === 'op')) this.reveal(n.value);
  }

  /** Enter or double-click: a group, Σ or bundle opens, a stub shows more. */
  private activate(id: string, fromPointer: boolean): void {
    const shown = this.shown;
    const n = shown?.node(id);
    if (!shown || !n) return;
    if (n.kind === 'value' || n.kind === 'op') {
      // A double-click on a value already revealed it (each click does).
      if (!fromPointer) this.reveal(n.value);
    } else this.reshow(this.openings.open(shown, n));
  }

  private reveal(index: number): void {
    const v = this.shown?.model.values[index];
    if (!v || v.line <= 0) return;
    this.host.post({ type: 'reveal', valueId: v.id, line: v.line, col: v.col });
  }

  // ----- export ---------------------------------------------------------------------------

  exportSvg(): void {
    this.export('svg');
  }

  exportPng(): void {
    this.export('png');
  }

  private export(format: 'svg' | 'png'): void {
    const shown = this.shown;
    if (!shown) return;
    this.drawing.ensureLaidOut(shown);
    const file = exportGraph(
      format,
      shown.model,
      shown.visible,
      this.layout.looks,
      this.layout.positions,
      this.theme.palette,
      (e) => this.layout.curveOf(e),
    );
    this.host.post({ type: 'export', format, ...file });
  }

  // ----- inspection -----------------------------------------------------------------------

  /** Every drawn node as vis-network holds it, with where it is on the page. */
  inspectNodes(): GraphNodeInspection[] {
    return inspectCanvasNodes(this.canvas, this.layout.looks);
  }

  /** The drawn edges, by node id. */
  inspectEdges(): GraphEdgeInspection[] {
    const edges = this.shown?.visible.edges ?? [];
    return edges.map(({ from, to }) => ({
      from,
      to,
      curve: this.layout.curveOf({ from, to }) ?? null,
    }));
  }

  inspect(): GraphInspection | null {
    const shown = this.shown;
    if (!shown) return null;
    const p = this.theme.palette;
    const scale = this.canvas.currentScale;
    return {
      rootId: shown.model.payload.rootId,
      nodeCount: shown.visible.nodes.length,
      edges: shown.visible.edges.length,
      note: this.frame.noteText,
      collapsed: this.openings.collapsed,
      expandedChains: this.openings.expandedChainIds,
      selected: this.selected,
      timings: this.drawing.timings,
      renders: this.drawing.renders,
      scale,
      textPx: Math.min(p.monoSize, p.fontSize) * scale,
      readableScale: this.drawing.readableScale(),
      orientation: this.layout.orientation,
      viewMode: this.camera.mode,
      lastDrawMs: this.canvas.lastDrawMs,
      maxDrawMs: this.canvas.maxDrawMs,
      draws: this.canvas.draws,
      gradMax: this.layout.gradMax,
      extents: this.layout.knownExtents(shown.visible),
    };
  }
}
