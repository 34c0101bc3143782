// Series colours come from the theme's chart palette, in a fixed order, so run 1's loss is
// the same colour in the curve, the legend and the read-out.
import type { Rgba } from '../theme/color';
import type { Palette } from '../theme/palette';

export function seriesColor(p: Palette, ordinal: number): Rgba {
  const cycle = [p.blue, p.orange, p.green, p.purple, p.red, p.yellow];
  return cycle[((ordinal % cycle.length) + cycle.length) % cycle.length];
}
