// What each key does on the focused graph (the rest of the panel uses standard controls).
import type { NavKey } from './graphNavigation';

export type GraphKeyCommand =
  | { kind: 'move'; key: NavKey }
  | { kind: 'output' }
  | { kind: 'activate' }
  | { kind: 'expand' }
  | { kind: 'collapse' }
  | { kind: 'fit' }
  | { kind: 'unselect' };

export function graphKeyCommand(key: string): GraphKeyCommand | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowRight':
    case 'ArrowUp':
    case 'ArrowDown':
      return { kind: 'move', key };
    case 'Home':
      return { kind: 'output' };
    case 'Enter':
    case ' ':
      return { kind: 'activate' };
    case '+':
    case '=':
      return { kind: 'expand' };
    case '-':
    case '_':
      return { kind: 'collapse' };
    case 'f':
    case 'F':
      return { kind: 'fit' };
    case 'Escape':
      return { kind: 'unselect' };
    default:
      return null;
  }
}

export const GRAPH_KEYS_HELP =
  'Compute graph. Arrow keys move between nodes (left to inputs, right to uses), Home goes to the output, Enter reveals the selected value in the editor or expands a group, minus collapses its group, F fits the graph.';
