// The Graph tab: micrograd's draw_dot picture of the last drawn Value, with grouping for big
// graphs, a legend, a details line, keyboard navigation, reveal-in-editor and exports.
import type { GraphPayload, ValueUpdate } from '../../../src/kernel/protocol';
import { button, el } from '../element';
import { count } from '../format/number';
import type { PanelHost } from '../host';
import type { ThemeWatcher } from '../theme/themeWatcher';
import type { Palette } from '../theme/palette';
import type { GraphUiState } from '../uiState';
import {
  chooseOrientation,
  readableScale,
  WHOLE_GRAPH_TEXT_PX,
  type Extent,
  type NodeBox,
} from './camera';
import { GraphCamera, type ViewMode } from './graphCamera';
import type { CanvasEdge, CanvasNode, VisNode } from './canvasItems';
import { GraphCanvas } from './graphCanvas';
import { GraphControls } from './graphControls';
import { GraphDetails, type GraphSelection } from './graphDetails';
import { GraphLegend } from './graphLegend';
import { buildGraphModel, groupOfValue, type GraphModel } from './graphModel';
import { clearCurve, CURVE_ROUNDNESS, type Bend, type Box, type EdgeCurve } from './edgeGeometry';
import { exportGraph } from './graphExport';
import { graphNote } from './graphNote';
import { placeGraph } from './graphPlacement';
import { graphKeyCommand, graphKeysHelp } from './graphKeys';
import { moveFor, neighbour, type NavGraph } from './graphNavigation';
import { GraphTooltip } from './graphTooltip';
import { initialCollapse } from './initialCollapse';
import type { LookContext, NodeLook, NodeShape } from './nodeLook';
import { labelOf, lookOf, tooltipOf } from './nodePresentation';
import type { Orientation } from './orientation';
import { TextMeasure } from './textMeasure';
import { fontKey, graphKey, push } from './graphViewParts';
import type { StepSurface } from '../stepper/stepSurface';
import {
  computeVisibleGraph,
  type VisibleEdge,
  type VisibleGraph,
  type VisibleNode,
} from './visibleGraph';

export interface GraphTimings {
  values: number;
  nodes: number;
  edges: number;
  /** Indexing, collapsing and trimming. */
  selectMs: number;
  /** Node looks and tooltips. */
  looksMs: number;
  layoutMs: number;
  /** Handing the nodes to vis-network. */
  networkMs: number;
  /** From the message to the end of the first complete draw. */
  firstDrawMs: number;
  /** performance.now() at the end of that draw (0 until then). */
  firstDrawAt: number;
}

export interface GraphNodeInspection {
  id: string;
  /** The node's text as vis-network holds it (draw_dot's record text for a Value). */
  label: string;
  /** Graph coordinates, from vis-network. */
  x: number;
  y: number;
  /** Size in graph units (the drawn look). */
  width: number;
  height: number;
  shape: NodeShape;
  /** Where the node is on the page; null before vis has drawn. */
  clientX: number | null;
  clientY: number | null;
}

export interface GraphInspection {
  rootId: number;
  nodeCount: number;
  edges: number;
  note: string;
  collapsed: number[];
  expandedChains: number[];
  selected: string | null;
  timings: GraphTimings | null;
  renders: number;
  scale: number;
  /** Height of the smallest node text on screen, CSS px (font size × zoom). */
  textPx: number;
  /** The zoom under which node text gets smaller than READABLE_TEXT_PX. */
  readableScale: number;
  orientation: Orientation | null;
  /** How the view was last placed: by the panel (first view, Fit) or by the user. */
  viewMode: ViewMode;
  lastDrawMs: number;
  maxDrawMs: number;
  /** Times vis drew the whole picture. */
  draws: number;
  gradMax: number;
  /**
   * The graph's size laid out each way, as told to the choice of orientation (only the ways
   * that choice asked about).
   */
  extents: Partial<Record<Orientation, Extent>>;
}

const DEFAULT_CAP = 2000;
/** Above this many nodes, edges are hidden while dragging or zooming. */
const BIG = 800;
/** What the graph view says before anything was drawn. */
const NO_GRAPH_YET = 'No graph yet.';

export class GraphView {
  readonly element: HTMLElement;
  private readonly canvasHost: HTMLElement;
  private readonly tip: GraphTooltip;
  private readonly empty: HTMLElement;
  /** "No graph yet.", or why the graph drawn before is gone. */
  private readonly emptyTitle: HTMLElement;
  private readonly note: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly legend = new GraphLegend();
  private readonly details: GraphDetails;
  private readonly canvas: GraphCanvas;
  private readonly measure: TextMeasure;
  private readonly toolbarButtons: HTMLButtonElement[] = [];
  /** The stepper's bar goes between the toolbar and the picture, its start buttons in the toolbar. */
  readonly stepperSlot: HTMLElement;
  readonly stepperTools: HTMLElement;

  private model: GraphModel | null = null;
  private cap = DEFAULT_CAP;
  private controls = GraphControls.fresh(new Set());
  private autoCollapsed = false;
  private visible: VisibleGraph | null = null;
  private byId = new Map<string, VisibleNode>();
  /** Orientation the looks and positions were made for; null when they are out of date. */
  private orientation: Orientation | null = null;
  private extents: { of: VisibleGraph; size: Partial<Record<Orientation, Extent>> } | null = null;
  private positions = new Map<string, { x: number; y: number }>();
  private rankOf = new Map<string, number>();
  private ranks: string[][] = [];
  /** Each skipping edge's curve for the current positions (canvas and exports agree). */
  private readonly curves = new Map<string, EdgeCurve | undefined>();
  private inputs = new Map<string, string[]>();
  private consumers = new Map<string, string[]>();
  private looks = new Map<string, NodeLook>();
  private gradMax = 1;
  private selected: string | null = null;
  private pendingMount = false;
  private firstViewOnMount = true;
  private readonly camera: GraphCamera;
  private anchor: string | null = null;
  private timings: GraphTimings | null = null;
  private renders = 0;
  private fontKey = '';
  private renderStart = 0;
  /** Nodes to bring into view after the next render (an expanded group's contents). */
  private focusIds: string[] = [];
  private pendingFocus: ((n: VisibleNode) => boolean) | null = null;
  /** Told after every render (a new graph, a group opened): the stepper follows. */
  onRendered: (() => void) | null = null;

  constructor(
    private readonly host: PanelHost,
    private readonly theme: ThemeWatcher,
    private readonly persist: (state: GraphUiState | null) => void,
    /**
     * Text size (CSS px) down to which the first view and Fit show the whole graph. A notebook
     * output, a picture among text that nobody can drag wider, asks for less than the panel.
     */
    private readonly wholeGraphTextPx = WHOLE_GRAPH_TEXT_PX,
  ) {
    this.measure = new TextMeasure(document);
    this.details = new GraphDetails({
      reveal: (i) => this.reveal(i),
      expand: (g) => this.expand(g),
      collapse: (g) => this.collapse(g),
      expandChain: (c) => this.expandChain(c),
      collapseChain: (c) => this.collapseChain(c),
      openBundle: (id) => this.openBundle(id),
      showMore: () => this.showMore(),
    });
    this.summary = el('span', { className: 'summary', attrs: { 'aria-live': 'polite' } });
    this.stepperTools = el('span', { className: 'stepper-tools' });
    const tool = (label: string, title: string, fn: () => void): HTMLButtonElement => {
      const b = button(label, fn, { attrs: { title } });
      this.toolbarButtons.push(b);
      return b;
    };
    const toolbar = el(
      'div',
      { className: 'toolbar', attrs: { role: 'toolbar', 'aria-label': 'Graph tools' } },
      [
        tool('Fit', 'Fit the whole graph in view (F)', () => this.camera.fitAll()),
        tool('Expand all', 'Expand every group (big graphs stay trimmed to the node limit)', () =>
          this.expandAll(),
        ),
        tool('Collapse all', 'Collapse every group', () => this.collapseAll()),
        tool('Export SVG', 'Save the graph as an SVG file', () => this.exportSvg()),
        tool('Export PNG', 'Save the graph as a PNG image', () => this.exportPng()),
        this.stepperTools,
        this.summary,
      ],
    );
    this.note = el('p', { className: 'note', attrs: { role: 'status' } });
    const stepperSlot = el('div', { className: 'stepper-slot' });
    this.stepperSlot = stepperSlot;
    this.note.hidden = true;
    this.canvasHost = el('div', {
      className: 'graph-canvas',
      attrs: {
        tabindex: '0',
        role: 'application',
        'aria-roledescription': 'compute graph',
        'aria-label': graphKeysHelp('LR'),
      },
    });
    this.emptyTitle = el('p', { text: NO_GRAPH_YET });
    this.empty = el('div', { className: 'empty' }, [
      this.emptyTitle,
      el('p', {
        className: 'details-muted',
        text: 'Call draw(v) in a cell, or use “Show graph” above a cell, to see how v was computed and its gradients.',
      }),
    ]);
    this.tip = new GraphTooltip(this.canvasHost, (id) => {
      const n = this.byId.get(id);
      return n && this.model ? tooltipOf(this.model, n) : null;
    });
    const stage = el('div', { className: 'graph-stage' }, [
      this.canvasHost,
      this.empty,
      this.tip.element,
    ]);
    this.element = el('div', { className: 'graph-view' }, [
      toolbar,
      stepperSlot,
      this.note,
      stage,
      el('div', { className: 'graph-footer' }, [this.legend.element, this.details.element]),
    ]);
    this.canvas = new GraphCanvas(this.canvasHost, theme.palette, {
      click: (id) => this.onClick(id),
      doubleClick: (id) => this.onDoubleClick(id),
      hover: (id, at) => this.tip.schedule(id, at),
      blur: () => this.tip.hide(),
      viewMoved: () => this.camera.moved(),
    });
    this.camera = new GraphCamera(this.canvas, {
      boxes: (ids) => this.boxes(ids),
      output: () => this.rootNodeId(),
      orientation: () => this.orientation ?? 'LR',
      readableScale: () => this.readable(),
      wholeGraphScale: () => this.wholeGraphScale(),
    });
    this.canvasHost.addEventListener('keydown', (e) => this.onKey(e));
    // Created before vis's own observer, so this one runs first on a resize.
    new ResizeObserver(() => this.onResize()).observe(this.canvasHost);
    this.fontKey = fontKey(theme.palette);
    theme.onChange((p) => this.onTheme(p));
    this.showEmpty(true);
  }

  // ----- messages -------------------------------------------------------------------------

  setGraph(payload: GraphPayload | null, restored: GraphUiState | null = null): void {
    const t0 = performance.now();
    this.selected = null;
    this.anchor = null;
    if (!payload || payload.values.length === 0) {
      this.model = null;
      this.visible = null;
      if (this.canvas.mounted) this.canvas.setData([], [], false);
      this.showEmpty(true);
      this.persist(null);
      return;
    }
    this.model = buildGraphModel(payload);
    if (restored && restored.key === graphKey(payload)) {
      this.controls = GraphControls.restored(restored);
      this.autoCollapsed = this.model.fullNodeCount > this.cap && restored.collapsed.length > 0;
    } else {
      const collapsed = initialCollapse(this.model, this.cap);
      this.controls = GraphControls.fresh(collapsed);
      this.autoCollapsed = collapsed.size > 0;
    }
    this.firstViewOnMount = true;
    this.showEmpty(false);
    this.render(t0);
  }

  setMaxVisibleNodes(cap: number): void {
    const next = Number.isFinite(cap) && cap >= 1 ? Math.floor(cap) : DEFAULT_CAP;
    if (next === this.cap) return;
    this.cap = next;
    if (this.model) this.render(performance.now());
  }

  get maxVisibleNodes(): number {
    return this.cap;
  }

  /** New data/grad for drawn Values: labels, colours and tooltips change, positions do not. */
  updateValues(updates: readonly ValueUpdate[]): void {
    const model = this.model;
    if (!model) return;
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
    if (changed.size === 0 || this.orientation === null) return;
    const before = this.gradMax;
    this.gradMax = this.computeGradMax();
    const ctx = this.lookContext(this.orientation);
    const all = before !== this.gradMax;
    const changes: { id: string; text: string; look: NodeLook }[] = [];
    for (const n of this.visible?.nodes ?? []) {
      const touched =
        n.kind === 'value' || n.kind === 'chain'
          ? all || changed.has(n.value)
          : n.kind === 'bundle' && n.members.some((i) => changed.has(i));
      if (!touched) continue;
      const look = lookOf(model, n, ctx);
      this.looks.set(n.id, look);
      changes.push({ id: n.id, text: labelOf(model, n), look });
    }
    this.canvas.updateNodes(changes);
    this.tip.refresh();
    this.legend.update(this.theme.palette, this.gradMax);
    if (this.selected) this.details.show(this.selectionOf(this.selected), model);
  }

  /** Selects and centres a Value, expanding the groups and chains that hide it. */
  select(valueId: number | null): void {
    const model = this.model;
    if (valueId === null || !model) {
      this.setSelected(null);
      return;
    }
    const i = model.indexOf.get(valueId);
    if (i === undefined) return;
    const id = `v${valueId}`;
    if (!this.byId.has(id)) {
      this.controls.reveal(model, i);
      this.anchor = id;
      this.render(performance.now());
    }
    this.setSelected(id);
    this.camera.focus(id);
  }

  /** The tab became visible: vis needs a sized container to draw and fit. */
  onShown(): void {
    if (this.pendingMount) this.mount();
    else this.canvas.redraw();
  }

  // ----- rendering ------------------------------------------------------------------------

  private render(t0: number): void {
    const model = this.model!;
    this.renders++;
    const visible = computeVisibleGraph(model, this.controls.forView(this.cap));
    this.visible = visible;
    this.byId = new Map(visible.nodes.map((n) => [n.id, n]));
    this.orientation = null;
    this.inputs = new Map();
    this.consumers = new Map();
    for (const e of visible.edges) {
      push(this.inputs, e.to, e.from);
      push(this.consumers, e.from, e.to);
    }
    this.timings = {
      values: model.values.length,
      nodes: visible.nodes.length,
      edges: visible.edges.length,
      selectMs: performance.now() - t0,
      looksMs: 0,
      layoutMs: 0,
      networkMs: 0,
      firstDrawMs: 0,
      firstDrawAt: 0,
    };
    this.updateNote();
    this.summary.textContent = `${count(model.values.length)} value${model.values.length === 1 ? '' : 's'} · ${count(visible.nodes.length)} node${visible.nodes.length === 1 ? '' : 's'} shown`;
    this.persistControls();
    if (this.pendingFocus) {
      this.focusIds = visible.nodes.filter(this.pendingFocus).map((n) => n.id);
      this.pendingFocus = null;
    }
    this.pendingMount = true;
    this.renderStart = t0;
    if (this.sized()) this.mount();
    this.onRendered?.();
  }

  /** What the stepper marks and follows: the graph as drawn now, or null without one. */
  stepSurface(): StepSurface | null {
    const { model, visible } = this;
    return model && visible
      ? { model, visible, canvas: this.canvas, stage: this.canvasHost }
      : null;
  }

  private sized(): boolean {
    return this.canvasHost.clientWidth > 0 && this.canvasHost.clientHeight > 0;
  }

  /** Looks and positions for the flow direction the canvas's shape asks for. */
  private layOut(orientation: Orientation): void {
    this.orientation = orientation;
    this.gradMax = this.computeGradMax();
    const placed = placeGraph(
      this.model!,
      this.visible!,
      orientation,
      this.lookContext(orientation),
    );
    this.looks = placed.looks;
    this.positions = placed.positions;
    this.rankOf = placed.rankOf;
    this.ranks = placed.ranks;
    this.canvasHost.setAttribute('aria-label', graphKeysHelp(orientation));
    this.legend.update(this.theme.palette, this.gradMax);
    if (this.timings) {
      this.timings.looksMs += placed.looksMs;
      this.timings.layoutMs += placed.layoutMs;
    }
  }

  private mount(): void {
    const visible = this.visible;
    const model = this.model;
    if (!visible || !model || !this.sized()) return;
    this.pendingMount = false;
    const view = this.canvas.viewport();
    const orientation = this.orientationFor(view);
    if (this.orientation !== orientation) this.layOut(orientation);
    const t0 = performance.now();
    this.tip.hide();
    this.canvas.setData(this.canvasNodes(), this.canvasEdges(), visible.nodes.length > BIG);
    if (this.firstViewOnMount) {
      this.firstViewOnMount = false;
      this.camera.first();
    } else if (this.focusIds.length > 0) {
      this.camera.show(this.focusIds);
    } else if (this.anchor && this.byId.has(this.anchor)) {
      this.camera.focus(this.anchor);
    } else {
      this.camera.refresh(false);
    }
    this.focusIds = [];
    if (this.selected && this.byId.has(this.selected)) this.canvas.select(this.selected);
    else this.setSelected(null);
    const timings = this.timings;
    const start = this.renderStart;
    if (timings) timings.networkMs = performance.now() - t0;
    this.canvas.whenDrawn(() => {
      if (timings && timings.firstDrawAt === 0) {
        timings.firstDrawAt = performance.now();
        timings.firstDrawMs = timings.firstDrawAt - start;
      }
      // vis learns each custom node's size while drawing it: draw once more so edge ends
      // meet the node outlines.
      this.canvas.redraw();
    });
  }

  private canvasNodes(): CanvasNode[] {
    const model = this.model!;
    return this.visible!.nodes.map((n) => ({
      id: n.id,
      text: labelOf(model, n),
      x: this.positions.get(n.id)!.x,
      y: this.positions.get(n.id)!.y,
      look: this.looks.get(n.id)!,
    }));
  }

  private canvasEdges(): CanvasEdge[] {
    this.curves.clear();
    return this.visible!.edges.map((e) => {
      const curve = this.curveOf(e);
      return curve ? { ...e, ...curve } : e;
    });
  }

  /**
   * An edge over more than one rank would run straight through the nodes in between: it is
   * bent, towards the side its target lies on (so it arrives from that side), and just enough
   * to go around the nodes of the ranks it skips (`r = q * q + q`: q's edge to `+` passes
   * the `q*q` node).
   */
  private curveOf(e: VisibleEdge): EdgeCurve | undefined {
    const key = `${e.from}\u0000${e.to}`;
    if (this.curves.has(key)) return this.curves.get(key);
    const r0 = this.rankOf.get(e.from) ?? 0;
    const r1 = this.rankOf.get(e.to) ?? 0;
    if (Math.abs(r1 - r0) <= 1) return;
    const a = this.positions.get(e.from);
    const b = this.positions.get(e.to);
    if (!a || !b) return;
    // Left to right, clockwise bends up; top to bottom, it bends right.
    const preferred: Bend =
      this.orientation === 'TB' ? (b.x > a.x ? 'cw' : 'ccw') : b.y > a.y ? 'ccw' : 'cw';
    const box = (id: string, p: { x: number; y: number }): Box | null => {
      const look = this.looks.get(id);
      return look
        ? { cx: p.x, cy: p.y, width: look.width, height: look.height, shape: look.shape }
        : null;
    };
    const from = box(e.from, a);
    const to = box(e.to, b);
    if (!from || !to) return { bend: preferred, roundness: CURVE_ROUNDNESS };
    const obstacles: Box[] = [];
    for (let r = Math.min(r0, r1) + 1; r < Math.max(r0, r1); r++) {
      for (const id of this.ranks[r] ?? []) {
        const p = this.positions.get(id);
        const o = p ? box(id, p) : null;
        if (o) obstacles.push(o);
      }
    }
    const curve = clearCurve(from, to, preferred, obstacles);
    this.curves.set(key, curve);
    return curve;
  }

  /**
   * The panel changed size. A flip between wide and tall lays the graph out the other way;
   * otherwise the first view is chosen again for the new size (or the fit redone), and a
   * view the user moved keeps its zoom instead of vis's rescaling by the size ratio.
   */
  private onResize(): void {
    if (!this.sized() || !this.visible) return;
    if (this.pendingMount) {
      this.mount();
      return;
    }
    if (!this.canvas.mounted) return;
    this.canvas.syncSize();
    const view = this.canvas.viewport();
    const orientation = this.orientationFor(view);
    const turned = orientation !== this.orientation;
    if (turned) {
      this.layOut(orientation);
      this.canvas.setData(this.canvasNodes(), this.canvasEdges(), this.visible.nodes.length > BIG);
    }
    this.camera.refresh(turned);
    if (this.selected && !this.canvas.inView(this.selected)) this.canvas.focus(this.selected);
  }

  private boxes(ids?: readonly string[]): NodeBox[] {
    const out: NodeBox[] = [];
    for (const id of ids ?? this.positions.keys()) {
      const p = this.positions.get(id);
      const look = this.looks.get(id);
      if (p && look) out.push({ x: p.x, y: p.y, width: look.width, height: look.height });
    }
    return out;
  }

  private readable(): number {
    const p = this.theme.palette;
    return readableScale(Math.min(p.monoSize, p.fontSize));
  }

  private wholeGraphScale(): number {
    const p = this.theme.palette;
    return readableScale(Math.min(p.monoSize, p.fontSize), this.wholeGraphTextPx);
  }

  /** The flow direction for a canvas of this size (camera.ts decides). */
  private orientationFor(view: { width: number; height: number }): Orientation {
    return chooseOrientation(view, (o) => this.extentOf(o), this.wholeGraphScale());
  }

  /** The visible graph's size laid out one way, computed once per visible graph and way. */
  private extentOf(orientation: Orientation): Extent {
    const visible = this.visible!;
    if (this.extents?.of !== visible) this.extents = { of: visible, size: {} };
    const known = this.extents.size[orientation];
    if (known) return known;
    const placed =
      orientation === this.orientation
        ? { positions: this.positions, looks: this.looks }
        : placeGraph(this.model!, visible, orientation, this.lookContext(orientation));
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const [id, p] of placed.positions) {
      const look = placed.looks.get(id)!;
      minX = Math.min(minX, p.x - look.width / 2);
      maxX = Math.max(maxX, p.x + look.width / 2);
      minY = Math.min(minY, p.y - look.height / 2);
      maxY = Math.max(maxY, p.y + look.height / 2);
    }
    const extent =
      minX <= maxX ? { width: maxX - minX, height: maxY - minY } : { width: 0, height: 0 };
    this.extents.size[orientation] = extent;
    return extent;
  }

  /**
   * How nodes look laid out `orientation`'s way. Asked for explicitly, not read from
   * `this.orientation`: the other way's extent is measured while the current looks (or none,
   * after a render) are for this way, and records change shape when the flow turns.
   */
  private lookContext(orientation: Orientation): LookContext {
    return {
      palette: this.theme.palette,
      measure: this.measure.measure,
      gradMax: this.gradMax,
      vertical: orientation === 'TB',
    };
  }

  private computeGradMax(): number {
    const model = this.model;
    let max = 0;
    if (model && this.visible) {
      for (const n of this.visible.nodes) {
        // A constant's grad (∂L/∂(1/n), say) says nothing about learning and can dwarf the rest.
        if (n.kind !== 'value' && n.kind !== 'chain') continue;
        if (model.values[n.value].role === 'const') continue;
        const g = Math.abs(model.values[n.value].grad);
        if (Number.isFinite(g) && g > max) max = g;
      }
    }
    return max > 0 ? max : 1;
  }

  private updateNote(): void {
    const text = graphNote(this.model!, this.visible!, this.cap, this.autoCollapsed);
    this.note.textContent = text;
    this.note.hidden = text === '';
  }

  /** The empty view says why the graph drawn before is gone (until a graph is drawn). */
  showGone(reason: string): void {
    this.emptyTitle.textContent = reason;
  }

  private showEmpty(empty: boolean): void {
    this.empty.hidden = !empty;
    this.emptyTitle.textContent = NO_GRAPH_YET;
    this.canvasHost.classList.toggle('is-empty', empty);
    for (const b of this.toolbarButtons) b.disabled = empty;
    if (empty) {
      this.note.hidden = true;
      this.summary.textContent = '';
      this.details.show(null, null);
    }
  }

  private onTheme(p: Palette): void {
    const key = fontKey(p);
    if (key !== this.fontKey) {
      this.fontKey = key;
      this.measure.reset();
      if (this.model) {
        this.anchor = this.selected;
        this.render(performance.now());
      }
    } else if (this.visible && this.model && this.orientation) {
      const ctx = this.lookContext(this.orientation);
      const looks = new Map<string, NodeLook>();
      for (const n of this.visible.nodes) looks.set(n.id, lookOf(this.model, n, ctx));
      this.looks = looks;
      this.canvas.setLooks(looks);
    }
    this.canvas.setPalette(p);
    this.legend.update(p, this.gradMax);
  }

  // ----- interaction ----------------------------------------------------------------------

  private selectionOf(id: string): GraphSelection | null {
    const n = this.byId.get(id);
    if (!n) return null;
    switch (n.kind) {
      case 'group':
        return { kind: 'group', group: n.group };
      case 'chain':
        return { kind: 'chain', chain: n.chain };
      case 'bundle':
        return { kind: 'bundle', members: n.members };
      case 'stub':
        return { kind: 'stub', hidden: n.hiddenInputs, missing: n.missingInputs };
      default:
        return { kind: n.kind, index: n.value };
    }
  }

  private setSelected(id: string | null): void {
    this.selected = id && this.byId.has(id) ? id : null;
    this.canvas.select(this.selected);
    this.details.show(this.selected ? this.selectionOf(this.selected) : null, this.model);
  }

  private onClick(id: string | null): void {
    this.tip.hide();
    this.canvasHost.focus({ preventScroll: true });
    this.setSelected(id);
    const n = id ? this.byId.get(id) : undefined;
    if (n && (n.kind === 'value' || n.kind === 'op')) this.reveal(n.value);
  }

  private onDoubleClick(id: string): void {
    this.activate(id, true);
  }

  /** Enter or double-click: a group, Σ or bundle opens, a stub shows more. */
  private activate(id: string, fromPointer: boolean): void {
    const n = this.byId.get(id);
    const model = this.model;
    if (!n || !model) return;
    switch (n.kind) {
      case 'group':
        this.expand(n.group);
        return;
      case 'chain':
        this.expandChain(n.chain);
        return;
      case 'bundle':
        this.openBundle(model.values[n.members[0]].id);
        return;
      case 'stub':
        if (n.hiddenInputs > 0) this.showMore();
        return;
      default:
        // A double-click on a value already revealed it (each click does).
        if (!fromPointer) this.reveal(n.value);
    }
  }

  private reveal(index: number): void {
    const v = this.model?.values[index];
    if (!v || v.line <= 0) return;
    this.host.post({ type: 'reveal', valueId: v.id, line: v.line, col: v.col });
  }

  private expand(group: number): void {
    const model = this.model;
    if (!model?.groups.has(group)) return;
    this.controls.expandGroup(group);
    this.openAndShow((n) => this.isInGroup(n, group));
  }

  private expandChain(chain: number): void {
    const model = this.model;
    const c = model?.chains[chain];
    if (!model || !c) return;
    this.controls.expandChain(c.id);
    this.openAndShow(
      (n) => (n.kind === 'value' || n.kind === 'op') && model.chainOf[n.value] === chain,
    );
  }

  private openBundle(firstValueId: number): void {
    const model = this.model;
    const first = model?.indexOf.get(firstValueId);
    const bundle = this.visible?.nodes.find((n) => n.kind === 'bundle' && n.members[0] === first);
    if (!model || !bundle) return;
    this.controls.openBundle(firstValueId);
    const members = new Set(bundle.members);
    this.openAndShow((n) => n.kind === 'value' && members.has(n.value));
  }

  /** Draws again with something opened, brings its contents into view, selects the first. */
  private openAndShow(shown: (n: VisibleNode) => boolean): void {
    this.pendingFocus = shown;
    this.render(performance.now());
    const first = this.visible?.nodes.find(shown);
    if (first) this.setSelected(first.id);
  }

  private collapse(group: number): void {
    const model = this.model;
    if (!model?.groups.has(group)) return;
    this.controls.collapseGroup(model, group);
    this.anchor = `g${group}`;
    this.render(performance.now());
    this.setSelected(`g${group}`);
  }

  private collapseChain(chain: number): void {
    const c = this.model?.chains[chain];
    if (!c) return;
    this.controls.collapseChain(c.id);
    this.anchor = `c${c.id}`;
    this.render(performance.now());
    this.setSelected(this.anchor);
  }

  private expandAll(): void {
    if (!this.model) return;
    this.controls.expandAll(this.model);
    this.anchor = this.selected;
    this.render(performance.now());
  }

  private collapseAll(): void {
    if (!this.model) return;
    this.controls = GraphControls.collapsedAll(this.model, this.controls);
    this.anchor = this.selected;
    this.render(performance.now());
  }

  private showMore(): void {
    if (!this.model) return;
    this.controls.showMore(this.cap);
    this.anchor = this.selected;
    this.render(performance.now());
  }

  /** A drawn node inside `group` (its sub-groups, chains and values). */
  private isInGroup(n: VisibleNode, group: number): boolean {
    const model = this.model!;
    let g = 0;
    if (n.kind === 'group') {
      const chain = model.groups.get(n.group)!.chain;
      g = chain.length > 1 ? chain[chain.length - 2] : 0;
    } else if (n.kind === 'chain') g = model.chains[n.chain].group;
    else if (n.kind === 'value' || n.kind === 'op') g = groupOfValue(model, n.value);
    return g !== 0 && model.groups.get(g)!.chain.includes(group);
  }

  private onKey(e: KeyboardEvent): void {
    const model = this.model;
    const command = graphKeyCommand(e.key);
    if (!model || !this.visible || !command) return;
    const n = this.selected ? this.byId.get(this.selected) : undefined;
    switch (command.kind) {
      case 'move': {
        e.preventDefault();
        // With nothing selected yet, the first arrow press lands on the output.
        const next = this.selected
          ? neighbour(
              this.navGraph(),
              this.selected,
              moveFor(command.key, this.orientation ?? 'LR'),
            )
          : this.rootNodeId();
        if (next) {
          this.setSelected(next);
          if (!this.canvas.inView(next)) this.camera.focus(next);
        }
        break;
      }
      case 'output': {
        e.preventDefault();
        const root = this.rootNodeId();
        if (root) {
          this.setSelected(root);
          this.camera.focus(root);
        }
        break;
      }
      case 'activate':
        if (n) {
          e.preventDefault();
          this.activate(n.id, false);
        }
        break;
      case 'expand':
        if (n && n.kind !== 'value' && n.kind !== 'op') this.activate(n.id, false);
        break;
      case 'collapse':
        if (n && (n.kind === 'value' || n.kind === 'op')) {
          const chain = model.chainOf[n.value];
          const g = groupOfValue(model, n.value);
          if (chain >= 0) this.collapseChain(chain);
          else if (g) this.collapse(g);
        } else if (n?.kind === 'group') {
          const chain = model.groups.get(n.group)!.chain;
          if (chain.length > 1) this.collapse(chain[chain.length - 2]);
        } else if (n?.kind === 'chain' && model.chains[n.chain].group) {
          this.collapse(model.chains[n.chain].group);
        }
        break;
      case 'fit':
        this.camera.fitAll();
        break;
      case 'unselect':
        this.setSelected(null);
        break;
    }
  }

  private navGraph(): NavGraph {
    return {
      orientation: this.orientation ?? 'LR',
      position: (id) => this.positions.get(id),
      inputs: (id) => this.inputs.get(id) ?? [],
      consumers: (id) => this.consumers.get(id) ?? [],
      rank: (id) => this.ranks[this.rankOf.get(id) ?? -1] ?? [],
    };
  }

  private rootNodeId(): string | null {
    const model = this.model;
    if (!model || model.root < 0) return null;
    const v = model.values[model.root];
    for (const id of [`v${v.id}`, `c${v.id}`]) if (this.byId.has(id)) return id;
    return this.visible?.nodes[0]?.id ?? null;
  }

  private persistControls(): void {
    if (this.model) this.persist(this.controls.saved(graphKey(this.model.payload)));
  }

  // ----- export ---------------------------------------------------------------------------

  exportSvg(): void {
    this.export('svg');
  }

  exportPng(): void {
    this.export('png');
  }

  private export(format: 'svg' | 'png'): void {
    if (!this.model || !this.visible) return;
    if (!this.orientation) this.layOut(this.orientationNow());
    const file = exportGraph(
      format,
      this.model,
      this.visible,
      this.looks,
      this.positions,
      this.theme.palette,
      (e) => this.curveOf(e),
    );
    this.host.post({ type: 'export', format, ...file });
  }

  /** The canvas's shape, or the window's while the Graph tab is hidden. */
  private orientationNow(): Orientation {
    return this.sized()
      ? this.orientationFor({
          width: this.canvasHost.clientWidth,
          height: this.canvasHost.clientHeight,
        })
      : this.orientationFor({ width: window.innerWidth, height: window.innerHeight });
  }

  // ----- inspection -----------------------------------------------------------------------

  /** Every drawn node as vis-network holds it, with where it is on the page. */
  inspectNodes(): GraphNodeInspection[] {
    const positions = this.canvas.positions();
    const toClient = this.canvas.clientMapper();
    return this.canvas.dataNodes().map((n: VisNode) => {
      const x = positions[n.id]?.x ?? n.x;
      const y = positions[n.id]?.y ?? n.y;
      const client = toClient?.({ x, y });
      const look = this.looks.get(n.id);
      return {
        id: n.id,
        label: n.text,
        x,
        y,
        width: look?.width ?? 0,
        height: look?.height ?? 0,
        shape: look?.shape ?? 'record',
        clientX: client?.x ?? null,
        clientY: client?.y ?? null,
      };
    });
  }

  /** The drawn edges, by node id. */
  inspectEdges(): { from: string; to: string; curve: EdgeCurve | null }[] {
    return (this.visible?.edges ?? []).map((e) => ({
      from: e.from,
      to: e.to,
      curve: this.curveOf(e) ?? null,
    }));
  }

  inspect(): GraphInspection | null {
    if (!this.model) return null;
    const p = this.theme.palette;
    const scale = this.canvas.currentScale;
    return {
      rootId: this.model.payload.rootId,
      nodeCount: this.visible?.nodes.length ?? 0,
      edges: this.visible?.edges.length ?? 0,
      note: this.note.hidden ? '' : (this.note.textContent ?? ''),
      collapsed: [...this.controls.collapsed],
      expandedChains: this.controls.expandedChainIds,
      selected: this.selected,
      timings: this.timings,
      renders: this.renders,
      scale,
      textPx: Math.min(p.monoSize, p.fontSize) * scale,
      readableScale: this.readable(),
      orientation: this.orientation,
      viewMode: this.camera.mode,
      lastDrawMs: this.canvas.lastDrawMs,
      maxDrawMs: this.canvas.maxDrawMs,
      draws: this.canvas.draws,
      gradMax: this.gradMax,
      extents: this.extents?.of === this.visible ? { ...this.extents.size } : {},
    };
  }
}
