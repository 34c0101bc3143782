// Brings the panels back after a window reload: VS Code keeps the tab and calls this with
// it; the state comes from workspaceState (the webview is not retained while hidden).
import * as vscode from 'vscode';
import type { GraphPanels } from './graphPanels';

export class PanelSerializer implements vscode.WebviewPanelSerializer {
  constructor(private readonly panels: GraphPanels) {}

  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    this.panels.restore(panel);
  }
}
