// `try` and `with` inside a generator whose body yields: the same rules as
// compile/exceptions.ts (handlers, else, finally, __exit__), with the blocks run as
// suspendable code. The ordinary path stays free of generator machinery.

import type * as A from '../ast';
import type { TgradError } from '../errors';
import { callMethod } from '../runtime/attributes';
import { NORMAL } from '../runtime/completion';
import { noteCaught, tracebackOf } from '../runtime/tracebacks';
import { catchable, chainContext, errorClass, exceptionOf } from '../runtime/exceptions';
import { at, rt } from '../runtime/state';
import { truthy } from '../runtime/truth';
import type { Frame, PyValue } from '../runtime/values';
import type { Compiler } from './compiler';
import { enterContext, locator, matches } from './exceptions';
import { block, finish, type GEx } from './generatorStatements';
import { deleteName } from './names';
import { handlerName } from './boundNames';
import { StarHandling } from './exceptStar';

export function genTry(c: Compiler, s: A.Try): GEx {
  const body = block(c, s.body);
  const orelse = s.orelse.length > 0 ? block(c, s.orelse) : null;
  const finalbody = s.finalbody.length > 0 ? block(c, s.finalbody) : null;
  const locate = locator(c);
  const codeName = c.codeName;
  const handlers = s.handlers.map((h) => ({
    type: h.type === null ? null : c.expr(h.type),
    id: c.site(h.type ?? h),
    store: h.name === null ? null : c.target(handlerName(h), false),
    unbind: h.name === null ? null : deleteName(c, handlerName(h)),
    body: block(c, h.body),
  }));
  // except*: as compileTry's handleStar, with blocks that may yield.
  function* handleStar(f: Frame, err: TgradError): Generator<PyValue, number, PyValue> {
    const star = new StarHandling(err);
    for (const h of handlers) {
      const t = h.type!(f);
      at(h.id);
      let matched: TgradError | null;
      rt.handling.push(star.current);
      try {
        matched = star.take(t);
      } catch (e) {
        throw chainContext(e, star.current);
      } finally {
        rt.handling.pop();
      }
      if (matched === null) continue;
      if (h.store !== null) h.store(f, exceptionOf(matched));
      rt.handling.push(matched);
      try {
        yield* finish(h.body, f);
      } catch (e) {
        const raised = catchable(e);
        if (raised === null) throw e;
        locate(raised);
        star.raisedIn(matched, chainContext(raised, matched) as TgradError);
      } finally {
        rt.handling.pop();
        if (h.unbind !== null) {
          try {
            h.unbind(f);
          } catch {
            // The handler deleted it itself.
          }
        }
      }
    }
    const again = star.outcome();
    if (again !== null) throw again;
    return NORMAL;
  }
  function* handle(f: Frame, err: TgradError): Generator<PyValue, number, PyValue> {
    if (s.star) return yield* handleStar(f, err);
    const cls = errorClass(err);
    for (const h of handlers) {
      if (h.type !== null) {
        const t = h.type(f);
        at(h.id);
        if (!matches(cls, t)) continue;
      }
      if (h.store !== null) h.store(f, exceptionOf(err));
      rt.handling.push(err);
      try {
        return yield* finish(h.body, f);
      } finally {
        rt.handling.pop();
        if (h.unbind !== null) {
          try {
            h.unbind(f);
          } catch {
            // The handler deleted it itself.
          }
        }
      }
    }
    throw err;
  }
  function* guarded(f: Frame): Generator<PyValue, number, PyValue> {
    if (handlers.length === 0) return yield* finish(body, f);
    let r: number;
    try {
      r = yield* finish(body, f);
    } catch (e) {
      const err = catchable(e);
      if (err === null) throw e;
      locate(err);
      noteCaught(err, codeName);
      return yield* handle(f, err);
    }
    return r === NORMAL && orelse !== null ? yield* finish(orelse, f) : r;
  }
  if (finalbody === null) return guarded;
  return function* (f) {
    let r = NORMAL;
    let pending: TgradError | null = null;
    try {
      r = yield* guarded(f);
    } catch (e) {
      const err = catchable(e);
      if (err === null) throw e;
      locate(err);
      pending = err;
    }
    const returned = rt.returnValue;
    // As compileTry's finally: run while handling the pending exception, which an error
    // raised there has as its __context__.
    if (pending !== null) rt.handling.push(pending);
    let fr: number;
    try {
      fr = yield* finish(finalbody, f);
    } catch (e) {
      throw pending === null ? e : chainContext(e, pending);
    } finally {
      if (pending !== null) rt.handling.pop();
    }
    if (fr !== NORMAL) return fr;
    rt.returnValue = returned;
    if (pending !== null) throw pending;
    return r;
  };
}

export function genWith(c: Compiler, s: A.With): GEx {
  const locate = locator(c);
  const body = block(c, s.body);
  let inner: GEx = (f) => finish(body, f);
  for (let i = s.items.length - 1; i >= 0; i--) inner = withItem(c, s, s.items[i], inner, locate);
  return inner;
}

function withItem(
  c: Compiler,
  s: A.With,
  item: A.WithItem,
  body: GEx,
  locate: (err: TgradError) => void,
): GEx {
  const context = c.expr(item.context);
  const store = item.target === null ? null : c.target(item.target, false);
  // At the `with`, as compileWith places it (exceptions.ts).
  const id = c.site({ ...item.context, line: s.line, col: s.col });
  const codeName = c.codeName;
  return function* (f) {
    const mgr = context(f);
    at(id);
    const entered = enterContext(mgr);
    if (store !== null) store(f, entered);
    let r: number;
    try {
      r = yield* body(f);
    } catch (e) {
      const err = catchable(e);
      if (err === null) throw e;
      locate(err);
      noteCaught(err, codeName);
      const exc = exceptionOf(err);
      at(id);
      rt.handling.push(err);
      let swallow: PyValue;
      try {
        swallow = callMethod(mgr, '__exit__', [exc.cls, exc, tracebackOf(exc)], null);
      } finally {
        rt.handling.pop();
      }
      if (truthy(swallow)) return NORMAL;
      throw err;
    }
    const returned = rt.returnValue;
    at(id);
    callMethod(mgr, '__exit__', [null, null, null], null);
    rt.returnValue = returned;
    return r;
  };
}
