// The interpreter a kernel session owns: it runs cells against the names earlier cells
// left, with limits (graph nodes, run time, recursion depth, list sizes) that end a runaway
// program with an error instead of freezing its host, and stop requests honoured between
// statements. Whatever goes wrong, runCell returns an outcome: no exception of ours escapes.

import {
  backward as backwardPass,
  type BackwardReport,
  forgetCreationOrder,
  nodeBudget,
  resetNodeBudget,
  setCurrentSite,
  setInterruptCheck,
  Value,
} from '../engine';
import { Random } from '../engine/random';
import { createBuiltins } from './builtins';
import { BodySwap } from './debug/bodySwap';
import type { Debugger } from './debug/debugger';
import { evaluateIn, executeIn } from './debug/evaluate';
import type { BuiltinContext } from './builtins/context';
import { docstringOf } from './compile/docstrings';
import { compileCell, type CompiledCell } from './compile/compiler';
import {
  Globals,
  Positions,
  type CompileEnvironment,
  type RunRecorder,
} from './compile/environment';
import { TgradError } from './errors';
import { BackwardWarnings } from './backwardWarnings';
import { sourceLine, tracebackFileName } from './tracebackSource';
import { emptyOutcome, outcomeRecorder, type CellOutcome } from './cellOutcome';
import { exitOf, isSuccess, locatedAt, toUserError } from './userError';
import { DEFAULT_MAX_FILE_BYTES, mainFilePath, type FileSystemHost } from './files';
import { inFile } from './modules/inFile';
import { ModuleSystem } from './modules/moduleSystem';
import { standardModules } from './modules/std';
import { MAX_INT_DIGITS } from './format';
import { intMaxStrDigits, setIntMaxStrDigits } from './format/intRepr';
import type { RunHost } from './host';
import { tabRuleOf, type TabRule } from './lexer';
import { parseModule } from './parser';
import { syntaxWarnings, syntaxWarningText, type SyntaxWarningAt } from './compile/syntaxWarnings';
import { rt, WORK_QUANTUM } from './runtime/state';
import { closeHeldGlobals } from './runtime/droppedGenerators';
import { globalsDict } from './runtime/globalsDict';
import { isModuleDefault, mainModuleNames } from './mainModuleNames';
import { PyInstance, type PyClass } from './runtime/objects';
import {
  PyFunction,
  PyModule,
  type Builtin,
  type BuiltinImpl,
  type Frame,
  type PyFile,
  type PyValue,
} from './runtime/values';
import { stdinFile } from './runtime/stdin';
import { callMethod, setAttr } from './runtime/attributes';
import { callFunction } from './runtime/call';
import { beginMemoryRun, pollMemory } from './runtime/memory';
import { graphNodes } from './runtime/valueLike';

export type { RunHost, BoundaryData } from './host';

export interface InterpreterLimits {
  /** Most Values (graph nodes) one run may create. */
  maxNodes?: number;
  /** Longest a run may take, in milliseconds. */
  maxMillis?: number;
  /** Deepest nesting of function calls (Python's recursion limit). */
  maxDepth?: number;
  /** Biggest list or string one operation may build. */
  maxItems?: number;
  /** Biggest file (bytes) a program may open or import. */
  maxFileBytes?: number;
}

export type { CellOutcome, RunStatus } from './cellOutcome';

/** Thrown through the program to end a run early (not an error of the program). */
class EndRun {
  constructor(readonly reason: 'stop' | 'time') {}
}

/** Checks for stop requests and the clock once per this many loop iterations and calls. */
const POLL_INTERVAL = 100;
/** Compiled cells kept for re-runs. */
const CACHE_SIZE = 64;
/** Longest a hover's look at a user module (its parameters()) may take. */
const PEEK_MILLIS = 20;
/** Warnings about NaN/inf gradients one run reports at most. */

export class Interpreter {
  readonly rng = new Random();
  private readonly globals = new Globals();
  private readonly positions = new Positions();
  private readonly builtins: Map<string, PyValue>;
  private readonly logCurve: Builtin;
  private readonly constructors: Map<PyClass, BuiltinImpl>;
  private readonly cache = new Map<string, CompiledCell>();
  /** A compiled cell's SyntaxWarnings, shown on each run of it as CPython shows them per compile. */
  private readonly cellWarnings = new WeakMap<CompiledCell, SyntaxWarningAt[]>();
  /** Each compiled cell's docstring (a string its code starts with), for `__doc__`. */
  private readonly cellDocs = new WeakMap<CompiledCell, string | null>();
  private limits: Required<InterpreterLimits>;
  private deadline = Infinity;
  private outcome: CellOutcome = emptyOutcome();
  /** The limit a program set with `sys.setrecursionlimit`, kept until the session restarts. */
  private recursionLimit: number | null = null;
  /** The limit a program set with `sys.set_int_max_str_digits`, kept as recursionLimit is. */
  private intDigitsLimit = MAX_INT_DIGITS;
  private readonly backwardWarnings: BackwardWarnings;
  private readonly modules: ModuleSystem;
  /** The program as a module, for sys.modules['__main__'], made when first asked for. */
  private mainModule: PyModule | null = null;
  private files: FileSystemHost | null = null;
  /** What a tab in the notebook's indentation means: Python's rule in a .py file or .ipynb. */
  private tabs: TabRule = 'refuse';
  /** Plain function bodies a debug run swaps for hooked ones (see debug/bodySwap.ts). */
  private readonly bodySwap = new BodySwap();
  private readonly noteDebuggable = this.bodySwap.add.bind(this.bodySwap);
  /** The debugger of the debug run in progress: modules it imports compile with hooks. */
  private debugging: Debugger | null = null;
  /** A module's code: its top level records nothing for the notebook's inline values. */
  private readonly moduleRecorder: RunRecorder = {
    assigned: () => {},
    backwardCalled: () => {},
    result: () => {},
  };

  private readonly recorder = outcomeRecorder(() => this.outcome);

  constructor(
    private readonly host: RunHost,
    options: InterpreterLimits = {},
  ) {
    this.limits = {
      maxNodes: options.maxNodes ?? Number.POSITIVE_INFINITY,
      maxMillis: options.maxMillis ?? Number.POSITIVE_INFINITY,
      maxDepth: options.maxDepth ?? 1000,
      maxItems: options.maxItems ?? 10_000_000,
      maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    };
    let stdin: PyFile | null = null;
    const ctx: BuiltinContext = {
      host,
      rng: this.rng,
      mustStop: () => this.host.shouldStop() || performance.now() > this.deadline,
      stopNow: () => {
        throw new EndRun(performance.now() > this.deadline ? 'time' : 'stop');
      },
      programStream: (name) => this.modules.loadedStandard('sys')?.ns.lookup(name),
      stdin: () =>
        (stdin ??= stdinFile(
          host.readLine === undefined ? undefined : (prompt) => this.waitForLine(prompt),
          () => ctx.mustStop() && ctx.stopNow(),
        )),
    };
    const table = createBuiltins(ctx, {
      files: () => this.files,
      maxFileBytes: () => this.limits.maxFileBytes,
    });
    this.builtins = table.names;
    this.backwardWarnings = new BackwardWarnings(
      (message, line, col) => host.warn(message, line, col),
      (site) => this.positions.get(site),
      () => this.positions.get(rt.pos),
    );
    this.logCurve = table.logCurve;
    this.constructors = table.constructors;
    this.modules = new ModuleSystem(
      standardModules({
        ctx,
        builtins: this.builtins,
        files: () => this.files,
        maxFileBytes: () => this.limits.maxFileBytes,
        position: (stacklevel = 1) => {
          // Level 1 is the running line; level k the call k-1 Python frames out (rt.callers),
          // the levels a built-in call holds (named null) not counted.
          if (stacklevel <= 1) return this.positions.get(rt.pos);
          let left = stacklevel - 1;
          for (let d = rt.depth; d >= 1; d--) {
            if (rt.frameNames[d] === null) continue;
            if (--left === 0) return this.positions.get(rt.callers[d]);
          }
          return null;
        },
        mainGlobals: () => globalsDict(this.globals),
        modules: () => [
          [
            '__main__',
            (this.mainModule ??= new PyModule('__main__', this.files?.file || null, this.globals)),
          ],
          ...this.modules.loadedModules(),
        ],
        standard: (name) => this.modules.standard(name),
      }),
      (text, file, globals, pkg) => this.runModule(text, file, globals, pkg),
      (text) => host.print(text),
    );
    this.defineModuleNames();
  }

  /** The notebook is the `__main__` module: `if __name__ == "__main__":` runs its block. */
  private defineModuleNames(): void {
    const builtins = this.modules.standard('builtins');
    for (const [name, value] of mainModuleNames(builtins, this.files?.file ?? '')) {
      if (value !== undefined) this.globals.assign(name, value);
      // `__file__`, bound once the files are known, keeps its place in CPython's order.
      else this.globals.born[this.globals.slot(name)] = ++this.globals.clock;
    }
  }

  /** A line of the program's input: the time spent waiting for it is not the run's. */
  private waitForLine(prompt: string): string | null {
    const t0 = performance.now();
    try {
      return this.host.readLine!(prompt);
    } finally {
      this.deadline += performance.now() - t0;
    }
  }

  setLimits(limits: InterpreterLimits): void {
    this.limits = { ...this.limits, ...definedOnly(limits) };
    this.modules.maxFileBytes = this.limits.maxFileBytes;
  }

  /** Where open() and imports read from; null: nowhere (a document without a folder). */
  setFiles(files: FileSystemHost | null): void {
    this.files = files;
    this.tabs = files === null ? 'refuse' : tabRuleOf(files.file);
    // As CPython 3.9+ gives the main script: its absolute path (sys.argv[0] stays as typed).
    if (files !== null && files.file !== '') {
      const path = mainFilePath(files);
      this.globals.values[this.globals.slot('__file__')] = path;
      const loader = this.globals.values[this.globals.slot('__loader__')];
      if (loader instanceof PyInstance) loader.attrs.path = path;
    }
    this.modules.files = files;
    this.modules.maxFileBytes = this.limits.maxFileBytes;
  }

  /**
   * Runs one cell whose first line is file line `firstLine`. `opensModule`: no statement of the file comes before it, so a string its code
   * starts with is the module's docstring (`__doc__`), as CPython takes a file's first statement.
   */
  runCell(code: string, firstLine = 1, opensModule = false): CellOutcome {
    this.outcome = emptyOutcome();
    let compiled: CompiledCell;
    try {
      compiled = this.compile(code, firstLine);
    } catch (e) {
      return this.finish('error', this.toUserError(e, firstLine));
    }
    if (opensModule) this.globals.assign('__doc__', this.cellDocs.get(compiled) ?? null);
    const warnings = this.cellWarnings.get(compiled);
    if (warnings !== undefined) {
      const files = this.files;
      const path = files === null || files.file === '' ? '<string>' : mainFilePath(files);
      this.host.print(syntaxWarningText(warnings, code, firstLine, path), 'stderr');
    }
    return this.guarded(firstLine, () => {
      const frame: Frame = [];
      for (let i = 0; i < compiled.frameSize; i++) frame.push(undefined);
      compiled.run(frame);
    });
  }

  /**
   * Runs one cell under the debugger: its debug tree (statement hooks) and, for as long as it
   * runs, hooked bodies for every function compiled before. Names it binds stay, as a run's.
   */
  debugCell(code: string, firstLine: number, debug: Debugger, opensModule = false): CellOutcome {
    this.outcome = emptyOutcome();
    let compiled: CompiledCell;
    try {
      const module = parseModule(code, firstLine, this.tabs);
      compiled = compileCell(module, { ...this.environment(), debug });
      if (opensModule) this.globals.assign('__doc__', docstringOf(module.body));
    } catch (e) {
      return this.finish('error', this.toUserError(e, firstLine));
    }
    const restore = this.bodySwap.swapIn(debug);
    this.debugging = debug;
    debug.begin({
      evaluate: (text, names, prefix) => evaluateIn(text, names, this.environment(), prefix),
      execute: (text, names, prefix) => executeIn(text, names, this.environment(), prefix),
      errorText: (e) => {
        if (e instanceof EndRun) return null;
        const error = this.toUserError(e, firstLine);
        // `sys.exit(0)` is a success, not an exception to pause at (debugpy's default too).
        if (isSuccess(exitOf(error))) return null;
        return `${error.kind}: ${error.message}`;
      },
      stop: () => {
        throw new EndRun('stop');
      },
      resumed: (millis) => {
        this.deadline += millis;
      },
      lineAt: (site) => this.positions.get(site)?.line,
    });
    try {
      return this.guarded(firstLine, () => {
        const frame: Frame = new Array<undefined>(compiled.frameSize).fill(undefined);
        try {
          compiled.run(frame);
        } catch (e) {
          debug.uncaught(e);
          throw e;
        }
      });
    } finally {
      debug.end();
      this.debugging = null;
      restore();
    }
  }

  /**
   * Run Backward on a user's Value-like: `grad = 0` on every user node of its graph (through
   * setattr, so `__slots__` and properties behave as in Python), then its own `backward()`;
   * an error inside it ends the run at the user's line, as a cell's would.
   */
  /**
   * Run Backward on a Value: its graph's grads become ∂v/∂n, in a run of its own, so Stop
   * and the time limit end a long pass as they end `backward()`, leaving every grad as it
   * was. The report (null when the pass did not complete) is the host's to warn about.
   */
  runValueBackward(v: Value): { outcome: CellOutcome; report: BackwardReport | null } {
    this.outcome = emptyOutcome();
    let report: BackwardReport | null = null;
    const outcome = this.guarded(1, () => {
      this.host.beforeBackward?.();
      report = backwardPass(v, true);
      this.outcome.backwardTarget = v;
    });
    return { outcome, report };
  }

  runUserBackward(target: PyInstance): CellOutcome {
    this.outcome = emptyOutcome();
    return this.guarded(1, () => {
      for (const n of graphNodes(target)) {
        if (n instanceof Value) n.grad = 0;
        else setAttr(n, 'grad', 0);
      }
      callMethod(target, 'backward', [], null);
      this.outcome.backwardTarget = target;
    });
  }

  /**
   * `o.name()` for the editor's hovers (a user module's parameters()), between runs: only a
   * method that is a plain user function, cut off after `millis`, any error swallowed
   * (undefined). What it prints goes nowhere: no run is open.
   */
  peekMethod(o: PyInstance, name: string, millis = PEEK_MILLIS): PyValue | undefined {
    const m = o.cls.lookup(name);
    if (!(m instanceof PyFunction) || Object.prototype.hasOwnProperty.call(o.attrs, name)) {
      return undefined;
    }
    const deadline = performance.now() + millis;
    const idle = rt.poll;
    rt.poll = () => {
      rt.ticks = POLL_INTERVAL;
      if (performance.now() > deadline) throw new EndRun('time');
    };
    rt.ticks = POLL_INTERVAL;
    rt.depth = 0;
    try {
      return callFunction(m, [o], null);
    } catch {
      return undefined;
    } finally {
      rt.poll = idle;
      rt.depth = 0;
      setCurrentSite(0);
    }
  }

  /**
   * The program has ended: its globals are dropped as CPython drops them at exit, which closes
   * the generators they alone held (runtime/droppedGenerators.ts), in the order of the names.
   */
  endProgram(): CellOutcome {
    this.outcome = emptyOutcome();
    return this.guarded(1, () => closeHeldGlobals(this.globals.values, this.globals.holders));
  }

  private guarded(firstLine: number, body: () => void): CellOutcome {
    this.begin();
    try {
      runShowingError(body);
      return this.finish('ok', null);
    } catch (e) {
      if (e instanceof EndRun) {
        this.restoreStreams();
        if (e.reason === 'stop') return this.finish('stopped', null);
        return this.finish(
          'error',
          this.located(
            new TgradError(
              'LimitError',
              `this run took longer than ${formatMillis(this.limits.maxMillis)}, the time limit (setting toygrad.maxRunSeconds; tgrad run --max-seconds)`,
            ),
          ),
        );
      }
      return this.ended(this.toUserError(e, firstLine));
    } finally {
      this.end();
    }
  }

  /**
   * A stopped run ran no `with` block's __exit__: a redirect_stdout it was inside still holds
   * sys.stdout, and the next run's output would vanish into its buffer. So the streams go back
   * to sys.__stdout__ and sys.__stderr__, as the exits would have put them.
   */
  private restoreStreams(): void {
    const sys = this.modules.loadedStandard('sys');
    if (sys === null) return;
    for (const name of ['stdout', 'stderr']) {
      const original = sys.ns.lookup(`__${name}__`);
      if (original !== undefined) sys.ns.assign(name, original);
    }
  }

  /** The names the program has bound (built-ins excluded), in the order first bound. */
  names(): ReadonlyMap<string, PyValue> {
    const out = new Map<string, PyValue>();
    for (const i of this.globals.boundSlots()) {
      const name = this.globals.slotNames[i];
      const v = this.globals.values[i];
      if (v !== undefined && !isModuleDefault(name, v)) {
        out.set(name, v);
      }
    }
    return out;
  }

  /**
   * The global names by slot, side by side with their values (undefined where unbound):
   * a host that checks every name after every run scans these without building a map.
   */
  globalTable(): {
    readonly slotNames: readonly string[];
    readonly values: readonly (PyValue | undefined)[];
  } {
    return this.globals;
  }

  /** Where the node with this site id is in the file (Values record the site they were made at). */
  siteToPosition(site: number): { line: number; col: number } | null {
    const span = this.positions.get(site);
    return span === undefined ? null : { line: span.line, col: span.col };
  }

  /** Forgets every name and reseeds the random generator, as a fresh session. */
  reset(): void {
    this.globals.values.fill(undefined);
    this.modules.reset();
    this.defineModuleNames();
    this.recursionLimit = null;
    this.intDigitsLimit = MAX_INT_DIGITS;
    this.rng.seed(0);
    this.outcome = emptyOutcome();
  }

  // ---- running --------------------------------------------------------------------------

  private compile(code: string, firstLine: number): CompiledCell {
    const key = `${this.tabs}\u0000${firstLine}\u0000${code}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const module = parseModule(code, firstLine, this.tabs);
    const compiled = compileCell(module, this.environment());
    const warnings = syntaxWarnings(module, code, firstLine);
    if (warnings.length > 0) this.cellWarnings.set(compiled, warnings);
    this.cellDocs.set(compiled, docstringOf(module.body));
    this.cache.set(key, compiled);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    return compiled;
  }

  /** What the notebook's cells compile against. */
  private environment(): CompileEnvironment {
    return {
      globals: this.globals,
      builtins: this.builtins,
      positions: this.positions,
      recorder: this.recorder,
      logCurve: this.logCurve,
      modules: this.modules,
      package: null,
      debuggable: this.noteDebuggable,
    };
  }

  /** Runs an imported module's code in its own globals (the module system calls this). */
  private runModule(text: string, file: string, globals: Globals, pkg: string): void {
    let compiled: CompiledCell;
    try {
      const module = inFile(parseModule(text, 1, tabRuleOf(file)), file);
      globals.assign('__doc__', docstringOf(module.body));
      compiled = compileCell(module, {
        globals,
        builtins: this.builtins,
        positions: this.positions,
        recorder: this.moduleRecorder,
        logCurve: this.logCurve,
        modules: this.modules,
        package: pkg,
        debuggable: this.noteDebuggable,
        ...(this.debugging === null ? {} : { debug: this.debugging }),
      });
    } catch (e) {
      // Parse and compile errors carry a span of the module's text, not yet its file.
      if (e instanceof TgradError && e.file === undefined) e.file = file;
      throw e;
    }
    const frame: Frame = [];
    for (let i = 0; i < compiled.frameSize; i++) frame.push(undefined);
    const saved = rt.pos;
    compiled.run(frame);
    rt.pos = saved;
  }

  private begin(): void {
    this.modules.beginRun();
    const { maxNodes, maxMillis, maxDepth, maxItems } = this.limits;
    resetNodeBudget(maxNodes);
    this.deadline = performance.now() + maxMillis;
    this.backwardWarnings.reset();
    rt.pos = 0;
    rt.depth = 0;
    rt.maxDepth = this.recursionLimit ?? maxDepth;
    rt.recursionLimitSet = (n) => {
      this.recursionLimit = n;
    };
    rt.maxItems = maxItems;
    setIntMaxStrDigits(this.intDigitsLimit);
    beginMemoryRun();
    rt.returnValue = null;
    rt.ticks = POLL_INTERVAL;
    rt.work = WORK_QUANTUM;
    rt.poll = (site) => {
      rt.ticks = POLL_INTERVAL;
      if (this.host.shouldStop()) throw new EndRun('stop');
      const now = performance.now();
      if (now > this.deadline) {
        if (site !== undefined) rt.pos = site;
        throw new EndRun('time');
      }
      pollMemory(now);
    };
    rt.backward = (v) => this.backward(v);
    rt.spanOf = (site, err) =>
      err === undefined ? this.positions.get(site) : this.positions.errorSpan(site, err);
    rt.fileName = (file) => tracebackFileName(this.files, file);
    rt.sourceLine = (file, line) => sourceLine(this.files, file, line);
    rt.reportBackward = (report) => this.backwardWarnings.report(report);
    // A long backward pass checks for Stop and the time limit as a loop does.
    setInterruptCheck(() => rt.poll());
    rt.constructors = this.constructors;
    rt.builtins = this.builtins;
    rt.handling.length = 0;
    setCurrentSite(0);
  }

  private end(): void {
    // The cap is for the program; the host's own work after a run (names, graphs) is not.
    nodeBudget.limit = Number.POSITIVE_INFINITY;
    setInterruptCheck(null);
    // Nodes the run made and no backward went through are not kept alive between runs.
    forgetCreationOrder();
    rt.poll = () => {
      rt.ticks = POLL_INTERVAL;
    };
    rt.depth = 0;
    rt.returnValue = null;
    rt.recursionLimitSet = () => {};
    // The host's own printing after the run (previews, hovers) keeps CPython's default.
    this.intDigitsLimit = intMaxStrDigits();
    setIntMaxStrDigits(MAX_INT_DIGITS);
    setCurrentSite(0);
  }

  /**
   * A run ended by an uncaught exception. A SystemExit is the program ending itself: with
   * status 0 and nothing to print the run is ok, else it stays the error a host shows, and
   * `exit` says what a process would exit with.
   */
  private ended(error: TgradError): CellOutcome {
    const exit = exitOf(error);
    this.outcome.exit = exit;
    if (isSuccess(exit)) return this.finish('ok', null);
    return this.finish('error', error);
  }

  private finish(status: CellOutcome['status'], error: TgradError | null): CellOutcome {
    const outcome = this.outcome;
    outcome.status = status;
    outcome.error = error;
    if (status !== 'ok') outcome.result = undefined;
    return outcome;
  }

  private backward(v: Value): void {
    this.host.beforeBackward?.();
    const report = v.backward();
    this.outcome.backwardTarget = v;
    this.backwardWarnings.report(report);
  }

  private located(error: TgradError): TgradError {
    return locatedAt(error, this.positions.errorSpan(rt.pos, error));
  }

  private toUserError(e: unknown, firstLine: number): TgradError {
    return toUserError(e, firstLine, (error) => this.positions.errorSpan(rt.pos, error));
  }
}

/**
 * Runs `body`; an error it ends with gets its message now, while the run is still running
 * (its exception's own __str__ is the program's code, under the run's stop and time limit).
 */
function runShowingError(body: () => void): void {
  try {
    body();
  } catch (e) {
    if (e instanceof TgradError) {
      // Where the run stood is where the error is placed; the __str__ must not move it.
      const pos = rt.pos;
      void e.message;
      rt.pos = pos;
    }
    throw e;
  }
}

function definedOnly(limits: InterpreterLimits): InterpreterLimits {
  const out: InterpreterLimits = {};
  for (const [k, v] of Object.entries(limits) as [keyof InterpreterLimits, number | undefined][]) {
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function formatMillis(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}
