// Keyboard movement between drawn nodes: left to an input, right to a consumer, up and down
// within the column, always to the nearest one on screen.

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export interface NavGraph {
  position(id: string): { x: number; y: number } | undefined;
  inputs(id: string): readonly string[];
  consumers(id: string): readonly string[];
  /** Node ids sharing the column of `id`, any order. */
  column(id: string): readonly string[];
}

export function neighbour(nav: NavGraph, current: string, key: NavKey): string | null {
  const here = nav.position(current);
  if (!here) return null;
  const nearest = (
    ids: readonly string[],
    keep: (p: { x: number; y: number }) => boolean,
  ): string | null => {
    let best: string | null = null;
    let bestD = Infinity;
    for (const id of ids) {
      if (id === current) continue;
      const p = nav.position(id);
      if (!p || !keep(p)) continue;
      const d = Math.abs(p.y - here.y) + 1e-3 * Math.abs(p.x - here.x);
      if (d < bestD || (d === bestD && best !== null && id < best)) {
        best = id;
        bestD = d;
      }
    }
    return best;
  };
  switch (key) {
    case 'ArrowLeft':
      return nearest(nav.inputs(current), () => true);
    case 'ArrowRight':
      return nearest(nav.consumers(current), () => true);
    case 'ArrowUp':
      return nearest(nav.column(current), (p) => p.y < here.y);
    case 'ArrowDown':
      return nearest(nav.column(current), (p) => p.y > here.y);
  }
}
