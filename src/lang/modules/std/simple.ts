// The small standard modules: sys, time, typing and string.

import { tracebackOf } from '../../runtime/tracebacks';
import { defineAll } from '../../builtins/core';
import { realArg } from '../../builtins/math';
import { bindArgs, exactArgs, expectArgs, noKeywords } from '../../runtime/args';
import { callMethod } from '../../runtime/attributes';
import { itemsOf } from '../../runtime/iteration';
import { getRecursionLimit, setRecursionLimit } from '../../runtime/recursion';
import {
  DIGITS_CHECK_THRESHOLD,
  getIntMaxStrDigits,
  setIntMaxStrDigitsArg,
} from '../../runtime/intDigitsLimit';
import { MAX_INT_DIGITS } from '../../format';
import { callValue } from '../../runtime/call';
import { builtinClass } from '../../runtime/types';
import { errorClass, exceptionOf } from '../../runtime/exceptions';
import { fail, rt, typeError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { payloadOf } from '../../runtime/builtinSubclass';
import { repr, typeName } from '../../runtime/repr';
import { instanceIndex } from '../../runtime/numberHooks';
import { systemExit } from '../../runtime/systemExit';
import { specialForm, TYPING_FORMS } from '../../runtime/typeForms';
import { typingIntrospection } from './typingIntrospect';
import { sysModulesDict } from './sysModules';
import {
  Builtin,
  PyFile,
  PyNamedTuple,
  PyTuple,
  type Kwargs,
  type PyValue,
} from '../../runtime/values';
import { makeNamedTupleClass } from '../../runtime/namedTuple';
import { templateClass } from './stringTemplate';
import { formatterClass } from './stringFormatter';
import { namedTupleBase } from './typingNamedTuple';
import { typedDictBase } from './typingTypedDict';
import { RUNTIME_CHECKABLE } from './typingProtocol';
import {
  GENERIC,
  PARAM_SPEC,
  PARAM_SPEC_ARGS,
  PARAM_SPEC_KWARGS,
  PROTOCOL,
  TYPE_VAR,
} from '../../runtime/generics';
import type { StdContext } from './context';
import { calendarEntries } from './timeCalendar';
import { newTypeClass } from './typingNewType';
import { forwardRefClass } from './typingForwardRef';
import { argTypeName } from '../../runtime/typeName';

/** One of sys's named records (`sys.version_info`), shown as CPython shows it. */
function record(name: string, fields: string[], items: PyValue[]): PyNamedTuple {
  const cls = makeNamedTupleClass(name, fields, null);
  cls.name = `sys.${name}`;
  return new PyNamedTuple(items, cls, fields);
}

/** sys.float_info: the float64 format's limits, as CPython gives them. */
const FLOAT_INFO = (): PyNamedTuple =>
  record(
    'float_info',
    [
      'max',
      'max_exp',
      'max_10_exp',
      'min',
      'min_exp',
      'min_10_exp',
      'dig',
      'mant_dig',
      'epsilon',
      'radix',
      'rounds',
    ],
    [
      Number.MAX_VALUE,
      1024n,
      308n,
      2.2250738585072014e-308,
      -1021n,
      -307n,
      15n,
      53n,
      Number.EPSILON,
      2n,
      1n,
    ],
  );

export function sysModule(s: StdContext): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  const host = s.files();
  m.set('argv', [host?.file ?? '', ...(host?.args ?? [])]);
  // Scripts add folders to it before importing (`sys.path.insert(0, ...)`): a list it is, its
  // first entry the program's folder as in CPython; imports look beside the program only.
  m.set('path', [host?.folder ?? '']);
  m.set('modules', sysModulesDict(s));
  m.set('version', '3.11.0 (ToyGrad)');
  m.set(
    'version_info',
    record(
      'version_info',
      ['major', 'minor', 'micro', 'releaselevel', 'serial'],
      [3n, 11n, 0n, 'final', 0n],
    ),
  );
  m.set('maxsize', 2n ** 63n - 1n);
  m.set('byteorder', 'little');
  m.set('maxunicode', 0x10ffffn);
  m.set('platform', process.platform);
  m.set('float_info', FLOAT_INFO());
  m.set(
    'int_info',
    record(
      'int_info',
      ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'],
      [30n, 4n, BigInt(MAX_INT_DIGITS), BigInt(DIGITS_CHECK_THRESHOLD)],
    ),
  );
  // The program's two output streams: the CLI writes them to its own stdout and stderr, the
  // editor shows stderr's text beside the printed text (as Jupyter's red stream).
  // print() writes to whatever sys.stdout is now; __stdout__ and __stderr__ keep the originals.
  const stdout = new PyFile('<stdout>', 'w', 'utf-8', '', (t) => s.ctx.host.print(t));
  const stderr = new PyFile('<stderr>', 'w', 'utf-8', '', (t) => s.ctx.host.print(t, 'stderr'));
  // CPython's stderr escapes what it cannot encode rather than fail, whatever the locale.
  stderr.errors = 'backslashreplace';
  m.set('stdout', stdout);
  m.set('stderr', stderr);
  m.set('__stdout__', stdout);
  m.set('__stderr__', stderr);
  m.set('stdin', s.ctx.stdin());
  m.set('__stdin__', s.ctx.stdin());
  defineAll(m, [
    [
      'getrecursionlimit',
      (args, kw) => {
        exactArgs('getrecursionlimit', 0, args, kw);
        return getRecursionLimit();
      },
    ],
    [
      'exit',
      (args, kw) => {
        noKeywords('sys.exit', kw);
        expectArgs('exit', args, 0, 1);
        // CPython raises the code as the exception's value: None is no args, and a tuple's
        // items are the args (sys.exit((1, 2)) raises SystemExit(1, 2)).
        const code = args.length === 0 ? null : args[0];
        throw systemExit(
          code === null ? [] : code instanceof PyTuple ? code.items.slice() : [code],
        );
      },
    ],
    [
      'exc_info',
      (args, kw) => {
        exactArgs('exc_info', 0, args, kw);
        // The exception being handled (its type, itself, its traceback), else Nones.
        const current = rt.handling[rt.handling.length - 1];
        if (current === undefined) return new PyTuple([null, null, null]);
        const e = exceptionOf(current);
        return new PyTuple([errorClass(current), e, tracebackOf(e)]);
      },
    ],
    [
      'exception',
      (args, kw) => {
        exactArgs('exception', 0, args, kw);
        const current = rt.handling[rt.handling.length - 1];
        return current === undefined ? null : exceptionOf(current);
      },
    ],
    [
      'get_int_max_str_digits',
      (args, kw) => {
        exactArgs('sys.get_int_max_str_digits', 0, args, kw);
        return getIntMaxStrDigits();
      },
    ],
    [
      'set_int_max_str_digits',
      (args, kw) => {
        setIntMaxStrDigitsArg(args, kw);
        return null;
      },
    ],
    [
      'getdefaultencoding',
      (args, kw) => (exactArgs('sys.getdefaultencoding', 0, args, kw), 'utf-8'),
    ],
    [
      'intern',
      (args, kw) => {
        exactArgs('sys.intern', 1, args, kw);
        const v = args[0];
        if (typeof v !== 'string') {
          // Only an exact str is interned; a subclass's instance is refused by name.
          if (typeof payloadOf(v) === 'string') throw typeError(`can't intern ${typeName(v)}`);
          throw typeError(`intern() argument must be str, not ${argTypeName(v)}`);
        }
        return v;
      },
    ],
    [
      'setrecursionlimit',
      (args, kw) => {
        exactArgs('setrecursionlimit', 1, args, kw);
        setRecursionLimit(args[0]);
        return null;
      },
    ],
  ]);
  return m;
}

/** Longest one time.sleep may last; the run's own time limit still applies. */
const MAX_SLEEP_SECONDS = 60;
/** Sleeps are cut into slices this long, to notice a stop request. */
const SLEEP_SLICE_MS = 50;

export function timeModule(s: StdContext): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  const clock = new Int32Array(new SharedArrayBuffer(4));
  defineAll(m, [
    ['time', (args, kw) => (exactArgs('time.time', 0, args, kw), Date.now() / 1000)],
    [
      'perf_counter',
      (args, kw) => (exactArgs('time.perf_counter', 0, args, kw), performance.now() / 1000),
    ],
    [
      'monotonic',
      (args, kw) => (exactArgs('time.monotonic', 0, args, kw), performance.now() / 1000),
    ],
    // CPU time is not measured apart: process_time is the time since the run began.
    [
      'process_time',
      (args, kw) => (exactArgs('time.process_time', 0, args, kw), performance.now() / 1000),
    ],
    [
      'time_ns',
      (args, kw) => (exactArgs('time.time_ns', 0, args, kw), BigInt(Date.now()) * 1000000n),
    ],
    ...['perf_counter_ns', 'monotonic_ns', 'process_time_ns'].map(
      (name): [string, (args: PyValue[], kw: Kwargs) => PyValue] => [
        name,
        (args, kw) => (
          exactArgs(`time.${name}`, 0, args, kw),
          BigInt(Math.round(performance.now() * 1e6))
        ),
      ],
    ),
    [
      'sleep',
      (args, kw) => {
        exactArgs('time.sleep', 1, args, kw);
        const v = args[0];
        // CPython takes a float, else converts an int by __index__ (its message names no float).
        if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
          if (instanceIndex(v) === undefined) {
            throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
          }
        }
        const secs = realArg('sleep', v);
        if (Number.isNaN(secs)) throw fail('ValueError', 'Invalid value NaN (not a number)');
        if (secs < 0) throw fail('ValueError', 'sleep length must be non-negative');
        if (secs > MAX_SLEEP_SECONDS) {
          throw fail(
            'LimitError',
            `time.sleep(${secs}): a program may sleep at most ${MAX_SLEEP_SECONDS} s at a time`,
          );
        }
        const end = performance.now() + secs * 1000;
        for (let left = end - performance.now(); left > 0; left = end - performance.now()) {
          if (s.ctx.mustStop()) s.ctx.stopNow();
          Atomics.wait(clock, 0, 0, Math.min(left, SLEEP_SLICE_MS));
        }
        return null;
      },
    ],
  ]);
  for (const [name, v] of calendarEntries()) m.set(name, v);
  return m;
}

/**
 * typing's names: importable, and without effect (annotations are not checked). The forms a
 * subscript completes (`Optional[int]`, `List[float]`) and the bare special forms (`Self`,
 * `Never`) are type values (typeForms.ts).
 */

export function typingModule(s: StdContext): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  for (const name of TYPING_FORMS) m.set(name, specialForm(name));
  for (const [name, f] of typingIntrospection(s)) m.set(name, f);
  defineAll(m, [
    ['cast', (args, kw) => bindArgs('cast', ['typ', 'val'], 2, args, kw)[1]!],
    ['overload', (args) => args[0] ?? null],
    // Decorators that only mark the function for a type checker.
    ['final', (args, kw) => bindArgs('final', ['f'], 1, args, kw)[0]!],
    ['no_type_check', (args, kw) => bindArgs('no_type_check', ['arg'], 1, args, kw)[0]!],
    [
      'no_type_check_decorator',
      (args, kw) => bindArgs('no_type_check_decorator', ['decorator'], 1, args, kw)[0]!,
    ],
    // Checks for a type checker: at run time assert_type gives back its value.
    ['assert_type', (args, kw) => bindArgs('assert_type', ['val', 'typ'], 2, args, kw)[0]!],
    [
      'assert_never',
      (args, kw) => {
        const shown = repr(bindArgs('assert_never', ['arg'], 1, args, kw)[0]!);
        const cut = [...shown].length > 100 ? `${[...shown].slice(0, 100).join('')}...` : shown;
        throw fail('AssertionError', `Expected code to be unreachable, but got: ${cut}`);
      },
    ],
    // dataclass_transform(**kwargs) marks a decorator or base class: it returns it unchanged.
    [
      'dataclass_transform',
      () =>
        new Builtin(
          'decorator',
          (args, kw) => bindArgs('decorator', ['cls_or_fn'], 1, args, kw)[0]!,
        ),
    ],
    ['get_overloads', (args, kw) => (bindArgs('get_overloads', ['func'], 1, args, kw), [])],
    ['clear_overloads', (args, kw) => (bindArgs('clear_overloads', [], 0, args, kw), null)],
  ]);
  m.set('Text', builtinClass('str'));
  m.set(
    'AnyStr',
    callValue(TYPE_VAR, ['AnyStr', builtinClass('bytes'), builtinClass('str')], null),
  );
  m.set('NamedTuple', namedTupleBase());
  m.set('NewType', newTypeClass());
  m.set('ForwardRef', forwardRefClass());
  m.set('TypedDict', typedDictBase());
  m.set('Generic', GENERIC);
  m.set('TypeVar', TYPE_VAR);
  m.set('ParamSpec', PARAM_SPEC);
  m.set('ParamSpecArgs', PARAM_SPEC_ARGS);
  m.set('ParamSpecKwargs', PARAM_SPEC_KWARGS);
  m.set('Protocol', PROTOCOL);
  m.set('runtime_checkable', RUNTIME_CHECKABLE);
  m.set('TYPE_CHECKING', false);
  return m;
}

export function stringModule(s: StdContext): Map<string, PyValue> {
  const lower = 'abcdefghijklmnopqrstuvwxyz';
  const upper = lower.toUpperCase();
  const digits = '0123456789';
  const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
  const whitespace = ' \t\n\r\x0b\x0c';
  return new Map<string, PyValue>([
    ['ascii_lowercase', lower],
    ['ascii_uppercase', upper],
    ['ascii_letters', lower + upper],
    ['digits', digits],
    ['hexdigits', `${digits}abcdefABCDEF`],
    ['octdigits', '01234567'],
    ['punctuation', punctuation],
    ['whitespace', whitespace],
    ['printable', digits + lower + upper + punctuation + whitespace],
    ['Template', templateClass(s)],
    ['Formatter', formatterClass()],
    [
      'capwords',
      new Builtin('capwords', (args, kw) => {
        const [text, sep] = bindArgs('capwords', ['s', 'sep'], 1, args, kw);
        // CPython's `(sep or ' ').join(map(str.capitalize, s.split(sep)))`: s.split is looked
        // up on whatever s is, and an empty sep joins with ' ' too.
        const words = callMethod(text!, 'split', sep === undefined ? [] : [sep], null);
        const caps = itemsOf(words).map((w) => callMethod(w, 'capitalize', [], null));
        return callMethod(sep === undefined || !truthy(sep) ? ' ' : sep, 'join', [caps], null);
      }),
    ],
  ]);
}
