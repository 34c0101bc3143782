// The webview's one link to the extension: VS Code's acquireVsCodeApi (callable once).
// getState/setState survive the panel being hidden and shown again, which recreates the page.
import type { FromPanel } from '../../src/kernel/protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

export interface PanelHost {
  post(message: FromPanel): void;
  getState(): unknown;
  setState(state: unknown): void;
}

export function connectHost(): PanelHost {
  if (typeof acquireVsCodeApi !== 'function') {
    // Opened outside VS Code (a plain browser while developing): keep working, post nowhere.
    let state: unknown;
    return {
      post: (m) => console.info('toygrad panel →', m.type),
      getState: () => state,
      setState: (s) => {
        state = s;
      },
    };
  }
  const api = acquireVsCodeApi();
  return {
    post: (m) => api.postMessage(m),
    getState: () => api.getState(),
    setState: (s) => api.setState(s),
  };
}
