// The stepper's layer over the graph canvas: which nodes are marked and which edges the current
// step lights, kept with where the nodes are drawn so a step repaints this layer alone
// (stepper/stepOverlay.ts paints it), following the view vis drew last, glided or not.
import type { Palette } from '../theme/palette';
import type { StepMark } from '../stepper/paintStepMark';
import { StepOverlay, type OverlayNode } from '../stepper/stepOverlay';
import type { CanvasEdge, CanvasNode } from './canvasItems';
import { curvedSegment, edgeSegment, type Segment } from './edgeGeometry';
import { boxOf } from './graphSvg';
import type { NodeLook } from './nodeLook';

export class CanvasStepLayer {
  /** Made once vis has made its canvas (vis empties the container when it starts). */
  private overlay: StepOverlay | null = null;
  private placed: OverlayNode[] = [];
  private edges: readonly CanvasEdge[] = [];
  /** The stepper's mark of each node (done, current, to come), or null when not stepping. */
  private mark: ((id: string) => StepMark | null) | null = null;
  /** Indices (into the edges of `setPicture`) of the edges the current step lights. */
  private litEdges: readonly number[] = [];

  constructor(
    /** CSS pixels the picture under the layer is shifted by (canvasGlide.ts). */
    private readonly shift: () => { x: number; y: number },
  ) {}

  /** Lays the layer over vis's canvas in `container`. */
  mount(container: HTMLElement): void {
    this.overlay = new StepOverlay(container);
  }

  /** The nodes and edges drawn now. */
  setPicture(nodes: readonly CanvasNode[], edges: readonly CanvasEdge[]): void {
    this.placed = nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, look: n.look }));
    this.edges = edges;
  }

  /** The looks changed (new texts, sizes, colours): the layer's boxes follow. */
  relook(looks: ReadonlyMap<string, NodeLook>): void {
    for (const n of this.placed) n.look = looks.get(n.id) ?? n.look;
  }

  setMarks(mark: ((id: string) => StepMark | null) | null, litEdges: readonly number[]): void {
    this.mark = mark;
    this.litEdges = litEdges;
  }

  /** vis drew: the layer takes its canvas's size and transform. */
  follow(canvas: HTMLCanvasElement, transform: DOMMatrix): void {
    this.overlay?.follow(canvas, transform);
  }

  /** Repaints the marks (or clears them when not stepping); returns the milliseconds taken. */
  paint(palette: Palette): number {
    const overlay = this.overlay;
    if (overlay === null) return 0;
    if (this.mark === null) {
      overlay.clear();
      return 0;
    }
    const shift = this.shift();
    return overlay.paint(this.placed, this.mark, this.litSegments(), palette, shift.x, shift.y);
  }

  private litSegments(): Segment[] {
    const at = new Map<string, OverlayNode>();
    const lit: Segment[] = [];
    if (this.litEdges.length === 0) return lit;
    for (const n of this.placed) at.set(n.id, n);
    for (const k of this.litEdges) {
      const e = this.edges[k];
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
}
