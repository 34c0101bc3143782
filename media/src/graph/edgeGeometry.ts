// Where a straight edge meets a node's outline, so exported pictures (SVG, PNG) end their
// arrows at the border just as vis-network does on screen.
import type { NodeShape } from './nodeLook';

export interface Box {
  cx: number;
  cy: number;
  width: number;
  height: number;
  shape: NodeShape;
}

/** The point where the ray from the box centre towards (tx, ty) leaves the box outline. */
export function borderPoint(box: Box, tx: number, ty: number): { x: number; y: number } {
  const dx = tx - box.cx;
  const dy = ty - box.cy;
  if (dx === 0 && dy === 0) return { x: box.cx, y: box.cy };
  const a = box.width / 2;
  const b = box.height / 2;
  let t: number;
  if (box.shape === 'ellipse') {
    t = 1 / Math.sqrt((dx * dx) / (a * a) + (dy * dy) / (b * b));
  } else {
    const tx0 = dx !== 0 ? a / Math.abs(dx) : Infinity;
    const ty0 = dy !== 0 ? b / Math.abs(dy) : Infinity;
    t = Math.min(tx0, ty0);
  }
  return { x: box.cx + dx * t, y: box.cy + dy * t };
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The visible part of the edge from one box to another (null when the boxes overlap). */
export function edgeSegment(from: Box, to: Box): Segment | null {
  const p = borderPoint(from, to.cx, to.cy);
  const q = borderPoint(to, from.cx, from.cy);
  const len = Math.hypot(q.x - p.x, q.y - p.y);
  const dir = Math.hypot(to.cx - from.cx, to.cy - from.cy);
  if (
    dir === 0 ||
    (q.x - p.x) * (to.cx - from.cx) + (q.y - p.y) * (to.cy - from.cy) <= 0 ||
    len < 1
  ) {
    return null;
  }
  return { x1: p.x, y1: p.y, x2: q.x, y2: q.y };
}

/** The three corners of an arrow head at the segment's end. */
export function arrowHead(
  s: Segment,
  size: number,
): [number, number, number, number, number, number] {
  const ang = Math.atan2(s.y2 - s.y1, s.x2 - s.x1);
  const spread = Math.PI / 7;
  return [
    s.x2,
    s.y2,
    s.x2 - size * Math.cos(ang - spread),
    s.y2 - size * Math.sin(ang - spread),
    s.x2 - size * Math.cos(ang + spread),
    s.y2 - size * Math.sin(ang + spread),
  ];
}
