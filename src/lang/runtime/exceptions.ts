// Python's exception classes and the bridge between a thrown TgradError and the exception
// object a program sees. Every error the runtime raises is a TgradError whose kind names a
// class here; its exception object is made only when a handler asks for it (`as e`). A
// program's `raise X(...)` throws a TgradError of kind X's name carrying that object.

import { setTraceback, startFrom, tracebackOf } from './tracebacks';
import { EngineError } from '../../engine';
import { TgradError, type TgradErrorKind } from '../errors';
import { FormatError } from '../format';
import { withoutModuleHint } from '../modules/missingModules';
import { NativeMethod, newAttrs, PyClass, PyExceptionObject, PyInstance } from './objects';
import { exactArgs, noKeywords } from './args';
import { PyBytes } from './bytesValue';
import { PyExceptionGroupObject } from './exceptionGroupObject';
import {
  checkSyntaxErrorArgs,
  SYNTAX_ERROR_FIELDS,
  syntaxErrorField,
  syntaxErrorStr,
} from './syntaxErrorFields';
import { repr, str, typeName } from './repr';
import { typeError } from './state';
import { builtinClass, builtinClassOf, OBJECT } from './types';
import { PyTuple, type Kwargs, type PyValue } from './values';

const BASE = builtinClass('BaseException', OBJECT);

export function isExceptionClass(cls: PyClass): boolean {
  return cls.isSubclassOf(BASE);
}

/** [name, base] in an order where each base comes first. */
const HIERARCHY: [string, string][] = [
  ['Exception', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  // A resource limit of the run: not caught by `except Exception`, like KeyboardInterrupt.
  ['LimitError', 'BaseException'],
  ['ArithmeticError', 'Exception'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['FloatingPointError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['StopIteration', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['OSError', 'Exception'],
  ['FileNotFoundError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['FileExistsError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['EOFError', 'Exception'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['MemoryError', 'Exception'],
  // The warning categories (the warnings module's): exceptions, raised under 'error'.
  ['Warning', 'Exception'],
  ['UserWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
];

const classes = new Map<string, PyClass>([['BaseException', BASE]]);
for (const [name, base] of HIERARCHY) classes.set(name, builtinClass(name, classes.get(base)!));
// PEP 654's groups (exceptionGroups.ts gives them their behaviour).
const BASE_GROUP = builtinClass('BaseExceptionGroup', BASE);
classes.set('BaseExceptionGroup', BASE_GROUP);
classes.set(
  'ExceptionGroup',
  builtinClassOf('ExceptionGroup', [BASE_GROUP, classes.get('Exception')!]),
);
export { BASE_GROUP as BASE_EXCEPTION_GROUP };

/**
 * BaseExceptionGroup.__new__'s checks and fields, set by exceptionGroups.ts (which needs this
 * module first, so it cannot be imported from here).
 */
export const groupConstruction: { make: (cls: PyClass, args: PyTuple) => PyExceptionObject } = {
  make: () => {
    throw new Error('exceptionGroups.ts not loaded');
  },
};

/** The exception classes by name, for the built-in names table. */
export const EXCEPTION_CLASSES: ReadonlyMap<string, PyClass> = classes;

/** The OSError subclass CPython's OSError(errno, strerror) makes for an errno (Linux's numbers). */
const ERRNO_CLASSES = new Map<bigint, string>([
  [1n, 'PermissionError'],
  [2n, 'FileNotFoundError'],
  [13n, 'PermissionError'],
  [17n, 'FileExistsError'],
  [20n, 'NotADirectoryError'],
  [21n, 'IsADirectoryError'],
  [32n, 'BrokenPipeError'],
  [103n, 'ConnectionAbortedError'],
  [104n, 'ConnectionResetError'],
  [108n, 'BrokenPipeError'],
  [110n, 'TimeoutError'],
  [111n, 'ConnectionRefusedError'],
]);

/** OSError(errno, strerror, filename[, winerror[, filename2]]): args keep the first two. */
function takesFilename(cls: PyClass, argCount: number): boolean {
  return argCount >= 3 && argCount <= 5 && cls.isSubclassOf(classes.get('OSError')!);
}

export function makeExceptionObject(cls: PyClass, args: PyTuple): PyExceptionObject {
  if (cls.isSubclassOf(BASE_GROUP)) return groupConstruction.make(cls, args);
  // `OSError(2, 'No such file')` is a FileNotFoundError, as CPython's OSError.__new__ makes it.
  const first = args.items[0];
  if (cls === classes.get('OSError') && args.items.length >= 2 && typeof first === 'bigint') {
    const sub = ERRNO_CLASSES.get(first);
    if (sub !== undefined) cls = classes.get(sub)!;
  }
  if (takesFilename(cls, args.items.length)) {
    const [errno, strerror, filename, , filename2] = args.items;
    const e = new PyExceptionObject(cls, newAttrs(), new PyTuple([errno, strerror]));
    e.attrs.filename = filename;
    if (filename2 !== undefined) e.attrs.filename2 = filename2;
    return e;
  }
  return new PyExceptionObject(cls, newAttrs(), args);
}

function exceptionSelf(v: PyValue, what: string): PyExceptionObject {
  if (!(v instanceof PyExceptionObject)) {
    throw typeError(`descriptor '${what}' requires a 'BaseException' object`);
  }
  return v;
}

/** str(e): '' for no args, str of the one arg, else the args' repr; KeyError shows its key's repr. */
export function exceptionStr(e: PyExceptionObject): string {
  if (e instanceof PyExceptionGroupObject) {
    const n = e.exceptions.items.length;
    return `${e.message} (${n} sub-exception${n === 1 ? '' : 's'})`;
  }
  if (e.cls.isSubclassOf(classes.get('SyntaxError')!)) return syntaxErrorStr(e);
  // An ImportError whose msg was set to a str shows it (CPython's ImportError_str).
  const msg = e.attrs.msg;
  if (typeof msg === 'string' && e.cls.isSubclassOf(classes.get('ImportError')!)) return msg;
  const items = e.args.items;
  if (items.length === 0) return '';
  if (items.length === 2 && e.cls.isSubclassOf(classes.get('OSError')!)) {
    // OSError(errno, strerror) with a filename: `[Errno 2] No such file or directory: 'f.txt'`.
    const filename = e.attrs.filename;
    const file = filename === undefined || filename === null ? '' : `: ${repr(filename)}`;
    const filename2 = e.attrs.filename2;
    const file2 = filename2 === undefined || filename2 === null ? '' : ` -> ${repr(filename2)}`;
    return `[Errno ${str(items[0])}] ${str(items[1])}${file}${file2}`;
  }
  if (items.length === 1) {
    return e.cls.isSubclassOf(classes.get('KeyError')!) ? repr(items[0]) : str(items[0]);
  }
  const [encoding, object, start, end, reason] = items;
  if (
    items.length === 5 &&
    e.cls.isSubclassOf(classes.get('UnicodeDecodeError')!) &&
    typeof encoding === 'string' &&
    object instanceof PyBytes &&
    typeof start === 'bigint' &&
    typeof end === 'bigint'
  ) {
    // UnicodeDecodeError's own str: the byte (or the range) it could not decode, and why.
    const at = Number(start);
    const what =
      end - start === 1n
        ? `byte 0x${object.data[at].toString(16).padStart(2, '0')} in position ${at}`
        : `bytes in position ${at}-${Number(end) - 1}`;
    return `'${encoding}' codec can't decode ${what}: ${str(reason)}`;
  }
  if (
    items.length === 5 &&
    e.cls.isSubclassOf(classes.get('UnicodeEncodeError')!) &&
    typeof encoding === 'string' &&
    typeof object === 'string' &&
    typeof start === 'bigint' &&
    typeof end === 'bigint'
  ) {
    // UnicodeEncodeError's own str: the character (or the range) it could not encode.
    const at = Number(start);
    const cp = Array.from(object)[at]?.codePointAt(0) ?? 0;
    const hex = (n: number, w: number) => n.toString(16).padStart(w, '0');
    const ch =
      cp <= 0xff ? `\\x${hex(cp, 2)}` : cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
    const what =
      end - start === 1n
        ? `character '${ch}' in position ${at}`
        : `characters in position ${at}-${Number(end) - 1}`;
    return `'${encoding}' codec can't encode ${what}: ${str(reason)}`;
  }
  return repr(e.args);
}

export function exceptionRepr(e: PyExceptionObject): string {
  const items = e.args.items;
  const inner = items.length === 1 ? repr(items[0]) : items.map((x) => repr(x)).join(', ');
  return `${e.cls.name}(${inner})`;
}

BASE.dict.set(
  '__init__',
  new NativeMethod('__init__', 'BaseException', (self: PyValue, args, kw: Kwargs) => {
    const e = exceptionSelf(self, '__init__');
    if (kw !== null && kw.size > 0) setKeywordFields(e, kw);
    if (e.cls.isSubclassOf(classes.get('SyntaxError')!)) checkSyntaxErrorArgs(args);
    // OSError keeps (errno, strerror) as its args when a filename follows (see above).
    e.args = new PyTuple(takesFilename(e.cls, args.length) ? args.slice(0, 2) : args.slice());
    return null;
  }),
);
// 3.11's add_note(note): appends to the exception's `__notes__` list, made on first use.
BASE.dict.set(
  'add_note',
  new NativeMethod('add_note', 'BaseException', (self: PyValue, args, kw) => {
    const e = exceptionSelf(self, 'add_note');
    exactArgs('BaseException.add_note', 1, args, kw);
    const note = args[0];
    if (typeof note !== 'string') throw typeError(`note must be a str, not '${typeName(note)}'`);
    const notes = e.attrs.__notes__ ?? [];
    if (!Array.isArray(notes)) throw typeError('Cannot add note: __notes__ is not a list');
    notes.push(note);
    e.attrs.__notes__ = notes;
    return null;
  }),
);
// with_traceback(tb): sets __traceback__ and returns the exception.
BASE.dict.set(
  'with_traceback',
  new NativeMethod('with_traceback', 'BaseException', (self: PyValue, args, kw) => {
    const e = exceptionSelf(self, 'with_traceback');
    noKeywords('BaseException.with_traceback', kw);
    exactArgs('BaseException.with_traceback', 1, args, null);
    setTraceback(e, args[0]);
    return e;
  }),
);
BASE.dict.set(
  '__str__',
  new NativeMethod('__str__', 'BaseException', (self: PyValue) =>
    exceptionStr(exceptionSelf(self, '__str__')),
  ),
);
BASE.dict.set(
  '__repr__',
  new NativeMethod('__repr__', 'BaseException', (self: PyValue) =>
    exceptionRepr(exceptionSelf(self, '__repr__')),
  ),
);

/**
 * The keyword fields of NameError (`name`), AttributeError (`name`, `obj`) and ImportError
 * (`name`, `path`), by the class whose __init__ takes them (named so in the messages).
 */
const KEYWORD_FIELDS: [string, string[]][] = [
  ['NameError', ['name']],
  ['AttributeError', ['name', 'obj']],
  ['ImportError', ['name', 'path']],
];

/** `NameError('x', name='y')`; any other class's __init__ takes no keywords. */
function setKeywordFields(e: PyExceptionObject, kw: Map<string, PyValue>): void {
  const entry = KEYWORD_FIELDS.find(([base]) => e.cls.isSubclassOf(classes.get(base)!));
  if (entry === undefined) throw typeError(`${e.cls.name}() takes no keyword arguments`);
  const [base, fields] = entry;
  if (kw.size > fields.length) {
    const n = fields.length;
    throw typeError(
      `${base}() takes at most ${n} keyword argument${n === 1 ? '' : 's'} (${kw.size} given)`,
    );
  }
  for (const key of kw.keys()) {
    if (!fields.includes(key)) {
      throw typeError(`'${key}' is an invalid keyword argument for ${base}()`);
    }
  }
  for (const [key, v] of kw) e.attrs[key] = v;
}

/** A keyword field not given (and not set by the runtime's own raise) reads as None. */
function keywordFieldDefault(e: PyExceptionObject, name: string): PyValue | undefined {
  for (const [base, fields] of KEYWORD_FIELDS) {
    if (fields.includes(name) && e.cls.isSubclassOf(classes.get(base)!)) return null;
  }
  return undefined;
}

const UNICODE_FIELDS = ['encoding', 'object', 'start', 'end', 'reason'];

/** The attributes every exception object has. */
export function exceptionAttribute(e: PyExceptionObject, name: string): PyValue | undefined {
  switch (name) {
    case 'args':
      return e.args;
    case '__cause__':
      return e.cause;
    case '__context__':
      return e.context;
    case '__suppress_context__':
      return e.suppressContext;
    case '__traceback__':
      return tracebackOf(e);
  }
  if (e instanceof PyExceptionGroupObject) {
    if (name === 'message') return e.message;
    if (name === 'exceptions') return e.exceptions;
  }
  const items = e.args.items;
  if (name === 'value' && e.cls.isSubclassOf(classes.get('StopIteration')!)) {
    return items.length > 0 ? items[0] : null;
  }
  if (name === 'code' && e.cls.isSubclassOf(classes.get('SystemExit')!)) {
    // SystemExit(): None; SystemExit(3): 3; SystemExit(1, 2): the args.
    return items.length === 0 ? null : items.length === 1 ? items[0] : e.args;
  }
  if (SYNTAX_ERROR_FIELDS.includes(name) && e.cls.isSubclassOf(classes.get('SyntaxError')!)) {
    return syntaxErrorField(e, name);
  }
  const unicodeField = UNICODE_FIELDS.indexOf(name);
  if (unicodeField >= 0 && e.cls.isSubclassOf(classes.get('UnicodeError')!)) {
    // UnicodeDecodeError(encoding, object, start, end, reason) names its args.
    if (items.length === 5) return items[unicodeField];
  }
  if (name === 'msg' && e.cls.isSubclassOf(classes.get('ImportError')!)) {
    // ImportError's msg is its one argument (None for none or several), as CPython's __init__.
    return items.length === 1 ? items[0] : null;
  }
  const field = keywordFieldDefault(e, name);
  if (field !== undefined) return field;
  if (e.cls.isSubclassOf(classes.get('OSError')!)) {
    // CPython fills errno and strerror from args only when there are two of them.
    const full = items.length === 2;
    switch (name) {
      case 'errno':
        return full ? items[0] : null;
      case 'strerror':
        return full ? items[1] : null;
      case 'filename':
      case 'filename2':
        return e.attrs[name] ?? null;
    }
  }
  return undefined;
}

/**
 * CPython's PyObject_GetAttr: an AttributeError escaping `o.name` (from the lookup itself, a
 * property getter or a __getattr__) gets `name` and `obj`, unless either was given already.
 */
export function withAttributeContext(e: unknown, o: PyValue, name: string): unknown {
  if (!(e instanceof TgradError) || !errorClass(e).isSubclassOf(classes.get('AttributeError')!)) {
    return e;
  }
  const obj = e.exception;
  if (obj instanceof PyExceptionObject) {
    if (obj.attrs.name === undefined && obj.attrs.obj === undefined) {
      obj.attrs.name = name;
      obj.attrs.obj = o;
    }
  } else if (e.attributes === null) {
    e.attributes = { name, obj: o };
  }
  return e;
}

/**
 * An exception raised while handling `handled` (in an except or finally block) has it as its
 * `__context__`; returns what to throw on (an engine error becomes its TgradError here).
 */
export function chainContext(e: unknown, handled: TgradError): unknown {
  const err = catchable(e);
  if (err === null) return e;
  if (err === handled) return err;
  const obj = exceptionOf(err);
  const ctx = exceptionOf(handled);
  if (obj.context === null && ctx !== obj) obj.context = ctx;
  return err;
}

// ---- TgradError <-> exception object ------------------------------------------------------

/** The class of the exception an error stands for. */
export function errorClass(err: TgradError): PyClass {
  const obj = err.exception;
  if (obj instanceof PyExceptionObject) return obj.cls;
  return classes.get(err.kind) ?? classes.get('Exception')!;
}

/**
 * The message as the exception's argument: CPython adds "Did you mean" to a NameError or an
 * AttributeError only when it prints the traceback, so str(e) has no suggestion; and a
 * missing module's message has no ToyGrad hint of what to use instead.
 */
function argOf(err: TgradError): string {
  if (err.kind === 'ModuleNotFoundError') return withoutModuleHint(err.message);
  if (err.kind !== 'NameError' && err.kind !== 'AttributeError') return err.message;
  return err.message.replace(SUGGESTION, '');
}

const SUGGESTION = /\. Did you mean: '[^']*'\?$/;

/** The exception object of an error, made the first time a handler asks for it. */
export function exceptionOf(err: TgradError): PyExceptionObject {
  if (err.exception instanceof PyExceptionObject) return err.exception;
  const args = (err.args as PyValue[] | null) ?? (err.message === '' ? [] : [argOf(err)]);
  const obj = makeExceptionObject(errorClass(err), new PyTuple(args));
  if (err.attributes !== null) {
    for (const [k, v] of Object.entries(err.attributes)) obj.attrs[k] = v as PyValue;
  }
  err.exception = obj;
  obj.raisedAs = err;
  return obj;
}

/**
 * The TgradError that raising exception object `e` throws. An object raised before keeps
 * the position it was first raised at, as CPython's `raise e` keeps e's traceback and only
 * adds the re-raising frames to it: the innermost line stays where it first went wrong.
 */
export function errorFor(e: PyExceptionObject): TgradError {
  const err = new TgradError(e.cls.name as TgradErrorKind, () => exceptionMessage(e));
  err.exception = e;
  const before = e.raisedAs;
  if (before !== null && before.located) err.locate(before);
  startFrom(err, e);
  e.raisedAs = err;
  return err;
}

/**
 * str(e) as the last line of a traceback shows it (a user __str__ included), or CPython's
 * stand-in when that str raises.
 */
function exceptionMessage(e: PyExceptionObject): string {
  const s = e.cls.lookup('__str__');
  try {
    // A traceback shows a SyntaxError's msg alone, its file and line being the position.
    if (s instanceof NativeMethod && e.cls.isSubclassOf(classes.get('SyntaxError')!)) {
      return str(syntaxErrorField(e, 'msg'));
    }
    if (s instanceof NativeMethod) return exceptionStr(e);
    return str(e);
  } catch (failure) {
    if (catchable(failure) === null) throw failure;
    return '<exception str() failed>';
  }
}

/** A KeyError whose args hold the missing key itself (str shows its repr). */
export function keyError(key: PyValue): TgradError {
  const err = new TgradError('KeyError', repr(key));
  err.args = [key];
  return err;
}

/**
 * A JS exception thrown while running a program, as the TgradError Python code may catch;
 * null for what a program must not catch (a stop request, the time limit, our own bugs).
 */
export function catchable(e: unknown): TgradError | null {
  if (e instanceof TgradError) return e.kind === 'SyntaxError' && e.exception === null ? e : e;
  if (e instanceof EngineError) return new TgradError(e.kind, e.message);
  if (e instanceof FormatError) return new TgradError(e.kind, e.message);
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new TgradError('RecursionError', 'maximum recursion depth exceeded');
  }
  return null;
}

/** Is `v` an exception class or instance a program may raise? */
export function isExceptionValue(v: PyValue): boolean {
  return (
    (v instanceof PyClass && v.isSubclassOf(BASE)) ||
    (v instanceof PyInstance && v.cls.isSubclassOf(BASE))
  );
}

export { BASE as BASE_EXCEPTION };
