// The built-in names a program starts with.

// object's attribute methods (__setattr__, …) join object's namespace when this loads.
import '../runtime/objectAttributeMethods';
import type { PyClass } from '../runtime/objects';
import type { Builtin, BuiltinImpl, PyValue } from '../runtime/values';
import { sliceBuiltins } from './slice';
import { inputBuiltins } from './input';
import { autogradBuiltins } from './autograd';
import type { BuiltinContext } from './context';
import { coreBuiltins } from './core';
import { fileBuiltins, type FileAccess } from './files';
import { hostBuiltins } from './host';
import { intTextBuiltins } from './intText';
import { iteratorBuiltins } from './iterators';
import { mathBuiltins } from './math';
import { quitterBuiltins } from './quitters';
import { randomBuiltins } from './randomness';
import { typeBuiltins } from './types';

export interface BuiltinTable {
  names: Map<string, PyValue>;
  /** The loss-curve `log`, for `log(…)` written as a statement. */
  logCurve: Builtin;
  /** What calling each built-in class does in this interpreter (see rt.constructors). */
  constructors: Map<PyClass, BuiltinImpl>;
}

export function createBuiltins(ctx: BuiltinContext, files: FileAccess): BuiltinTable {
  const names = new Map<string, PyValue>();
  fileBuiltins(files, names, () => ctx.stdin());
  coreBuiltins(ctx, names);
  inputBuiltins(ctx, names);
  iteratorBuiltins(names);
  sliceBuiltins(names);
  intTextBuiltins(names);
  mathBuiltins(ctx, names);
  randomBuiltins(ctx, names);
  autogradBuiltins(ctx, names);
  quitterBuiltins(names);
  const logCurve = hostBuiltins(ctx, names);
  const constructors = new Map<PyClass, BuiltinImpl>();
  typeBuiltins(names, constructors);
  return { names, logCurve, constructors };
}
