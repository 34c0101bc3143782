// The micrograd demo's last figure: the model's score over the plane as a blue/red heatmap,
// the 0 level (the decision boundary) drawn as a line, and the data points coloured by label.
import type { BoundaryPayload } from '../../../src/kernel/protocol';
import { el } from '../element';
import { compact } from '../format/number';
import { cssColor, divergingColor, withAlpha } from '../theme/color';
import type { ThemeWatcher } from '../theme/themeWatcher';
import { CanvasSurface } from './canvasSurface';
import { drawAxes, type Axes } from './chartFrame';
import { paddedRange } from './scale';
import { zeroContour } from './zeroContour';

export class BoundaryChart {
  readonly element: HTMLElement;
  readonly surface: CanvasSurface;
  private readonly readout: HTMLElement;
  private data: BoundaryPayload | null = null;
  private contour: number[] = [];
  private maxAbs = 1;
  private axes: Axes | null = null;
  private heat: HTMLCanvasElement | null = null;
  private heatKey = '';

  constructor(private readonly theme: ThemeWatcher) {
    this.surface = new CanvasSurface((ctx, w, h) => this.paint(ctx, w, h));
    const canvas = this.surface.canvas;
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'img');
    this.readout = el('div', { className: 'readout', attrs: { 'aria-hidden': 'true' } });
    this.readout.hidden = true;
    const key = el('ul', { className: 'boundary-key', attrs: { 'aria-label': 'Key' } }, [
      el('li', {}, [
        el('span', { className: 'dot dot-pos', attrs: { 'aria-hidden': 'true' } }),
        el('span', { text: 'label +1 · red area: score > 0' }),
      ]),
      el('li', {}, [
        el('span', { className: 'dot dot-neg', attrs: { 'aria-hidden': 'true' } }),
        el('span', { text: 'label −1 · blue area: score < 0' }),
      ]),
      el('li', {}, [
        el('span', { className: 'line-key', attrs: { 'aria-hidden': 'true' } }),
        el('span', { text: 'decision boundary (score = 0)' }),
      ]),
    ]);
    this.element = el('div', { className: 'boundary-chart' }, [
      el('div', { className: 'xy-chart' }, [canvas, this.readout]),
      key,
    ]);
    canvas.addEventListener('pointermove', (e) => this.onPointer(e));
    canvas.addEventListener('pointerleave', () => {
      this.readout.hidden = true;
    });
    theme.onChange(() => {
      this.heatKey = '';
      this.surface.requestDraw();
    });
  }

  set(data: BoundaryPayload): void {
    this.data = data;
    const n = Math.min(data.scores.length, data.nx * data.ny);
    let m = 0;
    for (let k = 0; k < n; k++) {
      const a = Math.abs(data.scores[k]);
      if (Number.isFinite(a) && a > m) m = a;
    }
    this.maxAbs = m > 0 ? m : 1;
    this.contour =
      data.nx >= 2 && data.ny >= 2 && data.scores.length >= data.nx * data.ny
        ? zeroContour(data.scores, data.nx, data.ny)
        : [];
    this.heatKey = '';
    const plus = data.points.filter((p) => p.label > 0).length;
    this.surface.canvas.setAttribute(
      'aria-label',
      `Decision boundary over ${data.nx} by ${data.ny} grid, ${data.points.length} points (${plus} labelled +1, ${data.points.length - plus} labelled −1).`,
    );
    this.surface.requestDraw();
  }

  get contourSegments(): number {
    return this.contour.length / 4;
  }

  toPng(): string {
    this.surface.drawNow();
    return this.surface.canvas.toDataURL('image/png');
  }

  /** The score grid as a tiny image; the canvas scales it up smoothly. */
  private heatmap(): HTMLCanvasElement | null {
    const d = this.data!;
    const key = `${this.theme.palette.kind}|${cssColor(this.theme.palette.bg)}`;
    if (this.heat && this.heatKey === key) return this.heat;
    if (d.nx < 1 || d.ny < 1 || d.scores.length < d.nx * d.ny) return null;
    const p = this.theme.palette;
    const c = document.createElement('canvas');
    c.width = d.nx;
    c.height = d.ny;
    const ctx = c.getContext('2d');
    if (!ctx) return null;
    const img = ctx.createImageData(d.nx, d.ny);
    for (let j = 0; j < d.ny; j++) {
      const row = d.ny - 1 - j; // row 0 of the grid is yMin: the bottom of the picture
      for (let i = 0; i < d.nx; i++) {
        const s = d.scores[j * d.nx + i];
        const col = divergingColor(s, this.maxAbs, p.blue, p.red, p.bg) ?? p.yellow;
        const o = (row * d.nx + i) * 4;
        img.data[o] = col.r;
        img.data[o + 1] = col.g;
        img.data[o + 2] = col.b;
        img.data[o + 3] = 255;
      }
    }
    ctx.putImageData(img, 0, 0);
    this.heat = c;
    this.heatKey = key;
    return c;
  }

  private paint(ctx: CanvasRenderingContext2D, w: number, h: number): void {
    const p = this.theme.palette;
    ctx.fillStyle = cssColor(p.bg);
    ctx.fillRect(0, 0, w, h);
    const d = this.data;
    if (!d) return;
    let x0 = d.xMin;
    let x1 = d.xMax;
    let y0 = d.yMin;
    let y1 = d.yMax;
    for (const pt of d.points) {
      x0 = Math.min(x0, pt.x);
      x1 = Math.max(x1, pt.x);
      y0 = Math.min(y0, pt.y);
      y1 = Math.max(y1, pt.y);
    }
    const xr = x0 === x1 ? paddedRange(x0, x1, false) : ([x0, x1] as [number, number]);
    const yr = y0 === y1 ? paddedRange(y0, y1, false) : ([y0, y1] as [number, number]);
    const axes = drawAxes(
      ctx,
      { width: w, height: h, x: xr, y: yr, logY: false, xLabel: 'x₁', yLabel: 'x₂' },
      p,
    );
    this.axes = axes;
    const { rect, x, y } = axes;
    ctx.save();
    ctx.beginPath();
    ctx.rect(rect.left + 1, rect.top, rect.right - rect.left - 1, rect.bottom - rect.top);
    ctx.clip();
    const heat = this.heatmap();
    if (heat) {
      const dx = d.nx > 1 ? (d.xMax - d.xMin) / (d.nx - 1) : 1;
      const dy = d.ny > 1 ? (d.yMax - d.yMin) / (d.ny - 1) : 1;
      const left = x.map(d.xMin - dx / 2);
      const right = x.map(d.xMax + dx / 2);
      const top = y.map(d.yMax + dy / 2);
      const bottom = y.map(d.yMin - dy / 2);
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(heat, left, top, right - left, bottom - top);
    }
    if (this.contour.length > 0) {
      const gx = (i: number): number =>
        x.map(d.xMin + (d.nx > 1 ? (i * (d.xMax - d.xMin)) / (d.nx - 1) : 0));
      const gy = (j: number): number =>
        y.map(d.yMin + (d.ny > 1 ? (j * (d.yMax - d.yMin)) / (d.ny - 1) : 0));
      ctx.beginPath();
      for (let k = 0; k < this.contour.length; k += 4) {
        ctx.moveTo(gx(this.contour[k]), gy(this.contour[k + 1]));
        ctx.lineTo(gx(this.contour[k + 2]), gy(this.contour[k + 3]));
      }
      ctx.lineCap = 'round';
      ctx.strokeStyle = cssColor(withAlpha(p.bg, 0.85));
      ctx.lineWidth = 5;
      ctx.stroke();
      ctx.strokeStyle = cssColor(p.fg);
      ctx.lineWidth = 2.5;
      ctx.stroke();
    }
    const r = Math.max(3.5, p.fontSize * 0.34);
    for (const pt of d.points) {
      ctx.beginPath();
      ctx.arc(x.map(pt.x), y.map(pt.y), r, 0, Math.PI * 2);
      ctx.fillStyle = cssColor(pt.label > 0 ? p.red : p.blue);
      ctx.fill();
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = cssColor(p.fg);
      ctx.stroke();
    }
    ctx.restore();
  }

  /** The score at (px, py), interpolated bilinearly between grid points. */
  scoreAt(gx: number, gy: number): number {
    const d = this.data!;
    const fi = Math.min(
      Math.max(d.nx > 1 ? ((gx - d.xMin) / (d.xMax - d.xMin)) * (d.nx - 1) : 0, 0),
      d.nx - 1,
    );
    const fj = Math.min(
      Math.max(d.ny > 1 ? ((gy - d.yMin) / (d.yMax - d.yMin)) * (d.ny - 1) : 0, 0),
      d.ny - 1,
    );
    const i = Math.min(Math.floor(fi), Math.max(0, d.nx - 2));
    const j = Math.min(Math.floor(fj), Math.max(0, d.ny - 2));
    const s = (a: number, b: number): number =>
      d.scores[Math.min(b, d.ny - 1) * d.nx + Math.min(a, d.nx - 1)];
    const u = fi - i;
    const v = fj - j;
    return (
      (1 - u) * (1 - v) * s(i, j) +
      u * (1 - v) * s(i + 1, j) +
      (1 - u) * v * s(i, j + 1) +
      u * v * s(i + 1, j + 1)
    );
  }

  private onPointer(e: PointerEvent): void {
    if (!this.axes || !this.data) return;
    const box = this.surface.canvas.getBoundingClientRect();
    const px = e.clientX - box.left;
    const py = e.clientY - box.top;
    const { rect, x, y } = this.axes;
    if (px < rect.left || px > rect.right || py < rect.top || py > rect.bottom) {
      this.readout.hidden = true;
      return;
    }
    const gx = x.invert(px);
    const gy = y.invert(py);
    const score = this.scoreAt(gx, gy);
    this.readout.replaceChildren(
      el('div', { className: 'readout-title', text: `(${compact(gx)}, ${compact(gy)})` }),
      el('div', { text: `score ${compact(score)} → class ${score > 0 ? '+1' : '−1'}` }),
    );
    this.readout.hidden = false;
    const left =
      px + 14 + this.readout.offsetWidth > box.width ? px - this.readout.offsetWidth - 14 : px + 14;
    this.readout.style.left = `${Math.max(4, left)}px`;
    this.readout.style.top = `${Math.max(4, py + 14)}px`;
  }
}
