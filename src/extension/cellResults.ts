// Keeps each document's run records in step with its text: an edited cell's values are
// dimmed at once and taken away DIM_MILLIS later (until it runs again), and one event tells
// the decorations and the runtime diagnostics to redraw, after an edit or a run event.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { isTgrad } from './documentCells';

/** How long an edited cell's values stay, dimmed, before they are taken away. */
export const DIM_MILLIS = 1500;

export class CellResults implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a document whose results (or their positions) changed. */
  readonly onDidChange = this.changed.event;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly ctx: Ctx) {
    ctx.own(
      this.changed,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && isTgrad(e.document)) this.onEdit(e.document);
      }),
      ctx.sessions.onEvent((uri, e) => {
        switch (e.event.type) {
          case 'started':
          case 'result':
          case 'error':
          case 'done':
          case 'restarted':
            this.changed.fire(uri);
            return;
          default:
            return;
        }
      }),
    );
  }

  /** Tells the views to redraw a document (after Clear Results, a setting change). */
  refresh(uri: vscode.Uri): void {
    this.changed.fire(uri);
  }

  private onEdit(document: vscode.TextDocument): void {
    const session = this.ctx.sessions.get(document.uri);
    if (session === undefined) return;
    session.records.noteEdits(this.ctx.cells.get(document), Date.now());
    this.schedule(document.uri);
    // Lines may have moved even when no record changed state: always redraw.
    this.changed.fire(document.uri);
  }

  private schedule(uri: vscode.Uri): void {
    const key = uri.toString();
    const session = this.ctx.sessions.get(uri);
    const next = session?.records.nextExpiry(DIM_MILLIS) ?? null;
    const old = this.timers.get(key);
    if (old !== undefined) clearTimeout(old);
    this.timers.delete(key);
    if (next === null) return;
    this.timers.set(
      key,
      setTimeout(
        () => {
          this.timers.delete(key);
          const s = this.ctx.sessions.get(uri);
          if (s === undefined) return;
          if (s.records.expire(Date.now(), DIM_MILLIS)) this.changed.fire(uri);
          this.schedule(uri);
        },
        Math.max(0, next - Date.now()) + 10,
      ),
    );
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
