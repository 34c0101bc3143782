// The debugger inside a run: the hooks the debug tree calls before each statement and around
// each body, breakpoints (conditions, hit counts, logpoints), stepping by call depth,
// exception breakpoints, and the paused program's stack, variables and evaluation. Pausing
// is the host's business: `paused` blocks until the user resumes (the worker waits on shared
// memory; a test answers at once), so the program's state simply stays on the JS stack.

import type { Ev, Ex } from '../compile/closures';
import { str } from '../repr';
import { PyGenerator } from '../runtime/generator';
import { rt } from '../runtime/state';
import { truthy } from '../runtime/truth';
import { Cell, type Frame, type PyValue } from '../runtime/values';
import type { Execution } from './evaluate';
import type { BodyInfo, DebugHooks, SuspendableStatement } from './hooks';
import type {
  ExceptionFilter,
  InspectAnswer,
  InspectRequest,
  ResumeAction,
  SourceBreakpoint,
  StackFrameInfo,
  StopInfo,
  StopReason,
} from './protocol';
import { VariableTable } from './variables';

export interface DebugHost {
  /** Non-zero when the host has commands waiting (read before every hooked statement). */
  readonly attention: Int32Array;
  /** Applies waiting commands (breakpoints, pause) through the debugger's methods. */
  attend(debugger_: Debugger): void;
  /** Blocks until the user resumes, answering `inspect` requests meanwhile. */
  paused(stop: StopInfo, inspect: (request: InspectRequest) => InspectAnswer): ResumeAction;
  /** A logpoint's text. */
  output(text: string): void;
}

/** What the interpreter lends a debug run. */
export interface DebugRunContext {
  /**
   * Evaluates an expression with these names visible, its private names mangled with
   * `privatePrefix` (the frame's class, see BodyInfo); throws the program's error.
   */
  evaluate(
    text: string,
    names: ReadonlyMap<string, PyValue>,
    privatePrefix: string | null,
  ): PyValue;
  /** The Debug Console: an expression, or statements run in a namespace of these names. */
  execute(
    text: string,
    names: ReadonlyMap<string, PyValue>,
    privatePrefix: string | null,
  ): Execution;
  /** `Kind: message` for an error of the program; null for the run being ended (Stop). */
  errorText(e: unknown): string | null;
  /** Ends the run as Stop does. */
  stop(): never;
  /** The run was paused this long: limits on run time do not count it. */
  resumed(millis: number): void;
  /** The source line of a syntax node (`rt.pos`). */
  lineAt(site: number): number | undefined;
}

interface FrameRecord {
  info: BodyInfo;
  frame: Frame;
  line: number;
}

interface Breakpoint extends SourceBreakpoint {
  hits: number;
}

type StepMode = 'run' | 'over' | 'in' | 'out';

/** The key of the notebook's own breakpoints (modules use their relative path). */
const NOTEBOOK = '';

export class Debugger implements DebugHooks {
  private readonly breakpoints = new Map<string, Map<number, Breakpoint[]>>();
  private filters = new Set<ExceptionFilter>();
  private readonly stack: FrameRecord[] = [];
  /** The stack a pause shows: the live one, or the one an uncaught exception left. */
  private shown: FrameRecord[] = this.stack;
  private mode: StepMode = 'run';
  private stepDepth = 0;
  private pauseRequested = false;
  /** Stop hooks firing: between runs, while paused and while the debugger evaluates. */
  private quiet = true;
  private context: DebugRunContext | null = null;
  private readonly variables = new VariableTable();
  /** Errors already reported as raised (each statement they unwind through sees them). */
  private readonly seen = new WeakSet<object>();
  /** The stack each error was raised with, for a pause on it once it is uncaught. */
  private readonly raisedStacks = new WeakMap<object, FrameRecord[]>();

  constructor(
    private readonly host: DebugHost,
    stopOnEntry = false,
  ) {
    if (stopOnEntry) this.mode = 'in';
  }

  // ---- commands ---------------------------------------------------------------------------

  /** Replaces the breakpoints of one file (undefined: the notebook). */
  setBreakpoints(file: string | undefined, list: readonly SourceBreakpoint[]): void {
    const lines = this.lines(file);
    lines.clear();
    for (const bp of list) {
      const at = lines.get(bp.line) ?? [];
      at.push({ ...bp, hits: 0 });
      lines.set(bp.line, at);
    }
  }

  setExceptionFilters(filters: readonly ExceptionFilter[]): void {
    this.filters = new Set(filters);
  }

  /** Stops at the next statement the program reaches. */
  requestPause(): void {
    this.pauseRequested = true;
  }

  /** A new debug session: no step in progress (or a stop at the first statement). */
  resetStepping(stopOnEntry: boolean): void {
    this.mode = stopOnEntry ? 'in' : 'run';
    this.pauseRequested = false;
  }

  // ---- a run ------------------------------------------------------------------------------

  begin(context: DebugRunContext): void {
    this.context = context;
    this.quiet = false;
  }

  end(): void {
    this.context = null;
    this.quiet = true;
    this.stack.length = 0;
  }

  /** An error left the run: stops on it when the user asked to stop on uncaught exceptions. */
  uncaught(e: unknown): void {
    const ctx = this.context;
    if (ctx === null || !this.filters.has('uncaught') || typeof e !== 'object' || e === null)
      return;
    const text = ctx.errorText(e);
    if (text === null) return;
    const stack = this.raisedStacks.get(e) ?? this.stack;
    const top = stack[stack.length - 1];
    if (top === undefined) return;
    this.shown = stack;
    try {
      this.pause('exception', top.line, top.info.file, text);
    } finally {
      this.shown = this.stack;
    }
  }

  // ---- hooks ------------------------------------------------------------------------------

  statement(ex: Ex, line: number, file: string | undefined): Ex {
    const bps = this.lines(file);
    return (f) => {
      if (this.quiet) return ex(f);
      this.arrive(line, file, bps);
      try {
        return ex(f);
      } catch (e) {
        this.raised(e, line, file);
        throw e;
      }
    };
  }

  suspendable(
    gex: SuspendableStatement,
    line: number,
    file: string | undefined,
  ): SuspendableStatement {
    const bps = this.lines(file);
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    return function* (f) {
      if (!self.quiet) self.arrive(line, file, bps);
      return yield* gex(f);
    };
  }

  yieldOperand(ev: Ev, line: number, file: string | undefined): Ev {
    const bps = this.lines(file);
    return (f) => {
      if (!this.quiet) this.arrive(line, file, bps);
      return ev(f);
    };
  }

  /** Before a statement: the frame's line is this one; a breakpoint or a step stops here. */
  private arrive(line: number, file: string | undefined, bps: Map<number, Breakpoint[]>): void {
    const top = this.stack[this.stack.length - 1];
    if (top !== undefined) top.line = line;
    if (this.host.attention[0] !== 0) this.host.attend(this);
    if (this.mode !== 'run' || this.pauseRequested || bps.has(line)) this.reached(line, file, bps);
  }

  body(ex: Ex, info: BodyInfo): Ex {
    const stack = this.stack;
    return (f) => {
      if (this.quiet) return ex(f);
      stack.push({ info, frame: f, line: 0 });
      try {
        return ex(f);
      } finally {
        stack.pop();
      }
    };
  }

  generator(ex: Ex, info: BodyInfo): Ex {
    const stack = this.stack;
    return (f) => {
      const code = ex(f);
      const g = rt.returnValue;
      if (this.quiet || !(g instanceof PyGenerator)) return code;
      // One record for the generator's life: its line is where it stopped last time.
      const record: FrameRecord = { info, frame: f, line: 0 };
      g.resumeWithin((resume) => {
        if (this.quiet) return resume();
        // The caller stands where it resumes the generator (a `for` header on every round,
        // not the loop body's last line), as CPython's stack shows it.
        const caller = stack[stack.length - 1];
        const line = this.context?.lineAt(rt.pos);
        if (caller !== undefined && line !== undefined && line > 0) caller.line = line;
        stack.push(record);
        try {
          return resume();
        } finally {
          stack.pop();
        }
      });
      return code;
    };
  }

  private lines(file: string | undefined): Map<number, Breakpoint[]> {
    const key = file ?? NOTEBOOK;
    let lines = this.breakpoints.get(key);
    if (lines === undefined) {
      lines = new Map();
      this.breakpoints.set(key, lines);
    }
    return lines;
  }

  private reached(line: number, file: string | undefined, bps: Map<number, Breakpoint[]>): void {
    let reason: StopReason | null = null;
    const here = bps.get(line);
    if (here !== undefined) {
      for (const bp of here) if (this.breakpointFires(bp)) reason = 'breakpoint';
    }
    if (reason === null) {
      const depth = this.stack.length;
      if (this.pauseRequested) reason = 'pause';
      else if (this.mode === 'in') reason = 'step';
      else if (this.mode === 'over' && depth <= this.stepDepth) reason = 'step';
      else if (this.mode === 'out' && depth < this.stepDepth) reason = 'step';
    }
    if (reason !== null) this.pause(reason, line, file);
  }

  private breakpointFires(bp: Breakpoint): boolean {
    if (bp.condition !== undefined && bp.condition.trim() !== '') {
      const v = this.evaluateQuietly(bp.condition, 0);
      // A condition that fails stops, so the learner sees why (as debugpy does).
      if (!(v instanceof Failure) && !truthy(v)) return false;
    }
    bp.hits++;
    if (bp.hitCondition !== undefined && !hitMatches(bp.hitCondition, bp.hits)) return false;
    if (bp.logMessage !== undefined) {
      this.host.output(`${this.interpolate(bp.logMessage)}\n`);
      return false;
    }
    return true;
  }

  /** A logpoint's text with each `{expression}` replaced by its str(). */
  private interpolate(message: string): string {
    return message.replace(/\{([^{}]+)\}/g, (_, expr: string) => {
      const v = this.evaluateQuietly(expr, 0);
      return v instanceof Failure ? `<${v.text}>` : str(v);
    });
  }

  private raised(e: unknown, line: number, file: string | undefined): void {
    const ctx = this.context;
    if (ctx === null || typeof e !== 'object' || e === null || this.seen.has(e)) return;
    this.seen.add(e);
    const text = ctx.errorText(e);
    if (text === null) return;
    this.raisedStacks.set(
      e,
      this.stack.map((r) => ({ ...r })),
    );
    if (this.filters.has('raised')) this.pause('exception', line, file, text);
  }

  private pause(reason: StopReason, line: number, file: string | undefined, text?: string): void {
    const ctx = this.context!;
    this.pauseRequested = false;
    this.mode = 'run';
    const stop: StopInfo = { reason, line };
    if (file !== undefined) stop.file = file;
    if (text !== undefined) stop.text = text;
    const started = performance.now();
    this.quiet = true;
    let action: ResumeAction;
    try {
      action = this.host.paused(stop, (request) => this.inspect(request));
    } finally {
      this.quiet = false;
      this.variables.clear();
      ctx.resumed(performance.now() - started);
    }
    const depth = this.stack.length;
    switch (action) {
      case 'continue':
        return;
      case 'next':
        this.mode = 'over';
        this.stepDepth = depth;
        return;
      case 'stepIn':
        this.mode = 'in';
        return;
      case 'stepOut':
        this.mode = 'out';
        this.stepDepth = depth;
        return;
      case 'stop':
        return ctx.stop();
      default: {
        const never: never = action;
        throw new Error(`unknown resume action ${String(never)}`);
      }
    }
  }

  // ---- the paused program -----------------------------------------------------------------

  inspect(request: InspectRequest): InspectAnswer {
    switch (request.what) {
      case 'stackTrace':
        return { what: 'stackTrace', frames: this.stackTrace() };
      case 'scopes':
        return { what: 'scopes', scopes: this.scopes(request.frameId) };
      case 'variables':
        return {
          what: 'variables',
          variables: this.variables.variables(
            request.variablesReference,
            request.start,
            request.count,
          ),
        };
      case 'evaluate': {
        if (request.statements === true)
          return this.execute(request.expression, request.frameId ?? 0);
        const v = this.evaluateQuietly(request.expression, request.frameId ?? 0);
        const result =
          v instanceof Failure
            ? { result: v.text, variablesReference: 0 }
            : this.variables.describe(v, request.expression);
        return { what: 'evaluate', result };
      }
      default: {
        const never: never = request;
        throw new Error(`unknown request ${JSON.stringify(never)}`);
      }
    }
  }

  /** Innermost first: frame id 0 is where the program stopped. */
  private stackTrace(): StackFrameInfo[] {
    const out: StackFrameInfo[] = [];
    const stack = this.shown;
    for (let i = stack.length - 1; i >= 0; i--) {
      const r = stack[i];
      const frame: StackFrameInfo = { id: stack.length - 1 - i, name: r.info.name, line: r.line };
      if (r.info.file !== undefined) frame.file = r.info.file;
      out.push(frame);
    }
    return out;
  }

  private record(frameId: number): FrameRecord | undefined {
    return this.shown[this.shown.length - 1 - frameId];
  }

  private scopes(
    frameId: number,
  ): { name: string; variablesReference: number; presentationHint?: 'locals'; expensive: false }[] {
    const r = this.record(frameId);
    if (r === undefined) return [];
    const globals = {
      name: 'Globals',
      variablesReference: this.variables.scope(() => globalEntries(r)),
      expensive: false as const,
    };
    if (r.info.vars === null) return [globals];
    const locals = {
      name: 'Locals',
      variablesReference: this.variables.scope(() => localEntries(r)),
      presentationHint: 'locals' as const,
      expensive: false as const,
    };
    return [locals, globals];
  }

  /** A Debug Console line in a frame: statements change the frame's names; errors as text. */
  private execute(text: string, frameId: number): InspectAnswer {
    const ctx = this.context;
    const r = this.record(frameId);
    if (ctx === null || r === undefined) {
      return {
        what: 'evaluate',
        result: { result: 'not paused in a frame', variablesReference: 0 },
      };
    }
    const names = this.namesOf(r);
    const quiet = this.quiet;
    this.quiet = true;
    try {
      const done = ctx.execute(text, names, r.info.privatePrefix);
      if (!done.statements) {
        return { what: 'evaluate', result: this.variables.describe(done.value, text) };
      }
      writeBack(r, names, done.names);
      return { what: 'evaluate', result: { result: '', variablesReference: 0 }, changed: true };
    } catch (e) {
      return {
        what: 'evaluate',
        result: { result: ctx.errorText(e) ?? 'stopped', variablesReference: 0 },
      };
    } finally {
      this.quiet = quiet;
    }
  }

  /** The names a frame sees: its globals, with its locals over them. */
  private namesOf(r: FrameRecord): Map<string, PyValue> {
    const names = new Map<string, PyValue>(globalEntries(r).map(([k, v]) => [k, v]));
    for (const [k, v] of localEntries(r)) names.set(k, v);
    return names;
  }

  /** Evaluates in a frame with the hooks quiet (a call in a watch never stops); errors as text. */
  private evaluateQuietly(text: string, frameId: number): PyValue | Failure {
    const ctx = this.context;
    const r = this.record(frameId);
    if (ctx === null || r === undefined) return new Failure('not paused in a frame');
    const names = this.namesOf(r);
    const quiet = this.quiet;
    this.quiet = true;
    try {
      return ctx.evaluate(text, names, r.info.privatePrefix);
    } catch (e) {
      return new Failure(ctx.errorText(e) ?? 'stopped');
    } finally {
      this.quiet = quiet;
    }
  }
}

/**
 * Writes back what a Debug Console line rebound: the frame's locals, and globals (a new name
 * too) at a top level or for a name already global. In a function frame a new name is not
 * kept, as in CPython, whose debuggers run the line with the frame's locals.
 */
function writeBack(
  r: FrameRecord,
  before: ReadonlyMap<string, PyValue>,
  after: ReadonlyMap<string, PyValue>,
): void {
  const locals = new Map<string, number>();
  for (const v of r.info.vars ?? []) if (!v.name.startsWith('.')) locals.set(v.name, v.slot);
  for (const [name, v] of after) {
    if (before.get(name) === v) continue;
    const slot = locals.get(name);
    if (slot !== undefined) {
      const held = r.frame[slot];
      if (held instanceof Cell) held.v = v;
      else r.frame[slot] = v;
    } else if (r.info.vars === null || r.info.globals.lookup(name) !== undefined) {
      r.info.globals.assign(name, v);
    }
  }
}

class Failure {
  constructor(readonly text: string) {}
}

function globalEntries(r: FrameRecord): [string, PyValue][] {
  const g = r.info.globals;
  const out: [string, PyValue][] = [];
  for (let i = 0; i < g.slotNames.length; i++) {
    const name = g.slotNames[i];
    const v = g.values[i];
    if (v !== undefined && !(name.startsWith('__') && name.endsWith('__'))) out.push([name, v]);
  }
  return out;
}

function localEntries(r: FrameRecord): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  for (const v of r.info.vars ?? []) {
    if (v.name.startsWith('.')) continue;
    let x = r.frame[v.slot];
    if (x instanceof Cell) x = x.v;
    if (x !== undefined) out.push([v.name, x]);
  }
  return out;
}

/** `5` (the 5th hit), `>= 5`, `> 5`, `== 5`, `% 5` (every 5th). Unreadable: every hit. */
export function hitMatches(condition: string, hits: number): boolean {
  const m = /^\s*(>=|>|==|=|%)?\s*(\d+)\s*$/.exec(condition);
  if (m === null) return true;
  const n = Number(m[2]);
  switch (m[1]) {
    case '>=':
      return hits >= n;
    case '>':
      return hits > n;
    case '%':
      return n > 0 && hits % n === 0;
    default:
      return hits === n;
  }
}
