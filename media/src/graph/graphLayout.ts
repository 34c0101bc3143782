// Where the shown graph's nodes are and how they look, for one flow direction: the looks and
// positions the canvas, the camera, the keyboard and the exports share, the size the graph
// would take laid out either way (what the choice of orientation weighs), and the bend of
// each edge that skips ranks.
import { chooseOrientation, type Extent, type NodeBox } from './camera';
import type { CanvasEdge, CanvasNode } from './canvasItems';
import { clearCurve, CURVE_ROUNDNESS, type Bend, type Box, type EdgeCurve } from './edgeGeometry';
import type { NavGraph } from './graphNavigation';
import { placeGraph, type GraphPlacement } from './graphPlacement';
import type { LookContext, NodeLook } from './nodeLook';
import { labelOf, lookOf } from './nodePresentation';
import type { Orientation } from './orientation';
import type { ShownGraph } from './shownGraph';
import type { TextMeasure } from './textMeasure';
import type { Palette } from '../theme/palette';
import type { VisibleEdge, VisibleGraph } from './visibleGraph';

type Point = { x: number; y: number };

export class GraphLayout {
  /** Orientation the looks and positions were made for; null when they are out of date. */
  orientation: Orientation | null = null;
  /** The largest gradient among the drawn Values, which colours scale to. */
  gradMax = 1;
  looks = new Map<string, NodeLook>();
  positions = new Map<string, Point>();
  private rankOf = new Map<string, number>();
  private ranks: string[][] = [];
  private extents: { of: VisibleGraph; size: Partial<Record<Orientation, Extent>> } | null = null;
  /** Each skipping edge's curve for the current positions (canvas and exports agree). */
  private readonly curves = new Map<string, EdgeCurve | undefined>();

  constructor(
    private readonly palette: () => Palette,
    private readonly measure: TextMeasure,
  ) {}

  /** A new visible graph: the looks and positions are for the one before. */
  outdate(): void {
    this.orientation = null;
  }

  /** Looks and positions laid out `orientation`'s way. */
  layOut(shown: ShownGraph, orientation: Orientation): GraphPlacement {
    this.orientation = orientation;
    this.gradMax = gradMaxOf(shown);
    const placed = placeGraph(
      shown.model,
      shown.visible,
      orientation,
      this.lookContext(orientation),
    );
    this.looks = placed.looks;
    this.positions = placed.positions;
    this.rankOf = placed.rankOf;
    this.ranks = placed.ranks;
    return placed;
  }

  /** The flow direction for a canvas of this size (camera.ts decides). */
  orientationFor(
    shown: ShownGraph,
    view: { width: number; height: number },
    wholeGraphScale: number,
  ): Orientation {
    return chooseOrientation(view, (o) => this.extentOf(shown, o), wholeGraphScale);
  }

  /** The extents measured for this visible graph so far. */
  knownExtents(visible: VisibleGraph): Partial<Record<Orientation, Extent>> {
    return this.extents?.of === visible ? { ...this.extents.size } : {};
  }

  /** New data or grads for `changed` Values: the looks of their nodes, made again. */
  relook(
    shown: ShownGraph,
    changed: ReadonlySet<number>,
  ): { id: string; text: string; look: NodeLook }[] {
    if (this.orientation === null) return [];
    const before = this.gradMax;
    this.gradMax = gradMaxOf(shown);
    const ctx = this.lookContext(this.orientation);
    const all = before !== this.gradMax;
    const changes: { id: string; text: string; look: NodeLook }[] = [];
    for (const n of shown.visible.nodes) {
      const touched =
        n.kind === 'value' || n.kind === 'chain'
          ? all || changed.has(n.value)
          : n.kind === 'bundle' && n.members.some((i) => changed.has(i));
      if (!touched) continue;
      const look = lookOf(shown.model, n, ctx);
      this.looks.set(n.id, look);
      changes.push({ id: n.id, text: labelOf(shown.model, n), look });
    }
    return changes;
  }

  /** The colours changed but not the fonts: every look made again, positions kept. */
  relookAll(shown: ShownGraph, orientation: Orientation): Map<string, NodeLook> {
    const ctx = this.lookContext(orientation);
    const looks = new Map<string, NodeLook>();
    for (const n of shown.visible.nodes) looks.set(n.id, lookOf(shown.model, n, ctx));
    this.looks = looks;
    return looks;
  }

  boxes(ids?: readonly string[]): NodeBox[] {
    const out: NodeBox[] = [];
    for (const id of ids ?? this.positions.keys()) {
      const p = this.positions.get(id);
      const look = this.looks.get(id);
      if (p && look) out.push({ x: p.x, y: p.y, width: look.width, height: look.height });
    }
    return out;
  }

  canvasNodes(shown: ShownGraph): CanvasNode[] {
    return shown.visible.nodes.map((n) => ({
      id: n.id,
      text: labelOf(shown.model, n),
      x: this.positions.get(n.id)!.x,
      y: this.positions.get(n.id)!.y,
      look: this.looks.get(n.id)!,
    }));
  }

  canvasEdges(shown: ShownGraph): CanvasEdge[] {
    this.curves.clear();
    return shown.visible.edges.map((e) => {
      const curve = this.curveOf(e);
      return curve ? { ...e, ...curve } : e;
    });
  }

  navGraph(shown: ShownGraph): NavGraph {
    return {
      orientation: this.orientation ?? 'LR',
      position: (id) => this.positions.get(id),
      inputs: (id) => shown.inputs(id),
      consumers: (id) => shown.consumers(id),
      rank: (id) => this.ranks[this.rankOf.get(id) ?? -1] ?? [],
    };
  }

  /**
   * An edge over more than one rank would run straight through the nodes in between: it is
   * bent, towards the side its target lies on (so it arrives from that side), and just enough
   * to go around the nodes of the ranks it skips (`r = q * q + q`: q's edge to `+` passes
   * the `q*q` node).
   */
  curveOf(e: VisibleEdge): EdgeCurve | undefined {
    const key = `${e.from}\u0000${e.to}`;
    if (this.curves.has(key)) return this.curves.get(key);
    const r0 = this.rankOf.get(e.from) ?? 0;
    const r1 = this.rankOf.get(e.to) ?? 0;
    if (Math.abs(r1 - r0) <= 1) return;
    const a = this.positions.get(e.from);
    const b = this.positions.get(e.to);
    if (!a || !b) return;
    // Left to right, clockwise bends up; top to bottom, it bends right.
    const preferred: Bend =
      this.orientation === 'TB' ? (b.x > a.x ? 'cw' : 'ccw') : b.y > a.y ? 'ccw' : 'cw';
    const box = (id: string, p: Point): Box | null => {
      const look = this.looks.get(id);
      return look
        ? { cx: p.x, cy: p.y, width: look.width, height: look.height, shape: look.shape }
        : null;
    };
    const from = box(e.from, a);
    const to = box(e.to, b);
    if (!from || !to) return { bend: preferred, roundness: CURVE_ROUNDNESS };
    const obstacles: Box[] = [];
    for (let r = Math.min(r0, r1) + 1; r < Math.max(r0, r1); r++) {
      for (const id of this.ranks[r] ?? []) {
        const p = this.positions.get(id);
        const o = p ? box(id, p) : null;
        if (o) obstacles.push(o);
      }
    }
    const curve = clearCurve(from, to, preferred, obstacles);
    this.curves.set(key, curve);
    return curve;
  }

  /** The visible graph's size laid out one way, computed once per visible graph and way. */
  private extentOf(shown: ShownGraph, orientation: Orientation): Extent {
    const visible = shown.visible;
    if (this.extents?.of !== visible) this.extents = { of: visible, size: {} };
    const known = this.extents.size[orientation];
    if (known) return known;
    const placed =
      orientation === this.orientation
        ? { positions: this.positions, looks: this.looks }
        : placeGraph(shown.model, visible, orientation, this.lookContext(orientation));
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const [id, p] of placed.positions) {
      const look = placed.looks.get(id)!;
      minX = Math.min(minX, p.x - look.width / 2);
      maxX = Math.max(maxX, p.x + look.width / 2);
      minY = Math.min(minY, p.y - look.height / 2);
      maxY = Math.max(maxY, p.y + look.height / 2);
    }
    const extent =
      minX <= maxX ? { width: maxX - minX, height: maxY - minY } : { width: 0, height: 0 };
    this.extents.size[orientation] = extent;
    return extent;
  }

  /**
   * How nodes look laid out `orientation`'s way. Asked for explicitly, not read from
   * `this.orientation`: the other way's extent is measured while the current looks (or none,
   * after a render) are for this way, and records change shape when the flow turns.
   */
  private lookContext(orientation: Orientation): LookContext {
    return {
      palette: this.palette(),
      measure: this.measure.measure,
      gradMax: this.gradMax,
      vertical: orientation === 'TB',
    };
  }
}

/** The largest gradient among the drawn Values (1 when there is none). */
function gradMaxOf(shown: ShownGraph): number {
  const model = shown.model;
  let max = 0;
  for (const n of shown.visible.nodes) {
    // A constant's grad (∂L/∂(1/n), say) says nothing about learning and can dwarf the rest.
    if (n.kind !== 'value' && n.kind !== 'chain') continue;
    if (model.values[n.value].role === 'const') continue;
    const g = Math.abs(model.values[n.value].grad);
    if (Number.isFinite(g) && g > max) max = g;
  }
  return max > 0 ? max : 1;
}
