// Reading, binding and deleting names: globals (falling back to built-ins), frame slots,
// and cells shared with closures. Reading an unbound name gives Python's NameError, with a
// "did you mean" among the names in reach.

import { Value } from '../../engine';
import type * as A from '../ast';
import { TGRAD_ONLY_BUILTINS } from '../builtins/tgradOnly';
import { TgradError } from '../errors';
import { classBodyValue } from '../runtime/classBodyStore';
import { at } from '../runtime/state';
import { withSuggestion } from '../runtime/suggest';
import type { Cell, Frame, PyValue } from '../runtime/values';
import type { SoleHolder } from '../runtime/droppedGenerators';
import type { Ev, Store } from './closures';
import type { Compiler } from './compiler';
import { namespaceBuiltin } from './namespaceBuiltins';

/** Python built-ins a tgrad program cannot have, and why (a program can only compute). */
const LEFT_OUT = new Map([
  ['exec', 'a tgrad program cannot run other code'],
  ['eval', 'a tgrad program cannot run other code'],
  ['compile', 'a tgrad program cannot run other code'],
  ['__import__', 'a tgrad program cannot load modules'],
]);

/** Names the parser makes constants of, which are in CPython's builtins dict. */
const BUILTIN_CONSTANTS = ['None', 'Ellipsis', 'NotImplemented', 'False', 'True', '__debug__'];

function nameError(c: Compiler, e: A.Name): () => TgradError {
  const locals = c.fn?.localNames ?? [];
  const { globals, builtins } = c.env;
  const why = LEFT_OUT.get(e.name);
  if (why !== undefined) {
    return () =>
      withName(new TgradError('NameError', `name '${e.name}' is not defined (${why})`, e), e.name);
  }
  return () =>
    withName(
      new TgradError(
        'NameError',
        withSuggestion(`name '${e.name}' is not defined`, e.name, [
          ...locals,
          ...globals.boundNames(),
          ...builtins.keys(),
          // CPython's builtins dict holds these constants too ('Node' suggests 'None').
          ...BUILTIN_CONSTANTS,
        ]),
        e,
      ),
      e.name,
    );
}

/** The NameError's `name` attribute, as CPython 3.10+ sets it (UnboundLocalError's stays None). */
function withName(err: TgradError, name: string): TgradError {
  err.attributes = { name };
  return err;
}

function unboundError(e: A.Name, free: boolean): TgradError {
  const err = new TgradError(
    free ? 'NameError' : 'UnboundLocalError',
    free
      ? `cannot access free variable '${e.name}' where it is not associated with a value in enclosing scope`
      : `cannot access local variable '${e.name}' where it is not associated with a value`,
    e,
  );
  return free ? withName(err, e.name) : err;
}

export function loadName(c: Compiler, e: A.Name): Ev {
  // A read that may copy the value elsewhere: the variable is no generator's sole holder.
  const holder = heldBy(c, e);
  if (holder !== null) holder.escaped = true;
  return heldLoad(c, e);
}

/**
 * Reading a name where the value cannot be kept (`next(g)`, `g.send(…)`, `for x in g:`): the
 * variable stays a sole holder of its generator (runtime/droppedGenerators.ts).
 */
export function heldLoad(c: Compiler, e: A.Name): Ev {
  const ref = c.res.refs.get(e);
  if (ref === undefined || ref.kind === 'global') return loadGlobal(c, e);
  const slot = ref.v.slot;
  if (ref.classBody === true) {
    // A class body reads a name it has not bound yet from the globals (Python's LOAD_NAME).
    const global = loadGlobal(c, e);
    const cell = ref.v.cell;
    return (f) => {
      const v = cell ? (f[slot] as Cell).v : (f[slot] as PyValue | undefined);
      return v === undefined ? global(f) : v;
    };
  }
  if (ref.v.cell) {
    return (f) => {
      const v = (f[slot] as Cell).v;
      if (v === undefined) throw unboundError(e, ref.free);
      return v;
    };
  }
  return (f) => {
    const v = f[slot];
    if (v === undefined) throw unboundError(e, false);
    return v as PyValue;
  };
}

function loadGlobal(c: Compiler, e: A.Name): Ev {
  const G = c.env.globals.values;
  const i = c.env.globals.slot(e.name);
  const builtin = c.env.builtins.get(e.name);
  if (builtin !== undefined && TGRAD_ONLY_BUILTINS.has(e.name)) {
    const H = c.env.globals.hidden;
    const error = nameError(c, e);
    return () => {
      const v = G[i];
      if (v !== undefined) return v;
      if (H[i] === true) throw error();
      return builtin;
    };
  }
  const own = namespaceBuiltin(c, e.name, builtin);
  if (own !== null) {
    return (f) => {
      const v = G[i];
      return v === undefined ? own(f) : v;
    };
  }
  if (builtin !== undefined) {
    return () => {
      const v = G[i];
      return v === undefined ? builtin : v;
    };
  }
  const error = nameError(c, e);
  return () => {
    const v = G[i];
    if (v === undefined) throw error();
    return v;
  };
}

/**
 * The variable a name is, as a sole holder of a generator: a frame slot no closure shares, or a
 * global of the program (an imported module's globals are read from outside, as `mod.g`).
 */
export function heldBy(c: Compiler, e: A.Name): SoleHolder | null {
  const ref = c.res.refs.get(e);
  if (ref === undefined || ref.kind === 'global') {
    if (c.env.package !== null) return null;
    return c.env.globals.holders[c.env.globals.slot(e.name)];
  }
  return ref.v.cell ? null : ref.v;
}

/** The name's value, or undefined when it is unbound (no error). */
export function peekName(c: Compiler, e: A.Name): (f: Frame) => PyValue | undefined {
  const ref = c.res.refs.get(e);
  if (ref === undefined || ref.kind === 'global') {
    const G = c.env.globals.values;
    const i = c.env.globals.slot(e.name);
    return () => G[i];
  }
  const slot = ref.v.slot;
  if (ref.v.cell) return (f) => (f[slot] as Cell).v;
  return (f) => f[slot] as PyValue | undefined;
}

/** The global slot a name resolves to, when it is a global (for `log(…)` statements). */
export function globalSlot(c: Compiler, e: A.Name): number | null {
  const ref = c.res.refs.get(e);
  if (ref !== undefined && ref.kind !== 'global') return null;
  return c.env.globals.slot(e.name);
}

export function storeName(c: Compiler, e: A.Name, label: boolean): Store {
  const ref = c.res.refs.get(e);
  const name = e.name;
  if (ref === undefined || ref.kind === 'global') {
    const g = c.env.globals;
    const G = g.values;
    const born = g.born;
    const i = g.slot(name);
    if (!label) {
      return (_f, v) => {
        if (G[i] === undefined) born[i] = ++g.clock;
        G[i] = v;
      };
    }
    return (_f, v) => {
      if (v instanceof Value && v.label === '') v.label = name;
      if (G[i] === undefined) born[i] = ++g.clock;
      G[i] = v;
    };
  }
  const slot = ref.v.slot;
  if (ref.classBody === true) {
    const cell = ref.v.cell;
    // An enum body's refusal (`A = 2` after `A = 1`) is placed at the name, as CPython does.
    const id = c.site(e);
    return (f, v) => {
      if (label && v instanceof Value && v.label === '') v.label = name;
      at(id);
      const x = classBodyValue(f, name, v);
      if (cell) (f[slot] as Cell).v = x;
      else f[slot] = x;
    };
  }
  if (ref.v.cell) {
    return (f, v) => {
      if (label && v instanceof Value && v.label === '') v.label = name;
      (f[slot] as Cell).v = v;
    };
  }
  if (!label) {
    return (f, v) => {
      f[slot] = v;
    };
  }
  return (f, v) => {
    if (v instanceof Value && v.label === '') v.label = name;
    f[slot] = v;
  };
}

/** `del name`. */
export function deleteName(c: Compiler, e: A.Name): (f: Frame) => void {
  const ref = c.res.refs.get(e);
  if (ref === undefined || ref.kind === 'global') {
    const G = c.env.globals.values;
    const i = c.env.globals.slot(e.name);
    const error = nameError(c, e);
    if (TGRAD_ONLY_BUILTINS.has(e.name)) {
      const H = c.env.globals.hidden;
      return () => {
        if (G[i] === undefined) throw error();
        G[i] = undefined;
        H[i] = true;
      };
    }
    return () => {
      if (G[i] === undefined) throw error();
      G[i] = undefined;
    };
  }
  const slot = ref.v.slot;
  if (ref.v.cell) {
    return (f) => {
      const cell = f[slot] as Cell;
      if (cell.v === undefined) throw unboundError(e, ref.free);
      cell.v = undefined;
    };
  }
  return (f) => {
    if (f[slot] === undefined) throw unboundError(e, false);
    f[slot] = undefined;
  };
}
