// Putting the shown graph on vis's canvas: laying it out the way the canvas's shape asks
// (again when a resize turns it), handing it to vis, placing the view (the first view, an
// opened group's contents, the node kept in sight) and timing it. A render the canvas has no
// size for yet (the tab is hidden) waits until it has one.
import { readableScale } from './camera';
import type { GraphCamera } from './graphCamera';
import type { GraphCanvas } from './graphCanvas';
import type { GraphFrame } from './graphFrame';
import { selectionTimings, type GraphTimings } from './graphInspection';
import type { GraphLayout } from './graphLayout';
import type { GraphLegend } from './graphLegend';
import type { Orientation } from './orientation';
import type { ShownGraph } from './shownGraph';
import type { Palette } from '../theme/palette';
import type { VisibleNode } from './visibleGraph';

/** Above this many nodes, edges are hidden while dragging or zooming. */
const BIG = 800;

export interface DrawingParts {
  canvas: GraphCanvas;
  camera: GraphCamera;
  layout: GraphLayout;
  frame: GraphFrame;
  legend: GraphLegend;
  palette(): Palette;
  shown(): ShownGraph | null;
  selected(): string | null;
  /** Unselects (the selected node is no longer drawn). */
  unselect(): void;
  /** Text size (CSS px) down to which the first view and Fit show the whole graph. */
  wholeGraphTextPx: number;
}

export class GraphDrawing {
  /** The graph is new: the next mount chooses the first view for it. */
  firstView = true;
  /** The node to keep in view at the next mount (a folded group, the selection). */
  anchor: string | null = null;
  timings: GraphTimings | null = null;
  renders = 0;
  /** Set by a render the canvas could not take yet (no size): the next mount carries it out. */
  private pendingMount = false;
  /** Nodes to bring into view at the next mount (an opened group's contents). */
  private focusIds: string[] = [];
  /** performance.now() when the render began, for the first-draw timing. */
  private renderStart = 0;

  constructor(private readonly parts: DrawingParts) {}

  /**
   * A new visible graph, begun at `t0` and selected in `selectMs`: drawn now if the canvas has
   * a size. `focus` picks the nodes to bring into view.
   */
  rendered(
    shown: ShownGraph,
    t0: number,
    selectMs: number,
    focus?: (n: VisibleNode) => boolean,
  ): void {
    const { nodes, edges } = shown.visible;
    this.renders++;
    this.parts.layout.outdate();
    const values = shown.model.values.length;
    this.timings = selectionTimings(values, nodes.length, edges.length, selectMs);
    if (focus) this.focusIds = nodes.filter(focus).map((n) => n.id);
    this.pendingMount = true;
    this.renderStart = t0;
    if (this.parts.frame.sized) this.mount();
  }

  /** The tab became visible: vis needs a sized container to draw and fit. */
  onShown(): void {
    if (this.pendingMount) this.mount();
    else this.parts.canvas.redraw();
  }

  /**
   * The panel changed size. A flip between wide and tall lays the graph out the other way;
   * otherwise the first view is chosen again for the new size (or the fit redone), and a
   * view the user moved keeps its zoom instead of vis's rescaling by the size ratio.
   */
  onResize(): void {
    const { canvas, camera, frame, layout } = this.parts;
    const shown = this.parts.shown();
    if (!frame.sized || !shown) return;
    if (this.pendingMount) {
      this.mount();
      return;
    }
    if (!canvas.mounted) return;
    canvas.syncSize();
    const orientation = this.orientationFor(shown, canvas.viewport());
    const turned = orientation !== layout.orientation;
    if (turned) {
      this.layOut(shown, orientation);
      this.setCanvasData(shown);
    }
    camera.refresh(turned);
    const selected = this.parts.selected();
    if (selected && !canvas.inView(selected)) canvas.focus(selected);
  }

  /** Laid out for the canvas's shape, or the window's while the Graph tab is hidden. */
  ensureLaidOut(shown: ShownGraph): void {
    if (this.parts.layout.orientation) return;
    const host = this.parts.frame.canvasHost;
    const view = this.parts.frame.sized
      ? { width: host.clientWidth, height: host.clientHeight }
      : { width: window.innerWidth, height: window.innerHeight };
    this.layOut(shown, this.orientationFor(shown, view));
  }

  /** The zoom under which node text gets smaller than READABLE_TEXT_PX. */
  readableScale(): number {
    const p = this.parts.palette();
    return readableScale(Math.min(p.monoSize, p.fontSize));
  }

  wholeGraphScale(): number {
    const p = this.parts.palette();
    return readableScale(Math.min(p.monoSize, p.fontSize), this.parts.wholeGraphTextPx);
  }

  private mount(): void {
    const { canvas, camera, frame, layout } = this.parts;
    const shown = this.parts.shown();
    if (!shown || !frame.sized) return;
    this.pendingMount = false;
    const orientation = this.orientationFor(shown, canvas.viewport());
    if (layout.orientation !== orientation) this.layOut(shown, orientation);
    const t0 = performance.now();
    frame.tip.hide();
    this.setCanvasData(shown);
    if (this.firstView) {
      this.firstView = false;
      camera.first();
    } else if (this.focusIds.length > 0) {
      camera.show(this.focusIds);
    } else if (this.anchor && shown.has(this.anchor)) {
      camera.focus(this.anchor);
    } else {
      camera.refresh(false);
    }
    this.focusIds = [];
    const selected = this.parts.selected();
    if (selected && shown.has(selected)) canvas.select(selected);
    else this.parts.unselect();
    const timings = this.timings;
    const start = this.renderStart;
    if (timings) timings.networkMs = performance.now() - t0;
    canvas.whenDrawn(() => {
      if (timings && timings.firstDrawAt === 0) {
        timings.firstDrawAt = performance.now();
        timings.firstDrawMs = timings.firstDrawAt - start;
      }
      // vis learns each custom node's size while drawing it: draw once more so edge ends
      // meet the node outlines.
      canvas.redraw();
    });
  }

  /** Looks and positions for the flow direction the canvas's shape asks for. */
  private layOut(shown: ShownGraph, orientation: Orientation): void {
    const placed = this.parts.layout.layOut(shown, orientation);
    this.parts.frame.describeKeys(orientation);
    this.parts.legend.update(this.parts.palette(), this.parts.layout.gradMax);
    if (this.timings) {
      this.timings.looksMs += placed.looksMs;
      this.timings.layoutMs += placed.layoutMs;
    }
  }

  private setCanvasData(shown: ShownGraph): void {
    this.parts.canvas.setData(
      this.parts.layout.canvasNodes(shown),
      this.parts.layout.canvasEdges(shown),
      shown.visible.nodes.length > BIG,
    );
  }

  /** The flow direction for a canvas of this size (camera.ts decides). */
  private orientationFor(shown: ShownGraph, view: { width: number; height: number }): Orientation {
    return this.parts.layout.orientationFor(shown, view, this.wholeGraphScale());
  }
}
