// How the stepper draws a node's place in the pass, over its usual look: still to come is
// faded, done has a calm border in the "done" colour, the current node a thick ring.
import { cssColor, withAlpha } from '../theme/color';
import type { Palette } from '../theme/palette';
import type { NodeLook } from '../graph/nodeLook';

export type StepMark = 'done' | 'current' | 'todo';

function box(
  ctx: CanvasRenderingContext2D,
  look: NodeLook,
  cx: number,
  cy: number,
  out: number,
): void {
  const w = look.width + 2 * out;
  const h = look.height + 2 * out;
  ctx.beginPath();
  if (look.shape === 'ellipse') ctx.ellipse(cx, cy, w / 2, h / 2, 0, 0, Math.PI * 2);
  else ctx.roundRect(cx - w / 2, cy - h / 2, w, h, Math.min(look.radius + out, h / 2));
}

export function paintStepMark(
  ctx: CanvasRenderingContext2D,
  look: NodeLook,
  cx: number,
  cy: number,
  mark: StepMark,
  palette: Palette,
): void {
  switch (mark) {
    case 'todo':
      box(ctx, look, cx, cy, 1);
      ctx.fillStyle = cssColor(withAlpha(palette.bg, 0.6));
      ctx.fill();
      return;
    case 'done':
      box(ctx, look, cx, cy, 2);
      ctx.lineWidth = 2;
      ctx.setLineDash([]);
      ctx.strokeStyle = cssColor(palette.green);
      ctx.stroke();
      return;
    case 'current':
      box(ctx, look, cx, cy, 5);
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
