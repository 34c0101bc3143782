// The "ToyGrad" output channel: a header per cell run (file, cell, time), then what the
// program printed, its result, warnings and errors. Shown without taking focus, and only
// when a run has something to say, and not for a notebook's runs: their cells show it all,
// and the panel would cover half the notebook at every run.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import type { SessionEvent } from './documentSession';
import { isNotebookSessionUri } from './notebookController';
import { endLine, errorLine, headerLine, resultLine, warningLine } from './runReport';

/** How much of the channel's text is kept for the test commands to read. */
const MIRROR_CHARS = 256 * 1024;

export class RunOutput implements vscode.Disposable {
  readonly channel: vscode.OutputChannel;
  private mirror = '';
  /** The run whose header the channel shows last: another run's text gets its own header. */
  private lastRun: string | null = null;
  private atLineStart = true;
  private shownFor = new Set<string>();

  constructor(ctx: Ctx) {
    this.channel = vscode.window.createOutputChannel('ToyGrad');
    ctx.own(ctx.sessions.onEvent((uri, e) => this.onEvent(uri, e)));
  }

  /** The channel's recent text (for tests: an OutputChannel cannot be read back). */
  get text(): string {
    return this.mirror;
  }

  appendLine(line: string): void {
    this.write(`${this.atLineStart ? '' : '\n'}${line}\n`);
  }

  private write(text: string): void {
    if (text === '') return;
    this.channel.append(text);
    this.mirror = (this.mirror + text).slice(-MIRROR_CHARS);
    this.atLineStart = text.endsWith('\n');
  }

  private header(uri: vscode.Uri, e: SessionEvent): void {
    const run = e.run;
    if (run === null) return;
    const key = `${uri.toString()}#${run.runId}`;
    if (this.lastRun === key) return;
    this.lastRun = key;
    const fileName = uri.path.split('/').pop() ?? uri.toString();
    this.appendLine(
      headerLine({
        fileName,
        cellNumber: run.cellNumber,
        title: run.title,
        kind: run.kind,
        at: new Date(),
      }),
    );
  }

  private show(uri: vscode.Uri, e: SessionEvent): void {
    if (isNotebookSessionUri(uri)) return;
    const key = `${uri.toString()}#${e.run?.runId ?? 0}`;
    if (this.shownFor.has(key)) return;
    this.shownFor.add(key);
    this.channel.show(true);
  }

  private onEvent(uri: vscode.Uri, e: SessionEvent): void {
    const { event } = e;
    switch (event.type) {
      case 'started':
        this.header(uri, e);
        return;
      case 'stdout':
        this.header(uri, e);
        this.write(event.text);
        this.show(uri, e);
        return;
      case 'result':
        this.header(uri, e);
        this.appendLine(resultLine(event.text));
        this.show(uri, e);
        return;
      case 'warning':
        this.header(uri, e);
        this.appendLine(warningLine(event.message, event.line, event.col));
        this.show(uri, e);
        return;
      case 'error':
        this.header(uri, e);
        this.appendLine(errorLine(event.error));
        this.show(uri, e);
        return;
      case 'done':
        this.header(uri, e);
        this.appendLine(endLine(event.status, event.millis));
        this.shownFor.delete(`${uri.toString()}#${event.runId}`);
        return;
      case 'restarted':
        this.lastRun = null;
        this.appendLine(
          `── ${uri.path.split('/').pop() ?? ''}: the session restarted; names from earlier runs are gone ──`,
        );
        return;
      default:
        return;
    }
  }

  dispose(): void {
    this.channel.dispose();
  }
}
