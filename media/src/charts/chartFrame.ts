// Axes, grid and tick labels shared by every chart, in theme colours.
import { tick } from '../format/number';
import { cssColor, withAlpha } from '../theme/color';
import type { Palette } from '../theme/palette';
import { logTicks, makeScale, niceTicks, type Scale } from './scale';

export interface PlotRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Axes {
  rect: PlotRect;
  x: Scale;
  y: Scale;
}

export interface AxesSpec {
  width: number;
  height: number;
  x: [number, number];
  y: [number, number];
  logY: boolean;
  xLabel: string;
  yLabel: string;
}

function ticksFor(
  range: [number, number],
  log: boolean,
  target: number,
): { ticks: number[]; step: number } {
  if (log) {
    const t = logTicks(range[0], range[1]);
    return { ticks: t, step: t.length > 1 ? t[1] - t[0] : range[0] };
  }
  return niceTicks(range[0], range[1], target);
}

function logTickText(v: number): string {
  const e = Math.log10(v);
  if (Math.abs(e - Math.round(e)) < 1e-9 && (e >= 4 || e <= -3)) return `1e${Math.round(e)}`;
  return tick(v, v / 10);
}

/** Lays out the plot rectangle around tick labels and draws grid, axes and labels. */
export function drawAxes(ctx: CanvasRenderingContext2D, spec: AxesSpec, p: Palette): Axes {
  const font = `${p.fontSize * 0.9}px ${p.font}`;
  ctx.font = font;
  const lineH = p.fontSize * 1.2;
  const yTargets = Math.max(2, Math.floor((spec.height - 3 * lineH) / (lineH * 2.8)));
  const yt = ticksFor(spec.y, spec.logY, yTargets);
  const yText = yt.ticks.map((v) => (spec.logY ? logTickText(v) : tick(v, yt.step)));
  const labelW = Math.max(0, ...yText.map((s) => ctx.measureText(s).width));
  const rect: PlotRect = {
    left: Math.ceil(labelW + 14),
    top: Math.ceil(lineH * 1.6),
    right: Math.floor(spec.width - 16),
    bottom: Math.floor(spec.height - lineH * 2.2),
  };
  const x = makeScale(spec.x[0], spec.x[1], rect.left, rect.right);
  const y = makeScale(spec.y[0], spec.y[1], rect.bottom, rect.top, spec.logY);
  const xTargets = Math.max(2, Math.floor((rect.right - rect.left) / (p.fontSize * 6)));
  const xt = niceTicks(spec.x[0], spec.x[1], xTargets);

  ctx.lineWidth = 1;
  ctx.strokeStyle = cssColor(withAlpha(p.lines, Math.min(p.lines.a, 0.22)));
  ctx.beginPath();
  for (const v of yt.ticks) {
    const py = Math.round(y.map(v)) + 0.5;
    if (py < rect.top - 1 || py > rect.bottom + 1) continue;
    ctx.moveTo(rect.left, py);
    ctx.lineTo(rect.right, py);
  }
  for (const v of xt.ticks) {
    const px = Math.round(x.map(v)) + 0.5;
    ctx.moveTo(px, rect.top);
    ctx.lineTo(px, rect.bottom);
  }
  ctx.stroke();

  ctx.strokeStyle = cssColor(p.muted);
  ctx.beginPath();
  ctx.moveTo(rect.left + 0.5, rect.top);
  ctx.lineTo(rect.left + 0.5, rect.bottom + 0.5);
  ctx.lineTo(rect.right, rect.bottom + 0.5);
  ctx.stroke();

  ctx.fillStyle = cssColor(p.muted);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'right';
  yt.ticks.forEach((v, k) => {
    const py = y.map(v);
    if (py < rect.top - 1 || py > rect.bottom + 1) return;
    ctx.fillText(yText[k], rect.left - 6, py);
  });
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const v of xt.ticks) ctx.fillText(tick(v, xt.step), x.map(v), rect.bottom + 5);
  ctx.textAlign = 'right';
  ctx.fillText(spec.xLabel, rect.right, rect.bottom + 5 + lineH);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'bottom';
  ctx.fillText(spec.logY ? `${spec.yLabel} (log scale)` : spec.yLabel, 4, rect.top - 6);
  return { rect, x, y };
}
