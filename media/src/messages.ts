// Messages arrive through window 'message' events; anything not shaped like a ToPanel message
// is ignored rather than trusted.
import type { ToPanel } from '../../src/kernel/protocol';

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isView = (v: unknown): boolean => v === 'graph' || v === 'curves' || v === 'plots';
const isGraph = (g: unknown): boolean =>
  isObj(g) && Array.isArray(g.values) && Array.isArray(g.groups) && typeof g.rootId === 'number';

export function asToPanel(data: unknown): ToPanel | null {
  if (!isObj(data) || typeof data.type !== 'string') return null;
  switch (data.type) {
    case 'state': {
      const s = data.state;
      if (!isObj(s) || !Array.isArray(s.curves) || !Array.isArray(s.plots)) return null;
      if (s.graph !== null && !isGraph(s.graph)) return null;
      return data as unknown as ToPanel;
    }
    case 'graph':
      return isGraph(data.graph) ? (data as unknown as ToPanel) : null;
    case 'values':
      return Array.isArray(data.updates) ? (data as unknown as ToPanel) : null;
    case 'select':
      return data.valueId === null || typeof data.valueId === 'number'
        ? (data as unknown as ToPanel)
        : null;
    case 'loss':
      return Array.isArray(data.batches) ? (data as unknown as ToPanel) : null;
    case 'clearLoss':
      return data as unknown as ToPanel;
    case 'graphGone':
      return typeof data.reason === 'string' ? (data as unknown as ToPanel) : null;
    case 'plot':
      return isObj(data.plot) && Array.isArray(data.plot.xs) && Array.isArray(data.plot.ys)
        ? (data as unknown as ToPanel)
        : null;
    case 'boundary':
      return isObj(data.boundary) &&
        Array.isArray(data.boundary.scores) &&
        Array.isArray(data.boundary.points)
        ? (data as unknown as ToPanel)
        : null;
    case 'show':
      return isView(data.view) ? (data as unknown as ToPanel) : null;
    case 'config':
      return typeof data.maxVisibleNodes === 'number' ? (data as unknown as ToPanel) : null;
    case 'running':
      return data.running === null || typeof data.running === 'string'
        ? (data as unknown as ToPanel)
        : null;
    case 'steps':
      return isObj(data.answer) &&
        Array.isArray(data.answer.steps) &&
        typeof data.answer.total === 'number'
        ? (data as unknown as ToPanel)
        : null;
    default:
      return null;
  }
}
