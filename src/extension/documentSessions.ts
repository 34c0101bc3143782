// One session per document, created at the first run and disposed when the document is
// closed. Every session event is passed on with the document it belongs to, so the output
// channel, decorations, diagnostics, status bar, progress and panel each subscribe once.
import * as vscode from 'vscode';
import { KernelClient } from '../kernel/kernelClient';
import { DocumentSession, type SessionEvent } from './documentSession';
import { fileContextFor } from './fileContext';
import { askProgramInput } from './programInput';
import { readSettings, type Settings } from './settings';

export type SessionListener = (uri: vscode.Uri, e: SessionEvent) => void;

export class DocumentSessions implements vscode.Disposable {
  private readonly sessions = new Map<string, { uri: vscode.Uri; session: DocumentSession }>();
  private readonly listeners = new Set<SessionListener>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly closed = new vscode.EventEmitter<vscode.Uri>();
  /** A document's session was closed with its document: what was kept for it can go. */
  readonly onDidClose = this.closed.event;

  constructor(private readonly workerPath: string) {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument((d) => void this.close(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (
          e.affectsConfiguration('toygrad.maxGraphNodes') ||
          e.affectsConfiguration('toygrad.maxRunSeconds')
        ) {
          const s = readSettings();
          for (const { session } of this.sessions.values()) {
            session.configure(s.maxGraphNodes, s.maxRunSeconds * 1000);
          }
        }
      }),
    );
  }

  /** Subscribe to the events of every session, present and future. */
  onEvent(listener: SessionListener): vscode.Disposable {
    this.listeners.add(listener);
    return new vscode.Disposable(() => this.listeners.delete(listener));
  }

  get(uri: vscode.Uri): DocumentSession | undefined {
    return this.sessions.get(uri.toString())?.session;
  }

  /** The document's session; its kernel starts only when it is first asked to run. */
  getOrCreate(uri: vscode.Uri): DocumentSession {
    const key = uri.toString();
    const known = this.sessions.get(key);
    if (known !== undefined) return known.session;
    const session = new DocumentSession(
      () => {
        const s: Settings = readSettings(uri);
        return new KernelClient({
          workerPath: this.workerPath,
          maxGraphNodes: s.maxGraphNodes,
          maxRunMillis: s.maxRunSeconds * 1000,
          input: 'ask',
          askInput: askProgramInput(uri),
        });
      },
      () => fileContextFor(uri),
    );
    session.onEvent((e) => {
      for (const listener of this.listeners) listener(uri, e);
    });
    this.sessions.set(key, { uri, session });
    return session;
  }

  all(): { uri: vscode.Uri; session: DocumentSession }[] {
    return [...this.sessions.values()];
  }

  async close(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const known = this.sessions.get(key);
    if (known === undefined) return;
    this.sessions.delete(key);
    this.closed.fire(known.uri);
    await known.session.dispose();
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.closed.dispose();
    for (const { session } of this.sessions.values()) void session.dispose();
    this.sessions.clear();
    this.listeners.clear();
  }
}
