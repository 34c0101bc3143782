// traceback.TracebackException: an exception captured for formatting later, as CPython 3.11's
// class keeps it: exc_type, stack (its traceback's frames), __cause__ and __context__ (as
// TracebackExceptions of their own), __suppress_context__, __notes__ and _str, with format(),
// format_exception_only() and print().

import { bindBuiltin } from '../../runtime/args';
import { callValue } from '../../runtime/call';
import { iterate } from '../../runtime/iteration';
import { typeError } from '../../runtime/state';
import {
  c3,
  NativeMethod,
  newAttrs,
  PyClass,
  PyClassMethod,
  PyExceptionObject,
  PyInstance,
} from '../../runtime/objects';
import { typeOf } from '../../runtime/types';
import { tracebackOf } from '../../runtime/tracebacks';
import { OBJECT } from '../../runtime/types';
import { str } from '../../runtime/repr';
import { Builtin, type Kwargs, type MethodImpl, type PyValue } from '../../runtime/values';
import { exceptionOnly } from './tracebackFormat';

/** What the traceback module lends the class. */
export interface TracebackParts {
  /** TracebackException.format's lines for the value and traceback, with its chain or not. */
  formatChain(value: PyValue, tb: PyValue, limit: PyValue | undefined, chain: boolean): string[];
  /** extract_tb(tb, limit): the frames as FrameSummary objects. */
  extract(tb: PyValue, limit: PyValue | undefined): PyValue;
  /** print(…, file=file, end='') of each line (file None: standard error). */
  emit(lines: string[], file: PyValue | undefined): void;
}

/**
 * The lines of the captured exception, made when asked: its notes are read then, as CPython
 * reads the `__notes__` list it keeps.
 */
interface Captured {
  chained: () => string[];
  alone: () => string[];
  only: () => string[];
}

const captured = new WeakMap<PyInstance, Captured>();

function capturedOf(self: PyValue, what: string): Captured {
  const c = self instanceof PyInstance ? captured.get(self) : undefined;
  if (c === undefined) {
    throw typeError(`descriptor '${what}' requires a 'TracebackException' object`);
  }
  return c;
}

function chainArg(v: PyValue | undefined): boolean {
  return v === undefined || (v !== null && v !== false && v !== 0n);
}

export function tracebackExceptionClass(parts: TracebackParts): PyClass {
  const method = (name: string, impl: MethodImpl<PyInstance>): [string, NativeMethod] => [
    name,
    new NativeMethod(name, 'TracebackException', impl as MethodImpl<never>),
  ];
  const cls: PyClass = new PyClass(
    'TracebackException',
    [OBJECT],
    new Map<string, PyValue>([
      ['__module__', 'traceback'],
      ['__hash__', null],
      method('format', (self, args, kw) => {
        const [chain] = bindBuiltin('format', ['chain'], 0, [], kw);
        if (args.length > 0) {
          throw typeError(
            `TracebackException.format() takes 1 positional argument but ${args.length + 1} were given`,
          );
        }
        const c = capturedOf(self, 'format');
        return iterate(chainArg(chain) ? c.chained() : c.alone());
      }),
      method('format_exception_only', (self, args, kw) => {
        bindBuiltin('format_exception_only', [], 0, args, kw);
        return iterate(capturedOf(self, 'format_exception_only').only());
      }),
      method('print', (self, args, kw) => {
        const [file, chain] = bindBuiltin('print', ['file', 'chain'], 0, [], kw);
        if (args.length > 0) {
          throw typeError(
            `TracebackException.print() takes 1 positional argument but ${args.length + 1} were given`,
          );
        }
        const c = capturedOf(self, 'print');
        parts.emit(chainArg(chain) ? c.chained() : c.alone(), file);
        return null;
      }),
      method('__str__', (self) => self.attrs._str as PyValue),
    ]),
    null,
    true,
  );
  cls.mro = c3(cls, [OBJECT])!;

  /** One exception of the chain, its cause and context made once each (`seen`). */
  const make = (
    value: PyValue,
    tb: PyValue,
    limit: PyValue | undefined,
    seen: Set<PyValue>,
  ): PyInstance => {
    const te = new PyInstance(cls, newAttrs());
    seen.add(value);
    const a = te.attrs;
    a.exc_type = value === null ? null : typeOf(value);
    a.stack = parts.extract(tb, limit);
    a._str = value === null ? 'None' : str(value);
    a.__cause__ = null;
    a.__context__ = null;
    a.__suppress_context__ = false;
    a.__notes__ = null;
    if (value instanceof PyExceptionObject) {
      a.__suppress_context__ = value.suppressContext;
      a.__notes__ = value.attrs.__notes__ ?? null;
      for (const [field, link] of [
        ['__cause__', value.cause],
        ['__context__', value.context],
      ] as const) {
        if (link instanceof PyExceptionObject && !seen.has(link)) {
          a[field] = make(link, tracebackOf(link), limit, seen);
        }
      }
    }
    captured.set(te, {
      chained: () => parts.formatChain(value, tb, limit, true),
      alone: () => parts.formatChain(value, tb, limit, false),
      only: () =>
        value instanceof PyExceptionObject
          ? exceptionOnly(value)
          : parts.formatChain(value, null, null, false),
    });
    return te;
  };

  const NAMES = [
    'exc_type',
    'exc_value',
    'exc_traceback',
    'limit',
    'lookup_lines',
    'capture_locals',
    'compact',
    'max_group_width',
    'max_group_depth',
  ];
  cls.construct = (args: PyValue[], kw: Kwargs): PyValue => {
    const [, value, tb, limit] = bindBuiltin('TracebackException', NAMES, 3, args, kw, 3);
    return make(value!, tb!, limit, new Set());
  };
  cls.dict.set(
    'from_exception',
    new PyClassMethod(
      new Builtin('from_exception', (args, kw) => {
        const [klass, exc, ...rest] = args;
        if (exc === undefined) {
          throw typeError(
            "TracebackException.from_exception() missing 1 required positional argument: 'exc'",
          );
        }
        const tb = exc instanceof PyExceptionObject ? tracebackOf(exc) : null;
        return callValue(klass, [typeOf(exc), exc, tb, ...rest], kw);
      }),
    ),
  );
  return cls;
}
