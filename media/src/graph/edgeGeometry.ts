// Where an edge meets a node's outline, so exported pictures (SVG, PNG) end their arrows at
// the border just as vis-network does on screen. Edges that skip ranks are drawn curved on
// screen (vis-network's 'curvedCW'), bent just enough to go around the nodes in between
// instead of running through them; exports compute the very same curve.
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
  /** Control point of a quadratic curve; absent for a straight edge. */
  cx?: number;
  cy?: number;
}

/** vis-network's smooth.roundness for edges that skip ranks. */
export const CURVE_ROUNDNESS = 0.15;

/** Which way a curved edge bends, as vis-network names it: clockwise or counter-clockwise. */
export type Bend = 'cw' | 'ccw';

/** The control point vis-network's 'curvedCW' / 'curvedCCW' use between two node centres. */
export function curveControl(
  from: { x: number; y: number },
  to: { x: number; y: number },
  bend: Bend,
  roundness = CURVE_ROUNDNESS,
): { x: number; y: number } {
  const dx = to.x - from.x;
  const dy = from.y - to.y;
  const radius = Math.hypot(dx, dy);
  const k = roundness * 0.5 + 0.5;
  const turn = bend === 'cw' ? k : -roundness * 0.5 + 0.5;
  const angle = (Math.atan2(dy, dx) + turn * Math.PI) % (2 * Math.PI);
  return { x: from.x + k * radius * Math.sin(angle), y: from.y + k * radius * Math.cos(angle) };
}

function inside(box: Box, x: number, y: number): boolean {
  const dx = (x - box.cx) / (box.width / 2);
  const dy = (y - box.cy) / (box.height / 2);
  return box.shape === 'ellipse' ? dx * dx + dy * dy < 1 : Math.abs(dx) < 1 && Math.abs(dy) < 1;
}

/** How an edge that skips ranks is drawn: which way it bends, and how far (vis's roundness). */
export interface EdgeCurve {
  bend: Bend;
  roundness: number;
}

/** Roundnesses tried, gentlest first, for a curve that clears the nodes it passes. */
const ROUNDNESSES = [CURVE_ROUNDNESS, 0.3, 0.45, 0.6, 0.75, 0.9];
/** Room kept between a curve and a node it passes. */
const CLEARANCE = 4;

function hits(curve: EdgeCurve, from: Box, to: Box, obstacles: readonly Box[]): boolean {
  const c = curveControl(
    { x: from.cx, y: from.cy },
    { x: to.cx, y: to.cy },
    curve.bend,
    curve.roundness,
  );
  // The curve lies within the triangle of its ends and control point: only nodes that meet
  // that triangle's bounding box can be in its way.
  const minX = Math.min(from.cx, to.cx, c.x) - CLEARANCE;
  const maxX = Math.max(from.cx, to.cx, c.x) + CLEARANCE;
  const minY = Math.min(from.cy, to.cy, c.y) - CLEARANCE;
  const maxY = Math.max(from.cy, to.cy, c.y) + CLEARANCE;
  const near: Box[] = [];
  for (const b of obstacles) {
    if (b.cx + b.width / 2 < minX || b.cx - b.width / 2 > maxX) continue;
    if (b.cy + b.height / 2 < minY || b.cy - b.height / 2 > maxY) continue;
    near.push({ ...b, width: b.width + 2 * CLEARANCE, height: b.height + 2 * CLEARANCE });
  }
  if (near.length === 0) return false;
  for (let k = 1; k < 40; k++) {
    const t = k / 40;
    const u = 1 - t;
    const x = u * u * from.cx + 2 * u * t * c.x + t * t * to.cx;
    const y = u * u * from.cy + 2 * u * t * c.y + t * t * to.cy;
    if (inside(from, x, y) || inside(to, x, y)) continue;
    if (near.some((b) => inside(b, x, y))) return true;
  }
  return false;
}

/**
 * The gentlest curve from `from` to `to` that runs through none of `obstacles` (the nodes of
 * the ranks it skips): bent the `preferred` way if that can clear them, else the other way;
 * the gentle preferred curve when neither does.
 */
export function clearCurve(
  from: Box,
  to: Box,
  preferred: Bend,
  obstacles: readonly Box[],
): EdgeCurve {
  const other: Bend = preferred === 'cw' ? 'ccw' : 'cw';
  for (const roundness of ROUNDNESSES) {
    for (const bend of [preferred, other]) {
      const curve = { bend, roundness };
      if (!hits(curve, from, to, obstacles)) return curve;
    }
  }
  return { bend: preferred, roundness: CURVE_ROUNDNESS };
}

/** The curved edge between two boxes, cut where it leaves each outline (null if it never does). */
export function curvedSegment(
  from: Box,
  to: Box,
  bend: Bend,
  roundness = CURVE_ROUNDNESS,
): Segment | null {
  const c = curveControl({ x: from.cx, y: from.cy }, { x: to.cx, y: to.cy }, bend, roundness);
  const at = (t: number): [number, number] => {
    const u = 1 - t;
    return [
      u * u * from.cx + 2 * u * t * c.x + t * t * to.cx,
      u * u * from.cy + 2 * u * t * c.y + t * t * to.cy,
    ];
  };
  // Bisection for the parameter where the curve crosses an outline.
  const cross = (box: Box, tIn: number, tOut: number): number | null => {
    if (inside(box, ...at(tOut))) return null;
    for (let k = 0; k < 30; k++) {
      const mid = (tIn + tOut) / 2;
      if (inside(box, ...at(mid))) tIn = mid;
      else tOut = mid;
    }
    return tOut;
  };
  const t0 = cross(from, 0, 0.5);
  const t1 = cross(to, 1, 0.5);
  if (t0 === null || t1 === null || t1 <= t0) return null;
  const [x1, y1] = at(t0);
  const [x2, y2] = at(t1);
  // The control point of the part between t0 and t1 (de Casteljau).
  const w0 = (1 - t0) * (1 - t1);
  const w1 = (1 - t0) * t1 + t0 * (1 - t1);
  const w2 = t0 * t1;
  return {
    x1,
    y1,
    x2,
    y2,
    cx: w0 * from.cx + w1 * c.x + w2 * to.cx,
    cy: w0 * from.cy + w1 * c.y + w2 * to.cy,
  };
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

/** The three corners of an arrow head at the segment's end, along its end tangent. */
export function arrowHead(
  s: Segment,
  size: number,
): [number, number, number, number, number, number] {
  const ang = Math.atan2(s.y2 - (s.cy ?? s.y1), s.x2 - (s.cx ?? s.x1));
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
