// What the standard modules need from the interpreter that imports them.

import type { BuiltinContext } from '../../builtins/context';
import type { Span } from '../../errors';
import type { FileSystemHost } from '../../files';
import { callMethod } from '../../runtime/attributes';
import { PyFile, type PyDict, type PyModule, type PyValue } from '../../runtime/values';

export interface StdContext {
  ctx: BuiltinContext;
  /** The built-in names (the modules share their implementations: math.exp is exp). */
  builtins: ReadonlyMap<string, PyValue>;
  files(): FileSystemHost | null;
  maxFileBytes(): number;
  /**
   * Where the running program is now (warnings.warn's line), or with `stacklevel` k > 1 the
   * call k-1 frames out; undefined when not known, null when there is no such frame.
   */
  position(stacklevel?: number): Span | undefined | null;
  /** The program's own globals (`__main__`'s), where typing resolves a string annotation. */
  mainGlobals(): PyDict;
  /** The loaded modules by name, `__main__` (the program) first: sys.modules. */
  modules(): [string, PyModule][];
  /** Another standard module (os.path for os). */
  standard(name: string): PyModule;
}

/** A built-in from the shared table, by name (a missing one is a bug of ours). */
export function shared(s: StdContext, name: string): PyValue {
  const v = s.builtins.get(name);
  if (v === undefined) throw new Error(`no built-in '${name}'`);
  return v;
}

/**
 * Writes `text` to sys.stderr as the program has it now, as CPython's warnings do: a
 * redirect_stderr buffer gets it, None drops it, the host's stderr is the default.
 */
export function writeStderr(s: StdContext, text: string): void {
  const stream = s.ctx.programStream?.('stderr');
  if (stream === null) return;
  if (stream === undefined) s.ctx.host.print(text, 'stderr');
  else if (stream instanceof PyFile && stream.sink !== null) stream.sink(text);
  else callMethod(stream, 'write', [text], null);
}
