// Generators dropped by their only holder. CPython closes a suspended generator when its last
// reference goes away (`del g`, `g = None`, the program's end), so its `finally` blocks run
// right then. We have no reference counts; instead a variable is a *sole holder*: a generator
// that a call has just made and that is bound straight to it (`g = numbers()`) is *claimed* by
// the variable, and the variable stays its only holder as long as no code reads the variable
// except in ways that cannot keep the generator: `next(g)`, `g.send(…)`, `g.throw(…)`,
// `g.close()`, a `for` loop over `g` (which holds it while it runs), `del g`. Compiling any
// other read marks the variable `escaped`, for good. Dropping a claimed generator from a
// variable that never escaped closes it; any doubt leaves it open, as before.

import { PyGenerator } from './generator';
import { closeLeft, ownedGenerator } from './loopGenerator';
import { rt } from './state';
import type { PyValue } from './values';

/** A variable (a frame slot or a global) that may be the only holder of a generator. */
export interface SoleHolder {
  /** Set once code that could copy its value elsewhere is compiled: it claims nothing then. */
  escaped: boolean;
  /** Set once code that claims a generator for it is compiled: only then are drops checked. */
  claims: boolean;
  /**
   * When it was bound, unbound before, to a generator it claimed: a global's place in the
   * order CPython's module dict keeps (first binding), which the program's end closes in.
   */
  order?: number;
}

export function soleHolder(): SoleHolder {
  return { escaped: false, claims: false };
}

/** How many claims have bound a variable that was unbound: orders globals at the end. */
let bindings = 0;

/**
 * `v`, just made by the call evaluated since `before` at call depth `depth`, now bound to
 * `holder` (unbound before when `unbound`): when it is a generator that call made, it is now
 * `holder`'s alone.
 */
export function claim(
  v: PyValue,
  before: number,
  depth: number,
  holder: SoleHolder,
  unbound: boolean,
): void {
  if (!(v instanceof PyGenerator) || holder.escaped) return;
  const g = ownedGenerator(v, before, depth);
  if (g === null) return;
  g.holder = holder;
  if (unbound || holder.order === undefined) holder.order = ++bindings;
}

/**
 * `holder` no longer holds `old` (deleted or rebound). When `old` is a generator it alone held,
 * and nothing is using it right now (running it, or a `for` loop over it), it is closed.
 */
export function dropped(old: PyValue | undefined, holder: SoleHolder): void {
  if (!(old instanceof PyGenerator) || old.holder !== holder) return;
  old.holder = null;
  if (holder.escaped || old.loops > 0 || old.running) return;
  closeLeft(old, rt.depth);
}

/**
 * At the program's end: every generator a global alone holds is closed, in the order the
 * globals were bound, as CPython's module dict keeps them.
 */
export function closeHeldGlobals(
  values: readonly (PyValue | undefined)[],
  holders: readonly SoleHolder[],
): void {
  const held: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v instanceof PyGenerator && v.holder === holders[i]) held.push(i);
  }
  held.sort((a, b) => (holders[a].order ?? 0) - (holders[b].order ?? 0));
  for (const i of held) dropped(values[i], holders[i]);
}

/** `v` was passed where it may be kept (a `next` that is not the built-in): nobody's alone now. */
export function disown(v: PyValue): void {
  if (v instanceof PyGenerator) v.holder = null;
}
