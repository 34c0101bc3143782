// A line chart drawn by hand on a canvas (loss curves, plot()), with a hover and keyboard
// read-out of exact values. Drawing is reduced per pixel column; the data never is.
import { el } from '../element';
import { compact } from '../format/number';
import { cssColor, type Rgba } from '../theme/color';
import type { Palette } from '../theme/palette';
import type { ThemeWatcher } from '../theme/themeWatcher';
import { CanvasSurface } from './canvasSurface';
import { drawAxes, type Axes, type PlotRect } from './chartFrame';
import { columnEnvelope } from './columnEnvelope';
import { paddedRange } from './scale';

export interface SeriesRange {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  /** Smallest value > 0 (for the log scale), Infinity if none. */
  minPositive: number;
}

export interface XySeries {
  key: string;
  label: string;
  color: Rgba;
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  length: number;
  /** xs never decrease: hover can binary-search. */
  sortedX: boolean;
  range: SeriesRange;
}

export interface XyChartOptions {
  ariaLabel: string;
  xLabel: string;
  yLabel: string;
  emptyText: string;
}

interface Hit {
  series: XySeries;
  index: number;
}

export class XyChart {
  readonly element: HTMLElement;
  readonly surface: CanvasSurface;
  private readonly readout: HTMLElement;
  private readonly live: HTMLElement;
  private series: XySeries[] = [];
  private logY = false;
  private axes: Axes | null = null;
  /** Hovered data x, or null. */
  private cursorX: number | null = null;
  private cursorFromKeyboard = false;
  private pointer = { x: 0, y: 0 };

  constructor(
    private readonly theme: ThemeWatcher,
    private readonly options: XyChartOptions,
  ) {
    this.surface = new CanvasSurface((ctx, w, h) => this.paint(ctx, w, h));
    const canvas = this.surface.canvas;
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute(
      'aria-label',
      `${options.ariaLabel}. Left and right arrows read values point by point.`,
    );
    this.readout = el('div', { className: 'readout', attrs: { 'aria-hidden': 'true' } });
    this.readout.hidden = true;
    this.live = el('div', { className: 'sr-only', attrs: { 'aria-live': 'polite' } });
    this.element = el('div', { className: 'xy-chart' }, [canvas, this.readout, this.live]);
    canvas.addEventListener('pointermove', (e) => this.onPointer(e));
    canvas.addEventListener('pointerleave', () => this.setCursor(null, false));
    canvas.addEventListener('keydown', (e) => this.onKey(e));
    canvas.addEventListener('blur', () => {
      if (this.cursorFromKeyboard) this.setCursor(null, false);
    });
    theme.onChange(() => this.surface.requestDraw());
  }

  setSeries(series: XySeries[]): void {
    this.series = series;
    this.surface.requestDraw();
  }

  setLogY(log: boolean): void {
    this.logY = log;
    this.surface.requestDraw();
  }

  get plotRect(): PlotRect | null {
    return this.axes?.rect ?? null;
  }

  /** The chart without cursor, as a PNG data: URL. */
  toPng(): string {
    const cursor = this.cursorX;
    this.cursorX = null;
    this.surface.drawNow();
    const url = this.surface.canvas.toDataURL('image/png');
    this.cursorX = cursor;
    this.surface.requestDraw();
    return url;
  }

  private visibleRange(): SeriesRange | null {
    let r: SeriesRange | null = null;
    for (const s of this.series) {
      if (s.length === 0) continue;
      const q = s.range;
      r = r
        ? {
            minX: Math.min(r.minX, q.minX),
            maxX: Math.max(r.maxX, q.maxX),
            minY: Math.min(r.minY, q.minY),
            maxY: Math.max(r.maxY, q.maxY),
            minPositive: Math.min(r.minPositive, q.minPositive),
          }
        : { ...q };
    }
    return r;
  }

  private paint(ctx: CanvasRenderingContext2D, w: number, h: number): void {
    const p = this.theme.palette;
    ctx.fillStyle = cssColor(p.bg);
    ctx.fillRect(0, 0, w, h);
    const r = this.visibleRange();
    const logOk = !this.logY || (r !== null && Number.isFinite(r.minPositive));
    if (!r || !logOk) {
      this.axes = null;
      ctx.fillStyle = cssColor(p.muted);
      ctx.font = `${p.fontSize}px ${p.font}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(
        r ? 'No values above 0 to show on a log scale.' : this.options.emptyText,
        w / 2,
        h / 2,
      );
      return;
    }
    const xRange: [number, number] =
      r.minX === r.maxX ? [r.minX - 1, r.maxX + 1] : [r.minX, r.maxX];
    const yRange = this.logY
      ? paddedRange(r.minPositive, Math.max(r.maxY, r.minPositive), true)
      : paddedRange(r.minY, r.maxY, false);
    const axes = drawAxes(
      ctx,
      {
        width: w,
        height: h,
        x: xRange,
        y: yRange,
        logY: this.logY,
        xLabel: this.options.xLabel,
        yLabel: this.options.yLabel,
      },
      p,
    );
    this.axes = axes;
    const { rect, x, y } = axes;

    ctx.save();
    ctx.beginPath();
    ctx.rect(rect.left, rect.top - 2, rect.right - rect.left + 1, rect.bottom - rect.top + 4);
    ctx.clip();
    ctx.lineWidth = 1.5;
    ctx.lineJoin = 'round';
    for (const s of this.series) {
      const path = columnEnvelope(s.xs, s.ys, s.length, x.map, y.map);
      ctx.strokeStyle = cssColor(s.color);
      ctx.beginPath();
      let pen = false;
      for (let k = 0; k < path.length; k += 2) {
        const px = path[k];
        const py = path[k + 1];
        if (Number.isNaN(px)) {
          pen = false;
          continue;
        }
        if (pen) ctx.lineTo(px, py);
        else ctx.moveTo(px, py);
        pen = true;
      }
      ctx.stroke();
      if (s.length === 1 || path.length === 2) {
        ctx.fillStyle = cssColor(s.color);
        ctx.beginPath();
        ctx.arc(path[0], path[1], 2.5, 0, Math.PI * 2);
        ctx.fill();
      }
    }
    ctx.restore();
    this.paintCursor(ctx, p, axes);
  }

  private hits(): Hit[] {
    if (this.cursorX === null) return [];
    const out: Hit[] = [];
    for (const s of this.series) {
      const index = nearestIndex(s, this.cursorX);
      if (index >= 0) out.push({ series: s, index });
    }
    return out;
  }

  private paintCursor(ctx: CanvasRenderingContext2D, p: Palette, axes: Axes): void {
    const hits = this.hits();
    if (hits.length === 0) {
      this.readout.hidden = true;
      return;
    }
    const { rect, x, y } = axes;
    const cx = x.map(hits[0].series.xs[hits[0].index]);
    ctx.strokeStyle = cssColor(p.muted);
    ctx.lineWidth = 1;
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    ctx.moveTo(Math.round(cx) + 0.5, rect.top);
    ctx.lineTo(Math.round(cx) + 0.5, rect.bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    for (const h of hits) {
      const px = x.map(h.series.xs[h.index]);
      const py = y.map(h.series.ys[h.index]);
      if (!Number.isFinite(py)) continue;
      ctx.fillStyle = cssColor(h.series.color);
      ctx.strokeStyle = cssColor(p.bg);
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.arc(px, py, 4, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
    }
    this.showReadout(hits, cx);
  }

  private showReadout(hits: Hit[], cx: number): void {
    const first = hits[0];
    const rows: HTMLElement[] = [
      el('div', {
        className: 'readout-title',
        text: `${this.options.xLabel} ${compact(first.series.xs[first.index])}`,
      }),
    ];
    for (const h of hits) {
      const swatch = el('span', { className: 'readout-swatch' });
      swatch.style.backgroundColor = cssColor(h.series.color);
      const xText =
        h.series.xs[h.index] !== first.series.xs[first.index]
          ? ` @ ${compact(h.series.xs[h.index])}`
          : '';
      rows.push(
        el('div', { className: 'readout-row' }, [
          swatch,
          el('span', { className: 'readout-label', text: h.series.label }),
          el('span', {
            className: 'readout-value',
            text: `${compact(h.series.ys[h.index])}${xText}`,
          }),
        ]),
      );
    }
    this.readout.replaceChildren(...rows);
    this.readout.hidden = false;
    const box = this.element.getBoundingClientRect();
    const anchorX = this.cursorFromKeyboard ? cx : this.pointer.x;
    const anchorY = this.cursorFromKeyboard ? (this.axes?.rect.top ?? 0) + 8 : this.pointer.y;
    const rw = this.readout.offsetWidth;
    const rh = this.readout.offsetHeight;
    let left = anchorX + 14;
    if (left + rw > box.width - 4) left = anchorX - rw - 14;
    const top = Math.min(Math.max(4, anchorY + 14), Math.max(4, box.height - rh - 4));
    this.readout.style.left = `${Math.max(4, left)}px`;
    this.readout.style.top = `${top}px`;
    if (this.cursorFromKeyboard) {
      this.live.textContent = rows.map((r) => r.textContent).join('. ');
    }
  }

  private setCursor(x: number | null, fromKeyboard: boolean): void {
    this.cursorX = x;
    this.cursorFromKeyboard = fromKeyboard;
    if (x === null) this.readout.hidden = true;
    this.surface.requestDraw();
  }

  private onPointer(e: PointerEvent): void {
    if (!this.axes) return;
    const box = this.surface.canvas.getBoundingClientRect();
    const px = e.clientX - box.left;
    const py = e.clientY - box.top;
    this.pointer = { x: px, y: py };
    const { rect, x } = this.axes;
    if (px < rect.left - 8 || px > rect.right + 8 || py < rect.top - 8 || py > rect.bottom + 8) {
      this.setCursor(null, false);
      return;
    }
    this.setCursor(x.invert(Math.min(rect.right, Math.max(rect.left, px))), false);
  }

  private onKey(e: KeyboardEvent): void {
    const main = this.series.find((s) => s.length > 0);
    if (!main) return;
    let index = this.cursorX === null ? -1 : nearestIndex(main, this.cursorX);
    switch (e.key) {
      case 'ArrowRight':
        index = index < 0 ? 0 : Math.min(main.length - 1, index + (e.shiftKey ? 10 : 1));
        break;
      case 'ArrowLeft':
        index = index < 0 ? main.length - 1 : Math.max(0, index - (e.shiftKey ? 10 : 1));
        break;
      case 'Home':
        index = 0;
        break;
      case 'End':
        index = main.length - 1;
        break;
      case 'Escape':
        this.setCursor(null, false);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.setCursor(main.xs[index], true);
  }
}

/** Index of the point whose x is nearest `x` (-1 for an empty series). */
export function nearestIndex(s: Pick<XySeries, 'xs' | 'length' | 'sortedX'>, x: number): number {
  const n = s.length;
  if (n === 0) return -1;
  if (s.sortedX) {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s.xs[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && Math.abs(s.xs[lo - 1] - x) <= Math.abs(s.xs[lo] - x)) return lo - 1;
    return lo;
  }
  let best = 0;
  for (let i = 1; i < n; i++) if (Math.abs(s.xs[i] - x) < Math.abs(s.xs[best] - x)) best = i;
  return best;
}
