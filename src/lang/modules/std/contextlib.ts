// contextlib: contextmanager (a generator function as a context manager, also usable as a
// decorator), ContextDecorator, AbstractContextManager (contextlibAbstract.ts), suppress, nullcontext, closing and redirect_stdout/redirect_stderr. Each is a native class whose __enter__ and
// __exit__ the `with` statement calls as it calls a user class's.

import { abstractContextManager } from './contextlibAbstract';
import { defineAll } from '../../builtins/core';
import { bindArgs, exactArgs } from '../../runtime/args';
import { callMethod } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { errorFor, isExceptionClass } from '../../runtime/exceptions';
import { PyGenerator } from '../../runtime/generator';
import { c3, NativeMethod, PyClass, PyExceptionObject, PyInstance } from '../../runtime/objects';
import { OBJECT } from '../../runtime/types';
import { fail, typeError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { typeName } from '../../runtime/typeName';
import { TgradError } from '../../errors';
import { contextClass } from './contextlibClass';
import { EXIT_STACK } from './contextlibExitStack';
import { redirectClass } from './contextlibRedirect';
import type { StdContext } from './context';
import {
  Builtin,
  DefWrapper,
  PyFunction,
  type BuiltinImpl,
  type Kwargs,
  type PyValue,
} from '../../runtime/values';
import { updateWrapper, wrapperNames } from './functoolsWrapper';

/**
 * CPython's def wrapped by functools.wraps(func) (contextmanager's helper, a
 * ContextDecorator's inner): a function that binds as a method when `func` is one, with
 * func's name, doc and module, and `__wrapped__`.
 */
function wrappedDef(func: PyValue, impl: BuiltinImpl): PyValue {
  const name = func instanceof PyFunction || func instanceof Builtin ? func.name : typeName(func);
  return updateWrapper(new DefWrapper(name, impl), func, wrapperNames(undefined, false), []);
}

/** __exit__'s three arguments: the exception being handled, or null when there is none. */
function exitException(args: PyValue[], kw: Kwargs): PyExceptionObject | null {
  const [, value] = bindArgs('__exit__', ['exc_type', 'exc_value', 'traceback'], 3, args, kw);
  return value instanceof PyExceptionObject ? value : null;
}

function generatorOf(self: PyInstance): PyGenerator {
  const g = self.attrs.gen;
  if (!(g instanceof PyGenerator)) throw typeError(`'${typeName(g!)}' object is not an iterator`);
  return g;
}

/**
 * A generator-based context manager: the code before `yield` runs on enter, the yielded value
 * is what `as` binds, and an exception of the with-body is raised at the `yield`.
 */
const GENERATOR_CM: PyClass = contextClass(
  '_GeneratorContextManager',
  [
    [
      '__enter__',
      (self, args, kw) => {
        exactArgs('__enter__', 0, args, kw);
        const g = generatorOf(self);
        const v = g.send(null);
        if (v === undefined) throw fail('RuntimeError', "generator didn't yield");
        return v;
      },
    ],
    [
      '__exit__',
      (self, args, kw) => {
        const exc = exitException(args, kw);
        const g = generatorOf(self);
        if (exc === null) {
          if (g.send(null) === undefined) return false;
          throw fail('RuntimeError', "generator didn't stop");
        }
        let v: PyValue | undefined;
        try {
          v = g.throwIn(errorFor(exc));
        } catch (e) {
          // The generator let the body's own exception through: the with statement re-raises
          // it, with its own traceback.
          if (e instanceof TgradError && e.exception === exc) return false;
          throw e;
        }
        if (v === undefined) return true;
        throw fail('RuntimeError', "generator didn't stop after throw()");
      },
    ],
    [
      '__call__',
      // As CPython's ContextDecorator: `@cm()` runs each call of the function inside a fresh
      // `with cm():`.
      (self, args, kw) => {
        const [f] = bindArgs('__call__', ['func'], 1, args, kw);
        return wrappedDef(f!, (fargs, fkw) =>
          within(recreate(self), () => callValue(f!, fargs, fkw)),
        );
      },
    ],
  ],
  (self, args, kw) => {
    const [func, fargs, fkw] = [args[0]!, args.slice(1), kw];
    self.attrs.func = func;
    // A fresh array: a call may keep its argument array as the frame's local slots.
    self.attrs.gen = callValue(func, fargs.slice(), fkw);
    // Kept for the decorator use, which makes a new generator for each call.
    self.attrs.__recreate__ = new Builtin('_recreate_cm', () =>
      GENERATOR_CM.construct!([func, ...fargs], fkw),
    );
  },
);

function recreate(self: PyInstance): PyValue {
  return callValue(self.attrs.__recreate__!, [], null);
}

/** `with mgr: body()` for a native caller: __exit__ decides whether an exception is kept. */
function within(mgr: PyValue, body: () => PyValue): PyValue {
  callMethod(mgr, '__enter__', [], null);
  let r: PyValue;
  try {
    r = body();
  } catch (e) {
    if (!(e instanceof TgradError)) throw e;
    const exc = errorException(e);
    if (exc !== null && truthy(callMethod(mgr, '__exit__', [exc.cls, exc, null], null))) {
      return null;
    }
    throw e;
  }
  callMethod(mgr, '__exit__', [null, null, null], null);
  return r;
}

function errorException(e: TgradError): PyExceptionObject | null {
  return e.exception instanceof PyExceptionObject ? e.exception : null;
}

const SUPPRESS: PyClass = contextClass(
  'suppress',
  [
    ['__enter__', (_self, args, kw) => (exactArgs('__enter__', 0, args, kw), null)],
    [
      '__exit__',
      (self, args, kw) => {
        const exc = exitException(args, kw);
        if (exc === null) return false;
        const kinds = self.attrs.__exceptions__;
        return (
          Array.isArray(kinds) && kinds.some((k) => k instanceof PyClass && exc.cls.isSubclassOf(k))
        );
      },
    ],
  ],
  (self, args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('suppress() takes no keyword arguments');
    for (const a of args) {
      if (!(a instanceof PyClass) || !isExceptionClass(a)) {
        throw typeError('catching classes that do not inherit from BaseException is not allowed');
      }
    }
    self.attrs.__exceptions__ = args.slice();
  },
);

const NULLCONTEXT: PyClass = contextClass(
  'nullcontext',
  [
    [
      '__enter__',
      (self, args, kw) => (exactArgs('__enter__', 0, args, kw), self.attrs.enter_result!),
    ],
    ['__exit__', () => null],
  ],
  (self, args, kw) => {
    const [result] = bindArgs('nullcontext', ['enter_result'], 0, args, kw);
    self.attrs.enter_result = result ?? null;
  },
);

const CLOSING: PyClass = contextClass(
  'closing',
  [
    ['__enter__', (self, args, kw) => (exactArgs('__enter__', 0, args, kw), self.attrs.thing!)],
    [
      '__exit__',
      (self) => {
        callMethod(self.attrs.thing!, 'close', [], null);
        return null;
      },
    ],
  ],
  (self, args, kw) => {
    const [thing] = bindArgs('closing', ['thing'], 1, args, kw);
    self.attrs.thing = thing!;
  },
);

/**
 * ContextDecorator: a base class for a program's context manager that makes its instances
 * decorators too, each call of the function running inside `with self._recreate_cm():`.
 */
const CONTEXT_DECORATOR: PyClass = (() => {
  const name = 'ContextDecorator';
  const dict = new Map<string, PyValue>([
    ['__module__', 'contextlib'],
    [
      '_recreate_cm',
      new NativeMethod('_recreate_cm', name, (self: PyValue, args, kw) => {
        exactArgs('_recreate_cm', 0, args, kw);
        return self;
      }),
    ],
    [
      '__call__',
      new NativeMethod('__call__', name, (self: PyValue, args, kw) => {
        const [f] = bindArgs('__call__', ['func'], 1, args, kw);
        return wrappedDef(f!, (fargs, fkw) =>
          within(callMethod(self, '_recreate_cm', [], null), () => callValue(f!, fargs, fkw)),
        );
      }),
    ],
  ]);
  const cls = new PyClass(name, [OBJECT], dict);
  cls.mro = c3(cls, [OBJECT])!;
  return cls;
})();

export function contextlibModule(s: StdContext): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  defineAll(m, [
    [
      'contextmanager',
      (args, kw) => {
        const [func] = bindArgs('contextmanager', ['func'], 1, args, kw);
        return wrappedDef(func!, (fargs, fkw) => GENERATOR_CM.construct!([func!, ...fargs], fkw));
      },
    ],
  ]);
  m.set('suppress', SUPPRESS);
  m.set('nullcontext', NULLCONTEXT);
  m.set('closing', CLOSING);
  m.set('ExitStack', EXIT_STACK);
  m.set('ContextDecorator', CONTEXT_DECORATOR);
  m.set('AbstractContextManager', abstractContextManager());
  m.set('redirect_stdout', redirectClass(s, 'stdout'));
  m.set('redirect_stderr', redirectClass(s, 'stderr'));
  return m;
}
