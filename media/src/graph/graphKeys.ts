// What each key does on the focused graph (the rest of the panel uses standard controls).
import type { NavKey } from './graphNavigation';
import type { Orientation } from './orientation';

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

export function graphKeysHelp(orientation: Orientation): string {
  const flow =
    orientation === 'LR'
      ? 'left to inputs, right to uses, up and down within a column'
      : 'up to inputs, down to uses, left and right within a row';
  return `Compute graph. Arrow keys move between nodes (${flow}), Home goes to the output, Enter reveals the selected value in the editor or opens a group, Σ or bundle, minus folds it back, F fits the graph. Drag to pan, scroll to zoom.`;
}
