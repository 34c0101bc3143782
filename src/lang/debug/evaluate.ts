// Evaluating an expression in a paused frame (a watch, the Debug Console, a hover, a
// breakpoint's condition): its names are the frame's globals with its locals over them,
// copied into a namespace of its own, so an evaluation reads the program and never rebinds
// its names. The Debug Console also executes statements (executeIn); the debugger writes
// the names they rebind back into the frame. In a frame of a method the text is read as if
// written there: its private names are mangled with the class's prefix.

import { compileCell } from '../compile/compiler';
import { Globals, type CompileEnvironment } from '../compile/environment';
import { TgradError } from '../errors';
import { parseModule } from '../parser';
import { manglePrivateNames } from '../compile/privateNames';
import type { Module } from '../ast';
import { rt } from '../runtime/state';
import type { Frame, PyValue } from '../runtime/values';

export type EvaluationEnvironment = Pick<
  CompileEnvironment,
  'builtins' | 'positions' | 'logCurve' | 'modules'
>;

/** The text as written in the frame: inside a class, `self.__x` means `self._C__x`. */
function parseInFrame(text: string, privatePrefix: string | null): Module {
  const module = parseModule(text, 1);
  manglePrivateNames(module, privatePrefix);
  return module;
}

export function evaluateIn(
  text: string,
  names: ReadonlyMap<string, PyValue>,
  env: EvaluationEnvironment,
  privatePrefix: string | null = null,
): PyValue {
  const module = parseInFrame(text, privatePrefix);
  const only = module.body.length === 1 ? module.body[0] : null;
  if (only === null || only.type !== 'ExprStmt') {
    throw new TgradError('SyntaxError', 'the debugger evaluates one expression, e.g. `w1.grad`');
  }
  return run(module, names, env).value;
}

/** What a Debug Console line did. */
export interface Execution {
  /** An expression's value; None for statements. */
  value: PyValue;
  /** The line was statements (`x = 3`, `w.data = 0.5`, `n += 1`), which may change the program. */
  statements: boolean;
  /** The namespace's names afterwards: the frame's, as the statements left them, and new ones. */
  names: ReadonlyMap<string, PyValue>;
}

/**
 * Runs a Debug Console line as debugpy does: an expression is evaluated; anything else
 * (assignments, augmented assignments, several statements) is executed. The caller writes
 * the names it rebinds back into the paused frame.
 */
export function executeIn(
  text: string,
  names: ReadonlyMap<string, PyValue>,
  env: EvaluationEnvironment,
  privatePrefix: string | null = null,
): Execution {
  const module = parseInFrame(text, privatePrefix);
  const statements = !(module.body.length === 1 && module.body[0].type === 'ExprStmt');
  const { value, globals } = run(module, names, env);
  const after = new Map<string, PyValue>();
  for (const name of globals.boundNames()) after.set(name, globals.lookup(name)!);
  return { value: statements ? null : value, statements, names: after };
}

function run(
  module: Module,
  names: ReadonlyMap<string, PyValue>,
  env: EvaluationEnvironment,
): { value: PyValue; globals: Globals } {
  const globals = new Globals();
  for (const [name, v] of names) globals.assign(name, v);
  let result: PyValue = null;
  const compiled = compileCell(module, {
    ...env,
    globals,
    package: null,
    recorder: {
      assigned: () => {},
      backwardCalled: () => {},
      result: (v) => {
        result = v;
      },
    },
  });
  const frame: Frame = new Array<undefined>(compiled.frameSize).fill(undefined);
  const { pos, returnValue } = rt;
  try {
    compiled.run(frame);
  } finally {
    rt.pos = pos;
    rt.returnValue = returnValue;
  }
  return { value: result, globals };
}
