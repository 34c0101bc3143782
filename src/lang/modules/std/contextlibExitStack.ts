// contextlib.ExitStack: context managers and callbacks entered one by one and exited in the
// reverse order, each exit seeing the exception still pending (a suppressed one is gone, one
// an exit raises replaces it), as CPython's ExitStack unwinds.

import { bindArgs, exactArgs } from '../../runtime/args';
import { callMethod, getAttr } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { catchable, errorFor, exceptionOf } from '../../runtime/exceptions';
import { PyClass, PyExceptionObject, PyInstance } from '../../runtime/objects';
import { typeError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { typeOf } from '../../runtime/types';
import type { PyValue } from '../../runtime/values';
import { contextClass } from './contextlibClass';

/** An exit callback: given the pending exception (or null), true when it suppresses it. */
type ExitCallback = (exc: PyExceptionObject | null) => boolean;

const stacks = new WeakMap<PyInstance, ExitCallback[]>();

function callbacksOf(self: PyInstance): ExitCallback[] {
  let cbs = stacks.get(self);
  if (cbs === undefined) stacks.set(self, (cbs = []));
  return cbs;
}

/** `exit(exc_type, exc, tb)` as an exit callback. */
function exitCallback(exit: PyValue): ExitCallback {
  return (exc) =>
    truthy(callValue(exit, exc === null ? [null, null, null] : [exc.cls, exc, null], null));
}

/** The name CPython gives a type in ExitStack's messages: `builtins.int`, `__main__.R`. */
function fullName(v: PyValue): string {
  const cls = typeOf(v);
  const module = cls.dict.get('__module__');
  return `${typeof module === 'string' ? module : cls.builtin ? 'builtins' : '__main__'}.${cls.qualifiedName}`;
}

/** Runs the callbacks last first; true when the exception `exc` was suppressed. */
function unwind(self: PyInstance, exc: PyExceptionObject | null): boolean {
  const cbs = callbacksOf(self);
  let pending = exc;
  let raised = false;
  let suppressed = false;
  while (cbs.length > 0) {
    const cb = cbs.pop()!;
    try {
      if (cb(pending) && pending !== null) {
        pending = null;
        raised = false;
        suppressed = true;
      }
    } catch (e) {
      const err = catchable(e);
      if (err === null) throw e;
      const next = exceptionOf(err);
      if (next.context === null && pending !== null && next !== pending) next.context = pending;
      pending = next;
      raised = true;
      suppressed = false;
    }
  }
  if (raised && pending !== null) throw errorFor(pending);
  return exc !== null && suppressed;
}

export const EXIT_STACK: PyClass = contextClass(
  'ExitStack',
  [
    ['__enter__', (self, args, kw) => (exactArgs('__enter__', 0, args, kw), self)],
    [
      '__exit__',
      (self, args, kw) => {
        const [, value] = bindArgs('__exit__', ['exc_type', 'exc_value', 'traceback'], 3, args, kw);
        return unwind(self, value instanceof PyExceptionObject ? value : null);
      },
    ],
    [
      'enter_context',
      (self, args, kw) => {
        const [cm] = bindArgs('enter_context', ['cm'], 1, args, kw);
        const cls = typeOf(cm!);
        if (cls.lookup('__enter__') === undefined || cls.lookup('__exit__') === undefined) {
          throw typeError(
            `'${fullName(cm!)}' object does not support the context manager protocol`,
          );
        }
        const exit = getAttr(cm!, '__exit__');
        const result = callMethod(cm!, '__enter__', [], null);
        callbacksOf(self).push(exitCallback(exit));
        return result;
      },
    ],
    [
      'push',
      (self, args, kw) => {
        const [exit] = bindArgs('push', ['exit'], 1, args, kw);
        // A context manager gives its __exit__; anything else is the exit callback itself.
        let target: PyValue = exit!;
        if (typeOf(target).lookup('__exit__') !== undefined) target = getAttr(target, '__exit__');
        callbacksOf(self).push(exitCallback(target));
        return exit!;
      },
    ],
    [
      'callback',
      (self, args, kw) => {
        if (args.length === 0) {
          throw typeError("descriptor 'callback' of 'ExitStack' object needs an argument");
        }
        const [fn, ...rest] = args as [PyValue, ...PyValue[]];
        callbacksOf(self).push(() => {
          callValue(fn, rest.slice(), kw === null ? null : new Map(kw));
          return false;
        });
        return fn;
      },
    ],
    [
      'pop_all',
      (self, args, kw) => {
        exactArgs('pop_all', 0, args, kw);
        const moved = EXIT_STACK.construct!([], null) as PyInstance;
        stacks.set(moved, callbacksOf(self).splice(0));
        return moved;
      },
    ],
    [
      'close',
      (self, args, kw) => {
        exactArgs('close', 0, args, kw);
        unwind(self, null);
        return null;
      },
    ],
  ],
  (_self, args, kw) => {
    exactArgs('ExitStack', 0, args, kw);
  },
);
