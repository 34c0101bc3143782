// A cancellable progress notification for runs that take longer than a second; cancelling
// it stops the run (the session keeps its names).
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import type { RunInfo } from './documentSession';
import { shortNumber } from './numberText';

const SHOW_AFTER_MILLIS = 1000;

/** The notification's text changes at most this often (progress arrives up to 20 a second). */
const REPORT_MILLIS = 250;

interface Watch {
  timer: ReturnType<typeof setTimeout> | null;
  report: ((message: string, percent: number) => void) | null;
  end: (() => void) | null;
  lastReport: number;
}

export class RunProgress implements vscode.Disposable {
  private readonly watches = new Map<string, Watch>();

  constructor(
    ctx: Ctx,
    private readonly stop: (uri: vscode.Uri) => Promise<void>,
  ) {
    ctx.own(
      ctx.sessions.onEvent((uri, { event, run }) => {
        if (run === null) {
          if (event.type === 'restarted') this.endAll(uri);
          return;
        }
        const key = `${uri.toString()}#${run.runId}`;
        // A debugged run has the debug toolbar to stop it, and a notification saying
        // "running" while it sits paused at a breakpoint would be wrong.
        if (event.type === 'started') {
          if (!run.debugging) this.watch(uri, key, run);
        } else if (event.type === 'progress') {
          const w = this.watches.get(key);
          const now = Date.now();
          const last = event.step === event.steps - 1;
          if (w?.report == null || (!last && now - w.lastReport < REPORT_MILLIS)) return;
          w.lastReport = now;
          const percent = event.steps > 0 ? ((event.step + 1) / event.steps) * 100 : 0;
          w.report(
            `step ${event.step + 1}/${event.steps} · loss ${shortNumber(event.loss)}`,
            percent,
          );
        } else if (event.type === 'done') this.end(key);
      }),
      // A closed document's session ends without a last event.
      vscode.workspace.onDidCloseTextDocument((d) => this.endAll(d.uri)),
    );
  }

  private watch(uri: vscode.Uri, key: string, run: RunInfo): void {
    const w: Watch = { timer: null, report: null, end: null, lastReport: 0 };
    this.watches.set(key, w);
    w.timer = setTimeout(() => {
      w.timer = null;
      if (!this.watches.has(key)) return;
      const fileName = uri.path.split('/').pop() ?? '';
      void vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: `ToyGrad: ${run.kind === 'backward' ? 'backward of' : 'running'} ${cellName(run)} (${fileName})`,
          cancellable: true,
        },
        (progress, token) =>
          new Promise<void>((resolve) => {
            let shown = 0;
            w.report = (message, percent) => {
              progress.report({ message, increment: Math.max(0, percent - shown) });
              shown = Math.max(shown, percent);
            };
            w.end = resolve;
            token.onCancellationRequested(() => {
              void this.stop(uri);
            });
          }),
      );
    }, SHOW_AFTER_MILLIS);
  }

  private end(key: string): void {
    const w = this.watches.get(key);
    if (w === undefined) return;
    this.watches.delete(key);
    if (w.timer !== null) clearTimeout(w.timer);
    w.end?.();
  }

  private endAll(uri: vscode.Uri): void {
    const prefix = `${uri.toString()}#`;
    for (const key of [...this.watches.keys()]) if (key.startsWith(prefix)) this.end(key);
  }

  dispose(): void {
    for (const key of [...this.watches.keys()]) this.end(key);
  }
}

/** The cell as the notification names it: its title quoted (a cell titled "backward" is not
 * Run Backward), else "cell N". */
function cellName(run: RunInfo): string {
  return run.title !== '' ? `“${run.title}”` : run.label;
}
