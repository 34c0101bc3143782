// The vis-network side of the graph view. vis only draws and handles pointer input: it gets
// fixed positions (no physics, no layout of its own) and draws each node through our
// painter, so the layout stays deterministic and 2,000 nodes open in well under a second.
// What it is given is canvasItems.ts, its options visOptions.ts, the stepper's layer over
// it canvasStepLayer.ts, and moves that skip its drawing canvasGlide.ts.
import { DataSet } from 'vis-data/peer';
import { Network, type IdType, type Options } from 'vis-network/peer';
import type { Palette } from '../theme/palette';
import type { StepMark } from '../stepper/paintStepMark';
import type { Camera, Viewport } from './camera';
import { CanvasGlide } from './canvasGlide';
import {
  visEdgeOf,
  visNodeOf,
  type CanvasEdge,
  type CanvasNode,
  type VisEdge,
  type VisNode,
} from './canvasItems';
import { CanvasStepLayer } from './canvasStepLayer';
import type { NodeLook } from './nodeLook';
import { visOptions } from './visOptions';

export interface CanvasEvents {
  click(id: string | null): void;
  doubleClick(id: string): void;
  /** The pointer rests on a node; `at` is relative to the canvas container. */
  hover(id: string, at: { x: number; y: number }): void;
  /** The pointer left the node, or the view moved. */
  blur(): void;
  /** The user dragged or zoomed the view. */
  viewMoved(): void;
}

export class GraphCanvas {
  private network: Network | null = null;
  private nodes = new DataSet<VisNode>();
  private edges = new DataSet<VisEdge>();
  private looks = new Map<string, NodeLook>();
  private palette: Palette;
  private scale = 1;
  private drawListeners: ((ms: number) => void)[] = [];
  private drawStart = 0;
  private big = false;
  /** The view's moves that follow the stepper, drawn by vis only once they rest. */
  private readonly glide = new CanvasGlide(
    () => this.container.querySelector<HTMLCanvasElement>('.vis-network canvas'),
    (dx, dy) => this.settleGlide(dx, dy),
  );
  private readonly stepLayer = new CanvasStepLayer(() => this.glide.shift);
  private settleListeners: ((ms: number) => void)[] = [];
  lastDrawMs = 0;
  maxDrawMs = 0;
  draws = 0;

  constructor(
    private readonly container: HTMLElement,
    palette: Palette,
    private readonly events: CanvasEvents,
  ) {
    this.palette = palette;
  }

  get mounted(): boolean {
    return this.network !== null;
  }

  /** Replaces everything drawn. `big` trades edge drawing during drags for smoothness. */
  setData(nodes: readonly CanvasNode[], edges: readonly CanvasEdge[], big: boolean): void {
    this.looks = new Map(nodes.map((n) => [n.id, n.look]));
    this.stepLayer.setPicture(nodes, edges);
    this.nodes = new DataSet<VisNode>(nodes.map(visNodeOf));
    this.edges = new DataSet<VisEdge>(edges.map(visEdgeOf));
    if (!this.network) this.createNetwork(big);
    else {
      // setOptions walks every node and edge: only when the options really change.
      if (big !== this.big) this.network.setOptions(this.options(big));
      this.network.setData({ nodes: this.nodes, edges: this.edges });
    }
    this.big = big;
  }

  /** vis's network over the data, its pointer events forwarded, its draws timed and followed. */
  private createNetwork(big: boolean): void {
    const network = new Network(
      this.container,
      { nodes: this.nodes, edges: this.edges },
      this.options(big),
    );
    this.network = network;
    network.on('click', (p: { nodes: IdType[] }) =>
      this.events.click(p.nodes.length ? String(p.nodes[0]) : null),
    );
    // The DOM's dblclick, not vis's doubleClick: vis times the two taps when its handlers
    // run, so a first click that selects (and redraws) a node of a big graph swallows the
    // second; the browser times them when they happen.
    this.container.addEventListener('dblclick', (e) => {
      const network = this.network;
      if (!network) return;
      const box = this.container.getBoundingClientRect();
      const id = network.getNodeAt({ x: e.clientX - box.left, y: e.clientY - box.top });
      if (id !== undefined) this.events.doubleClick(String(id));
    });
    network.on('hoverNode', (p: { node: IdType; pointer: { DOM: { x: number; y: number } } }) =>
      this.events.hover(String(p.node), p.pointer.DOM),
    );
    network.on('blurNode', () => this.events.blur());
    network.on('dragStart', () => {
      this.events.blur();
      this.events.viewMoved();
    });
    network.on('zoom', () => {
      this.events.blur();
      this.events.viewMoved();
    });
    network.on('beforeDrawing', () => {
      this.drawStart = performance.now();
      this.scale = this.network?.getScale() ?? 1;
    });
    this.stepLayer.mount(this.container);
    // The pointer uses vis's own view: a glided one is drawn before it is pointed at.
    for (const type of ['pointerdown', 'pointermove', 'wheel'] as const) {
      this.container.addEventListener(type, () => this.glide.now(), { capture: true });
    }
    network.on('afterDrawing', (ctx: CanvasRenderingContext2D) => {
      const settled = this.glide.pending
        ? false
        : this.glide.shift.x !== 0 || this.glide.shift.y !== 0;
      this.glide.drawn();
      // The stepper's layer follows the view vis has just drawn, in the same frame.
      this.stepLayer.follow(ctx.canvas, ctx.getTransform());
      this.stepLayer.paint(this.palette);
      const ms = performance.now() - this.drawStart;
      if (settled) {
        const waiting = this.settleListeners;
        this.settleListeners = [];
        for (const l of waiting) l(ms);
      }
      this.lastDrawMs = ms;
      this.maxDrawMs = Math.max(this.maxDrawMs, ms);
      this.draws++;
      const listeners = this.drawListeners;
      this.drawListeners = [];
      for (const l of listeners) l(ms);
    });
  }

  /** In-place updates: texts and looks change; positions never do. */
  updateNodes(changes: readonly { id: string; text: string; look: NodeLook }[]): void {
    for (const c of changes) this.looks.set(c.id, c.look);
    this.stepLayer.relook(this.looks);
    this.nodes.update(changes.map((c) => ({ id: c.id, text: c.text })));
    this.network?.redraw();
  }

  /**
   * The stepper moved: its layer over the picture is repainted now with the marks and the
   * edges of the current step lit. The picture itself is not drawn again (no vis redraw), so
   * a step costs the same on 2,000 drawn nodes as on 20. Returns the paint's milliseconds.
   */
  setStepMarks(
    mark: ((id: string) => StepMark | null) | null,
    litEdges: readonly number[],
  ): number {
    this.stepLayer.setMarks(mark, litEdges);
    return this.stepLayer.paint(this.palette);
  }

  setLooks(looks: Map<string, NodeLook>): void {
    this.looks = looks;
    this.stepLayer.relook(looks);
    this.network?.redraw();
  }

  setPalette(palette: Palette): void {
    this.palette = palette;
    this.network?.setOptions(this.options(this.big));
    this.network?.redraw();
  }

  whenDrawn(listener: (ms: number) => void): void {
    this.drawListeners.push(listener);
  }

  /**
   * Centres `id` without drawing the picture now (canvasGlide.ts): the stepper's layer shows
   * the new view at once, vis draws it once the moves rest. False if `id` is not drawn.
   */
  glideTo(id: string): boolean {
    const network = this.network;
    const pos = network?.getPositions([id])[id];
    if (!network || !pos) return false;
    const dom = network.canvasToDOM(pos);
    this.glide.glide(dom.x, dom.y, this.container.clientWidth / 2, this.container.clientHeight / 2);
    return true;
  }

  /** Called with the milliseconds of the draw that ends the current glide. */
  whenSettled(listener: (ms: number) => void): void {
    this.settleListeners.push(listener);
  }

  /** vis draws the view a glide shifted its picture to (`dx`, `dy` CSS pixels from vis's). */
  private settleGlide(dx: number, dy: number): void {
    const network = this.network;
    if (!network) return;
    const centre = network.DOMtoCanvas({
      x: this.container.clientWidth / 2 - dx,
      y: this.container.clientHeight / 2 - dy,
    });
    network.moveTo({ position: centre, scale: network.getScale(), animation: false });
  }

  /** Puts graph point (x, y) at the centre of the view, at `scale`. */
  moveTo(camera: Camera): void {
    this.glide.now();
    this.network?.moveTo({
      position: { x: camera.x, y: camera.y },
      scale: camera.scale,
      animation: false,
    });
  }

  /** Graph coordinates at the centre of the view. */
  viewCentre(): { x: number; y: number } {
    return this.network?.getViewPosition() ?? { x: 0, y: 0 };
  }

  /** The canvas area in CSS pixels. */
  viewport(): Viewport {
    return { width: this.container.clientWidth, height: this.container.clientHeight };
  }

  /**
   * Makes vis adopt the container's new size now. vis notices a resize by itself a little
   * later and then rescales the view by the size ratio, which would undo a view just chosen
   * for the new size.
   */
  syncSize(): void {
    this.network?.setSize('100%', '100%');
  }

  /** Centres `id` keeping the zoom, or zooming in to at least `minScale`. */
  focus(id: string, minScale = 0): void {
    if (!this.network || !this.nodes.get(id)) return;
    this.glide.now();
    this.network.focus(id, {
      scale: Math.max(this.network.getScale(), minScale),
      animation: false,
    });
  }

  /**
   * True when the node's centre is inside the visible canvas (as glided), at least `margin`
   * (a fraction of the canvas's width and height) in from its sides.
   */
  inView(id: string, margin = 0): boolean {
    if (!this.network) return false;
    const pos = this.network.getPositions([id])[id];
    if (!pos) return false;
    const dom = this.network.canvasToDOM(pos);
    const shift = this.glide.shift;
    const x = dom.x + shift.x;
    const y = dom.y + shift.y;
    const w = this.container.clientWidth;
    const h = this.container.clientHeight;
    return x >= w * margin && y >= h * margin && x <= w * (1 - margin) && y <= h * (1 - margin);
  }

  select(id: string | null): void {
    if (!this.network) return;
    const current = this.network.getSelectedNodes();
    if (id && this.nodes.get(id)) {
      if (current.length !== 1 || current[0] !== id) this.network.selectNodes([id], false);
    } else if (current.length > 0) {
      // unselectAll redraws synchronously: only when there is something to unselect.
      this.network.unselectAll();
    }
  }

  redraw(): void {
    this.network?.redraw();
  }

  positions(): Record<string, { x: number; y: number }> {
    return this.network ? this.network.getPositions() : {};
  }

  /** Maps graph positions to page (client) coordinates. */
  clientMapper(): ((pos: { x: number; y: number }) => { x: number; y: number }) | null {
    const network = this.network;
    if (!network) return null;
    const box = this.container.getBoundingClientRect();
    return (pos) => {
      const dom = network.canvasToDOM(pos);
      return { x: box.left + dom.x, y: box.top + dom.y };
    };
  }

  dataNodes(): VisNode[] {
    return this.nodes.get();
  }

  get currentScale(): number {
    return this.network?.getScale() ?? 1;
  }

  private options(big: boolean): Options {
    return visOptions(this.palette, big, {
      look: (id) => this.looks.get(id),
      style: () => ({
        textless: this.palette.monoSize * this.scale < 4,
        focus: this.palette.focus,
      }),
    });
  }
}
