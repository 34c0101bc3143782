// A canvas that stays sharp at any zoom (backing store = CSS size × devicePixelRatio) and
// redraws at most once per animation frame however often data arrives.

export class CanvasSurface {
  readonly canvas: HTMLCanvasElement;
  width = 0;
  height = 0;
  draws = 0;
  lastDrawMs = 0;
  maxDrawMs = 0;
  private frame = 0;
  private readonly observer: ResizeObserver;

  constructor(
    private readonly paint: (ctx: CanvasRenderingContext2D, width: number, height: number) => void,
    className = 'chart-canvas',
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = className;
    this.observer = new ResizeObserver(() => this.requestDraw());
    this.observer.observe(this.canvas);
  }

  requestDraw(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawNow();
    });
  }

  /** Draws synchronously (exports need the pixels now). Skipped while hidden (zero size). */
  drawNow(): boolean {
    const w = this.canvas.clientWidth;
    const h = this.canvas.clientHeight;
    if (w === 0 || h === 0) return false;
    const t0 = performance.now();
    const dpr = window.devicePixelRatio || 1;
    const bw = Math.round(w * dpr);
    const bh = Math.round(h * dpr);
    if (this.canvas.width !== bw || this.canvas.height !== bh) {
      this.canvas.width = bw;
      this.canvas.height = bh;
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return false;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.width = w;
    this.height = h;
    this.paint(ctx, w, h);
    const ms = performance.now() - t0;
    this.draws++;
    this.lastDrawMs = ms;
    this.maxDrawMs = Math.max(this.maxDrawMs, ms);
    return true;
  }

  dispose(): void {
    this.observer.disconnect();
    if (this.frame) cancelAnimationFrame(this.frame);
  }
}
