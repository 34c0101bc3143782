// Pass 2 of scope resolution: what each name refers to once every scope's bindings are
// known (a local slot, a cell from an enclosing function, or a global), making the cells that
// carry a variable into the functions that use it.

import { TgradError } from '../errors';
import type { Ref, Scope, Var } from './scopeModel';

export function resolveName(name: string, scope: Scope): Ref {
  let s: Scope = scope;
  while (s.kind === 'comprehension') {
    const v = s.bindings.get(name);
    if (v !== undefined) return { kind: 'local', v, free: false };
    s = s.parent!;
  }
  if (s !== scope && s.kind === 'class' && name !== '__class__' && !s.globals.has(name)) {
    // A comprehension is a function scope in CPython: in a class body it does not see the
    // class's names (`[y for _ in r]` with a class attribute y reads the global y), only an
    // enclosing function's, as a method would.
    const free = lookupFree(s, name);
    return free !== null ? { kind: 'local', v: free, free: true } : { kind: 'global', name };
  }
  if (s.kind === 'module' || s.globals.has(name)) return { kind: 'global', name };
  const own = s.bindings.get(name);
  if (own !== undefined)
    return { kind: 'local', v: own, free: false, classBody: s.kind === 'class' };
  const free = lookupFree(s, name);
  if (free !== null) return { kind: 'local', v: free, free: true };
  const decl = s.nonlocals.get(name);
  if (decl !== undefined) {
    throw new TgradError('SyntaxError', `no binding for nonlocal '${name}' found`, decl);
  }
  return { kind: 'global', name };
}

/** The slot of `scope`'s frame holding the cell of `name` from an enclosing function. */
export function lookupFree(scope: Scope, name: string): Var | null {
  const known = scope.free.get(name);
  if (known !== undefined) return known.inner;
  const outer = lookupIn(scope.parent!, name);
  if (outer === null) return null;
  outer.cell = true;
  const inner = scope.layout.newVar(name);
  inner.cell = true;
  scope.free.set(name, { inner, outer });
  return inner;
}

function lookupIn(start: Scope, name: string): Var | null {
  let s = start;
  while (s.kind === 'comprehension') {
    const v = s.bindings.get(name);
    if (v !== undefined) return v;
    s = s.parent!;
  }
  // A class body's names are not seen from inside its methods (its __class__ cell is): a
  // method reaches an enclosing function's variable through a cell the class body passes on.
  if (s.kind === 'class' && name !== '__class__') return lookupFree(s, name);
  if (s.kind === 'module' || s.globals.has(name)) return null;
  const own = s.bindings.get(name);
  if (own !== undefined) return own;
  return lookupFree(s, name);
}
