// How the stepper draws a node's place in the pass, over its usual look: still to come is
// faded, done has a calm border in the "done" colour, the current node a thick ring. Marks
// are painted a kind at a time (one path, one fill or stroke for all the faded nodes), so
// two thousand marks cost three canvas operations, not two thousand.
import { cssColor, withAlpha } from '../theme/color';
import type { Palette } from '../theme/palette';
import type { NodeLook } from '../graph/nodeLook';

export type StepMark = 'done' | 'current' | 'todo';

export interface MarkedNode {
  look: NodeLook;
  x: number;
  y: number;
}

/** How far outside the node's outline each mark is drawn. */
function outset(mark: StepMark): number {
  switch (mark) {
    case 'todo':
      return 1;
    case 'done':
      return 2;
    case 'current':
      return 5;
    default: {
      const never: never = mark;
      throw new Error(`unknown step mark ${String(never)}`);
    }
  }
}

function addBox(ctx: CanvasRenderingContext2D, n: MarkedNode, out: number): void {
  const w = n.look.width + 2 * out;
  const h = n.look.height + 2 * out;
  // Each outline a subpath of its own: moveTo starts it where the outline starts.
  if (n.look.shape === 'ellipse') {
    ctx.moveTo(n.x + w / 2, n.y);
    ctx.ellipse(n.x, n.y, w / 2, h / 2, 0, 0, Math.PI * 2);
  } else {
    ctx.roundRect(n.x - w / 2, n.y - h / 2, w, h, Math.min(n.look.radius + out, h / 2));
  }
}

/** Paints one kind of mark on every node given, in one path. */
export function paintStepMarks(
  ctx: CanvasRenderingContext2D,
  mark: StepMark,
  nodes: readonly MarkedNode[],
  palette: Palette,
): void {
  if (nodes.length === 0) return;
  const out = outset(mark);
  ctx.beginPath();
  for (const n of nodes) addBox(ctx, n, out);
  switch (mark) {
    case 'todo':
      ctx.fillStyle = cssColor(withAlpha(palette.bg, 0.6));
      ctx.fill();
      return;
    case 'done':
      ctx.lineWidth = 2;
      ctx.setLineDash([]);
      ctx.strokeStyle = cssColor(palette.green);
      ctx.stroke();
      return;
    case 'current':
      ctx.lineWidth = 4;
      ctx.setLineDash([]);
      ctx.strokeStyle = cssColor(palette.orange);
      ctx.stroke();
      return;
    default: {
      const never: never = mark;
      throw new Error(`unknown step mark ${String(never)}`);
    }
  }
}
