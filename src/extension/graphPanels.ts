// The panels, one per document: opened by the Graph lens or command, or by what a program
// draws, plots or logs in a text editor (a notebook puts those in its cells' outputs, so its
// panel opens only when asked for, showing what the notebook drew last); fed by the session's
// events; restored after a window reload from the
// state kept in workspaceState. Also answers the panel's messages (reveal a line, export a
// file) and tells it which Value the editor cursor is on.
import * as vscode from 'vscode';
import type { FromPanel, GraphRequest, PanelState } from '../kernel/protocol';
import type { Ctx } from './ctx';
import { isTgrad } from './documentCells';
import { LatestThrottle } from './latestThrottle';
import type { RunInfo, SessionEvent } from './documentSession';
import { mapRunLine } from './errorPosition';
import { saveExport } from './saveExport';
import { GraphPanel, PANEL_VIEW_TYPE, panelTitle } from './graphPanel';
import { HeldPanelState, type PanelSink } from './heldPanelState';
import { valueUpdates } from './graphUpdates';
import type { LineHighlight } from './lineHighlight';
import { nameAt } from './nameAtPosition';
import { isNotebookSessionUri } from './notebookController';
import { asFromPanel } from './panelMessages';
import { emptyPanelState, graphHasValue, persistableState, restoreState } from './panelStateModel';
import type { RunOutput } from './runOutput';
import { graphRequestSize } from './settings';

const INDEX_KEY = 'toygrad.panels';
const stateKey = (uri: string) => `toygrad.panel:${uri}`;
/** Graphs larger than this are not stored for a reload (they can be drawn again). */
const MAX_STORED_VALUES = 3000;
const SAVE_DEBOUNCE_MILLIS = 1000;
const DRAW_INTERVAL_MILLIS = 250;

interface IndexEntry {
  title: string;
  savedAt: number;
}

export class GraphPanels implements vscode.Disposable {
  private readonly panels = new Map<string, GraphPanel>();
  private readonly saveTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Runs whose loss curve already brought the panel forward. */
  private readonly revealedFor = new Set<string>();
  private shuttingDown = false;
  private readonly activeChanged = new vscode.EventEmitter<void>();
  /** A ToyGrad panel became, or stopped being, the active editor tab. */
  readonly onDidChangeActive = this.activeChanged.event;
  /** A program that draws or plots every step of a loop: the panel gets the latest, 4 a second. */
  private readonly drawings = new Map<string, LatestThrottle<() => void>>();
  /** Notebook sessions without an open panel: what their panel will show when opened. */
  private readonly held = new Map<string, HeldPanelState>();

  constructor(
    private readonly ctx: Ctx,
    private readonly highlight: LineHighlight,
    private readonly output: RunOutput,
  ) {
    ctx.own(
      ctx.sessions.onEvent((uri, e) => this.onSessionEvent(uri, e)),
      ctx.sessions.onDidClose((uri) => this.dropHeld(uri)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e)),
      ctx.onSettings((s) => {
        for (const p of this.panels.values()) p.configure(s.maxVisibleNodes);
      }),
    );
  }

  /** Whether a notebook session without a panel has pictures kept for its next Show Panel. */
  holds(uri: vscode.Uri): boolean {
    return this.held.has(uri.toString());
  }

  /** A closed notebook's kept pictures and pending draws: no panel will ask for them. */
  private dropHeld(uri: vscode.Uri): void {
    const key = uri.toString();
    this.held.delete(key);
    if (this.panels.has(key)) return;
    for (const [k, t] of this.drawings) {
      if (!k.startsWith(`${key}#`)) continue;
      t.dispose();
      this.drawings.delete(k);
    }
  }

  get(uri: vscode.Uri): GraphPanel | undefined {
    return this.panels.get(uri.toString());
  }

  /** The document of the ToyGrad panel that is the active editor tab, if one is. */
  activeUri(): vscode.Uri | undefined {
    for (const gp of this.panels.values()) if (!gp.closed && gp.panel.active) return gp.uri;
    return undefined;
  }

  /** The document's panel, created beside the editor (without taking focus) if needed. */
  open(uri: vscode.Uri, reveal = true): GraphPanel {
    const known = this.get(uri);
    if (known !== undefined) {
      if (reveal && !known.visible) known.reveal();
      return known;
    }
    const panel = vscode.window.createWebviewPanel(
      PANEL_VIEW_TYPE,
      panelTitle(uri),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true },
    );
    const held = this.held.get(uri.toString());
    if (held === undefined)
      return this.adopt(panel, uri, emptyPanelState(this.ctx.settings.maxVisibleNodes));
    this.held.delete(uri.toString());
    const gp = this.adopt(panel, uri, held.state, held.curveRuns);
    gp.drawnTarget = held.drawnTarget;
    // Cells run since the drawing may have changed its data or grads.
    if (held.drawnTarget !== null && held.state.graph !== null)
      void this.redraw(uri, gp, held.drawnTarget);
    return gp;
  }

  /** A panel VS Code kept across a window reload (WebviewPanelSerializer). */
  restore(panel: vscode.WebviewPanel): void {
    const index = this.index();
    let best: { uri: string; savedAt: number } | null = null;
    for (const [uri, entry] of Object.entries(index)) {
      if (entry.title !== panel.title || this.panels.has(uri)) continue;
      if (best === null || entry.savedAt > best.savedAt) best = { uri, savedAt: entry.savedAt };
    }
    if (best === null) {
      // Nothing says which document it showed: an empty panel would only confuse.
      panel.dispose();
      return;
    }
    const raw = this.ctx.extension.workspaceState.get<unknown>(stateKey(best.uri));
    this.adopt(
      panel,
      vscode.Uri.parse(best.uri),
      restoreState(raw, this.ctx.settings.maxVisibleNodes),
    );
  }

  private adopt(
    panel: vscode.WebviewPanel,
    uri: vscode.Uri,
    state: PanelState,
    curveRuns?: HeldPanelState['curveRuns'],
  ): GraphPanel {
    const key = uri.toString();
    const gp = new GraphPanel(
      panel,
      uri,
      state,
      this.ctx.extensionUri,
      () => this.saveSoon(key),
      curveRuns,
    );
    this.panels.set(key, gp);
    gp.setRunning(this.ctx.sessions.get(uri)?.current?.label ?? null);
    panel.onDidChangeViewState(() => this.activeChanged.fire());
    panel.webview.onDidReceiveMessage((data: unknown) => {
      const message = asFromPanel(data);
      if (message !== null) void this.onMessage(gp, message);
    });
    panel.onDidDispose(() => {
      gp.detach();
      this.panels.delete(key);
      // A notebook keeps feeding what its panel shows, for the next Show Panel.
      if (isNotebookSessionUri(uri) && !this.shuttingDown)
        this.held.set(key, new HeldPanelState(gp.state, gp.drawnTarget));
      this.activeChanged.fire();
      if (!this.shuttingDown) void this.forget(key);
    });
    this.saveSoon(key);
    return gp;
  }

  /** Draws the graph of a cell's output (or any target) in the document's panel. */
  showGraph(
    uri: vscode.Uri,
    graph: NonNullable<PanelState['graph']>,
    target: GraphRequest['target'],
  ): void {
    const gp = this.open(uri);
    gp.showGraph(graph, target);
    const record =
      'cellId' in target ? this.ctx.sessions.get(uri)?.records.get(target.cellId) : undefined;
    gp.drawnCell = record !== undefined ? { title: record.title, hash: record.hash } : null;
  }

  /**
   * What to ask for again after `run`: the drawn target, or, when the drawn cell's run is
   * gone with a restart, this run if it is of the same cell (same code, or same title).
   */
  private followedTarget(
    uri: vscode.Uri,
    gp: GraphPanel,
    run: RunInfo,
  ): GraphRequest['target'] | null {
    const target = gp.drawnTarget;
    if (target === null || !('cellId' in target) || target.cellId === run.cellId) return target;
    const records = this.ctx.sessions.get(uri)?.records;
    const drawn = gp.drawnCell;
    if (records === undefined || drawn === null || records.get(target.cellId) !== undefined)
      return target;
    const now = records.get(run.cellId);
    const same =
      now !== undefined &&
      (now.hash === drawn.hash || (drawn.title !== '' && now.title === drawn.title));
    if (!same) return target;
    gp.drawnTarget = { cellId: run.cellId };
    return gp.drawnTarget;
  }

  async onMessage(gp: GraphPanel, message: FromPanel): Promise<void> {
    switch (message.type) {
      case 'ready':
        gp.onReady();
        return;
      case 'view':
        gp.setView(message.view);
        return;
      case 'clearLoss':
        gp.clearLoss(true);
        return;
      case 'stop':
        await vscode.commands.executeCommand('toygrad.stop', gp.uri);
        return;
      case 'reveal':
        await this.revealFromPanel(gp.uri, message.line, message.col, message.keepFocus === true);
        return;
      case 'export':
        await saveExport(gp.uri, message.format, message.fileName, message.data);
        return;
      case 'error':
        this.output.appendLine(`⚠ panel: ${message.message}`);
        return;
      case 'steps': {
        const { rootId, mode, from, count } = message;
        const session = this.ctx.sessions.get(gp.uri);
        const answer = session
          ? await session.steps({ rootId, mode, from, count })
          : {
              rootId,
              mode,
              total: 0,
              from: 0,
              steps: [],
              message: 'This document has no session.',
            };
        gp.sendSteps(answer);
        return;
      }
      default: {
        const never: never = message;
        throw new Error(`unknown panel message ${JSON.stringify(never)}`);
      }
    }
  }

  private async revealFromPanel(
    uri: vscode.Uri,
    line: number,
    col: number,
    keepFocus = false,
  ): Promise<void> {
    if (line < 1) {
      void vscode.window.showInformationMessage(
        'ToyGrad: this Value was not made by a line of the file.',
      );
      return;
    }
    const document = this.ctx.document(uri) ?? (await vscode.workspace.openTextDocument(uri));
    const session = this.ctx.sessions.get(uri);
    const line0 =
      session !== undefined
        ? mapRunLine(session.records.matches(this.ctx.cells.get(document)), line)
        : line - 1;
    await this.highlight.reveal(uri, line0, Math.max(0, col - 1), keepFocus);
  }

  private onSessionEvent(uri: vscode.Uri, { event, run }: SessionEvent): void {
    if (event.type === 'started' || event.type === 'done' || event.type === 'restarted') {
      this.get(uri)?.setRunning(this.ctx.sessions.get(uri)?.current?.label ?? null);
    }
    switch (event.type) {
      case 'log':
        if (run !== null) this.forRun(uri, run.runId, 'curves')?.addLoss(event.batches, run);
        return;
      case 'progress':
        this.forRun(uri, run?.runId ?? 0, 'curves');
        return;
      case 'draw': {
        const graph = event.graph;
        this.drawing(uri, 'draw').push(() =>
          this.sink(uri).showGraph(graph, { valueId: graph.rootId }),
        );
        return;
      }
      case 'plot': {
        const plot = event.plot;
        this.drawing(uri, `plot:${plot.name}`).push(() => this.sink(uri).addPlot(plot));
        return;
      }
      case 'boundary': {
        const boundary = event.boundary;
        this.drawing(uri, 'boundary').push(() => this.sink(uri).setBoundary(boundary));
        return;
      }
      case 'restarted':
        // Silently keeping the old picture would show Values the session no longer has.
        (this.get(uri) ?? this.held.get(uri.toString()))?.graphGone(
          'The session restarted, so the graph drawn before is gone. Run its cell again to draw it.',
        );
        return;
      case 'done': {
        const prefix = `${uri.toString()}#`;
        for (const [key, t] of this.drawings) if (key.startsWith(prefix)) t.flush();
        if (run !== null) this.revealedFor.delete(`${uri.toString()}#${run.runId}`);
        const gp = this.get(uri);
        if (gp === undefined) return;
        gp.flushLoss();
        // Any cell may call backward() or change .data of drawn Values (an optimizer step),
        // and a run that failed may have done so before its error: ask again after every
        // run. Only changed numbers travel when it is the same graph.
        if (run === null) return;
        const target = this.followedTarget(uri, gp, run);
        if (target !== null) void this.redraw(uri, gp, target);
        return;
      }
      default:
        return;
    }
  }

  /**
   * Where a session's pictures go: a text document's panel, opened (and shown) if needed; a
   * notebook's panel if the user opened it, else what it will show when opened.
   */
  private sink(uri: vscode.Uri): PanelSink {
    if (!isNotebookSessionUri(uri)) return this.open(uri);
    const gp = this.get(uri);
    if (gp !== undefined) return gp;
    const key = uri.toString();
    let held = this.held.get(key);
    if (held === undefined) {
      held = new HeldPanelState(emptyPanelState(this.ctx.settings.maxVisibleNodes));
      this.held.set(key, held);
    }
    return held;
  }

  /** One throttle per document and kind of picture (the graph, each named plot, the boundary). */
  private drawing(uri: vscode.Uri, kind: string): LatestThrottle<() => void> {
    const key = `${uri.toString()}#${kind}`;
    let t = this.drawings.get(key);
    if (t === undefined) {
      t = new LatestThrottle<() => void>((show) => show(), DRAW_INTERVAL_MILLIS);
      this.drawings.set(key, t);
    }
    return t;
  }

  /**
   * The panel for a run's curves: opened (and brought forward) once per run; none when the
   * user closed it during the run (it does not pop up again until the next run).
   */
  private forRun(uri: vscode.Uri, runId: number, view: 'curves'): PanelSink | undefined {
    const key = `${uri.toString()}#${runId}`;
    const first = !this.revealedFor.has(key);
    if (!first) return this.get(uri) ?? this.held.get(uri.toString());
    const gp = isNotebookSessionUri(uri) ? this.sink(uri) : this.open(uri, true);
    this.revealedFor.add(key);
    gp.show(view);
    return gp;
  }

  /** Asks for the drawn target again: only new data/grads when it is the same graph. */
  private async redraw(
    uri: vscode.Uri,
    gp: GraphPanel,
    target: GraphRequest['target'],
  ): Promise<void> {
    const session = this.ctx.sessions.get(uri);
    if (session === undefined) return;
    const answer = await session.graph(target, graphRequestSize(this.ctx.settings));
    const drawn = gp.state.graph;
    if (answer.graph === null || gp.drawnTarget !== target) return;
    if (drawn === null) {
      // Gone with a restart: the cell ran again, so its new graph takes the note's place.
      if (gp.state.graphGone !== undefined) gp.showGraph(answer.graph, target);
      return;
    }
    const updates = valueUpdates(drawn, answer.graph);
    if (updates === null) gp.showGraph(answer.graph, target);
    else gp.updateValues(updates);
  }

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    const document = e.textEditor.document;
    if (!isTgrad(document)) return;
    const gp = this.get(document.uri);
    const session = this.ctx.sessions.get(document.uri);
    if (gp === undefined || session === undefined || gp.state.graph === null) return;
    const at = e.selections[0]?.active;
    if (at === undefined) return;
    const span = nameAt(document.lineAt(at.line).text, at.character);
    const info = span !== null ? session.names[span.name] : undefined;
    if (info?.kind === 'value' && graphHasValue(gp.state, info.id)) gp.select(info.id);
  }

  private index(): Record<string, IndexEntry> {
    return this.ctx.extension.workspaceState.get<Record<string, IndexEntry>>(INDEX_KEY) ?? {};
  }

  private saveSoon(key: string): void {
    if (this.saveTimers.has(key)) return;
    this.saveTimers.set(
      key,
      setTimeout(() => {
        this.saveTimers.delete(key);
        void this.save(key);
      }, SAVE_DEBOUNCE_MILLIS),
    );
  }

  private async save(key: string): Promise<void> {
    const gp = this.panels.get(key);
    if (gp === undefined || gp.closed) return;
    // Read now: the user may close the panel while the state is written, and a closed
    // panel's title throws.
    const title = gp.panel.title;
    const state = this.ctx.extension.workspaceState;
    await state.update(stateKey(key), persistableState(gp.state, MAX_STORED_VALUES));
    // Closed meanwhile: forget() has removed its entry, which must stay removed.
    if (gp.closed) return;
    await state.update(INDEX_KEY, {
      ...this.index(),
      [key]: { title, savedAt: Date.now() },
    });
  }

  private async forget(key: string): Promise<void> {
    const t = this.saveTimers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.saveTimers.delete(key);
    const index = { ...this.index() };
    delete index[key];
    const state = this.ctx.extension.workspaceState;
    await state.update(INDEX_KEY, index);
    await state.update(stateKey(key), undefined);
  }

  dispose(): void {
    this.shuttingDown = true;
    this.activeChanged.dispose();
    for (const t of this.drawings.values()) t.dispose();
    this.drawings.clear();
    for (const [key, t] of this.saveTimers) {
      clearTimeout(t);
      void this.save(key);
    }
    this.saveTimers.clear();
    // Deactivation (a window reload among others) must not close the tabs it restores.
    for (const p of this.panels.values()) p.detach();
    this.panels.clear();
  }
}
