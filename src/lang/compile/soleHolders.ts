// The compiled side of runtime/droppedGenerators.ts: assignments that claim a generator for a
// variable (`g = numbers()`), deletions and rebindings that drop it (`del g`, `g = None`), and
// the reads that leave the variable its sole holder (`next(g)`, `g.send(…)`, `for x in g:`).

import type * as A from '../ast';
import { callValue } from '../runtime/call';
import { NORMAL } from '../runtime/completion';
import { claim, disown, dropped } from '../runtime/droppedGenerators';
import { generatorsMade, PyGenerator } from '../runtime/generator';
import { closeLeft, ownedGenerator } from '../runtime/loopGenerator';
import { catchable } from '../runtime/exceptions';
import { at, rt } from '../runtime/state';
import type { Frame, PyValue } from '../runtime/values';
import type { Ev, Ex, Store } from './closures';
import type { Compiler } from './compiler';
import { deleteName, heldBy, heldLoad, peekName } from './names';
import { mayOwnGenerator } from './ownedIterable';

/**
 * `name = value` (one target): stores `value`'s result, claiming a generator its call has just
 * made, and closes a generator the name alone held before; `record` then sees the value. Null
 * when the name can hold none.
 */
export function soleAssign(
  c: Compiler,
  target: A.Name,
  valueExpr: A.Expr,
  value: Ev,
  store: Store,
  record: ((v: PyValue) => void) | null,
): Ex | null {
  const holder = heldBy(c, target);
  if (holder === null) return null;
  const peek = peekName(c, target);
  if (mayOwnGenerator(valueExpr)) {
    holder.claims = true;
    return (f) => {
      const before = generatorsMade();
      const depth = rt.depth;
      const v = value(f);
      const old = peek(f);
      store(f, v);
      claim(v, before, depth, holder, old === undefined);
      dropped(old, holder);
      if (record !== null) record(v);
      return NORMAL;
    };
  }
  return (f) => {
    const v = value(f);
    if (holder.claims) {
      const old = peek(f);
      store(f, v);
      dropped(old, holder);
    } else store(f, v);
    if (record !== null) record(v);
    return NORMAL;
  };
}

/** `del name`, closing a generator the name alone held. */
export function soleDelete(c: Compiler, e: A.Name): (f: Frame) => void {
  const del = deleteName(c, e);
  const holder = heldBy(c, e);
  if (holder === null) return del;
  const peek = peekName(c, e);
  return (f) => {
    if (!holder.claims) return del(f);
    const old = peek(f);
    del(f);
    dropped(old, holder);
  };
}

/** The receiver of a call `g.send(…)`, `g.throw(…)`, `g.close()`: none of them keeps `g`. */
export function methodReceiver(c: Compiler, e: A.Attribute): Ev {
  const { value, attr } = e;
  const keeps = attr !== 'send' && attr !== 'throw' && attr !== 'close';
  return value.type === 'Name' && !keeps ? heldLoad(c, value) : c.expr(value);
}

/**
 * `next(g)` / `next(g, default)` (the built-in keeps nothing: `g` stays its variable's alone),
 * and `next(numbers())`, which closes the generator its call has just made once `next` is done
 * with it, as CPython frees it there. Null for any other call.
 */
export function nextCall(c: Compiler, e: A.Call): Ev | null {
  if (e.func.type !== 'Name' || e.func.name !== 'next' || e.keywords.length > 0) return null;
  const { args } = e;
  if (args.length < 1 || args.length > 2 || args.some((x) => x.type === 'Starred')) return null;
  const first = args[0];
  const temporary = mayOwnGenerator(first);
  if (first.type !== 'Name' && !temporary) return null;
  const fn = c.expr(e.func);
  const it = first.type === 'Name' ? heldLoad(c, first) : c.expr(first);
  const fallback = args.length === 2 ? c.expr(args[1]) : null;
  const id = c.site(e);
  const builtin = c.env.builtins.get('next');
  const builtinNext = (v: PyValue): boolean => v === builtin;
  if (!temporary) {
    return (f) => {
      const callee = fn(f);
      const g = it(f);
      const a = fallback === null ? [g] : [g, fallback(f)];
      // Another `next` (the program's own) may keep what it is given.
      if (!builtinNext(callee)) disown(g);
      at(id);
      return callValue(callee, a, null);
    };
  }
  return (f) => {
    const callee = fn(f);
    const before = generatorsMade();
    const depth = rt.depth;
    const v = it(f);
    const a = fallback === null ? [v] : [v, fallback(f)];
    at(id);
    const g =
      v instanceof PyGenerator && builtinNext(callee) ? ownedGenerator(v, before, depth) : null;
    if (g === null) return callValue(callee, a, null);
    let r: PyValue;
    try {
      r = callValue(callee, a, null);
    } catch (err) {
      if (catchable(err) !== null) closeLeft(g, depth);
      throw err;
    }
    closeLeft(g, depth);
    return r;
  };
}

/**
 * A function body that, on returning, closes the generators its local variables alone hold,
 * as CPython frees the frame's variables then. (A call ended by an exception keeps its frame
 * in the traceback, so CPython closes them later: those are left open.)
 */
export function closingLocals(c: Compiler, body: Ex): Ex {
  const claimed = c.fn?.layout.vars.filter((v) => v.claims && !v.cell) ?? [];
  if (claimed.length === 0) return body;
  return (f) => {
    const r = body(f);
    for (const v of claimed) dropped(f[v.slot] as PyValue | undefined, v);
    return r;
  };
}
