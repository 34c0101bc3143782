// The extension's context: what every feature shares (settings, the cells of each document,
// the sessions) and the one list of disposables, released together on deactivate.
import * as vscode from 'vscode';
import { DocumentCells } from './documentCells';
import { DocumentSessions } from './documentSessions';
import { readSettings, SECTION, type Settings } from './settings';

export class Ctx implements vscode.Disposable {
  readonly cells = new DocumentCells();
  readonly sessions: DocumentSessions;
  private current: Settings = readSettings();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly settingsListeners = new Set<(s: Settings) => void>();

  constructor(readonly extension: vscode.ExtensionContext) {
    this.sessions = this.own(
      new DocumentSessions(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'worker.js').fsPath),
    );
    this.own(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SECTION)) return;
        this.current = readSettings();
        for (const listener of this.settingsListeners) listener(this.current);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.cells.forget(d.uri)),
    );
  }

  get settings(): Settings {
    return this.current;
  }

  get extensionUri(): vscode.Uri {
    return this.extension.extensionUri;
  }

  /** True in the extension's own test runs: enables the internal test commands. */
  get testMode(): boolean {
    return (
      this.extension.extensionMode === vscode.ExtensionMode.Test ||
      process.env.TOYGRAD_E2E_UI_KIND !== undefined ||
      process.env.TOYGRAD_TEST_COMMANDS === '1'
    );
  }

  onSettings(listener: (s: Settings) => void): vscode.Disposable {
    this.settingsListeners.add(listener);
    return new vscode.Disposable(() => this.settingsListeners.delete(listener));
  }

  /** Registers disposables with the context; returns the first for convenience. */
  own<T extends vscode.Disposable>(first: T, ...rest: vscode.Disposable[]): T {
    this.disposables.push(first, ...rest);
    return first;
  }

  /** The open document with this URI, if it is open. */
  document(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  dispose(): void {
    // Last registered first: features before the sessions they observe.
    for (const d of this.disposables.reverse()) d.dispose();
    this.disposables.length = 0;
    this.settingsListeners.clear();
  }
}
