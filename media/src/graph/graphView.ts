// The Graph tab: micrograd's draw_dot picture of the last drawn Value, with grouping for big
// graphs, a legend, a details line, keyboard navigation, reveal-in-editor and exports.
import type { GraphPayload, ValueUpdate } from '../../../src/kernel/protocol';
import { button, el } from '../element';
import { count } from '../format/number';
import type { PanelHost } from '../host';
import type { ThemeWatcher } from '../theme/themeWatcher';
import type { Palette } from '../theme/palette';
import type { GraphUiState } from '../uiState';
import { GraphCanvas, type CanvasNode, type VisNode } from './graphCanvas';
import { GraphDetails, type GraphSelection } from './graphDetails';
import { GraphLegend } from './graphLegend';
import { buildGraphModel, groupOfValue, type GraphModel } from './graphModel';
import { exportGraph } from './graphExport';
import { GRAPH_KEYS_HELP, graphKeyCommand } from './graphKeys';
import { neighbour, type NavGraph } from './graphNavigation';
import { GraphTooltip } from './graphTooltip';
import { initialCollapse } from './initialCollapse';
import { layeredLayout } from './layeredLayout';
import {
  groupLook,
  groupSubtitle,
  opLook,
  recordLabel,
  stubLook,
  stubText,
  valueLook,
  type LookContext,
  type NodeLook,
} from './nodeLook';
import { groupTooltip, stubTooltip, valueTooltip } from './nodeTooltip';
import { TextMeasure } from './textMeasure';
import { computeVisibleGraph, type VisibleGraph, type VisibleNode } from './visibleGraph';

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
  selected: string | null;
  timings: GraphTimings | null;
  renders: number;
  scale: number;
  lastDrawMs: number;
  maxDrawMs: number;
  gradMax: number;
}

interface Controls {
  collapsed: Set<number>;
  pinnedGroups: number[];
  pinnedValues: number[];
  extraBudget: number;
}

const DEFAULT_CAP = 2000;
/** Below this zoom the node text is too small to read. */
const READABLE_SCALE = 0.45;
/** Graphs up to this many nodes always open fitted, however small that makes them. */
const BIG_TO_FIT = 200;
/** Above this many nodes, edges are hidden while dragging or zooming. */
const BIG = 800;

export class GraphView {
  readonly element: HTMLElement;
  private readonly canvasHost: HTMLElement;
  private readonly tip: GraphTooltip;
  private readonly empty: HTMLElement;
  private readonly note: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly legend = new GraphLegend();
  private readonly details: GraphDetails;
  private readonly canvas: GraphCanvas;
  private readonly measure: TextMeasure;
  private readonly toolbarButtons: HTMLButtonElement[] = [];

  private model: GraphModel | null = null;
  private cap = DEFAULT_CAP;
  private controls: Controls = {
    collapsed: new Set(),
    pinnedGroups: [],
    pinnedValues: [],
    extraBudget: 0,
  };
  private autoCollapsed = false;
  private visible: VisibleGraph | null = null;
  private byId = new Map<string, VisibleNode>();
  private positions = new Map<string, { x: number; y: number }>();
  private columnOf = new Map<string, number>();
  private columns: string[][] = [];
  private inputs = new Map<string, string[]>();
  private consumers = new Map<string, string[]>();
  private looks = new Map<string, NodeLook>();
  private gradMax = 1;
  private selected: string | null = null;
  private pendingMount = false;
  private fitOnMount = true;
  private anchor: string | null = null;
  private timings: GraphTimings | null = null;
  private renders = 0;
  private fontKey = '';
  private renderStart = 0;
  /** Nodes to bring into view after the next render (an expanded group's contents). */
  private focusIds: string[] = [];
  private pendingFocusGroup = 0;

  constructor(
    private readonly host: PanelHost,
    private readonly theme: ThemeWatcher,
    private readonly persist: (state: GraphUiState | null) => void,
  ) {
    this.measure = new TextMeasure(document);
    this.details = new GraphDetails({
      reveal: (i) => this.reveal(i),
      expand: (g) => this.expand(g),
      collapse: (g) => this.collapse(g),
      showMore: () => this.showMore(),
    });
    this.summary = el('span', { className: 'summary', attrs: { 'aria-live': 'polite' } });
    const tool = (label: string, title: string, fn: () => void): HTMLButtonElement => {
      const b = button(label, fn, { attrs: { title } });
      this.toolbarButtons.push(b);
      return b;
    };
    const toolbar = el(
      'div',
      { className: 'toolbar', attrs: { role: 'toolbar', 'aria-label': 'Graph tools' } },
      [
        tool('Fit', 'Fit the whole graph in view (F)', () => this.canvas.fit(undefined, 1.5)),
        tool('Expand all', 'Expand every group (big graphs stay trimmed to the node limit)', () =>
          this.expandAll(),
        ),
        tool('Collapse all', 'Collapse every group', () => this.collapseAll()),
        tool('Export SVG', 'Save the graph as an SVG file', () => this.exportSvg()),
        tool('Export PNG', 'Save the graph as a PNG image', () => this.exportPng()),
        this.summary,
      ],
    );
    this.note = el('p', { className: 'note', attrs: { role: 'status' } });
    this.note.hidden = true;
    this.canvasHost = el('div', {
      className: 'graph-canvas',
      attrs: {
        tabindex: '0',
        role: 'application',
        'aria-roledescription': 'compute graph',
        'aria-label': GRAPH_KEYS_HELP,
      },
    });
    this.empty = el('div', { className: 'empty' }, [
      el('p', { text: 'No graph yet.' }),
      el('p', {
        className: 'details-muted',
        text: 'Call draw(v) in a cell, or use “Show graph” above a cell, to see how v was computed and its gradients.',
      }),
    ]);
    this.tip = new GraphTooltip(this.canvasHost, (id) => {
      const n = this.byId.get(id);
      return n ? this.tooltipOf(n) : null;
    });
    const stage = el('div', { className: 'graph-stage' }, [
      this.canvasHost,
      this.empty,
      this.tip.element,
    ]);
    this.element = el('div', { className: 'graph-view' }, [
      toolbar,
      this.note,
      stage,
      el('div', { className: 'graph-footer' }, [this.legend.element, this.details.element]),
    ]);
    this.canvas = new GraphCanvas(this.canvasHost, theme.palette, {
      click: (id) => this.onClick(id),
      doubleClick: (id) => this.onDoubleClick(id),
      hover: (id, at) => this.tip.schedule(id, at),
      blur: () => this.tip.hide(),
    });
    this.canvasHost.addEventListener('keydown', (e) => this.onKey(e));
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
      this.controls = {
        collapsed: new Set(restored.collapsed),
        pinnedGroups: restored.pinnedGroups,
        pinnedValues: [],
        extraBudget: restored.extraBudget,
      };
      this.autoCollapsed = this.model.fullNodeCount > this.cap && restored.collapsed.length > 0;
    } else {
      const collapsed = initialCollapse(this.model, this.cap);
      this.controls = { collapsed, pinnedGroups: [], pinnedValues: [], extraBudget: 0 };
      this.autoCollapsed = collapsed.size > 0;
    }
    this.fitOnMount = true;
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
    if (changed.size === 0) return;
    const before = this.gradMax;
    this.gradMax = this.computeGradMax();
    const ctx = this.lookContext();
    const all = before !== this.gradMax;
    const changes: { id: string; text: string; look: NodeLook }[] = [];
    for (const n of this.visible?.nodes ?? []) {
      if (n.kind !== 'value' || !(all || changed.has(n.value))) continue;
      const v = model.values[n.value];
      const look = valueLook(v, n.value === model.root, ctx);
      this.looks.set(n.id, look);
      changes.push({ id: n.id, text: recordLabel(v), look });
    }
    this.canvas.updateNodes(changes);
    this.tip.refresh();
    this.legend.update(this.theme.palette, this.gradMax);
    if (this.selected) this.details.show(this.selectionOf(this.selected), model);
  }

  /** Selects and centres a Value, expanding the groups that hide it. */
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
      const g = groupOfValue(model, i);
      if (g) for (const gid of model.groups.get(g)!.chain) this.controls.collapsed.delete(gid);
      this.controls.pinnedValues = [valueId];
      this.anchor = id;
      this.render(performance.now());
    }
    this.setSelected(id);
    this.canvas.focus(id, 0.6);
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
    const budget = this.cap + this.controls.extraBudget;
    const visible = computeVisibleGraph(model, { ...this.controls, budget });
    this.visible = visible;
    this.byId = new Map(visible.nodes.map((n) => [n.id, n]));
    const t1 = performance.now();

    this.gradMax = this.computeGradMax();
    const ctx = this.lookContext();
    this.looks = new Map();
    for (const n of visible.nodes) this.looks.set(n.id, this.lookOf(n, ctx));
    const t2 = performance.now();

    const indexOf = new Map(visible.nodes.map((n, k) => [n.id, k]));
    const layout = layeredLayout(
      visible.nodes.map((n) => ({
        width: this.looks.get(n.id)!.width,
        height: this.looks.get(n.id)!.height,
        order: n.order,
      })),
      visible.edges.map((e) => ({ from: indexOf.get(e.from)!, to: indexOf.get(e.to)! })),
      { columnGap: 44, rowGap: Math.round(this.theme.palette.monoSize) },
    );
    this.positions = new Map();
    this.columnOf = new Map();
    this.columns = Array.from({ length: layout.columns }, () => []);
    visible.nodes.forEach((n, k) => {
      this.positions.set(n.id, { x: Math.round(layout.x[k]), y: Math.round(layout.y[k]) });
      this.columnOf.set(n.id, layout.column[k]);
      this.columns[layout.column[k]].push(n.id);
    });
    this.inputs = new Map();
    this.consumers = new Map();
    for (const e of visible.edges) {
      push(this.inputs, e.to, e.from);
      push(this.consumers, e.from, e.to);
    }
    const t3 = performance.now();
    this.timings = {
      values: model.values.length,
      nodes: visible.nodes.length,
      edges: visible.edges.length,
      selectMs: t1 - t0,
      looksMs: t2 - t1,
      layoutMs: t3 - t2,
      networkMs: 0,
      firstDrawMs: 0,
      firstDrawAt: 0,
    };
    this.updateNote();
    this.legend.update(this.theme.palette, this.gradMax);
    this.summary.textContent = `${count(model.values.length)} value${model.values.length === 1 ? '' : 's'} · ${count(visible.nodes.length)} node${visible.nodes.length === 1 ? '' : 's'} shown`;
    this.persistControls();
    if (this.pendingFocusGroup) {
      this.focusIds = this.memberNodes(this.pendingFocusGroup);
      this.pendingFocusGroup = 0;
    }
    this.pendingMount = true;
    this.renderStart = t0;
    if (this.canvasHost.clientWidth > 0) this.mount();
  }

  private mount(): void {
    const visible = this.visible;
    const model = this.model;
    if (!visible || !model) return;
    this.pendingMount = false;
    const t0 = performance.now();
    this.tip.hide();
    const nodes: CanvasNode[] = visible.nodes.map((n) => ({
      id: n.id,
      text: this.labelOf(n),
      x: this.positions.get(n.id)!.x,
      y: this.positions.get(n.id)!.y,
      look: this.looks.get(n.id)!,
    }));
    const big = nodes.length > BIG;
    this.canvas.setData(nodes, visible.edges, big);
    if (this.fitOnMount) {
      this.fitOnMount = false;
      this.showReadable(undefined, this.rootNodeId());
    } else if (this.focusIds.length > 0) {
      this.showReadable(this.focusIds, this.focusIds[0]);
    } else if (this.anchor && this.byId.has(this.anchor)) {
      this.canvas.focus(this.anchor);
    }
    this.focusIds = [];
    if (this.selected && this.byId.has(this.selected)) this.canvas.select(this.selected);
    else this.setSelected(null);
    const timings = this.timings;
    const start = this.renderStart;
    if (timings) timings.networkMs = performance.now() - t0;
    this.canvas.whenDrawn(() => {
      if (timings) {
        timings.firstDrawAt = performance.now();
        timings.firstDrawMs = timings.firstDrawAt - start;
      }
      // vis learns each custom node's size while drawing it: draw once more so edge ends
      // meet the node outlines.
      this.canvas.redraw();
    });
  }

  /**
   * Fits `ids` (or everything) in view; when that leaves text too small to read (a big graph),
   * shows `fallback` (the output, or the first node of an expanded group) at reading size.
   */
  private showReadable(ids: string[] | undefined, fallback: string | null): void {
    this.canvas.fit(ids, 1);
    const big = (this.visible?.nodes.length ?? 0) > BIG_TO_FIT;
    if (big && this.canvas.currentScale < READABLE_SCALE && fallback)
      this.canvas.focus(fallback, 0.9);
  }

  private lookContext(): LookContext {
    return { palette: this.theme.palette, measure: this.measure.measure, gradMax: this.gradMax };
  }

  private lookOf(n: VisibleNode, ctx: LookContext): NodeLook {
    const model = this.model!;
    switch (n.kind) {
      case 'value':
        return valueLook(model.values[n.value], n.value === model.root, ctx);
      case 'op':
        return opLook(model.values[n.value].op, ctx);
      case 'group':
        return groupLook(model.groups.get(n.group)!, ctx);
      case 'stub':
        return stubLook(n.hiddenInputs, n.missingInputs, ctx);
    }
  }

  private labelOf(n: VisibleNode): string {
    const model = this.model!;
    switch (n.kind) {
      case 'value':
        return recordLabel(model.values[n.value]);
      case 'op':
        return model.values[n.value].op;
      case 'group': {
        const info = model.groups.get(n.group)!;
        return `${info.group.label} (${groupSubtitle(info)})`;
      }
      case 'stub':
        return stubText(n.hiddenInputs, n.missingInputs);
    }
  }

  private tooltipOf(n: VisibleNode): HTMLElement {
    const model = this.model!;
    switch (n.kind) {
      case 'value':
      case 'op':
        return valueTooltip(model, n.value, n.kind === 'op');
      case 'group':
        return groupTooltip(model, model.groups.get(n.group)!);
      case 'stub':
        return stubTooltip(n.hiddenInputs, n.missingInputs);
    }
  }

  private computeGradMax(): number {
    const model = this.model;
    let max = 0;
    if (model && this.visible) {
      for (const n of this.visible.nodes) {
        // A constant's grad (∂L/∂(1/n), say) says nothing about learning and can dwarf the rest.
        if (n.kind !== 'value' || model.values[n.value].role === 'const') continue;
        const g = Math.abs(model.values[n.value].grad);
        if (Number.isFinite(g) && g > max) max = g;
      }
    }
    return max > 0 ? max : 1;
  }

  private updateNote(): void {
    const model = this.model!;
    const visible = this.visible!;
    const parts: string[] = [];
    if (model.payload.truncated) {
      parts.push(
        `The kernel sent ${count(model.values.length)} of the graph's ${count(model.payload.totalValues)} values (its graph size limit).`,
      );
    }
    if (this.autoCollapsed) {
      parts.push(
        `Large graph: ${count(model.values.length)} values (${count(model.fullNodeCount)} nodes expanded), more than the ${count(this.cap)}-node display limit, so groups (neurons, layers) start collapsed. Double-click a group to expand it.`,
      );
    }
    if (visible.trimmedValues > 0) {
      parts.push(
        `Showing the ${count(visible.nodes.length)} nodes nearest the output; ${count(visible.trimmedValues)} values are behind “⋯ more” nodes (double-click one to show more).`,
      );
    }
    if (parts.length > 0 && visible.nodes.length > BIG_TO_FIT) {
      parts.push(
        'Fit (F) shows the whole picture; arrow keys walk the edges from the selected node.',
      );
    }
    this.note.textContent = parts.join(' ');
    this.note.hidden = parts.length === 0;
  }

  private showEmpty(empty: boolean): void {
    this.empty.hidden = !empty;
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
    } else if (this.visible) {
      const ctx = this.lookContext();
      const looks = new Map<string, NodeLook>();
      for (const n of this.visible.nodes) looks.set(n.id, this.lookOf(n, ctx));
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
    if (n.kind === 'group') return { kind: 'group', group: n.group };
    if (n.kind === 'stub')
      return { kind: 'stub', hidden: n.hiddenInputs, missing: n.missingInputs };
    return { kind: n.kind, index: n.value };
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

  /** Enter or double-click: a group opens, a stub shows more, a value folds its group. */
  private activate(id: string, fromPointer: boolean): void {
    const n = this.byId.get(id);
    const model = this.model;
    if (!n || !model) return;
    if (n.kind === 'group') this.expand(n.group);
    else if (n.kind === 'stub') {
      if (n.hiddenInputs > 0) this.showMore();
    } else if (!fromPointer) {
      // A double-click on a value already revealed it (each click does).
      this.reveal(n.value);
    }
  }

  private reveal(index: number): void {
    const v = this.model?.values[index];
    if (!v || v.line <= 0) return;
    this.host.post({ type: 'reveal', valueId: v.id, line: v.line, col: v.col });
  }

  private expand(group: number): void {
    if (!this.model?.groups.has(group)) return;
    this.controls.collapsed.delete(group);
    this.controls.pinnedGroups = [group, ...this.controls.pinnedGroups.filter((g) => g !== group)];
    this.pendingFocusGroup = group;
    this.render(performance.now());
    const members = this.memberNodes(group);
    if (members.length > 0) this.setSelected(members[0]);
  }

  private collapse(group: number): void {
    const model = this.model;
    if (!model?.groups.has(group)) return;
    for (const info of model.groupList)
      if (info.chain.includes(group)) this.controls.collapsed.add(info.group.id);
    this.controls.pinnedGroups = this.controls.pinnedGroups.filter(
      (g) => !model.groups.get(g)!.chain.includes(group),
    );
    this.anchor = `g${group}`;
    this.render(performance.now());
    this.setSelected(`g${group}`);
  }

  private expandAll(): void {
    if (!this.model) return;
    this.controls.collapsed.clear();
    this.anchor = this.selected;
    this.render(performance.now());
  }

  private collapseAll(): void {
    if (!this.model) return;
    this.controls.collapsed = new Set(this.model.groupList.map((g) => g.group.id));
    this.controls.pinnedGroups = [];
    this.anchor = this.selected;
    this.render(performance.now());
  }

  private showMore(): void {
    if (!this.model) return;
    this.controls.extraBudget += this.cap;
    this.anchor = this.selected;
    this.render(performance.now());
  }

  /** Drawn nodes inside `group` (its sub-groups and its own values), in drawing order. */
  private memberNodes(group: number): string[] {
    const model = this.model!;
    const out: string[] = [];
    for (const n of this.visible?.nodes ?? []) {
      const g =
        n.kind === 'group'
          ? n.group
          : n.kind === 'value' || n.kind === 'op'
            ? groupOfValue(model, n.value)
            : 0;
      if (g && g !== group && model.groups.get(g)!.chain.includes(group)) out.push(n.id);
      else if (g === group && n.kind !== 'group') out.push(n.id);
    }
    return out;
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
          ? neighbour(this.navGraph(), this.selected, command.key)
          : this.rootNodeId();
        if (next) {
          this.setSelected(next);
          if (!this.canvas.inView(next)) this.canvas.focus(next);
        }
        break;
      }
      case 'output': {
        e.preventDefault();
        const root = this.rootNodeId();
        if (root) {
          this.setSelected(root);
          this.canvas.focus(root);
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
        if (n?.kind === 'group' || n?.kind === 'stub') this.activate(n.id, false);
        break;
      case 'collapse':
        if (n && (n.kind === 'value' || n.kind === 'op')) {
          const g = groupOfValue(model, n.value);
          if (g) this.collapse(g);
        } else if (n?.kind === 'group') {
          const chain = model.groups.get(n.group)!.chain;
          if (chain.length > 1) this.collapse(chain[chain.length - 2]);
        }
        break;
      case 'fit':
        this.canvas.fit();
        break;
      case 'unselect':
        this.setSelected(null);
        break;
    }
  }

  private navGraph(): NavGraph {
    return {
      position: (id) => this.positions.get(id),
      inputs: (id) => this.inputs.get(id) ?? [],
      consumers: (id) => this.consumers.get(id) ?? [],
      column: (id) => this.columns[this.columnOf.get(id) ?? -1] ?? [],
    };
  }

  private rootNodeId(): string | null {
    const model = this.model;
    if (!model || model.root < 0) return null;
    const id = `v${model.values[model.root].id}`;
    return this.byId.has(id) ? id : (this.visible?.nodes[0]?.id ?? null);
  }

  private persistControls(): void {
    if (!this.model) return;
    this.persist({
      key: graphKey(this.model.payload),
      collapsed: [...this.controls.collapsed],
      pinnedGroups: this.controls.pinnedGroups,
      extraBudget: this.controls.extraBudget,
    });
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
    const file = exportGraph(
      format,
      this.model,
      this.visible,
      this.looks,
      this.positions,
      this.theme.palette,
    );
    this.host.post({ type: 'export', format, ...file });
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
      return {
        id: n.id,
        label: n.text,
        x,
        y,
        clientX: client?.x ?? null,
        clientY: client?.y ?? null,
      };
    });
  }

  inspect(): GraphInspection | null {
    if (!this.model) return null;
    return {
      rootId: this.model.payload.rootId,
      nodeCount: this.visible?.nodes.length ?? 0,
      edges: this.visible?.edges.length ?? 0,
      note: this.note.hidden ? '' : (this.note.textContent ?? ''),
      collapsed: [...this.controls.collapsed],
      selected: this.selected,
      timings: this.timings,
      renders: this.renders,
      scale: this.canvas.currentScale,
      lastDrawMs: this.canvas.lastDrawMs,
      maxDrawMs: this.canvas.maxDrawMs,
      gradMax: this.gradMax,
    };
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function fontKey(p: Palette): string {
  return `${p.font}|${p.fontSize}|${p.mono}|${p.monoSize}`;
}

export function graphKey(p: GraphPayload): string {
  return `${p.rootId}:${p.values.length}:${p.totalValues}`;
}
