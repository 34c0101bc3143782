// `try`/`except`/`else`/`finally`, `raise`, `assert` and `with`. An error is a thrown
// TgradError; a handler that catches it first gives it the position where it happened (the
// node being evaluated then), so a re-raise still points there, and restores the call
// depth the unwound Python frames left counted. Stop requests and the time limit are not
// TgradErrors: no handler sees them and no finally block delays them.

import type * as A from '../ast';
import { TgradError, type Span } from '../errors';
import { callMethod, getAttr } from '../runtime/attributes';
import { typeName } from '../runtime/repr';
import { NORMAL } from '../runtime/completion';
import {
  catchable,
  chainContext,
  errorClass,
  errorFor,
  exceptionOf,
  isExceptionValue,
  makeExceptionObject,
  EXCEPTION_CLASSES,
} from '../runtime/exceptions';
import { instantiate } from '../runtime/instances';
import { PyClass, PyExceptionObject, PyInstance } from '../runtime/objects';
import { at, fail, rt, typeError } from '../runtime/state';
import { noteCaught, tracebackOf } from '../runtime/tracebacks';
import { truthy } from '../runtime/truth';
import { PyTuple, type Frame, type PyValue } from '../runtime/values';
import type { Ex } from './closures';
import type { Compiler } from './compiler';
import { deleteName } from './names';
import { handlerName } from './boundNames';
import { StarHandling } from './exceptStar';

export function locator(c: Compiler): (err: TgradError) => void {
  const positions = c.env.positions;
  return (err) => {
    if (err.located) return;
    const span = positions.errorSpan(rt.pos, err);
    if (span !== undefined) err.locate(span);
  };
}

/** Does an error of class `cls` match the class (or tuple of classes) of an except clause? */
export function matches(cls: PyClass, t: PyValue): boolean {
  if (t instanceof PyClass && isExceptionValue(t)) return cls.isSubclassOf(t);
  if (t instanceof PyTuple) return t.items.some((x) => matches(cls, x));
  throw typeError('catching classes that do not inherit from BaseException is not allowed');
}

export function compileTry(c: Compiler, s: A.Try): Ex {
  const body = c.block(s.body);
  const orelse = s.orelse.length > 0 ? c.block(s.orelse) : null;
  const locate = locator(c);
  const codeName = c.codeName;
  const handlers = s.handlers.map((h) => ({
    type: h.type === null ? null : c.expr(h.type),
    id: c.site(h.type ?? h),
    store: h.name === null ? null : c.target(handlerName(h), false),
    unbind: h.name === null ? null : deleteName(c, handlerName(h)),
    body: c.block(h.body),
  }));
  const handleStar = (f: Frame, err: TgradError): number => {
    const star = new StarHandling(err);
    const depth = rt.depth;
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
        h.body(f);
      } catch (e) {
        const raised = catchable(e);
        if (raised === null) throw e;
        locate(raised);
        rt.depth = depth;
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
  };
  const handleOne = (f: Frame, err: TgradError): number => {
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
        return h.body(f);
      } catch (e) {
        throw chainContext(e, err);
      } finally {
        rt.handling.pop();
        // Python deletes the `as` name when the handler ends.
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
  };
  const handle = s.star ? handleStar : handleOne;
  const guarded: Ex =
    handlers.length === 0
      ? body
      : (f) => {
          const depth = rt.depth;
          let r: number;
          try {
            r = body(f);
          } catch (e) {
            const err = catchable(e);
            if (err === null) throw e;
            locate(err);
            rt.depth = depth;
            noteCaught(err, codeName);
            return handle(f, err);
          }
          return r === NORMAL && orelse !== null ? orelse(f) : r;
        };
  if (s.finalbody.length === 0) return guarded;
  const finalbody = c.block(s.finalbody);
  return (f) => {
    const depth = rt.depth;
    let r = NORMAL;
    let pending: TgradError | null = null;
    try {
      r = guarded(f);
    } catch (e) {
      const err = catchable(e);
      if (err === null) throw e;
      locate(err);
      rt.depth = depth;
      pending = err;
    }
    const returned = rt.returnValue;
    let fr: number;
    // The finally block of a try that raised runs while handling that exception, as in
    // CPython: sys.exc_info() sees it and a bare `raise` there re-raises it.
    if (pending !== null) rt.handling.push(pending);
    try {
      fr = finalbody(f);
    } catch (e) {
      throw pending === null ? e : chainContext(e, pending);
    } finally {
      if (pending !== null) rt.handling.pop();
    }
    // A return, break or continue in the finally block drops the pending exception.
    if (fr !== NORMAL) return fr;
    rt.returnValue = returned;
    if (pending !== null) throw pending;
    return r;
  };
}

/** The exception object `raise v` raises: an instance, or a class called with no arguments. */
function toException(v: PyValue, what: string): PyExceptionObject {
  if (v instanceof PyClass && isExceptionValue(v)) {
    const obj = instantiate(v, [], null);
    if (obj instanceof PyExceptionObject) return obj;
  }
  if (v instanceof PyExceptionObject) return v;
  throw typeError(`${what} must derive from BaseException`);
}

export function compileRaise(c: Compiler, s: A.Raise): Ex {
  const id = c.site(s);
  if (s.exc === null) {
    return () => {
      const current = rt.handling[rt.handling.length - 1];
      at(id);
      if (current === undefined) throw fail('RuntimeError', 'No active exception to reraise');
      throw current;
    };
  }
  const exc = c.expr(s.exc);
  const cause = s.cause === null ? null : c.expr(s.cause);
  return (f) => {
    const v = exc(f);
    const cv = cause === null ? undefined : cause(f);
    at(id);
    const obj = toException(v, 'exceptions');
    if (cv !== undefined) {
      obj.cause = cv === null ? null : toException(cv, 'exception causes');
      obj.suppressContext = true;
    }
    const current = rt.handling[rt.handling.length - 1];
    if (current !== undefined && obj.context === null) {
      const ctx = exceptionOf(current);
      if (ctx !== obj) obj.context = ctx;
    }
    const err = errorFor(obj);
    err.origin = rt.spanOf(id) ?? null;
    throw err;
  };
}

/**
 * Where CPython 3.11 reports a failed assert: its compiler leaves the position of the last
 * comparison it branched on (through `and`/`or`, `not` and `x if c else y`, in that order)
 * on the raise; a test that is no comparison there (`assert isinstance(v, int)`) reports the
 * whole statement.
 */
function assertSite(s: A.Assert): Span {
  const last = (e: A.Expr): A.Expr | null => {
    if (e.type === 'Compare') return e;
    if (e.type === 'UnaryOp') return e.op === 'not' ? last(e.operand) : null;
    if (e.type === 'IfExp') return last(e.orelse) ?? last(e.body) ?? last(e.test);
    if (e.type !== 'BoolOp') return null;
    let found: A.Expr | null = null;
    for (const v of e.values) found = last(v) ?? found;
    return found;
  };
  return last(s.test) ?? s;
}

export function compileAssert(c: Compiler, s: A.Assert): Ex {
  const test = c.expr(s.test);
  const msg = s.msg === null ? null : c.expr(s.msg);
  const id = c.site(assertSite(s));
  const cls = EXCEPTION_CLASSES.get('AssertionError')!;
  return (f) => {
    const t = test(f);
    if (t === true || (t !== false && truthy(t))) return NORMAL;
    const args = msg === null ? [] : [msg(f)];
    at(id);
    throw errorFor(makeExceptionObject(cls, new PyTuple(args)));
  };
}

export function compileWith(c: Compiler, s: A.With): Ex {
  const body = c.block(s.body);
  const locate = locator(c);
  let inner = body;
  for (let i = s.items.length - 1; i >= 0; i--) {
    const item = s.items[i];
    inner = withItem(c, s, item, inner, locate);
  }
  return inner;
}

/** Whether type(v) has the special method `name` (looked up on the type, as CPython does). */
function hasAttribute(v: PyValue, name: string): boolean {
  if (v instanceof PyInstance) return v.cls.lookup(name) !== undefined;
  try {
    getAttr(v, name);
    return true;
  } catch (e) {
    if (e instanceof TgradError && e.kind === 'AttributeError') return false;
    throw e;
  }
}

/**
 * `with mgr:`'s start: CPython's protocol check (with __enter__ but no __exit__ it says which
 * is missing), then mgr.__enter__(), whose value `as` binds.
 */
export function enterContext(mgr: PyValue): PyValue {
  if (!hasAttribute(mgr, '__enter__') || !hasAttribute(mgr, '__exit__')) {
    const missedExit = hasAttribute(mgr, '__enter__');
    throw typeError(
      `'${typeName(mgr)}' object does not support the context manager protocol` +
        (missedExit ? ' (missed __exit__ method)' : ''),
    );
  }
  return callMethod(mgr, '__enter__', [], null);
}

function withItem(
  c: Compiler,
  s: A.With,
  item: A.WithItem,
  body: Ex,
  locate: (err: TgradError) => void,
): Ex {
  const context = c.expr(item.context);
  const store = item.target === null ? null : c.target(item.target, false);
  // CPython 3.11 places the protocol check and the __enter__/__exit__ calls at the `with`.
  const id = c.site({ ...item.context, line: s.line, col: s.col });
  const codeName = c.codeName;
  return (f) => {
    const mgr = context(f);
    at(id);
    const entered = enterContext(mgr);
    if (store !== null) store(f, entered);
    const depth = rt.depth;
    let r: number;
    try {
      r = body(f);
    } catch (e) {
      const err = catchable(e);
      if (err === null) throw e;
      locate(err);
      rt.depth = depth;
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
