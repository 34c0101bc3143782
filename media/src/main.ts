// Webview entry (bundled to dist/webview.js). Starts the panel, listens for the extension's
// messages and says `ready`, after which the extension sends the full state.
import { PanelApp, type PanelInspection } from './app';
import type { GraphNodeInspection } from './graph/graphInspection';
import { connectHost } from './host';

declare global {
  interface Window {
    /** Read-only look inside the panel, for tests and for debugging in the webview devtools. */
    toygradPanel?: {
      inspect(): PanelInspection;
      graphNodes(): GraphNodeInspection[];
      graphEdges(): ReturnType<PanelApp['inspectGraphEdges']>;
      exportGraph(format: 'svg' | 'png'): void;
    };
  }
}

const host = connectHost();
const root = document.getElementById('app') ?? document.body;
const app = new PanelApp(root, host);
window.toygradPanel = {
  inspect: () => app.inspect(),
  graphNodes: () => app.inspectGraphNodes(),
  graphEdges: () => app.inspectGraphEdges(),
  exportGraph: (f) => app.exportGraph(f),
};
window.addEventListener('message', (e: MessageEvent<unknown>) => app.handle(e.data));
window.addEventListener('error', (e) => app.fail(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => app.fail(e.reason));
host.post({ type: 'ready' });
