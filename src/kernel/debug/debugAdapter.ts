// ToyGrad's debug adapter: the Debug Adapter Protocol on one side (VS Code's Debug UI, or a
// test sending DAP messages), a session's worker on the other. A plain class with no
// 'vscode' import: the extension hands it to VS Code through DebugAdapterInlineImplementation,
// whose contract (handleMessage, onDidSendMessage, dispose) it meets structurally.

import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import type {
  ExceptionFilter,
  InspectAnswer,
  InspectRequest,
  ResumeAction,
  SourceBreakpoint,
  StopInfo,
} from '../../lang/debug/protocol';
import type { RunStatus } from '../protocol';
import { CellSourceMap, type CellSource } from './cellSources';
import type { DapEvent, DapMessage, DapRequest, DapResponse, DapSource } from './dap';
import type { DebugChannel } from './debugChannel';
import type { FromDebuggee } from './debugMessages';

/** The document being debugged, as the adapter needs it. */
export interface DebugTarget {
  /** The notebook's absolute path: breakpoints in it are the cells'. */
  readonly file: string;
  /** Its folder: an imported module's path is relative to it. */
  readonly folder: string;
  /** A notebook's code cells, each its own document: breakpoints and frames are theirs. */
  readonly cells?: readonly CellSource[];
  channel(): DebugChannel;
  /** Runs the cells chosen under the debugger, in order; the status of the last one run. */
  run(stopOnEntry: boolean): Promise<RunStatus>;
  /** Stops the run (a paused program too); the session keeps its names. */
  stop(): Promise<unknown>;
}

const THREAD_ID = 1;

export const EXCEPTION_FILTERS = [
  { filter: 'raised', label: 'Raised Exceptions', default: false },
  { filter: 'uncaught', label: 'Uncaught Exceptions', default: true },
] as const;

type Disposable = { dispose(): void };

export class TgradDebugAdapter {
  private seq = 1;
  private readonly listeners = new Set<(m: DapMessage) => void>();
  private channel: DebugChannel | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly waiting = new Map<number, (a: InspectAnswer) => void>();
  private nextInspect = 1;
  private launched: { stopOnEntry: boolean } | null = null;
  private configured = false;
  private running = false;
  private ended = false;
  /** The client (VS Code) takes `invalidated` events: views re-read after a change. */
  private invalidates = false;
  private readonly cellMap: CellSourceMap | null;

  constructor(private readonly target: DebugTarget) {
    this.cellMap = target.cells === undefined ? null : new CellSourceMap(target.cells);
  }

  /** VS Code's DebugAdapter event: messages from the adapter to the Debug UI. */
  readonly onDidSendMessage = (listener: (m: DapMessage) => void): Disposable => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  handleMessage(message: DapMessage): void {
    if (message.type !== 'request') return;
    this.dispatch(message).catch((e: unknown) => {
      this.respond(message, undefined, e instanceof Error ? e.message : String(e));
    });
  }

  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.listeners.clear();
  }

  // ---- requests ---------------------------------------------------------------------------

  private async dispatch(r: DapRequest): Promise<void> {
    const args = r.arguments ?? {};
    switch (r.command) {
      case 'initialize':
        this.invalidates = args.supportsInvalidatedEvent === true;
        this.respond(r, {
          supportsConfigurationDoneRequest: true,
          supportsConditionalBreakpoints: true,
          supportsHitConditionalBreakpoints: true,
          supportsLogPoints: true,
          supportsEvaluateForHovers: true,
          supportsTerminateRequest: true,
          exceptionBreakpointFilters: EXCEPTION_FILTERS,
        });
        this.event('initialized');
        return;
      case 'launch':
        this.launched = { stopOnEntry: args.stopOnEntry === true };
        this.respond(r);
        return this.maybeStart();
      case 'setBreakpoints':
        return this.setBreakpoints(r, args);
      case 'setExceptionBreakpoints': {
        const filters = ((args.filters as string[] | undefined) ?? []).filter(
          (f): f is ExceptionFilter => f === 'raised' || f === 'uncaught',
        );
        this.ensureChannel().post({ type: 'setExceptions', filters });
        return this.respond(r);
      }
      case 'configurationDone':
        this.configured = true;
        this.respond(r);
        return this.maybeStart();
      case 'threads':
        return this.respond(r, { threads: [{ id: THREAD_ID, name: 'ToyGrad' }] });
      case 'stackTrace':
        return this.stackTrace(r);
      case 'scopes': {
        const a = await this.inspect({ what: 'scopes', frameId: Number(args.frameId ?? 0) });
        return this.respond(r, { scopes: a.what === 'scopes' ? a.scopes : [] });
      }
      case 'variables': {
        const a = await this.inspect({
          what: 'variables',
          variablesReference: Number(args.variablesReference),
          start: typeof args.start === 'number' ? args.start : undefined,
          count: typeof args.count === 'number' ? args.count : undefined,
        });
        return this.respond(r, { variables: a.what === 'variables' ? a.variables : [] });
      }
      case 'evaluate': {
        const a = await this.inspect({
          what: 'evaluate',
          expression: String(args.expression ?? ''),
          frameId: typeof args.frameId === 'number' ? args.frameId : undefined,
          // The Debug Console runs statements too (as debugpy's does); watches and hovers
          // only read.
          statements: args.context === 'repl',
        });
        if (a.what !== 'evaluate') return this.respond(r, undefined, 'not paused');
        this.respond(r, a.result);
        // The Variables view reads the frame again to show what the statements changed.
        if (a.changed === true && this.invalidates) {
          this.event('invalidated', { areas: ['variables'], threadId: THREAD_ID });
        }
        return;
      }
      case 'continue':
        this.resume('continue');
        return this.respond(r, { allThreadsContinued: true });
      case 'next':
        return this.stepResponse(r, 'next');
      case 'stepIn':
        return this.stepResponse(r, 'stepIn');
      case 'stepOut':
        return this.stepResponse(r, 'stepOut');
      case 'pause':
        this.ensureChannel().post({ type: 'pause' });
        return this.respond(r);
      case 'terminate':
      case 'disconnect':
        if (this.running) await this.target.stop();
        this.respond(r);
        return this.finish();
      default:
        return this.respond(r, undefined, `unsupported request '${r.command}'`);
    }
  }

  private stepResponse(r: DapRequest, action: ResumeAction): void {
    this.resume(action);
    this.respond(r);
  }

  private resume(action: ResumeAction): void {
    this.ensureChannel().post({ type: 'resume', action });
  }

  private setBreakpoints(r: DapRequest, args: Record<string, unknown>): void {
    const source = (args.source ?? {}) as DapSource;
    const list = ((args.breakpoints as SourceBreakpoint[] | undefined) ?? []).map((b) => {
      const bp: SourceBreakpoint = { line: b.line };
      if (b.condition) bp.condition = b.condition;
      if (b.hitCondition) bp.hitCondition = b.hitCondition;
      if (b.logMessage) bp.logMessage = b.logMessage;
      return bp;
    });
    const cell = this.cellMap?.cellOf(source.path);
    if (this.cellMap !== null && cell !== undefined) {
      const all = this.cellMap.setBreakpoints(cell, list);
      this.ensureChannel().post({ type: 'setBreakpoints', breakpoints: all });
      return this.respond(r, { breakpoints: list.map((b) => ({ verified: true, line: b.line })) });
    }
    const file = this.fileOf(source.path);
    if (this.cellMap !== null && file === undefined) {
      // The notebook's file in a text editor: its lines are the cells' now, set from them.
      const why = 'Set breakpoints in the notebook cells while debugging the notebook';
      return this.respond(r, {
        breakpoints: list.map((b) => ({ verified: false, line: b.line, message: why })),
      });
    }
    this.ensureChannel().post(
      file === undefined
        ? { type: 'setBreakpoints', breakpoints: list }
        : { type: 'setBreakpoints', file, breakpoints: list },
    );
    this.respond(r, { breakpoints: list.map((b) => ({ verified: true, line: b.line })) });
  }

  private async stackTrace(r: DapRequest): Promise<void> {
    const a = await this.inspect({ what: 'stackTrace' });
    const frames = a.what === 'stackTrace' ? a.frames : [];
    this.respond(r, {
      stackFrames: frames.map((f) => {
        const inCell = f.file === undefined ? this.cellMap?.locate(f.line) : undefined;
        return inCell === undefined
          ? { id: f.id, name: f.name, line: f.line, column: 1, source: this.sourceOf(f.file) }
          : {
              id: f.id,
              name: f.name,
              line: inCell.line,
              column: 1,
              source: { name: inCell.cell.name, path: inCell.cell.path },
            };
      }),
      totalFrames: frames.length,
    });
  }

  // ---- the run ----------------------------------------------------------------------------

  /** Starts once launched and configured (breakpoints set), as the protocol orders it. */
  private async maybeStart(): Promise<void> {
    if (this.launched === null || !this.configured || this.running || this.ended) return;
    this.running = true;
    this.ensureChannel();
    let status: RunStatus = 'ok';
    try {
      status = await this.target.run(this.launched.stopOnEntry);
    } finally {
      this.running = false;
    }
    this.event('output', { category: 'console', output: `The run ended (${status}).\n` });
    this.finish();
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    // Questions the program can no longer answer get empty answers, never a hang.
    for (const resolve of this.waiting.values()) resolve({ what: 'stackTrace', frames: [] });
    this.waiting.clear();
    this.event('terminated');
  }

  private ensureChannel(): DebugChannel {
    if (this.channel !== null) return this.channel;
    const channel = this.target.channel();
    this.channel = channel;
    this.unsubscribe = channel.onMessage((m) => this.fromDebuggee(m));
    return channel;
  }

  private fromDebuggee(m: FromDebuggee): void {
    switch (m.type) {
      case 'stopped':
        return this.stopped(m.stop);
      case 'output':
        return this.event('output', { category: 'console', output: m.text });
      case 'inspected': {
        const resolve = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        return resolve?.(m.answer);
      }
      default: {
        const never: never = m;
        throw new Error(`unknown debuggee message ${JSON.stringify(never)}`);
      }
    }
  }

  private stopped(stop: StopInfo): void {
    const body: Record<string, unknown> = {
      reason: stop.reason,
      threadId: THREAD_ID,
      allThreadsStopped: true,
    };
    if (stop.text !== undefined) {
      body.description = stop.text;
      body.text = stop.text;
    }
    this.event('stopped', body);
  }

  private inspect(request: InspectRequest): Promise<InspectAnswer> {
    const id = this.nextInspect++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.ensureChannel().post({ type: 'inspect', id, request });
    });
  }

  // ---- paths ------------------------------------------------------------------------------

  /** A breakpoint's file as the language names it: undefined for the notebook. */
  private fileOf(path: string | undefined): string | undefined {
    if (path === undefined || resolve(path) === resolve(this.target.file)) return undefined;
    const rel = isAbsolute(path) ? relative(this.target.folder, path) : path;
    return rel.split(sep).join('/');
  }

  private sourceOf(file: string | undefined): DapSource {
    const path = file === undefined ? this.target.file : resolve(this.target.folder, file);
    return { name: basename(path), path };
  }

  // ---- messages ---------------------------------------------------------------------------

  private respond(r: DapRequest, body?: unknown, error?: string): void {
    const m: DapResponse = {
      seq: this.seq++,
      type: 'response',
      request_seq: r.seq,
      command: r.command,
      success: error === undefined,
    };
    if (error !== undefined) m.message = error;
    if (body !== undefined) m.body = body;
    this.send(m);
  }

  private event(event: string, body?: unknown): void {
    const m: DapEvent = { seq: this.seq++, type: 'event', event };
    if (body !== undefined) m.body = body;
    this.send(m);
  }

  private send(m: DapMessage): void {
    for (const l of this.listeners) l(m);
  }
}
