// What the compiler needs from the interpreter it compiles for: the table of global
// variables (names resolved to slots once, at compile time), the built-ins, the table that
// turns node ids back into source spans, and the recorder of what a run assigns.

import type { Span, TgradError } from '../errors';
import { PyExceptionObject } from '../runtime/objects';
import type { ModuleSystem } from '../modules/moduleSystem';
import type { DebugHooks, DebugRecompile } from '../debug/hooks';
import type { Builtin, FunctionCode, ModuleNamespace, PyDict, PyValue } from '../runtime/values';
import { globalsDict } from '../runtime/globalsDict';
import { soleHolder, type SoleHolder } from '../runtime/droppedGenerators';

/** Global variables: each name gets a slot once; the values array never changes identity. */
export class Globals implements ModuleNamespace {
  readonly values: (PyValue | undefined)[] = [];
  readonly slots = new Map<string, number>();
  /** Slot → name (a host scans values and names side by side). */
  readonly slotNames: string[] = [];
  /**
   * Slot → true once the program deleted its binding of a tgrad-only built-in's name (`del e`,
   * or the end of `except … as e:`): the name is then unbound, as it is in CPython.
   */
  readonly hidden: boolean[] = [];
  /** Slot → the global as a sole holder of a generator (runtime/droppedGenerators.ts). */
  readonly holders: SoleHolder[] = [];
  /**
   * Slot → when it was last bound from unbound (0: never). Slots are made as code is
   * compiled, but CPython's globals dict lists names in the order they were bound: a name a
   * function declares `global` comes where the call bound it, a deleted one moves to the end.
   */
  readonly born: number[] = [];
  /** The last stamp given in `born`. */
  clock = 0;

  slot(name: string): number {
    let i = this.slots.get(name);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(undefined);
      this.born.push(0);
      this.holders.push(soleHolder());
      this.slotNames.push(name);
      this.slots.set(name, i);
    }
    return i;
  }

  lookup(name: string): PyValue | undefined {
    const i = this.slots.get(name);
    return i === undefined ? undefined : this.values[i];
  }

  assign(name: string, v: PyValue): void {
    this.bind(this.slot(name), v);
  }

  /** Binds slot i (compiled stores do the same inline). */
  bind(i: number, v: PyValue): void {
    if (this.values[i] === undefined) this.born[i] = ++this.clock;
    this.values[i] = v;
  }

  remove(name: string): boolean {
    const i = this.slots.get(name);
    if (i === undefined || this.values[i] === undefined) return false;
    this.values[i] = undefined;
    return true;
  }

  names(): string[] {
    return this.boundNames();
  }

  dict(): PyDict {
    return globalsDict(this);
  }

  /** Names bound now, in the order they were first assigned. */
  boundNames(): string[] {
    return this.boundSlots().map((i) => this.slotNames[i]);
  }

  /** The bound slots, in the order they were bound (a dict's insertion order). */
  boundSlots(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.values.length; i++) if (this.values[i] !== undefined) out.push(i);
    return out.sort((a, b) => this.born[a] - this.born[b]);
  }
}

/** Node id → source span; ids are never reused, so old Values keep their positions. */
export class Positions {
  private readonly spans: Span[] = [{ line: 0, col: 0, endLine: 0, endCol: 0 }];

  add(span: Span): number {
    const { line, col, endLine, endCol, file } = span;
    this.spans.push(
      file === undefined ? { line, col, endLine, endCol } : { line, col, endLine, endCol, file },
    );
    return this.spans.length - 1;
  }

  get(id: number): Span | undefined {
    return id > 0 ? this.spans[id] : undefined;
  }

  /** Method calls' sites: the attribute's name and span, where CPython reports its lookup. */
  private readonly lookups = new Map<number, { name: string; span: Span }>();

  addLookup(site: number, name: string, span: Span): void {
    this.lookups.set(site, { name, span });
  }

  /**
   * Where an error raised at `site` is: the site's span, or for a method call whose lookup
   * failed (`o.missing()`) the attribute alone, as CPython 3.11 places LOAD_METHOD.
   */
  errorSpan(site: number, err: TgradError): Span | undefined {
    const lookup = this.lookups.get(site);
    if (lookup !== undefined && err.kind === 'AttributeError') {
      const name = err.attributes?.name ?? attributeNameOf(err.exception);
      if (name === lookup.name) return lookup.span;
    }
    return this.get(site);
  }
}

/** An AttributeError object's `name`, when the program has its exception object already. */
function attributeNameOf(exception: unknown): unknown {
  return exception instanceof PyExceptionObject ? exception.attrs.name : undefined;
}

/** Receives what the top level of a cell does, for inline values and the cell's result. */
export interface RunRecorder {
  /**
   * A top-level assignment (also in a loop at top level) on `line` bound `value`: to `name`,
   * or, when `intoObject`, stored in an object (`o.label = 'o'`, `xs[0] = 1`, `o.grad += 1`).
   */
  assigned(line: number, value: PyValue, name: string | null, intoObject: boolean): void;
  /** `o.backward()` is about to run on a user object (Value-likes become the cell's output). */
  backwardCalled(target: PyValue): void;
  /** The value of the cell's final expression statement. */
  result(value: PyValue): void;
}

export interface CompileEnvironment {
  globals: Globals;
  builtins: ReadonlyMap<string, PyValue>;
  positions: Positions;
  recorder: RunRecorder;
  /** The `log(value, name=…)` of the loss-curve panel, for `log(…)` used as a statement. */
  logCurve: Builtin;
  /** Where import statements find modules. */
  modules: ModuleSystem;
  /** The package relative imports start from: null in the notebook, '' in a top-level module. */
  package: string | null;
  /** Set when compiling the debug tree: statements and bodies get the debugger's hooks. */
  debug?: DebugHooks;
  /** Told of each function compiled without hooks, so a debug run can swap in a hooked body. */
  debuggable?: (code: FunctionCode, recompile: DebugRecompile) => void;
}
