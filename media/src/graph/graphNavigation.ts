// Keyboard movement between drawn nodes, following the arrows on screen: against the flow to
// an input, with it to a consumer, across it to the neighbour in the same rank, always to the
// nearest one. Left to right, that is ← → for inputs and uses and ↑ ↓ within the column; top
// to bottom, ↑ ↓ for inputs and uses and ← → within the row.
import type { Orientation } from './orientation';

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export type NavMove = 'toInputs' | 'toConsumers' | 'back' | 'forth';

export interface NavGraph {
  orientation: Orientation;
  position(id: string): { x: number; y: number } | undefined;
  inputs(id: string): readonly string[];
  consumers(id: string): readonly string[];
  /** Node ids sharing the rank of `id`, any order. */
  rank(id: string): readonly string[];
}

export function moveFor(key: NavKey, orientation: Orientation): NavMove {
  const lr = orientation === 'LR';
  switch (key) {
    case 'ArrowLeft':
      return lr ? 'toInputs' : 'back';
    case 'ArrowRight':
      return lr ? 'toConsumers' : 'forth';
    case 'ArrowUp':
      return lr ? 'back' : 'toInputs';
    case 'ArrowDown':
      return lr ? 'forth' : 'toConsumers';
  }
}

export function neighbour(nav: NavGraph, current: string, move: NavMove): string | null {
  const here = nav.position(current);
  if (!here) return null;
  // Across the flow is y left to right, x top to bottom.
  const across = (p: { x: number; y: number }): number => (nav.orientation === 'LR' ? p.y : p.x);
  const along = (p: { x: number; y: number }): number => (nav.orientation === 'LR' ? p.x : p.y);
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
      const d = Math.abs(across(p) - across(here)) + 1e-3 * Math.abs(along(p) - along(here));
      if (d < bestD || (d === bestD && best !== null && id < best)) {
        best = id;
        bestD = d;
      }
    }
    return best;
  };
  switch (move) {
    case 'toInputs':
      return nearest(nav.inputs(current), () => true);
    case 'toConsumers':
      return nearest(nav.consumers(current), () => true);
    case 'back':
      return nearest(nav.rank(current), (p) => across(p) < across(here));
    case 'forth':
      return nearest(nav.rank(current), (p) => across(p) > across(here));
  }
}
