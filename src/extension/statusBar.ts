// The status bar item of tgrad editors (and of their panel while it has the focus): idle, "running cell N", or the training step and
// loss while `train` runs. Clicking it while running stops the run; when idle it shows the
// panel. Also keeps the `toygrad.running` context key for the Stop command's enablement.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { isTgrad } from './documentCells';
import type { GraphPanels } from './graphPanels';
import { statusView, type StatusView } from './statusText';

const PROGRESS_MILLIS = 250;
const FOCUS_SETTLE_MILLIS = 150;

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'toygrad.status',
    vscode.StatusBarAlignment.Left,
    50,
  );
  private running: boolean | null = null;
  /** What the item shows is a wait for input. */
  private waiting = false;
  private view: StatusView | null = null;
  /** Progress arrives up to 20 times a second; a person reads a few updates a second. */
  private progressTimer: ReturnType<typeof setTimeout> | null = null;
  private focusTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly ctx: Ctx,
    private readonly panels: Pick<GraphPanels, 'activeUri' | 'onDidChangeActive'>,
  ) {
    this.item.name = 'ToyGrad';
    ctx.own(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.focusMoved()),
      panels.onDidChangeActive(() => this.focusMoved()),
      vscode.window.tabGroups.onDidChangeTabGroups(() => this.focusMoved()),
      ctx.sessions.onEvent((uri, e) => {
        const t = e.event.type;
        // Printed text matters only to end a wait for input (the answer is echoed).
        const waitEnds = t === 'stdout' && this.waiting;
        const watched = t === 'started' || t === 'progress' || t === 'done' || t === 'restarted';
        if (!watched && t !== 'input' && !waitEnds) return;
        if (this.documentUri()?.toString() !== uri.toString()) return;
        if (t === 'progress') this.updateSoon();
        else this.update();
      }),
    );
    this.update();
  }

  /** What the item shows now (for the test commands). */
  get text(): string | null {
    return this.view?.text ?? null;
  }

  get command(): string | null {
    return this.view === null
      ? null
      : this.view.action === 'stop'
        ? 'toygrad.stop'
        : 'toygrad.showPanel';
  }

  /**
   * The editor's focus and the panel's arrive as separate events, in either order (CI once saw
   * the panel focused, no editor active, and the item left hidden for 20 s): look again once
   * the focus has settled.
   */
  private focusMoved(): void {
    this.update();
    if (this.focusTimer !== null) clearTimeout(this.focusTimer);
    this.focusTimer = setTimeout(() => {
      this.focusTimer = null;
      this.update();
    }, FOCUS_SETTLE_MILLIS);
  }

  private updateSoon(): void {
    if (this.progressTimer !== null) return;
    this.progressTimer = setTimeout(() => {
      this.progressTimer = null;
      this.update();
    }, PROGRESS_MILLIS);
  }

  update(): void {
    if (this.progressTimer !== null) {
      clearTimeout(this.progressTimer);
      this.progressTimer = null;
    }
    const uri = this.documentUri();
    if (uri === undefined) {
      this.item.hide();
      this.view = null;
      this.setRunning(false);
      return;
    }
    const session = this.ctx.sessions.get(uri);
    const busy = session?.busy ?? false;
    const view = statusView({
      busy,
      cellNumber: session?.current?.cellNumber ?? null,
      cellLabel: session?.current?.label ?? null,
      progress: session?.progress ?? null,
      started: session?.started ?? false,
      waitingForInput: session?.waitingForInput ?? false,
    });
    this.waiting = session?.waitingForInput ?? false;
    this.view = view;
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.command = this.command ?? undefined;
    this.item.show();
    this.setRunning(busy);
  }

  /**
   * The document the item is about: the tgrad editor's, or, while its panel has the focus
   * (a person watching the curves), the panel's, so Stop stays in reach.
   */
  private documentUri(): vscode.Uri | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor !== undefined && isTgrad(editor.document)) return editor.document.uri;
    return this.panels.activeUri();
  }

  private setRunning(running: boolean): void {
    if (this.running === running) return;
    this.running = running;
    void vscode.commands.executeCommand('setContext', 'toygrad.running', running);
  }

  dispose(): void {
    if (this.progressTimer !== null) clearTimeout(this.progressTimer);
    if (this.focusTimer !== null) clearTimeout(this.focusTimer);
    this.item.dispose();
  }
}
