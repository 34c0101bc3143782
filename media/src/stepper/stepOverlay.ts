// The stepper's marks on a canvas of their own, laid over vis-network's. A step changes only
// the marks and the lit edges, so a move repaints this layer alone: the picture under it
// (every node and edge, 2,000 of each once the groups are opened) is not drawn again. The
// layer is repainted with vis's transform after every vis draw (a pan, a zoom, a new look),
// so both always show the same view.
import { cssColor } from '../theme/color';
import type { Palette } from '../theme/palette';
import { arrowHead, type Segment } from '../graph/edgeGeometry';
import { paintStepMarks, type MarkedNode, type StepMark } from './paintStepMark';

/** A drawn node as the layer needs it: where it is and how big. */
export interface OverlayNode extends MarkedNode {
  id: string;
}

/** Graph units of the lit edges' width and arrow heads (vis draws edges 1 unit wide). */
const LIT_WIDTH = 2;
const LIT_ARROW = 9;
/** Graph units around the view inside which marks are painted (a ring reaches 5 out). */
const CULL_MARGIN = 12;

export class StepOverlay {
  readonly element: HTMLCanvasElement;
  /** vis's transform at its last draw (device pixels per graph unit, and the offset). */
  private transform: DOMMatrix | null = null;
  private painted = false;

  constructor(container: HTMLElement) {
    this.element = document.createElement('canvas');
    this.element.className = 'step-overlay';
    this.element.setAttribute('aria-hidden', 'true');
    container.appendChild(this.element);
  }

  /** vis drew: its canvas's size and transform, which the next paint uses. */
  follow(visCanvas: HTMLCanvasElement, transform: DOMMatrix): void {
    if (this.element.width !== visCanvas.width) this.element.width = visCanvas.width;
    if (this.element.height !== visCanvas.height) this.element.height = visCanvas.height;
    this.transform = transform;
  }

  clear(): void {
    if (!this.painted) return;
    const ctx = this.element.getContext('2d');
    ctx?.clearRect(0, 0, this.element.width, this.element.height);
    this.painted = false;
  }

  /** Paints the marks of the nodes in view and the lit edges; returns the milliseconds it took. */
  paint(
    nodes: readonly OverlayNode[],
    mark: (id: string) => StepMark | null,
    lit: readonly Segment[],
    palette: Palette,
    /** CSS pixels the picture under the layer is shifted by (graph/canvasGlide.ts). */
    shiftX = 0,
    shiftY = 0,
  ): number {
    const t0 = performance.now();
    const ctx = this.element.getContext('2d');
    const drawn = this.transform;
    if (ctx === null || drawn === null) return 0;
    const ratio = this.element.width / Math.max(1, this.element.clientWidth);
    const m =
      shiftX === 0 && shiftY === 0
        ? drawn
        : new DOMMatrix().translate(shiftX * ratio, shiftY * ratio).multiply(drawn);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.element.width, this.element.height);
    ctx.setTransform(m);
    // The view in graph units: nodes outside it need no mark.
    const inv = m.inverse();
    const a = inv.transformPoint(new DOMPoint(0, 0));
    const b = inv.transformPoint(new DOMPoint(this.element.width, this.element.height));
    const left = Math.min(a.x, b.x) - CULL_MARGIN;
    const right = Math.max(a.x, b.x) + CULL_MARGIN;
    const top = Math.min(a.y, b.y) - CULL_MARGIN;
    const bottom = Math.max(a.y, b.y) + CULL_MARGIN;
    const byMark: Record<StepMark, OverlayNode[]> = { todo: [], done: [], current: [] };
    for (const n of nodes) {
      const w = n.look.width / 2;
      const h = n.look.height / 2;
      if (n.x + w < left || n.x - w > right || n.y + h < top || n.y - h > bottom) continue;
      const k = mark(n.id);
      if (k !== null) byMark[k].push(n);
    }
    paintStepMarks(ctx, 'todo', byMark.todo, palette);
    paintStepMarks(ctx, 'done', byMark.done, palette);
    if (lit.length > 0) paintLit(ctx, lit, palette);
    paintStepMarks(ctx, 'current', byMark.current, palette);
    this.painted = true;
    return performance.now() - t0;
  }
}

/** The edges the current step pushes gradient into, in the focus colour, with their arrows. */
function paintLit(ctx: CanvasRenderingContext2D, lit: readonly Segment[], palette: Palette): void {
  const colour = cssColor(palette.focus);
  ctx.beginPath();
  for (const s of lit) {
    ctx.moveTo(s.x1, s.y1);
    if (s.cx !== undefined && s.cy !== undefined) ctx.quadraticCurveTo(s.cx, s.cy, s.x2, s.y2);
    else ctx.lineTo(s.x2, s.y2);
  }
  ctx.lineWidth = LIT_WIDTH;
  ctx.setLineDash([]);
  ctx.strokeStyle = colour;
  ctx.stroke();
  ctx.beginPath();
  for (const s of lit) {
    const [x0, y0, x1, y1, x2, y2] = arrowHead(s, LIT_ARROW);
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.closePath();
  }
  ctx.fillStyle = colour;
  ctx.fill();
}
