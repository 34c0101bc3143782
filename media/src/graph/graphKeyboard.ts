// The keys on the focused graph, carried out on the view: moves between nodes, the output,
// opening and folding, fit and unselect (graphKeys.ts says which key is which).
import { graphKeyCommand } from './graphKeys';
import { moveFor, neighbour, type NavGraph } from './graphNavigation';
import type { ShownGraph } from './shownGraph';
import type { VisibleNode } from './visibleGraph';

/** What the keys act on. */
export interface KeyTarget {
  shown(): ShownGraph | null;
  selected(): string | null;
  navGraph(shown: ShownGraph): NavGraph;
  setSelected(id: string | null): void;
  /** True when the node is on screen. */
  inView(id: string): boolean;
  /** Centres the node. */
  focus(id: string): void;
  /** Enter: reveals a Value in the editor, or opens a group, Σ, bundle or stub. */
  activate(n: VisibleNode): void;
  /** Folds the chain or group around the node. */
  fold(n: VisibleNode): void;
  fit(): void;
}

export function onGraphKey(e: KeyboardEvent, target: KeyTarget): void {
  const shown = target.shown();
  const command = graphKeyCommand(e.key);
  if (!shown || !command) return;
  const selected = target.selected();
  const n = selected ? shown.node(selected) : undefined;
  switch (command.kind) {
    case 'move': {
      e.preventDefault();
      const nav = target.navGraph(shown);
      // With nothing selected yet, the first arrow press lands on the output.
      const next = selected
        ? neighbour(nav, selected, moveFor(command.key, nav.orientation))
        : shown.rootNodeId();
      if (next) {
        target.setSelected(next);
        if (!target.inView(next)) target.focus(next);
      }
      break;
    }
    case 'output': {
      e.preventDefault();
      const root = shown.rootNodeId();
      if (root) {
        target.setSelected(root);
        target.focus(root);
      }
      break;
    }
    case 'activate':
      if (n) {
        e.preventDefault();
        target.activate(n);
      }
      break;
    case 'expand':
      if (n && n.kind !== 'value' && n.kind !== 'op') target.activate(n);
      break;
    case 'collapse':
      if (n) target.fold(n);
      break;
    case 'fit':
      target.fit();
      break;
    case 'unselect':
      target.setSelected(null);
      break;
  }
}
