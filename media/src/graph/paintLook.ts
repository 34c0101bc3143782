// Draws a NodeLook on a 2D canvas: vis-network calls this for every node on screen (through
// its custom-shape hook) and the PNG export for every node of the graph.
import { cssColor, type Rgba } from '../theme/color';
import type { NodeLook } from './nodeLook';

export interface PaintState {
  selected: boolean;
  hover: boolean;
  /** Text would be smaller than a few pixels: draw shapes and colours only. */
  textless: boolean;
  focus: Rgba;
}

function outline(
  ctx: CanvasRenderingContext2D,
  look: NodeLook,
  left: number,
  top: number,
  inset = 0,
): void {
  const w = look.width - 2 * inset;
  const h = look.height - 2 * inset;
  const x = left + inset;
  const y = top + inset;
  ctx.beginPath();
  if (look.shape === 'ellipse') {
    ctx.ellipse(x + w / 2, y + h / 2, w / 2, h / 2, 0, 0, Math.PI * 2);
  } else {
    const r = Math.max(0, Math.min(look.radius - inset, h / 2, w / 2));
    ctx.roundRect(x, y, w, h, r);
  }
}

export function paintLook(
  ctx: CanvasRenderingContext2D,
  look: NodeLook,
  cx: number,
  cy: number,
  state: PaintState,
): void {
  const left = cx - look.width / 2;
  const top = cy - look.height / 2;
  if (state.textless && !state.selected) {
    paintOverview(ctx, look, left, top);
    return;
  }
  if (look.shape === 'stack') {
    // Two cards peeking out behind: "there is more inside".
    for (const off of [8, 4]) {
      outline(ctx, look, left + off, top - off);
      ctx.fillStyle = cssColor(look.fill);
      ctx.fill();
      ctx.lineWidth = 1;
      ctx.strokeStyle = cssColor(look.border);
      ctx.setLineDash([]);
      ctx.stroke();
    }
  }
  outline(ctx, look, left, top);
  ctx.fillStyle = cssColor(look.fill);
  ctx.fill();

  ctx.save();
  outline(ctx, look, left, top);
  ctx.clip();
  for (const cell of look.cells) {
    if (!cell.fill) continue;
    ctx.fillStyle = cssColor(cell.fill);
    ctx.fillRect(left + cell.x, top + cell.y, cell.width, cell.height);
  }
  if (look.separators.length > 0 || look.rowSeparators.length > 0) {
    ctx.beginPath();
    for (const sx of look.separators) {
      ctx.moveTo(left + sx, top);
      ctx.lineTo(left + sx, top + look.height);
    }
    for (const sy of look.rowSeparators) {
      ctx.moveTo(left, top + sy);
      ctx.lineTo(left + look.width, top + sy);
    }
    ctx.lineWidth = 1;
    ctx.strokeStyle = cssColor(look.border);
    ctx.setLineDash([]);
    ctx.stroke();
  }
  if (!state.textless) {
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const cell of look.cells) {
      ctx.font = cell.font;
      ctx.fillStyle = cssColor(cell.color);
      ctx.fillText(cell.text, left + cell.x + cell.width / 2, top + cell.y + cell.height / 2 + 0.5);
    }
  }
  ctx.restore();

  ctx.setLineDash(look.dash);
  ctx.lineWidth = look.borderWidth;
  ctx.strokeStyle = cssColor(look.border);
  outline(ctx, look, left, top);
  ctx.stroke();
  if (look.double) {
    outline(ctx, look, left, top, 3);
    ctx.lineWidth = 1;
    ctx.stroke();
  }
  ctx.setLineDash([]);

  if (state.selected || state.hover) {
    const ring = state.selected ? 4 : 2.5;
    ctx.lineWidth = state.selected ? 2.5 : 1.25;
    ctx.strokeStyle = cssColor(state.focus);
    outline(ctx, look, left, top, -ring);
    ctx.stroke();
  }
}

/**
 * Far out (the whole of a 2,000-node graph on screen) only blocks of colour are visible:
 * plain rectangles, no clipping or text, keep a full redraw cheap enough for smooth panning.
 */
function paintOverview(
  ctx: CanvasRenderingContext2D,
  look: NodeLook,
  left: number,
  top: number,
): void {
  ctx.fillStyle = cssColor(look.fill);
  ctx.fillRect(left, top, look.width, look.height);
  for (const cell of look.cells) {
    if (!cell.fill) continue;
    ctx.fillStyle = cssColor(cell.fill);
    ctx.fillRect(left + cell.x, top + cell.y, cell.width, cell.height);
  }
  ctx.lineWidth = Math.max(look.borderWidth, 2);
  ctx.strokeStyle = cssColor(look.border);
  ctx.strokeRect(left, top, look.width, look.height);
}
