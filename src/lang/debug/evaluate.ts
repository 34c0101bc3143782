// Evaluating an expression in a paused frame (a watch, the Debug Console, a hover, a
// breakpoint's condition): its names are the frame's globals with its locals over them,
// copied into a namespace of its own, so an evaluation reads the program and never rebinds
// its names.

import { compileCell } from '../compile/compiler';
import { Globals, type CompileEnvironment } from '../compile/environment';
import { TgradError } from '../errors';
import { parseModule } from '../parser';
import { rt } from '../runtime/state';
import type { Frame, PyValue } from '../runtime/values';

export type EvaluationEnvironment = Pick<
  CompileEnvironment,
  'builtins' | 'positions' | 'logCurve' | 'modules'
>;

export function evaluateIn(
  text: string,
  names: ReadonlyMap<string, PyValue>,
  env: EvaluationEnvironment,
): PyValue {
  const module = parseModule(text, 1);
  const only = module.body.length === 1 ? module.body[0] : null;
  if (only === null || only.type !== 'ExprStmt') {
    throw new TgradError('SyntaxError', 'the debugger evaluates one expression, e.g. `w1.grad`');
  }
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
  return result;
}
