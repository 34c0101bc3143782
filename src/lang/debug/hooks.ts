// What the compiler asks of a debugger when it builds the debug closure tree (debug/
// debugger.ts implements it). The normal tree never sees these: a plain run pays nothing.

import type { Ev, Ex } from '../compile/closures';
import type { Globals } from '../compile/environment';
import type { Frame, PyValue } from '../runtime/values';

/** A statement of a generator's body that can suspend (compile/generatorStatements.ts). */
export type SuspendableStatement = (f: Frame) => Generator<PyValue, number, PyValue>;

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
  /**
   * The prefix of the class the body is written in (its private names are mangled with it),
   * null outside a class: a hover's `self.__x` evaluated in the frame means `self._C__x`.
   */
  privatePrefix: string | null;
}

export interface DebugHooks {
  /** Wraps a statement starting on `line` so that it can stop there and report what it raises. */
  statement(ex: Ex, line: number, file: string | undefined): Ex;
  /**
   * A generator body's statement that yields (a `yield` line, a loop around one): the same
   * stop before it as `statement`. `yield x` alone on its line is its operand `x`, hooked.
   */
  suspendable(
    gex: SuspendableStatement,
    line: number,
    file: string | undefined,
  ): SuspendableStatement;
  yieldOperand(ev: Ev, line: number, file: string | undefined): Ev;
  /** Wraps a function body (or a top level) so that it shows as a frame of the call stack. */
  body(ex: Ex, info: BodyInfo): Ex;
  /**
   * Wraps a generator function's body (which only makes the generator): the generator's code
   * shows as a frame of its own each time next(), send() or a loop resumes it, as in CPython.
   */
  generator(ex: Ex, info: BodyInfo): Ex;
}

/** Recompiles a function's body for the debugger (the compiler registers one per `def`). */
export type DebugRecompile = (hooks: DebugHooks) => (f: Frame) => number;
