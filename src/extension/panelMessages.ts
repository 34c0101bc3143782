// Messages from the webview are data from another context: each is checked for the shape
// the protocol promises before the extension acts on it.
import type { FromPanel } from '../kernel/protocol';

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

export function asFromPanel(data: unknown): FromPanel | null {
  if (!isObj(data)) return null;
  switch (data.type) {
    case 'ready':
    case 'clearLoss':
    case 'stop':
      return { type: data.type };
    case 'reveal':
      if (!isNum(data.valueId) || !isNum(data.line) || !isNum(data.col)) return null;
      return {
        type: 'reveal',
        valueId: data.valueId,
        line: data.line,
        col: data.col,
        ...(data.keepFocus === true ? { keepFocus: true } : {}),
      };
    case 'view':
      if (data.view !== 'graph' && data.view !== 'curves' && data.view !== 'plots') return null;
      return { type: 'view', view: data.view };
    case 'export':
      if (data.format !== 'svg' && data.format !== 'png' && data.format !== 'csv') return null;
      if (typeof data.fileName !== 'string' || typeof data.data !== 'string') return null;
      return { type: 'export', format: data.format, fileName: data.fileName, data: data.data };
    case 'steps':
      if (!isNum(data.rootId) || !isNum(data.from) || !isNum(data.count)) return null;
      if (data.mode !== 'backward' && data.mode !== 'forward') return null;
      return {
        type: 'steps',
        rootId: data.rootId,
        mode: data.mode,
        from: data.from,
        count: data.count,
      };
    case 'error':
      return typeof data.message === 'string' ? { type: 'error', message: data.message } : null;
    default:
      return null;
  }
}
