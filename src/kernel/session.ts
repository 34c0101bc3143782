// A session (kernel) for one document: runs cells against the names earlier runs left,
// streams what the program prints, logs, draws and plots as events, and remembers each
// cell's output Value so that **Run Backward** and **Graph** can find it. It runs
// synchronously wherever it is put: in a worker_thread for the editor, in-process for the
// CLI and the tests. Every event goes through `emit`.

import { useTape } from '../engine/tapeSwitch';
import { Value } from '../engine/value';
import { Debugger } from '../lang/debug/debugger';
import { Interpreter, type CellOutcome, type RunHost } from '../lang/interpreter';
import type { WorkerDebugHost } from './debug/workerDebugHost';
import type { TgradError } from '../lang/errors';
import type { PyValue } from '../lang/runtime/values';
import { isGraphNode, type GraphNode } from '../lang/runtime/valueLike';
import { repr } from '../lang/repr';
import { EventBatcher } from './eventBatcher';
import { exceptionNotes } from '../lang/runtime/exceptionNotes';
import { resultKind } from './resultKind';
import { extractGraph } from './graphExtract';
import { ChangeReport } from './changeReport';
import { GradPasses, passesSuffix } from './gradPasses';
import { shortText } from './inlineText';
import { describe } from './nameSnapshot';
import type {
  BackwardRequest,
  CellInline,
  GraphRequest,
  KernelEvent,
  KernelRequest,
  NameInfo,
  ProgramExit,
  RunRequest,
  EndRequest,
  RunStatus,
  UserError,
} from './protocol';
import { nodeFiles } from './nodeFiles';
import { StopSignal } from './stopSignal';
import { ValueIds } from './valueIds';
import { PassSteps } from './stepper/passSteps';
import { recordGradWrites } from './stepper/gradRecorder';

/** The largest graph a `draw` or a Graph request sends to the panel. */
export const MAX_DRAWN_VALUES = 200_000;

export interface SessionOptions {
  emit: (event: KernelEvent) => void;
  /** Cap on Values one run may create (LimitError past it). */
  maxGraphNodes: number;
  /** Cap on one run's duration (LimitError past it). */
  maxRunMillis: number;
  stop?: StopSignal;
  /**
   * The engine's graph optimisations (a neuron's fused dot product, train()'s replayed steps)
   * for this session's runs; unset: the process's setting (`TOYGRAD_TAPE=off` turns them off).
   */
  tape?: boolean;
  /** Where a paused program waits for the user (the worker's); absent: no debugging. */
  debugHost?: WorkerDebugHost;
  /** The program's standard input, a line at a time (see RunHost.readLine); absent: none. */
  readLine?: (prompt: string) => string | null;
  /**
   * Show each line read in the output after its prompt, as a terminal echoes what is typed
   * (the editor's asked input; piped input is not echoed, as in CPython).
   */
  echoInput?: boolean;
}

interface CellRecord {
  /** The Value (or Value-like) of the cell's last backward call, else of its last assignment. */
  output: GraphNode | null;
  /** File line → the value last assigned on it, for inline display. */
  assignments: Map<number, PyValue>;
  /** The final expression's value, when the cell ended with one. */
  result: PyValue | undefined;
}

export class Session {
  private interpreter: Interpreter;
  private readonly ids = new ValueIds();
  private cells = new Map<string, CellRecord>();
  /** What the host was last told about each name and each cell's inline values. */
  private report = this.newReport();
  private readonly stop: StopSignal;
  private batcher: EventBatcher | null = null;
  private runId = 0;
  private trainCurves = 0;
  private passes = new GradPasses();
  /** The notebook's lines as last run (file line → text), for the stepper's recorded steps. */
  private readonly sourceLines = new Map<number, string>();
  private readonly steps = new PassSteps(
    this.ids,
    (site) => this.interpreter.siteToPosition(site),
    (line) => this.sourceLines.get(line),
  );
  private maxGraphNodes: number;
  private maxRunMillis: number;

  constructor(private readonly options: SessionOptions) {
    this.stop = options.stop ?? new StopSignal();
    this.maxGraphNodes = options.maxGraphNodes;
    this.maxRunMillis = options.maxRunMillis;
    this.interpreter = this.newInterpreter();
  }

  /** The signal a host sets to stop the running cell between statements. */
  get stopSignal(): StopSignal {
    return this.stop;
  }

  /** Names bound by the program (for tests and the CLI). */
  get names(): ReadonlyMap<string, PyValue> {
    return this.interpreter.names();
  }

  /** Handles one request; never throws: a failure of ours becomes an error event. */
  handle(request: KernelRequest): void {
    try {
      this.dispatch(request);
    } catch (e) {
      this.internalError(request, e);
    }
  }

  private dispatch(request: KernelRequest): void {
    switch (request.type) {
      case 'run':
        return this.run(request);
      case 'backward':
        return this.backward(request);
      case 'end':
        return this.endProgram(request);
      case 'graph':
        return this.graph(request);
      case 'steps':
        return this.options.emit({
          type: 'steps',
          requestId: request.requestId,
          answer: this.steps.answer(request),
        });
      case 'restart':
        this.restart();
        return this.options.emit({ type: 'restarted' });
      case 'config':
        this.maxGraphNodes = request.maxGraphNodes;
        this.maxRunMillis = request.maxRunMillis;
        this.interpreter.setLimits({ maxNodes: this.maxGraphNodes, maxMillis: this.maxRunMillis });
        return;
    }
  }

  private internalError(request: KernelRequest, e: unknown): void {
    const message = `internal error in ToyGrad (please report it): ${e instanceof Error ? e.message : String(e)}`;
    if (request.type === 'graph') {
      this.options.emit({ type: 'graph', requestId: request.requestId, graph: null, message });
      return;
    }
    if (request.type === 'steps') {
      const { rootId, mode } = request;
      const answer = { rootId, mode, total: 0, from: 0, steps: [], message };
      this.options.emit({ type: 'steps', requestId: request.requestId, answer });
      return;
    }
    if (request.type !== 'run' && request.type !== 'backward' && request.type !== 'end') return;
    this.batcher = null;
    this.options.emit({
      type: 'error',
      runId: request.runId,
      error: { kind: 'TypeError', message, line: 0, col: 0 },
    });
    let names: Record<string, NameInfo> = {};
    let removedNames: string[] = [];
    try {
      [names, removedNames] = this.changedNames();
    } catch {
      // The snapshot is what failed: report the run without names rather than not at all.
    }
    this.options.emit({
      type: 'done',
      runId: request.runId,
      cellId: request.cellId,
      status: 'error',
      millis: 0,
      names,
      removedNames,
      inline: [],
    });
  }

  restart(): void {
    this.interpreter = this.newInterpreter();
    this.cells = new Map();
    this.report = this.newReport();
    this.passes = new GradPasses();
    this.steps.invalidate();
    this.sourceLines.clear();
  }

  run(request: RunRequest): void {
    const started = performance.now();
    this.begin(request.runId, request.cellId);
    request.code
      .split('\n')
      .forEach((text, k) => this.sourceLines.set(request.firstLine + k, text));
    this.interpreter.setFiles(request.files === undefined ? null : nodeFiles(request.files));
    const maxFileBytes = request.files?.maxFileBytes;
    if (maxFileBytes !== undefined) this.interpreter.setLimits({ maxFileBytes });
    const tapeBefore = this.options.tape === undefined ? null : useTape(this.options.tape);
    let outcome: CellOutcome;
    try {
      outcome = this.runOrDebug(request);
    } finally {
      if (tapeBefore !== null) useTape(tapeBefore);
    }
    this.cells.set(request.cellId, {
      output: outcome.backwardTarget ?? outcome.lastAssigned,
      assignments: outcome.assignments,
      result: outcome.result,
    });
    if (outcome.result !== undefined && outcome.result !== null) {
      this.flush();
      this.options.emit({ type: 'result', runId: request.runId, text: repr(outcome.result) });
    }
    if (outcome.error !== null) this.reportError(outcome.error);
    this.finish(request.cellId, outcome.status, started, outcome.exit);
  }

  /** The program's end (see EndRequest): what closing the globals' generators prints. */
  endProgram(request: EndRequest): void {
    const started = performance.now();
    this.begin(request.runId, request.cellId);
    const outcome = this.interpreter.endProgram();
    if (outcome.error !== null) this.reportError(outcome.error);
    this.finish(request.cellId, outcome.status, started, outcome.exit);
  }

  private debugger: Debugger | null = null;

  private runOrDebug(request: RunRequest): CellOutcome {
    const host = this.options.debugHost;
    if (request.debug === undefined || host === undefined) {
      return this.interpreter.runCell(request.code, request.firstLine, request.opensModule);
    }
    this.debugger ??= new Debugger(host);
    if (request.debug.fresh) this.debugger.resetStepping(request.debug.stopOnEntry);
    host.begin(this.debugger, () => this.stop.stops(this.runId));
    return this.interpreter.debugCell(
      request.code,
      request.firstLine,
      this.debugger,
      request.opensModule,
    );
  }

  /**
   * Zeroes the grads of the cell's output graph, then backpropagates from its output, so
   * the grads shown are exactly ∂output/∂n however often it is clicked.
   */
  backward(request: BackwardRequest): void {
    const started = performance.now();
    this.begin(request.runId, request.cellId);
    const output = this.cells.get(request.cellId)?.output ?? null;
    if (output === null) {
      this.emitError({
        kind: 'ValueError',
        message:
          'Run Backward needs a Value to start from: this cell neither calls backward() ' +
          'nor assigns a Value. End the cell with e.g. `loss = ...`.',
        line: 0,
        col: 0,
      });
      return this.finish(request.cellId, 'error', started);
    }
    if (!(output instanceof Value) && output.cls.lookup('backward') === undefined) {
      this.emitError({
        kind: 'AttributeError',
        message:
          `Run Backward calls the output's own backward() method, and class ` +
          `'${output.cls.name}' has none: give it one, or call backward in the cell.`,
        line: 0,
        col: 0,
      });
      return this.finish(request.cellId, 'error', started);
    }
    if (!(output instanceof Value)) {
      // A user's own Value class: its own backward() runs, as the program would run it.
      const { result: outcome, writes } = recordGradWrites(() =>
        this.interpreter.runUserBackward(output),
      );
      this.steps.keepRecorded(output, writes);
      this.settleGrads();
      if (outcome.error !== null) this.reportError(outcome.error);
      else this.resultAfterBackward(request);
      return this.finish(request.cellId, outcome.status, started, outcome.exit);
    }
    // Through the interpreter, so Stop and the time limit end a long pass (grads unchanged).
    const { outcome, report } = this.interpreter.runValueBackward(output);
    if (report !== null) for (const v of report.nonFinite) this.warnNonFinite(v);
    if (outcome.error !== null) this.reportError(outcome.error);
    else this.resultAfterBackward(request);
    this.finish(request.cellId, outcome.status, started, outcome.exit);
  }

  /**
   * The cell's result again when it is a Value (or Value-like) whose grads the backward just
   * set: shown beside the cell, its repr from the run (`grad=0`) would contradict the cell's
   * own inline values, which a backward refreshes.
   */
  private resultAfterBackward(request: BackwardRequest): void {
    const result = this.cells.get(request.cellId)?.result;
    if (result === undefined || !isGraphNode(result)) return;
    this.flush();
    this.options.emit({ type: 'result', runId: request.runId, text: repr(result) });
  }

  private graph(request: GraphRequest): void {
    const target = this.resolveTarget(request.target);
    if (typeof target === 'string') {
      this.options.emit({
        type: 'graph',
        requestId: request.requestId,
        graph: null,
        message: target,
      });
      return;
    }
    const graph = extractGraph(
      target,
      this.ids,
      (site) => this.interpreter.siteToPosition(site),
      Math.min(request.maxValues, MAX_DRAWN_VALUES),
    );
    this.options.emit({ type: 'graph', requestId: request.requestId, graph });
  }

  /** The Value a Graph request names, or why there is none. */
  private resolveTarget(target: GraphRequest['target']): GraphNode | string {
    if ('valueId' in target) {
      return this.ids.find(target.valueId) ?? 'That Value no longer exists in this session.';
    }
    if ('resultOf' in target) {
      const result = this.cells.get(target.resultOf)?.result;
      return result !== undefined && isGraphNode(result)
        ? result
        : 'The cell did not end with a Value.';
    }
    if ('cellId' in target) {
      const cell = this.cells.get(target.cellId);
      if (cell === undefined) return 'This cell has not run in this session yet: run it first.';
      return cell.output ?? noValueMessage(cell);
    }
    const value = this.interpreter.names().get(target.name);
    if (value === undefined) return `'${target.name}' is not defined in this session.`;
    return isGraphNode(value) ? value : `'${target.name}' is not a Value.`;
  }

  private newInterpreter(): Interpreter {
    return new Interpreter(this.runHost(), {
      maxNodes: this.maxGraphNodes,
      maxMillis: this.maxRunMillis,
    });
  }

  /** The input's next line, after what the program printed so far (its prompt) is out. */
  private inputLine(): RunHost['readLine'] {
    const read = this.options.readLine;
    if (read === undefined) return undefined;
    return (prompt) => {
      this.flush();
      const line = read(prompt);
      if (line !== null && this.options.echoInput === true) this.batcher?.print(line);
      return line;
    };
  }

  /** The run now going (or the last one): what its events are tagged with. */
  get currentRunId(): number {
    return this.runId;
  }

  private runHost(): RunHost {
    const emit = this.options.emit;
    return {
      print: (text, stream) => this.batcher?.print(text, stream),
      log: (name, value) => this.batcher?.log(name, value),
      draw: (v) => {
        this.flush();
        const graph = extractGraph(
          v,
          this.ids,
          (site) => this.interpreter.siteToPosition(site),
          MAX_DRAWN_VALUES,
        );
        emit({ type: 'draw', runId: this.runId, graph });
      },
      plot: (name, xs, ys) => {
        this.flush();
        emit({ type: 'plot', runId: this.runId, plot: { name, xs, ys } });
      },
      boundary: (b) => {
        this.flush();
        emit({ type: 'boundary', runId: this.runId, boundary: b });
      },
      trainStep: (step, steps, loss) => {
        // A new train call starts a new curve; its points are indexed by training step.
        if (step === 0) this.trainCurves += 1;
        const name = this.trainCurves === 1 ? 'loss' : `loss (${this.trainCurves})`;
        this.batcher?.log(name, loss, step);
        this.batcher?.progress(step, steps, loss);
      },
      warn: (message, line, col) => {
        this.flush();
        emit({ type: 'warning', runId: this.runId, message, line, col });
      },
      shouldStop: () => this.stop.stops(this.runId),
      beforeBackward: () => this.settleGrads(),
      readLine: this.inputLine(),
    };
  }

  private begin(runId: number, cellId: string): void {
    this.runId = runId;
    this.trainCurves = 0;
    this.steps.invalidate();
    this.batcher = new EventBatcher(this.options.emit, runId);
    this.options.emit({ type: 'started', runId, cellId });
  }

  private flush(): void {
    this.batcher?.flush();
  }

  private reportError(error: TgradError): void {
    this.emitError({
      kind: error.kind,
      message: error.message,
      line: error.line,
      col: error.col,
      endLine: error.endLine,
      endCol: error.endCol,
      ...(error.file === undefined ? {} : { file: error.file }),
      ...notesOf(error),
    });
  }

  private emitError(error: UserError): void {
    this.flush();
    this.options.emit({ type: 'error', runId: this.runId, error });
  }

  private warnNonFinite(v: Value): void {
    const pos = v.site !== 0 ? this.interpreter.siteToPosition(v.site) : null;
    const name = v.label !== '' ? `'${v.label}'` : v.op !== '' ? `a '${v.op}' node` : 'a leaf';
    const where = pos !== null ? ` (made on line ${pos.line})` : '';
    this.flush();
    this.options.emit({
      type: 'warning',
      runId: this.runId,
      message: `the gradient of ${name}${where} is ${v.grad}: backward produced NaN or infinity`,
      line: pos?.line ?? 0,
      col: pos?.col ?? 0,
    });
  }

  /** Reports the run's end; `exit` when the program ended itself (an uncaught SystemExit). */
  private finish(
    cellId: string,
    status: RunStatus,
    started: number,
    exit: ProgramExit | null = null,
  ): void {
    this.flush();
    this.batcher = null;
    this.ids.sweep();
    let names: Record<string, NameInfo> = {};
    let removedNames: string[] = [];
    let inline: CellInline[] = [];
    try {
      this.settleGrads();
      [names, removedNames] = this.changedNames();
      inline = this.changedInline(cellId);
    } catch (e) {
      // The run's own outcome is already out; say what failed and keep the session.
      this.emitError({
        kind: 'LimitError',
        message: `the names could not be summarised for hovers: ${e instanceof Error ? e.message : String(e)}`,
        line: 0,
        col: 0,
      });
    }
    this.options.emit({
      type: 'done',
      runId: this.runId,
      cellId,
      status,
      millis: performance.now() - started,
      names,
      removedNames,
      inline,
      ...(exit === null ? {} : { exit: { status: exit.status, message: exit.message } }),
    });
  }

  /** The names whose description changed since the last report, and those now unbound. */
  private changedNames(): [Record<string, NameInfo>, string[]] {
    const { names, removed } = this.report.names(this.interpreter.globalTable());
    return [names, removed];
  }

  /**
   * Inline values of the cell that ran, and of every other cell where one now reads
   * differently (a backward or an optimizer step changes Values assigned elsewhere).
   */
  private changedInline(ranCellId: string): CellInline[] {
    return this.report.inline(ranCellId, this.cells);
  }

  /** Notes the shown grads (see GradPasses): before every backward pass and after a run. */
  private settleGrads(): void {
    this.passes.settle(this.interpreter.globalTable().values);
    for (const record of this.cells.values()) this.passes.settle(record.assignments.values());
  }

  private newReport(): ChangeReport {
    return new ChangeReport(
      (value) => {
        const info = describe(
          value,
          this.ids,
          (site) => this.interpreter.siteToPosition(site),
          (o) => this.interpreter.peekMethod(o, 'parameters'),
        );
        if (info.kind === 'value' && value instanceof Value) {
          const passes = this.passes.of(value);
          if (passes > 1) info.passes = passes;
        }
        return info;
      },
      (value) =>
        shortText(value) + (value instanceof Value ? passesSuffix(this.passes.of(value)) : ''),
    );
  }
}

/** Why a cell that ran has no Value to draw, from what it left. */
function noValueMessage(cell: CellRecord): string {
  const fix = 'call draw(v) on a Value, or use Graph on a cell that ends with one.';
  let last: PyValue | undefined = cell.result;
  if (last === undefined && cell.assignments.size > 0) {
    // Its last assignment: the one on the highest line.
    last = cell.assignments.get(Math.max(...cell.assignments.keys()));
  }
  if (last === undefined) return `This cell makes no Value and calls no backward(): ${fix}`;
  return `This cell's result is ${resultKind(last)}, not a Value: ${fix}`;
}

/** The error's notes, when it has any (the field is left out otherwise). */
function notesOf(error: TgradError): { notes?: string[] } {
  const notes = exceptionNotes(error);
  return notes.length === 0 ? {} : { notes };
}
