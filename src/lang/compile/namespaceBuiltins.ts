// `globals()`, `locals()`, and `vars()` and `dir()` without an argument, read the namespace of the code that
// calls them, which a built-in alone cannot see: where a program names one of them (and has
// not bound the name itself), the compiler makes it, tied to the module's globals and, in a
// function, to the frame (so globals and locals are in no table of built-ins). As in CPython, globals() is the module's live dict (and so
// is locals() at the top level); locals() in a function or class body is a snapshot.

import { exactArgs } from '../runtime/args';
import { callValue } from '../runtime/call';
import { globalsDict } from '../runtime/globalsDict';
import { Builtin, Cell, PyDict, type Frame, type PyValue } from '../runtime/values';
import type { Ev } from './closures';
import type { Compiler } from './compiler';

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The built-ins only the compiler makes (the docs' table of built-ins lists them too). */
export const COMPILER_MADE_BUILTINS: readonly string[] = ['globals', 'locals'];

/** The built-in `name` as the code at this place sees it, or null for any other name. */
export function namespaceBuiltin(
  c: Compiler,
  name: string,
  /** The table's built-in of that name (vars), or undefined. */
  builtin: PyValue | undefined,
): Ev | null {
  if (
    !COMPILER_MADE_BUILTINS.includes(name) &&
    ((name !== 'vars' && name !== 'dir') || builtin === undefined)
  ) {
    return null;
  }
  const g = c.env.globals;
  const fn = c.fn;
  let locals: (f: Frame) => PyDict;
  if (fn === null) locals = () => globalsDict(g);
  else {
    const vars = fn.layout.vars.filter((v) => IDENTIFIER.test(v.name));
    locals = (f) => {
      const d = new PyDict();
      for (const v of vars) {
        const slot = f[v.slot];
        const value = slot instanceof Cell ? slot.v : slot;
        if (value !== undefined) d.map.set(v.name, { key: v.name, value });
      }
      return d;
    };
  }
  if (name === 'globals') {
    const own = new Builtin('globals', (args, kw) => {
      exactArgs('globals', 0, args, kw);
      return globalsDict(g);
    });
    return () => own;
  }
  if (name === 'locals') {
    return (f) =>
      new Builtin('locals', (args, kw) => {
        exactArgs('locals', 0, args, kw);
        return locals(f);
      });
  }
  if (name === 'dir') {
    // dir() lists the names in scope, sorted (str keys only: it is sorted as strings).
    return (f) =>
      new Builtin('dir', (args, kw) => {
        if (args.length > 0 || (kw !== null && kw.size > 0)) return callValue(builtin!, args, kw);
        const names: string[] = [];
        for (const { key } of locals(f).map.values()) if (typeof key === 'string') names.push(key);
        return names.sort(byCodePoint);
      });
  }
  return (f) =>
    new Builtin('vars', (args, kw) =>
      args.length === 0 && (kw === null || kw.size === 0)
        ? locals(f)
        : callValue(builtin!, args, kw),
    );
}
