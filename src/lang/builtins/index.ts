// The built-in names a program starts with.

import type { Builtin, PyValue } from '../runtime/values';
import { autogradBuiltins } from './autograd';
import type { BuiltinContext } from './context';
import { coreBuiltins } from './core';
import { fileBuiltins, type FileAccess } from './files';
import { hostBuiltins } from './host';
import { iteratorBuiltins } from './iterators';
import { mathBuiltins } from './math';
import { randomBuiltins } from './randomness';

export interface BuiltinTable {
  names: Map<string, PyValue>;
  /** The loss-curve `log`, for `log(…)` written as a statement. */
  logCurve: Builtin;
}

export function createBuiltins(ctx: BuiltinContext, files: FileAccess): BuiltinTable {
  const names = new Map<string, PyValue>();
  fileBuiltins(files, names);
  coreBuiltins(ctx, names);
  iteratorBuiltins(names);
  mathBuiltins(ctx, names);
  randomBuiltins(ctx, names);
  autogradBuiltins(ctx, names);
  const logCurve = hostBuiltins(ctx, names);
  return { names, logCurve };
}
