// Calls whose keyword arguments are all written by name, `f(x, b=1)`. Calling a user
// function this way built a Map of the keywords and bound it name by name on every call
// (a third of the call's time); here the call site keeps, for the last function it called,
// the frame slot each keyword goes to, and binds straight into the frame. Whatever that plan
// cannot bind (positional-only names, *args/**kwargs, a missing argument, another kind of
// callee) takes the general path with the values already evaluated, so errors are the same.

import type * as A from '../ast';
import { callValue, fillDefaults, runFrame } from '../runtime/call';
import { at } from '../runtime/state';
import {
  PyFunction,
  type Frame,
  type FunctionCode,
  type Kwargs,
  type PyValue,
} from '../runtime/values';
import type { Ev } from './closures';

/** `f(x, b=1)`: keywords, each by name (no `**m`), and no `*xs`. */
export function namedKeywordsOnly(e: A.Call): boolean {
  if (e.keywords.length === 0 || e.keywords.some((k) => k.name === null)) return false;
  return !e.args.some((a) => a.type === 'Starred');
}

/**
 * The frame slot of each keyword in a call of `code` with `given` positional arguments, or
 * null when binding them needs more than a slot each (or is an error).
 */
function slotsFor(code: FunctionCode, given: number, names: readonly string[]): number[] | null {
  if (code.varargSlot >= 0 || code.kwargSlot >= 0) return null;
  const params = code.params;
  if (given > params.length) return null;
  const posonly = code.posonly ?? 0;
  const slots: number[] = [];
  for (const name of names) {
    const i = params.indexOf(name);
    if (i >= 0) {
      // Given by position too, or positional-only: the general binding reports it.
      if (i < given || i < posonly) return null;
      slots.push(i);
      continue;
    }
    const j = code.kwonly.indexOf(name);
    if (j < 0) return null;
    slots.push(code.kwonlySlots[j]);
  }
  return slots;
}

export function namedKeywordCall(
  callee: Ev,
  args: (f: Frame, callee?: PyValue) => PyValue[],
  names: readonly string[],
  values: readonly Ev[],
  id: number,
): Ev {
  const count = values.length;
  let planned: FunctionCode | null = null;
  let plan: number[] | null = null;
  const general = (fn: PyValue, a: PyValue[], kwValues: readonly PyValue[]): PyValue => {
    const kw: Kwargs = new Map<string, PyValue>();
    for (let k = 0; k < count; k++) kw.set(names[k], kwValues[k]);
    at(id);
    return callValue(fn, a, kw);
  };
  return (f) => {
    const fn = callee(f);
    const a = args(f, fn);
    if (!(fn instanceof PyFunction))
      return general(
        fn,
        a,
        values.map((v) => v(f)),
      );
    const code = fn.code;
    if (code !== planned) {
      planned = code;
      plan = slotsFor(code, a.length, names);
    }
    const slots = plan;
    if (slots === null)
      return general(
        fn,
        a,
        values.map((v) => v(f)),
      );
    // The arguments' array becomes the frame, as callFunction makes it.
    const given = a.length;
    const frame: Frame = a;
    for (let i = given; i < code.frameSize; i++) frame.push(undefined);
    for (let k = 0; k < count; k++) frame[slots[k]] = values[k](f);
    at(id);
    if (fillDefaults(fn, frame)) return runFrame(fn, frame);
    // Something required is missing: the general binding raises CPython's error for it.
    return general(
      fn,
      frame.slice(0, given) as PyValue[],
      slots.map((slot) => frame[slot] as PyValue),
    );
  };
}
