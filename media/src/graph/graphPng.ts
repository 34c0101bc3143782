// The whole graph (not just the part on screen) as a PNG, drawn with the on-screen painter.
// Canvases have size limits, so a huge graph is scaled down to fit them.
import { cssColor } from '../theme/color';
import type { Palette } from '../theme/palette';
import { arrowHead } from './edgeGeometry';
import { placedSegment, type PlacedEdge, type PlacedLook } from './graphSvg';
import { paintLook } from './paintLook';

const MAX_SIDE = 16384;
const MAX_AREA = 48e6;

export function graphPng(
  doc: Document,
  nodes: readonly PlacedLook[],
  edges: readonly PlacedEdge[],
  palette: Palette,
): string {
  const margin = 24;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.x - n.look.width / 2);
    maxX = Math.max(maxX, n.x + n.look.width / 2 + 8);
    minY = Math.min(minY, n.y - n.look.height / 2 - 8);
    maxY = Math.max(maxY, n.y + n.look.height / 2);
  }
  if (nodes.length === 0) minX = minY = maxX = maxY = 0;
  const w = maxX - minX + 2 * margin;
  const h = maxY - minY + 2 * margin;
  const scale = Math.min(2, MAX_SIDE / w, MAX_SIDE / h, Math.sqrt(MAX_AREA / (w * h)));
  const canvas = doc.createElement('canvas');
  canvas.width = Math.max(1, Math.round(w * scale));
  canvas.height = Math.max(1, Math.round(h * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This webview cannot create a 2D canvas for the PNG export.');
  ctx.fillStyle = cssColor(palette.bg);
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  ctx.translate(margin - minX, margin - minY);

  ctx.strokeStyle = cssColor(palette.muted);
  ctx.fillStyle = cssColor(palette.muted);
  ctx.lineWidth = 1;
  for (const e of edges) {
    const s = placedSegment(nodes, e);
    if (!s) continue;
    ctx.beginPath();
    ctx.moveTo(s.x1, s.y1);
    if (s.cx !== undefined && s.cy !== undefined) ctx.quadraticCurveTo(s.cx, s.cy, s.x2, s.y2);
    else ctx.lineTo(s.x2, s.y2);
    ctx.stroke();
    const a = arrowHead(s, 8);
    ctx.beginPath();
    ctx.moveTo(a[0], a[1]);
    ctx.lineTo(a[2], a[3]);
    ctx.lineTo(a[4], a[5]);
    ctx.closePath();
    ctx.fill();
  }
  const textless = palette.monoSize * scale < 4;
  for (const n of nodes) {
    paintLook(ctx, n.look, n.x, n.y, {
      selected: false,
      hover: false,
      textless,
      focus: palette.focus,
    });
  }
  return canvas.toDataURL('image/png');
}
