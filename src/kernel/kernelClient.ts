// The host's side of a session that runs in a worker_thread: user code never runs on the
// thread that created this client (the extension host's), so the editor stays responsive
// while a model trains. Stop is a shared-memory flag the worker polls between statements;
// a worker that does not answer a stop in time is replaced by a fresh one.

import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { DebugChannel } from './debug/debugChannel';
import { DEBUG_BUFFER_INTS, type DebugRunOptions } from './debug/debugMessages';
import { InputAnswers, INPUT_BUFFER_BYTES } from './inputLine';
import type {
  FileContext,
  GraphPayload,
  GraphRequest,
  KernelEvent,
  KernelRequest,
  RunRequest,
  StepsAnswer,
  StepsRequest,
} from './protocol';
import { StopSignal } from './stopSignal';

export interface KernelClientOptions {
  /** Absolute path of the built worker bundle (dist/worker.js). */
  workerPath: string;
  maxGraphNodes: number;
  maxRunMillis: number;
  /** How long a stop may take before the worker is replaced. */
  stopGraceMillis?: number;
  /**
   * Where a program's input (input(), sys.stdin) comes from: 'process', this process's
   * standard input (`tgrad run`); 'ask', `askInput` for each line (the editor); absent, none
   * (reads see the end, as a program's with stdin closed).
   */
  input?: 'process' | 'ask';
  /**
   * Asks the user for the line a program waits for (input: 'ask'), with the prompt it printed;
   * undefined when none was given. `cancel` aborts when the run ends or stops first.
   */
  askInput?: (prompt: string, cancel: AbortSignal) => Promise<string | undefined>;
}

export type StopOutcome = 'idle' | 'stopped' | 'restarted';

/**
 * How a session's worker is started. A training step makes tens of thousands of
 * short-lived Values; a young generation this size roughly halves the time spent
 * collecting them (see bench/). The old generation is capped so that a runaway program
 * ends its own worker, never the editor, and the stack is deep enough for recursion to
 * reach Python's limit before JavaScript's.
 */
export const KERNEL_RESOURCE_LIMITS = {
  maxYoungGenerationSizeMb: 192,
  maxOldGenerationSizeMb: 4096,
  // Room for Python's recursion limit of 1000 calls, each a few closures deep.
  stackSizeMb: 64,
};

/** What the worker is given at start. */
export interface WorkerStart {
  stopBuffer: SharedArrayBuffer;
  /** The debug line (see debug/debugChannel.ts): its port and its shared flags. */
  debugPort: MessagePort;
  debugBuffer: SharedArrayBuffer;
  maxGraphNodes: number;
  maxRunMillis: number;
  /** Where the program's input comes from (see KernelClientOptions.input): its line. */
  input: 'process' | 'ask' | 'none';
  inputPort: MessagePort;
  inputBuffer: SharedArrayBuffer;
}

type Listener = (event: KernelEvent) => void;

export class KernelClient {
  private worker: Worker | null = null;
  private debug: DebugChannel | null = null;
  /** The input line of the worker (see inputLine.ts), and the questions open on it. */
  private inputs: InputAnswers | null = null;
  private readonly inputAsks = new Set<AbortController>();
  private stopSignal = new StopSignal();
  private readonly listeners = new Set<Listener>();
  private readonly graphWaiters = new Map<
    number,
    (e: { graph: GraphPayload | null; message?: string }) => void
  >();
  private readonly stepWaiters = new Map<number, (answer: StepsAnswer) => void>();
  private readonly pendingRuns = new Set<number>();
  private runWaiters: (() => void)[] = [];
  private nextRunId = 1;
  private nextRequestId = 1;
  private disposed = false;
  /** Names the session holds, as its reports say: what a restart would lose. */
  private readonly boundNames = new Set<string>();
  private config: { maxGraphNodes: number; maxRunMillis: number };

  constructor(private readonly options: KernelClientOptions) {
    this.config = { maxGraphNodes: options.maxGraphNodes, maxRunMillis: options.maxRunMillis };
  }

  /** Subscribe to every event of the session; returns the unsubscribe function. */
  onEvent(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** True while a run or backward is queued or executing. */
  get busy(): boolean {
    return this.pendingRuns.size > 0;
  }

  /** True once a worker has been started (it is started by the first request, not before). */
  get started(): boolean {
    return this.worker !== null;
  }

  run(
    cellId: string,
    code: string,
    firstLine: number,
    files?: FileContext,
    debug?: DebugRunOptions,
    opensModule?: boolean,
  ): number {
    const runId = this.nextRunId++;
    this.pendingRuns.add(runId);
    const request: RunRequest = { type: 'run', runId, cellId, code, firstLine };
    if (files !== undefined) request.files = files;
    if (debug !== undefined) request.debug = debug;
    if (opensModule === true) request.opensModule = true;
    this.post(request);
    return runId;
  }

  backward(cellId: string): number {
    const runId = this.nextRunId++;
    this.pendingRuns.add(runId);
    this.post({ type: 'backward', runId, cellId });
    return runId;
  }

  /** Ends the program (see EndRequest): a run of its own. */
  endProgram(): number {
    const runId = this.nextRunId++;
    this.pendingRuns.add(runId);
    this.post({ type: 'end', runId, cellId: 'end' });
    return runId;
  }

  /** Resolves when every queued run has finished (or the session restarted). */
  whenIdle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.runWaiters.push(resolve));
  }

  graph(
    target: GraphRequest['target'],
    maxValues: number,
  ): Promise<{ graph: GraphPayload | null; message?: string }> {
    const requestId = this.nextRequestId++;
    return new Promise((resolve) => {
      this.graphWaiters.set(requestId, resolve);
      this.post({ type: 'graph', requestId, target, maxValues });
    });
  }

  /** A chunk of the stepper's steps (see StepsRequest). */
  steps(request: Omit<StepsRequest, 'type' | 'requestId'>): Promise<StepsAnswer> {
    const requestId = this.nextRequestId++;
    return new Promise((resolve) => {
      this.stepWaiters.set(requestId, resolve);
      this.post({ type: 'steps', requestId, ...request });
    });
  }

  /** The debug line to the worker (starting the worker if it has not started). */
  debugChannel(): DebugChannel {
    this.ensureWorker();
    return this.debug!;
  }

  configure(maxGraphNodes: number, maxRunMillis: number): void {
    this.config = { maxGraphNodes, maxRunMillis };
    if (this.worker !== null) this.post({ type: 'config', maxGraphNodes, maxRunMillis });
  }

  /**
   * Ask the running cell to stop between statements. The session and its names survive.
   * If the worker does not finish within the grace period (a long call into the engine),
   * it is replaced and listeners get a 'restarted' event.
   */
  async stop(): Promise<StopOutcome> {
    if (!this.busy || this.worker === null) return 'idle';
    this.stopSignal.request(this.nextRunId - 1);
    // A program paused in the debugger, or waiting for input, waits on shared memory: wake
    // it to see the request.
    this.debug?.wake();
    this.inputs?.nudge();
    const grace = this.options.stopGraceMillis ?? 2000;
    const finished = await Promise.race([
      this.whenIdle().then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), grace)),
    ]);
    if (finished) return 'stopped';
    const lost = this.lostNames();
    await this.restart();
    this.emit({
      type: 'error',
      runId: 0,
      error: {
        kind: 'LimitError',
        message: `the cell did not stop within ${grace / 1000} s, so its session was restarted${lost}`,
        line: 0,
        col: 0,
      },
    });
    return 'restarted';
  }

  /** What a restart now would lose, for the message that announces it. */
  private lostNames(): string {
    const n = this.boundNames.size;
    if (n === 0) return '';
    const shown = [...this.boundNames].slice(0, 8).join(', ');
    return `: ${n === 1 ? 'the name' : `${n} names`} ${shown}${n > 8 ? ', …' : ''} ${n === 1 ? 'is' : 'are'} gone; run the cells again to rebuild them`;
  }

  /** A fresh session: every name is gone. The new worker starts with the next request. */
  async restart(): Promise<void> {
    const old = this.worker;
    this.worker = null;
    this.boundNames.clear();
    this.settleAll();
    if (old !== null) await old.terminate();
    this.emit({ type: 'restarted' });
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    this.debug?.close();
    this.debug = null;
    this.cancelInputs();
    this.inputs?.close();
    this.inputs = null;
    const old = this.worker;
    this.worker = null;
    this.settleAll();
    this.listeners.clear();
    if (old !== null) await old.terminate();
  }

  private settleAll(): void {
    this.cancelInputs();
    this.pendingRuns.clear();
    for (const resolve of this.runWaiters) resolve();
    this.runWaiters = [];
    for (const resolve of this.graphWaiters.values()) {
      resolve({ graph: null, message: 'The session restarted.' });
    }
    this.graphWaiters.clear();
    for (const [requestId, resolve] of this.stepWaiters) {
      void requestId;
      resolve({
        rootId: 0,
        mode: 'backward',
        total: 0,
        from: 0,
        steps: [],
        message: 'The session restarted.',
      });
    }
    this.stepWaiters.clear();
  }

  private post(request: KernelRequest): void {
    if (this.disposed) return;
    this.ensureWorker().postMessage(request);
  }

  private ensureWorker(): Worker {
    if (this.worker !== null) return this.worker;
    this.stopSignal = new StopSignal();
    const channel = new MessageChannel();
    const debugBuffer = new SharedArrayBuffer(DEBUG_BUFFER_INTS * 4);
    this.debug?.close();
    this.debug = new DebugChannel(channel.port1, debugBuffer);
    const inputChannel = new MessageChannel();
    const inputBuffer = new SharedArrayBuffer(INPUT_BUFFER_BYTES);
    this.cancelInputs();
    this.inputs?.close();
    this.inputs = new InputAnswers(inputChannel.port1, inputBuffer);
    const start: WorkerStart = {
      stopBuffer: this.stopSignal.buffer,
      debugPort: channel.port2,
      debugBuffer,
      maxGraphNodes: this.config.maxGraphNodes,
      maxRunMillis: this.config.maxRunMillis,
      input: this.options.input ?? 'none',
      inputPort: inputChannel.port2,
      inputBuffer,
    };
    const worker = new Worker(this.options.workerPath, {
      workerData: start,
      transferList: [channel.port2, inputChannel.port2],
      resourceLimits: KERNEL_RESOURCE_LIMITS,
      stdout: true,
      stderr: true,
    });
    worker.on('message', (event: KernelEvent) => {
      if (this.worker === worker) this.receive(event);
    });
    worker.on('error', (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.settleAll();
      const lost = this.lostNames();
      this.boundNames.clear();
      this.emit({
        type: 'error',
        runId: 0,
        error: {
          kind: 'LimitError',
          message: `the session stopped unexpectedly (${error.message}) and was restarted${lost}`,
          line: 0,
          col: 0,
        },
      });
      this.emit({ type: 'restarted' });
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.settleAll();
      const lost = this.lostNames();
      this.boundNames.clear();
      this.emit({
        type: 'error',
        runId: 0,
        error: {
          kind: 'LimitError',
          message: `the session ended unexpectedly and was restarted${lost}`,
          line: 0,
          col: 0,
        },
      });
      this.emit({ type: 'restarted' });
    });
    this.worker = worker;
    return worker;
  }

  /** Asks the user for the line a program waits for; the answer wakes the worker. */
  private askForInput(event: Extract<KernelEvent, { type: 'input' }>): void {
    const inputs = this.inputs;
    const ask = this.options.askInput;
    if (inputs === null) return;
    if (ask === undefined) {
      inputs.answer(event.id, null);
      return;
    }
    const cancel = new AbortController();
    this.inputAsks.add(cancel);
    void ask(event.prompt, cancel.signal)
      .catch(() => undefined)
      .then((text) => {
        this.inputAsks.delete(cancel);
        if (!cancel.signal.aborted) inputs.answer(event.id, text ?? null);
      });
  }

  /** The run that asked ended: its questions to the user are withdrawn. */
  private cancelInputs(): void {
    for (const cancel of this.inputAsks) cancel.abort();
    this.inputAsks.clear();
  }

  private receive(event: KernelEvent): void {
    if (event.type === 'input') this.askForInput(event);
    if (event.type === 'graph') {
      const resolve = this.graphWaiters.get(event.requestId);
      this.graphWaiters.delete(event.requestId);
      resolve?.({ graph: event.graph, message: event.message });
    }
    if (event.type === 'steps') {
      const resolve = this.stepWaiters.get(event.requestId);
      this.stepWaiters.delete(event.requestId);
      resolve?.(event.answer);
    }
    if (event.type === 'done') {
      this.cancelInputs();
      for (const name of Object.keys(event.names)) this.boundNames.add(name);
      for (const name of event.removedNames) this.boundNames.delete(name);
    } else if (event.type === 'restarted') {
      this.boundNames.clear();
    }
    this.emit(event);
    if (event.type === 'done') {
      this.pendingRuns.delete(event.runId);
      if (!this.busy) {
        const waiters = this.runWaiters;
        this.runWaiters = [];
        for (const resolve of waiters) resolve();
      }
    }
  }

  private emit(event: KernelEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
