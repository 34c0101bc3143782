// The note above a graph that is not drawn in full: what was left out or folded, and why,
// and how to get at it.
import { count } from '../format/number';
import type { GraphModel } from './graphModel';
import type { VisibleGraph } from './visibleGraph';

export function graphNote(
  model: GraphModel,
  visible: VisibleGraph,
  cap: number,
  autoCollapsed: boolean,
): string {
  const parts: string[] = [];
  if (model.payload.truncated) {
    parts.push(
      `The kernel sent ${count(model.values.length)} of the graph's ${count(model.payload.totalValues)} values (its graph size limit).`,
    );
  }
  if (autoCollapsed) {
    parts.push(
      `Large graph: ${count(model.values.length)} values, more than the ${count(cap)}-node display limit, so groups (neurons, layers) start collapsed.`,
    );
  }
  const chains = visible.nodes.some((n) => n.kind === 'chain');
  const bundles = visible.nodes.some((n) => n.kind === 'bundle');
  if (chains || bundles) {
    const what = [
      chains ? 'each long sum as one Σ node' : '',
      bundles ? 'leaves feeding the same nodes as one bundle' : '',
    ].filter((w) => w !== '');
    parts.push(`Drawn compactly: ${what.join(', ')}.`);
  }
  if (visible.trimmedValues > 0) {
    parts.push(
      `Showing the ${count(visible.nodes.length)} nodes nearest the output; ${count(visible.trimmedValues)} values are behind “⋯ more” nodes.`,
    );
  }
  if (parts.length > 0) {
    parts.push(
      'Double-click a box to open it; Fit (F) shows as much as legible text allows; drag to pan, scroll to zoom.',
    );
  }
  return parts.join(' ');
}
