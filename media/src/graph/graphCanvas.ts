// The vis-network side of the graph view. vis only draws and handles pointer input: it gets
// fixed positions (no physics, no layout of its own) and draws each node through our
// painter, so the layout stays deterministic and 2,000 nodes open in well under a second.
import { DataSet } from 'vis-data/peer';
import { Network, type Edge, type IdType, type Node, type Options } from 'vis-network/peer';
import { cssColor, withAlpha } from '../theme/color';
import type { Palette } from '../theme/palette';
import type { Camera, Viewport } from './camera';
import {
  CURVE_ROUNDNESS,
  curvedSegment,
  edgeSegment,
  type Bend,
  type Segment,
} from './edgeGeometry';
import { CanvasGlide } from './canvasGlide';
import { boxOf } from './graphSvg';
import type { NodeLook } from './nodeLook';
import { paintLook } from './paintLook';
import type { StepMark } from '../stepper/paintStepMark';
import { StepOverlay, type OverlayNode } from '../stepper/stepOverlay';

export interface CanvasNode {
  id: string;
  /** The node's text (draw_dot's record text for a Value). */
  text: string;
  x: number;
  y: number;
  look: NodeLook;
}

export interface CanvasEdge {
  from: string;
  to: string;
  /** Skips ranks: bent this way (and this much) around the nodes in between. */
  bend?: Bend;
  roundness?: number;
}

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

/**
 * What vis keeps per node. The text lives in `text`, not vis's `label`: we draw every node
 * ourselves, and a vis label would only cost a text measurement per node for nothing.
 */
export interface VisNode extends Node {
  id: string;
  text: string;
  x: number;
  y: number;
  size: number;
}

const CURVED: Record<Bend, string> = { cw: 'curvedCW', ccw: 'curvedCCW' };

/** The part of vis-network's shape object that hit tests and edge ends read. */
interface ShapeBox {
  width: number;
  height: number;
  left: number;
  top: number;
}

interface CustomRendererArgs {
  ctx: CanvasRenderingContext2D;
  id: IdType;
  x: number;
  y: number;
  state: { selected: boolean; hover: boolean };
}

export class GraphCanvas {
  private network: Network | null = null;
  private nodes = new DataSet<VisNode>();
  private edges = new DataSet<Edge & { id: string }>();
  private looks = new Map<string, NodeLook>();
  private palette: Palette;
  private scale = 1;
  private drawListeners: ((ms: number) => void)[] = [];
  private drawStart = 0;
  private big = false;
  /** The stepper's mark of each node (done, current, to come), or null when not stepping. */
  private stepMark: ((id: string) => StepMark | null) | null = null;
  /** Indices (into the edges given to setData) of the edges the current step lights. */
  private litEdges: readonly number[] = [];
  /** Made once vis has made its canvas (vis empties the container when it starts). */
  private overlay: StepOverlay | null = null;
  private placed: OverlayNode[] = [];
  private edgeList: readonly CanvasEdge[] = [];
  /** The view's moves that follow the stepper, drawn by vis only once they rest. */
  private readonly glide = new CanvasGlide(
    () => this.container.querySelector<HTMLCanvasElement>('.vis-network canvas'),
    (dx, dy) => this.settleGlide(dx, dy),
  );
  private settleListeners: ((ms: number) => void)[] = [];
  /** Milliseconds of the stepper layer's slowest paint. */
  maxOverlayMs = 0;
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
    this.placed = nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, look: n.look }));
    this.edgeList = edges;
    this.nodes = new DataSet<VisNode>(
      nodes.map((n) => ({
        id: n.id,
        text: n.text,
        x: n.x,
        y: n.y,
        size: Math.max(n.look.width, n.look.height) / 2 + 8,
      })),
    );
    this.edges = new DataSet<Edge & { id: string }>(
      edges.map((e, k) =>
        e.bend
          ? {
              id: this.edgeId(k),
              from: e.from,
              to: e.to,
              smooth: {
                enabled: true,
                type: CURVED[e.bend],
                roundness: e.roundness ?? CURVE_ROUNDNESS,
              },
            }
          : { id: this.edgeId(k), from: e.from, to: e.to },
      ),
    );
    if (!this.network) {
      this.network = new Network(
        this.container,
        { nodes: this.nodes, edges: this.edges },
        this.options(big),
      );
      this.network.on('click', (p: { nodes: IdType[] }) =>
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
      this.network.on(
        'hoverNode',
        (p: { node: IdType; pointer: { DOM: { x: number; y: number } } }) =>
          this.events.hover(String(p.node), p.pointer.DOM),
      );
      this.network.on('blurNode', () => this.events.blur());
      this.network.on('dragStart', () => {
        this.events.blur();
        this.events.viewMoved();
      });
      this.network.on('zoom', () => {
        this.events.blur();
        this.events.viewMoved();
      });
      this.network.on('beforeDrawing', () => {
        this.drawStart = performance.now();
        this.scale = this.network?.getScale() ?? 1;
      });
      this.overlay = new StepOverlay(this.container);
      // The pointer uses vis's own view: a glided one is drawn before it is pointed at.
      for (const type of ['pointerdown', 'pointermove', 'wheel'] as const) {
        this.container.addEventListener(type, () => this.glide.now(), { capture: true });
      }
      this.network.on('afterDrawing', (ctx: CanvasRenderingContext2D) => {
        const settled = this.glide.pending
          ? false
          : this.glide.shift.x !== 0 || this.glide.shift.y !== 0;
        this.glide.drawn();
        // The stepper's layer follows the view vis has just drawn, in the same frame.
        this.overlay?.follow(ctx.canvas, ctx.getTransform());
        this.paintOverlay();
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
    } else {
      // setOptions walks every node and edge: only when the options really change.
      if (big !== this.big) this.network.setOptions(this.options(big));
      this.network.setData({ nodes: this.nodes, edges: this.edges });
    }
    this.big = big;
  }

  /** In-place updates: texts and looks change; positions never do. */
  updateNodes(changes: readonly { id: string; text: string; look: NodeLook }[]): void {
    for (const c of changes) this.looks.set(c.id, c.look);
    this.placeLooks();
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
    this.stepMark = mark;
    this.litEdges = litEdges;
    return this.paintOverlay();
  }

  private paintOverlay(): number {
    const overlay = this.overlay;
    if (overlay === null) return 0;
    if (this.stepMark === null) {
      overlay.clear();
      return 0;
    }
    const shift = this.glide.shift;
    const ms = overlay.paint(
      this.placed,
      this.stepMark,
      this.litSegments(),
      this.palette,
      shift.x,
      shift.y,
    );
    this.maxOverlayMs = Math.max(this.maxOverlayMs, ms);
    return ms;
  }

  private litSegments(): Segment[] {
    const at = new Map<string, OverlayNode>();
    const lit: Segment[] = [];
    if (this.litEdges.length === 0) return lit;
    for (const n of this.placed) at.set(n.id, n);
    for (const k of this.litEdges) {
      const e = this.edgeList[k];
      const a = e && at.get(e.from);
      const b = e && at.get(e.to);
      if (!a || !b) continue;
      const from = boxOf(a);
      const to = boxOf(b);
      const s = e.bend ? curvedSegment(from, to, e.bend, e.roundness) : edgeSegment(from, to);
      if (s !== null) lit.push(s);
    }
    return lit;
  }

  /** The looks changed (new texts, sizes, colours): the layer's boxes follow. */
  private placeLooks(): void {
    for (const n of this.placed) n.look = this.looks.get(n.id) ?? n.look;
  }

  /** Ids of the drawn edges (`e<k>`, k its place in the edges given to setData). */
  edgeId(k: number): string {
    return `e${k}`;
  }

  setLooks(looks: Map<string, NodeLook>): void {
    this.looks = looks;
    this.placeLooks();
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

  get glides(): { glides: number; settles: number } {
    return { glides: this.glide.glides, settles: this.glide.settles };
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

  canvasElement(): HTMLCanvasElement | null {
    return this.container.querySelector('canvas');
  }

  private options(big: boolean): Options {
    const p = this.palette;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const canvas = this;
    // vis calls this with `this` bound to its shape object. vis sizes a custom shape from the
    // `nodeDimensions` returned by the previous draw, so on a node's first draw its box is a
    // placeholder square (2 × size) that clicks would hit far outside the record: set the
    // real box before vis uses it for hit tests and edge ends.
    const renderer = function (this: ShapeBox, { ctx, id, x, y, state }: CustomRendererArgs) {
      const look = canvas.looks.get(String(id));
      if (!look) return {};
      this.width = look.width;
      this.height = look.height;
      this.left = x - look.width / 2;
      this.top = y - look.height / 2;
      return {
        drawNode: () => {
          paintLook(ctx, look, x, y, {
            selected: state.selected,
            hover: state.hover,
            textless: canvas.palette.monoSize * canvas.scale < 4,
            focus: canvas.palette.focus,
          });
        },
        nodeDimensions: { width: look.width, height: look.height },
      };
    };
    return {
      autoResize: true,
      width: '100%',
      height: '100%',
      physics: { enabled: false },
      layout: { improvedLayout: false, hierarchical: { enabled: false }, randomSeed: 1 },
      interaction: {
        hover: true,
        keyboard: { enabled: false },
        dragNodes: false,
        multiselect: false,
        selectConnectedEdges: false,
        hideEdgesOnDrag: big,
        hideEdgesOnZoom: big,
        zoomSpeed: 0.6,
      },
      nodes: {
        shape: 'custom',
        ctxRenderer: renderer,
        chosen: false,
      } as Options['nodes'],
      edges: {
        smooth: false,
        arrows: { to: { enabled: true, scaleFactor: 0.45 } },
        color: {
          color: cssColor(withAlpha(p.muted, big ? 0.45 : 0.85)),
          highlight: cssColor(p.focus),
          hover: cssColor(p.fg),
          inherit: false,
        },
        width: 1,
        selectionWidth: 0.5,
        hoverWidth: 0.5,
        chosen: true,
      },
    };
  }
}
