// What the standard modules need from the interpreter that imports them.

import type { BuiltinContext } from '../../builtins/context';
import type { FileSystemHost } from '../../files';
import type { PyModule, PyValue } from '../../runtime/values';

export interface StdContext {
  ctx: BuiltinContext;
  /** The built-in names (the modules share their implementations: math.exp is exp). */
  builtins: ReadonlyMap<string, PyValue>;
  files(): FileSystemHost | null;
  maxFileBytes(): number;
  /** Another standard module (os.path for os). */
  standard(name: string): PyModule;
}

/** A built-in from the shared table, by name (a missing one is a bug of ours). */
export function shared(s: StdContext, name: string): PyValue {
  const v = s.builtins.get(name);
  if (v === undefined) throw new Error(`no built-in '${name}'`);
  return v;
}
