// One document's session as the editor sees it: the kernel client (created at the first
// run, never before), what each cell's last run left (RunRecords) and the latest snapshot of
// the names the session holds, kept here so hovers never wait for a busy worker. Every
// kernel event is passed on to listeners together with the run it belongs to.
// No 'vscode' here: the editor features subscribe to it, and tests drive it with a fake.

import type { DebugChannel } from '../kernel/debug/debugChannel';
import { opensModule } from '../kernel/opensModule';
import type { DebugRunOptions } from '../kernel/debug/debugMessages';
import type { StopOutcome } from '../kernel/kernelClient';
import type {
  FileContext,
  GraphPayload,
  GraphRequest,
  KernelEvent,
  NameInfo,
  RunStatus,
  UserError,
  StepsAnswer,
  StepsRequest,
} from '../kernel/protocol';
import { cellLabel, type CodeCell } from './cellModel';
import type { RunKind } from './runReport';
import { RunRecords } from './runRecords';

/** What the session needs of a KernelClient (a fake in tests). */
export interface KernelLike {
  onEvent(listener: (event: KernelEvent) => void): () => void;
  readonly busy: boolean;
  readonly started: boolean;
  run(
    cellId: string,
    code: string,
    firstLine: number,
    files?: FileContext,
    debug?: DebugRunOptions,
    opensModule?: boolean,
  ): number;
  /** The debug line to the session's worker (absent in fakes that never debug). */
  debugChannel?(): DebugChannel;
  backward(cellId: string): number;
  graph(
    target: GraphRequest['target'],
    maxValues: number,
  ): Promise<{ graph: GraphPayload | null; message?: string }>;
  steps(request: Omit<StepsRequest, 'type' | 'requestId'>): Promise<StepsAnswer>;
  stop(): Promise<StopOutcome>;
  restart(): Promise<void>;
  configure(maxGraphNodes: number, maxRunMillis: number): void;
  dispose(): Promise<void>;
}

export interface RunInfo {
  runId: number;
  kind: RunKind;
  cellId: string;
  cellNumber: number;
  /** The cell's title, or "cell N". */
  label: string;
  title: string;
  /** 1-based first code line of the cell when the run was sent. */
  firstLine: number;
  /** Run under the debugger: it may sit paused at a breakpoint for as long as the user likes. */
  debugging: boolean;
}

export interface RunOutcome {
  status: RunStatus;
  error: UserError | null;
  millis: number;
  /** The program ended itself (sys.exit), even with status 0: Run All stops there. */
  exited?: boolean;
}

export interface SessionEvent {
  event: KernelEvent;
  /** The run the event belongs to; null for session-wide events. */
  run: RunInfo | null;
}

interface PendingRun extends RunInfo {
  error: UserError | null;
  resolve: (outcome: RunOutcome) => void;
}

export interface Progress {
  step: number;
  steps: number;
  loss: number;
}

export class DocumentSession {
  readonly records = new RunRecords();
  /** The names bound in the session, as of the latest finished run. */
  names: Record<string, NameInfo> = {};
  /** The run executing now (the kernel said it started), if any. */
  current: RunInfo | null = null;
  /** The latest training progress of the current run. */
  progress: Progress | null = null;
  /** The current run waits for a line of input (input(), sys.stdin) the user is asked for. */
  waitingForInput = false;
  private client: KernelLike | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly pending = new Map<number, PendingRun>();
  private readonly listeners = new Set<(e: SessionEvent) => void>();
  /** Bumped by stop and restart: a sequence of runs (Run All) ends when it changes. */
  private generation = 0;
  private disposed = false;

  constructor(
    private readonly createClient: () => KernelLike,
    /** Where the program may read (asked at each run: unsaved edits change it). */
    private readonly files: () => FileContext | undefined = () => undefined,
  ) {}

  get started(): boolean {
    return this.client?.started ?? false;
  }

  get busy(): boolean {
    return this.pending.size > 0;
  }

  onEvent(listener: (e: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs one cell (queued behind any run in progress). */
  run(cell: CodeCell, cells: readonly CodeCell[], debug?: DebugRunOptions): Promise<RunOutcome> {
    const record = this.records.begin(cell, cells);
    const client = this.ensureClient();
    const above = cells.filter((c) => c.firstLine < cell.firstLine).map((c) => c.code);
    const runId = client.run(
      record.cellId,
      cell.code,
      cell.firstLine,
      this.files(),
      debug,
      opensModule(above),
    );
    return this.track(runId, 'run', record.cellId, cell, debug !== undefined);
  }

  /** The debug line to this session's worker (starting it if needed). */
  debugChannel(): DebugChannel {
    const client = this.ensureClient();
    if (client.debugChannel === undefined) throw new Error('this session cannot debug');
    return client.debugChannel();
  }

  /**
   * Runs cells one after another; ends at the first that does not finish ok. Under the
   * debugger (`stopOnEntry` given) the first run starts a fresh debug session.
   */
  async runSequence(
    toRun: readonly CodeCell[],
    cells: readonly CodeCell[],
    stopOnEntry?: boolean,
  ): Promise<RunOutcome | null> {
    const generation = this.generation;
    let last: RunOutcome | null = null;
    for (const [i, cell] of toRun.entries()) {
      if (this.disposed || generation !== this.generation) break;
      const debug = stopOnEntry === undefined ? undefined : { fresh: i === 0, stopOnEntry };
      last = await this.run(cell, cells, debug);
      if (last.status !== 'ok' || last.exited === true) break;
    }
    return last;
  }

  /**
   * Backpropagates from the cell's output, running the cell first when its code changed
   * since its last run (or it never ran, or its run did not finish).
   */
  async backward(cell: CodeCell, cells: readonly CodeCell[]): Promise<RunOutcome> {
    if (this.records.needsRun(cell, cells)) {
      const ran = await this.run(cell, cells);
      if (ran.status !== 'ok') return ran;
    }
    const cellId = this.records.matchOf(cell, cells)?.record.cellId;
    if (cellId === undefined) return { status: 'error', error: null, millis: 0 };
    this.records.revive(cellId);
    const client = this.ensureClient();
    const runId = client.backward(cellId);
    return this.track(runId, 'backward', cellId, cell);
  }

  /** The graph of the cell's output, running the cell first if needed. */
  async cellGraph(
    cell: CodeCell,
    cells: readonly CodeCell[],
    maxValues: number,
  ): Promise<{ graph: GraphPayload | null; message?: string; cellId: string | null }> {
    if (this.records.needsRun(cell, cells)) {
      const ran = await this.run(cell, cells);
      if (ran.status !== 'ok') {
        const why =
          ran.error !== null
            ? `${ran.error.kind}: ${ran.error.message}`
            : `the run ${ran.status === 'stopped' ? 'was stopped' : 'failed'}`;
        return { graph: null, message: `The cell did not run to the end (${why}).`, cellId: null };
      }
    }
    const cellId = this.records.matchOf(cell, cells)?.record.cellId ?? null;
    if (cellId === null) return { graph: null, message: 'The cell has not run yet.', cellId };
    const answer = await this.graph({ cellId }, maxValues);
    return { ...answer, cellId };
  }

  /** A graph by target; answers without starting a session that has not started. */
  graph(
    target: GraphRequest['target'],
    maxValues: number,
  ): Promise<{ graph: GraphPayload | null; message?: string }> {
    if (this.client === null || !this.client.started) {
      return Promise.resolve({ graph: null, message: 'The session has not run anything yet.' });
    }
    return this.client.graph(target, maxValues);
  }

  /** A chunk of the backward stepper's steps over the graph of a drawn Value. */
  steps(request: Omit<StepsRequest, 'type' | 'requestId'>): Promise<StepsAnswer> {
    if (this.client === null || !this.client.started) {
      const { rootId, mode } = request;
      const message = 'The session has not run anything yet.';
      return Promise.resolve({ rootId, mode, total: 0, from: 0, steps: [], message });
    }
    return this.client.steps(request);
  }

  /** Stops the running cell (and any Run All in progress); the session keeps its names. */
  async stop(): Promise<StopOutcome> {
    this.generation++;
    if (this.client === null) return 'idle';
    return this.client.stop();
  }

  /** A fresh session: every name and every cell's output is gone. */
  async restart(): Promise<void> {
    this.generation++;
    if (this.client === null) return;
    await this.client.restart();
  }

  configure(maxGraphNodes: number, maxRunMillis: number): void {
    this.client?.configure(maxGraphNodes, maxRunMillis);
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    this.generation++;
    this.unsubscribe?.();
    const client = this.client;
    this.client = null;
    this.settle('stopped');
    this.listeners.clear();
    await client?.dispose();
  }

  private ensureClient(): KernelLike {
    if (this.client !== null) return this.client;
    const client = this.createClient();
    this.unsubscribe = client.onEvent((e) => this.receive(e));
    this.client = client;
    return client;
  }

  private track(
    runId: number,
    kind: RunKind,
    cellId: string,
    cell: CodeCell,
    debugging = false,
  ): Promise<RunOutcome> {
    return new Promise((resolve) => {
      this.pending.set(runId, {
        runId,
        kind,
        cellId,
        cellNumber: cell.number,
        label: cellLabel(cell),
        title: cell.title,
        firstLine: cell.firstLine,
        debugging,
        error: null,
        resolve,
      });
    });
  }

  private settle(status: RunStatus): void {
    const runs = [...this.pending.values()];
    this.pending.clear();
    this.current = null;
    this.progress = null;
    this.waitingForInput = false;
    for (const r of runs) r.resolve({ status, error: r.error, millis: 0 });
  }

  private receive(event: KernelEvent): void {
    const run = 'runId' in event ? (this.pending.get(event.runId) ?? null) : null;
    switch (event.type) {
      case 'started':
        if (run !== null) {
          this.current = run;
          this.progress = null;
          if (run.kind === 'run') this.records.started(run.cellId);
          else this.records.clearError(run.cellId);
        }
        break;
      case 'result':
        // A backward's result is the cell's result with its new grads (Session.backward).
        if (run !== null) this.records.setResult(run.cellId, event.text);
        break;
      case 'error':
        if (run !== null) {
          run.error = event.error;
          // A backward's error at a line (in the user's own backward(), say) is the cell's
          // to show until its next run or backward; one at no line is a message instead.
          if (run.kind === 'run' || event.error.line >= 1)
            this.records.setError(run.cellId, event.error);
        }
        break;
      case 'progress':
        if (run !== null)
          this.progress = { step: event.step, steps: event.steps, loss: event.loss };
        break;
      case 'input':
        if (run !== null) this.waitingForInput = true;
        break;
      case 'stdout':
        // The answer is echoed after its prompt: the run goes on.
        this.waitingForInput = false;
        break;
      case 'done':
        // The session sends only what changed since its last report.
        Object.assign(this.names, event.names);
        for (const name of event.removedNames) delete this.names[name];
        this.records.setInline(event.inline);
        if (run !== null) {
          if (run.kind === 'run') this.records.finish(run.cellId, event.status, event.millis);
          this.pending.delete(run.runId);
          if (this.current?.runId === run.runId) {
            this.current = null;
            this.progress = null;
            this.waitingForInput = false;
          }
        }
        break;
      case 'restarted':
        this.generation++;
        this.names = {};
        this.records.clear();
        this.settle('stopped');
        break;
      default:
        break;
    }
    this.emit({ event, run });
    // After listeners saw the run's last event, so they read the finished state.
    if (event.type === 'done' && run !== null) {
      run.resolve({
        status: event.status,
        error: run.error,
        millis: event.millis,
        ...(event.exit === undefined ? {} : { exited: true }),
      });
    }
  }

  private emit(e: SessionEvent): void {
    for (const listener of this.listeners) listener(e);
  }
}
