// The data the last backward pass used, for the backward stepper. The stepper is asked after
// the fact, often after an optimizer update (`p.data -= lr * p.grad`, SGD, Adam) moved the
// parameters, and its products must be the ones that flowed. Copying every node's data at
// each backward would cost every training step; instead the first write to a Value's data
// after a pass keeps the number it overwrites (one Map lookup per parameter update), and the
// stepper puts those numbers back while it plans and writes its text (withPassData).

import type { Value } from './value';

/** Old numbers kept at most; past this the pass's data is given up (the stepper says so). */
export const MAX_KEPT_DATA = 100_000;

const state: {
  /** The node the last pass ran from; null before any, or once its data was given up. */
  root: Value | null;
  /** Each Value's data as that pass used it, for the Values written since. */
  before: Map<Value, number> | null;
} = { root: null, before: null };

/** A backward pass from `root` (null: a pass the stepper cannot show, e.g. a replayed step). */
export function passRan(root: Value | null): void {
  state.root = root;
  state.before = null;
}

/** Call before writing `v.data`: keeps the number the last pass used, on the first write. */
export function willWriteData(v: Value): void {
  if (state.root === null) return;
  const before = (state.before ??= new Map());
  if (before.has(v)) return;
  if (before.size >= MAX_KEPT_DATA) {
    passRan(null);
    return;
  }
  before.set(v, v.data);
}

/**
 * Runs `f` with the data of the last pass from `root` back in place (if that was the last
 * pass and any data changed since), then restores the data as it is now. False as `changed`
 * when nothing had to be put back.
 */
export function withPassData<T>(root: Value, f: () => T): { result: T; changed: boolean } {
  const before = state.root === root ? state.before : null;
  if (before === null || before.size === 0) return { result: f(), changed: false };
  const now = new Map<Value, number>();
  for (const [v, data] of before) {
    now.set(v, v.data);
    v.data = data;
  }
  try {
    return { result: f(), changed: true };
  } finally {
    for (const [v, data] of now) v.data = data;
  }
}
