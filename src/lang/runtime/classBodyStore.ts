// A metaclass whose __prepare__ namespace sees each write of the class body as it happens
// (enum's: `B = auto()` is its value at once, so `RW = R | W` or `C = A + 1` in the body
// compute with members' values). The hook is per running class body, keyed by its frame.

import type { Frame, PyValue } from './values';

/** Rewrites a value the class body binds to `name` (called before the binding). */
export type ClassBodyStore = (name: string, v: PyValue) => PyValue;

const HOOKS = new WeakMap<Frame, ClassBodyStore>();

export function setClassBodyStore(frame: Frame, hook: ClassBodyStore): void {
  HOOKS.set(frame, hook);
}

/** The value to bind in a class body's frame `f` (the value itself when no hook is set). */
export function classBodyValue(f: Frame, name: string, v: PyValue): PyValue {
  const hook = HOOKS.get(f);
  return hook === undefined ? v : hook(name, v);
}
