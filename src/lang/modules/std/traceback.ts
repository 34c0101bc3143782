// traceback: an exception's traceback as CPython 3.11's module prints and formats it
// (format_exc, print_exc, format_exception, format_exception_only, print_exception,
// extract_tb, format_tb, print_tb, format_list, walk_tb), with the exception's chain
// (`raise … from …`, an error in a handler) and FrameSummary objects (tracebackFormat.ts
// makes the text); the running stack (extract_stack, format_stack, print_stack), and
// TracebackException (tracebackException.ts).

import { bindBuiltin } from '../../runtime/args';
import { callMethod } from '../../runtime/attributes';
import { exceptionOf } from '../../runtime/exceptions';
import { collect, iterate } from '../../runtime/iteration';
import {
  c3,
  NativeMethod,
  newAttrs,
  PyClass,
  PyExceptionObject,
  PyInstance,
} from '../../runtime/objects';
import { repr, typeName } from '../../runtime/repr';
import { eq } from '../../runtime/equality';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { rt, fail, typeError } from '../../runtime/state';
import { PyTraceback, tracebackOf } from '../../runtime/tracebacks';
import { builtinClass, OBJECT } from '../../runtime/types';
import { PyBuiltinInstance } from '../../runtime/builtinSubclass';
import { Builtin, PyTuple, type Kwargs, type MethodImpl, type PyValue } from '../../runtime/values';
import { writeStderr, type StdContext } from './context';
import { currentFrames, stackLimited } from './tracebackStack';
import { tracebackExceptionClass } from './tracebackException';
import {
  CAUSE_MESSAGE,
  CONTEXT_MESSAGE,
  exceptionOnly,
  finalLine,
  formatFrames,
  type FrameText,
} from './tracebackFormat';

/** A FrameSummary: its attributes are CPython's; `text` is what formatting reads. */
class FrameSummaryObject extends PyInstance {
  constructor(readonly text: FrameText) {
    super(FRAME_SUMMARY, newAttrs());
    const a = this.attrs;
    a.filename = text.filename;
    a.lineno = text.lineno === null ? null : BigInt(text.lineno);
    a.name = text.name;
    a.line = text.original === null ? null : text.original.trim();
    a.end_lineno = text.endLineno === null ? null : BigInt(text.endLineno);
    a.colno = text.colno === null ? null : BigInt(text.colno);
    a.end_colno = text.endColno === null ? null : BigInt(text.endColno);
    a.locals = null;
  }

  /** (filename, lineno, name, line): what unpacking and indexing see. */
  get fields(): PyValue[] {
    const a = this.attrs;
    return [a.filename, a.lineno, a.name, a.line];
  }
}

function method(name: string, impl: MethodImpl<FrameSummaryObject>): [string, NativeMethod] {
  return [name, new NativeMethod(name, 'FrameSummary', impl as MethodImpl<never>)];
}

const FRAME_SUMMARY: PyClass = new PyClass(
  'FrameSummary',
  [OBJECT],
  new Map<string, PyValue>([
    ['__module__', 'traceback'],
    ['__hash__', null],
    method('__iter__', (self) => iterate(new PyTuple(self.fields))),
    method('__len__', () => 4n),
    method('__getitem__', (self, args) =>
      callMethod(new PyTuple(self.fields), '__getitem__', args, null),
    ),
    method('__eq__', (self, args) => {
      const other = args[0];
      if (other instanceof FrameSummaryObject)
        return eq(new PyTuple(self.fields), new PyTuple(other.fields));
      if (other instanceof PyTuple) return eq(new PyTuple(self.fields), other);
      return NOT_IMPLEMENTED;
    }),
    method(
      '__repr__',
      (self) =>
        `<FrameSummary file ${String(self.attrs.filename)}, line ${repr(self.attrs.lineno)} in ${String(self.attrs.name)}>`,
    ),
  ]),
);
FRAME_SUMMARY.mro = c3(FRAME_SUMMARY, [OBJECT])!;

/** StackSummary: a list of FrameSummary objects (what extract_tb and extract_stack return). */
const LIST = builtinClass('list');
const STACK_SUMMARY: PyClass = new PyClass(
  'StackSummary',
  [LIST],
  new Map<string, PyValue>([
    ['__module__', 'traceback'],
    [
      'format',
      new NativeMethod('format', 'StackSummary', ((self: PyValue, args, kw) => {
        bindBuiltin('format', [], 0, args, kw);
        return formatFrames(collect(self).map(frameTextOf));
      }) as MethodImpl<never>),
    ],
  ]),
);
STACK_SUMMARY.mro = c3(STACK_SUMMARY, [LIST])!;
STACK_SUMMARY.builtinBase = LIST;

function stackSummary(frames: FrameSummaryObject[]): PyValue {
  return new PyBuiltinInstance(STACK_SUMMARY, frames);
}

/** The frames of a traceback, outermost first, as the traceback module shows them. */
function framesOf(tb: PyValue): FrameText[] {
  const out: FrameText[] = [];
  for (let t = tb instanceof PyTraceback ? tb : null; t !== null; t = t.next) {
    const span = t.span;
    const known = span.line > 0;
    out.push({
      filename: rt.fileName(span.file),
      lineno: known ? span.line : null,
      name: t.name,
      original: known ? rt.sourceLine(span.file, span.line) : null,
      endLineno: known ? span.endLine : null,
      colno: known ? span.col - 1 : null,
      endColno: known ? span.endCol - 1 : null,
    });
  }
  return out;
}

/** A `limit` argument: an int, or null for None (no limit). */
function limitNumber(limit: PyValue | undefined): number | null {
  if (limit === undefined || limit === null) return null;
  if (typeof limit !== 'bigint' && typeof limit !== 'boolean') {
    throw typeError(`'${typeName(limit)}' object cannot be interpreted as an integer`);
  }
  return Number(limit);
}

/** `limit`: the first n frames, or with a negative n the last -n (None: all). */
function limited<T>(frames: T[], limit: PyValue | undefined): T[] {
  const n = limitNumber(limit);
  if (n === null) return frames;
  return n >= 0 ? frames.slice(0, n) : frames.slice(Math.max(0, frames.length + n));
}

function checkTraceback(tb: PyValue): void {
  if (tb !== null && !(tb instanceof PyTraceback)) {
    throw fail('AttributeError', `'${typeName(tb)}' object has no attribute 'tb_frame'`);
  }
}

/** format_list's items: FrameSummary objects or (filename, lineno, name, line) tuples. */
function frameTextOf(v: PyValue): FrameText {
  if (v instanceof FrameSummaryObject) return v.text;
  const [filename, lineno, name, line] = collect(v);
  return {
    filename: String(filename),
    lineno: typeof lineno === 'bigint' ? Number(lineno) : null,
    name: String(name),
    original: typeof line === 'string' ? line : null,
    endLineno: null,
    colno: null,
    endColno: null,
  };
}

/** TracebackException.format: the chain's exceptions, innermost cause first. */
function formatChain(
  value: PyValue,
  tb: PyValue,
  limit: PyValue | undefined,
  chain: boolean,
): string[] {
  if (!(value instanceof PyExceptionObject)) {
    return [finalLine(value === null ? 'NoneType' : typeName(value), value)];
  }
  const seen = new Set<PyExceptionObject>([value]);
  const links: { message: string | null; e: PyExceptionObject; tb: PyValue }[] = [];
  let e: PyExceptionObject | null = value;
  let eTb = tb;
  while (e !== null) {
    let message: string | null = null;
    let next: PyExceptionObject | null = null;
    if (chain) {
      const cause: PyExceptionObject | null =
        e.cause instanceof PyExceptionObject && !seen.has(e.cause) ? e.cause : null;
      const context: PyExceptionObject | null =
        e.context instanceof PyExceptionObject && !seen.has(e.context) ? e.context : null;
      if (cause !== null) {
        message = CAUSE_MESSAGE;
        next = cause;
      } else if (context !== null && !e.suppressContext) {
        message = CONTEXT_MESSAGE;
        next = context;
      }
    }
    links.push({ message, e, tb: eTb });
    if (next !== null) {
      seen.add(next);
      eTb = tracebackOf(next);
    }
    e = next;
  }
  const out: string[] = [];
  // Innermost cause first; each link's message (about its cause) comes before it.
  for (let i = links.length - 1; i >= 0; i--) {
    const link = links[i];
    if (link.message !== null) out.push(link.message);
    const frames = limited(framesOf(link.tb), limit);
    if (frames.length > 0) {
      out.push('Traceback (most recent call last):\n', ...formatFrames(frames));
    }
    out.push(...exceptionOnly(link.e));
  }
  return out;
}

/** CPython's _parse_value_tb: an exception alone, or (type, value, tb) as before 3.10. */
function valueAndTraceback(
  exc: PyValue | undefined,
  value: PyValue | undefined,
  tb: PyValue | undefined,
): [PyValue, PyValue] {
  if ((value === undefined) !== (tb === undefined)) {
    throw fail('ValueError', 'Both or neither of value and tb must be given');
  }
  if (value === undefined) {
    if (exc === undefined || exc === null) return [null, null];
    if (exc instanceof PyExceptionObject) return [exc, tracebackOf(exc)];
    throw typeError(`Exception expected for value, ${typeName(exc)} found`);
  }
  return [value, tb!];
}

/** The exception being handled and its traceback (sys.exc_info()'s), or Nones. */
function handled(): [PyValue, PyValue] {
  const current = rt.handling[rt.handling.length - 1];
  if (current === undefined) return [null, null];
  const e = exceptionOf(current);
  return [e, tracebackOf(e)];
}

function chainFlag(v: PyValue | undefined): boolean {
  return v === undefined || (v !== null && v !== false && v !== 0n);
}

export function tracebackModule(s: StdContext): Map<string, PyValue> {
  /** print(…, file=file, end='') of each piece: the program's stderr when file is None. */
  const emit = (pieces: string[], file: PyValue | undefined): void => {
    for (const piece of pieces) {
      if (file === undefined || file === null) writeStderr(s, piece);
      else callMethod(file, 'write', [piece], null);
    }
  };
  const fn = (name: string, impl: (args: PyValue[], kw: Kwargs) => PyValue): [string, Builtin] => [
    name,
    new Builtin(name, impl),
  ];
  const extract = (tb: PyValue, limit: PyValue | undefined): FrameSummaryObject[] => {
    checkTraceback(tb);
    return limited(framesOf(tb), limit).map((t) => new FrameSummaryObject(t));
  };
  /** extract_stack's frames: the running stack's, from the frame that calls it out. */
  const stack = (f: PyValue | undefined, limit: PyValue | undefined): FrameSummaryObject[] => {
    if (f !== undefined && f !== null) {
      throw typeError("tgrad's traceback walks the running stack only: give f=None");
    }
    return stackLimited(currentFrames(), limitNumber(limit)).map((t) => new FrameSummaryObject(t));
  };
  const TRACEBACK_EXCEPTION = tracebackExceptionClass({
    formatChain,
    extract: (tb, limit) => stackSummary(tb === null ? [] : extract(tb, limit)),
    emit,
  });
  return new Map<string, PyValue>([
    ['FrameSummary', FRAME_SUMMARY],
    ['StackSummary', STACK_SUMMARY],
    ['TracebackException', TRACEBACK_EXCEPTION],
    fn('extract_stack', (args, kw) => {
      const [f, limit] = bindBuiltin('extract_stack', ['f', 'limit'], 0, args, kw);
      return stackSummary(stack(f, limit));
    }),
    fn('format_stack', (args, kw) => {
      const [f, limit] = bindBuiltin('format_stack', ['f', 'limit'], 0, args, kw);
      return formatFrames(stack(f, limit).map((x) => x.text));
    }),
    fn('print_stack', (args, kw) => {
      const [f, limit, file] = bindBuiltin('print_stack', ['f', 'limit', 'file'], 0, args, kw);
      emit(formatFrames(stack(f, limit).map((x) => x.text)), file);
      return null;
    }),
    fn('extract_tb', (args, kw) => {
      const [tb, limit] = bindBuiltin('extract_tb', ['tb', 'limit'], 1, args, kw);
      return stackSummary(extract(tb!, limit));
    }),
    fn('format_tb', (args, kw) => {
      const [tb, limit] = bindBuiltin('format_tb', ['tb', 'limit'], 1, args, kw);
      return formatFrames(extract(tb!, limit).map((f) => f.text));
    }),
    fn('print_tb', (args, kw) => {
      const [tb, limit, file] = bindBuiltin('print_tb', ['tb', 'limit', 'file'], 1, args, kw);
      emit(formatFrames(extract(tb!, limit).map((f) => f.text)), file);
      return null;
    }),
    fn('format_list', (args, kw) => {
      const [list] = bindBuiltin('format_list', ['extracted_list'], 1, args, kw);
      return formatFrames(collect(list!).map(frameTextOf));
    }),
    fn('print_list', (args, kw) => {
      const [list, file] = bindBuiltin('print_list', ['extracted_list', 'file'], 1, args, kw);
      emit(formatFrames(collect(list!).map(frameTextOf)), file);
      return null;
    }),
    fn('walk_tb', (args, kw) => {
      const [tb] = bindBuiltin('walk_tb', ['tb'], 1, args, kw);
      const out: PyValue[] = [];
      for (let t = tb instanceof PyTraceback ? tb : null; t !== null; t = t.next) {
        out.push(new PyTuple([t.attrs.tb_frame, t.attrs.tb_lineno]));
      }
      return iterate(out);
    }),
    fn('format_exception_only', (args, kw) => {
      const [exc, value] = bindBuiltin('format_exception_only', ['exc', 'value'], 1, args, kw, 1);
      const v = value === undefined ? exc! : value;
      return v instanceof PyExceptionObject ? exceptionOnly(v) : formatChain(v, null, null, false);
    }),
    fn('format_exception', (args, kw) => {
      const [exc, value, tb, limit, chain] = bindBuiltin(
        'format_exception',
        ['exc', 'value', 'tb', 'limit', 'chain'],
        1,
        args,
        kw,
        1,
      );
      const [v, t] = valueAndTraceback(exc, value, tb);
      return formatChain(v, t, limit, chainFlag(chain));
    }),
    fn('print_exception', (args, kw) => {
      const [exc, value, tb, limit, file, chain] = bindBuiltin(
        'print_exception',
        ['exc', 'value', 'tb', 'limit', 'file', 'chain'],
        1,
        args,
        kw,
        1,
      );
      const [v, t] = valueAndTraceback(exc, value, tb);
      emit(formatChain(v, t, limit, chainFlag(chain)), file);
      return null;
    }),
    fn('format_exc', (args, kw) => {
      const [limit, chain] = bindBuiltin('format_exc', ['limit', 'chain'], 0, args, kw);
      const [v, t] = handled();
      return formatChain(v, t, limit, chainFlag(chain)).join('');
    }),
    fn('print_exc', (args, kw) => {
      const [limit, file, chain] = bindBuiltin(
        'print_exc',
        ['limit', 'file', 'chain'],
        0,
        args,
        kw,
      );
      const [v, t] = handled();
      emit(formatChain(v, t, limit, chainFlag(chain)), file);
      return null;
    }),
  ]);
}
