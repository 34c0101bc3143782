// What the compiler asks of a debugger when it builds the debug closure tree (debug/
// debugger.ts implements it). The normal tree never sees these: a plain run pays nothing.

import type { Ex } from '../compile/closures';
import type { Globals } from '../compile/environment';
import type { Frame } from '../runtime/values';

/** A variable of a frame: its name and its slot. */
export interface FrameVar {
  readonly name: string;
  readonly slot: number;
}

/** The static description of a body the debugger can show as a stack frame. */
export interface BodyInfo {
  name: string;
  /** The imported module's file (relative to the notebook's folder); undefined for the notebook. */
  file: string | undefined;
  /** The frame's local variables; null for a module's or the notebook's top level (globals only). */
  vars: readonly FrameVar[] | null;
  globals: Globals;
}

export interface DebugHooks {
  /** Wraps a statement starting on `line` so that it can stop there and report what it raises. */
  statement(ex: Ex, line: number, file: string | undefined): Ex;
  /** Wraps a function body (or a top level) so that it shows as a frame of the call stack. */
  body(ex: Ex, info: BodyInfo): Ex;
}

/** Recompiles a function's body for the debugger (the compiler registers one per `def`). */
export type DebugRecompile = (hooks: DebugHooks) => (f: Frame) => number;
