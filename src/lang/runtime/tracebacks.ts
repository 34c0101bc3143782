// Tracebacks: `e.__traceback__`, a chain of the frames an exception went through, from the
// frame that caught it in to the one that raised it. An error notes each Python frame it
// leaves (runFrame, a generator's resume) and the frame that catches it, as plain fields of
// the TgradError; the traceback objects are made only when the program asks for them, so a
// `try: d[k] except KeyError:` loop pays two field writes per catch.

import type { Span, TgradError } from '../errors';
import { newAttrs, PyInstance, type PyExceptionObject } from './objects';
import { builtinClass } from './types';
import { rt, typeError } from './state';
import type { PyValue } from './values';

/** `types.TracebackType`, FrameType and CodeType: their instances are made here only. */
const TRACEBACK = builtinClass('traceback');
const FRAME = builtinClass('frame');
const CODE = builtinClass('code');

/**
 * One entry of a traceback (tb_frame, tb_lineno, tb_next toward the raise), an instance
 * whose attributes are CPython's; the span is for the traceback module's source lines.
 */
export class PyTraceback extends PyInstance {
  constructor(
    readonly span: Span,
    name: string,
    next: PyTraceback | null,
  ) {
    super(TRACEBACK, newAttrs());
    const line = BigInt(span.line);
    const code = new PyInstance(CODE, newAttrs());
    code.attrs.co_name = name;
    code.attrs.co_qualname = name;
    code.attrs.co_filename = rt.fileName(span.file);
    const frame = new PyInstance(FRAME, newAttrs());
    frame.attrs.f_code = code;
    frame.attrs.f_lineno = line;
    frame.attrs.f_back = null;
    this.attrs.tb_frame = frame;
    this.attrs.tb_lineno = line;
    this.attrs.tb_lasti = -1n;
    this.attrs.tb_next = next;
  }

  /** tb_next, which a program may have replaced. */
  get next(): PyTraceback | null {
    const n = this.attrs.tb_next;
    return n instanceof PyTraceback ? n : null;
  }

  /** The code's name, as the traceback module prints it. */
  get name(): string {
    const code = (this.attrs.tb_frame as PyInstance).attrs.f_code as PyInstance;
    return String(code.attrs.co_name);
  }
}

const NOWHERE: Span = { line: 0, col: 0, endLine: 0, endCol: 0 };

/** Where the error stands in the frame it is in now (its own position when raised there). */
function standing(err: TgradError): Span {
  if (err.pending !== null) return err.pending;
  if (err.origin !== null) return err.origin;
  if (err.located) {
    const { line, col, endLine, endCol, file } = err;
    return file === undefined
      ? { line, col, endLine, endCol }
      : { line, col, endLine, endCol, file };
  }
  return rt.spanOf(rt.pos, err) ?? NOWHERE;
}

/** The error leaves the frame of code `name`, back to the call at `callerSite`. */
export function noteUnwind(err: TgradError, name: string, callerSite: number): void {
  (err.unwound ??= []).push({ name, span: standing(err) });
  err.pending = rt.spanOf(callerSite) ?? null;
  err.caughtIn = null;
  err.tracebackCache = null;
}

/**
 * An except clause of code `name` caught the error (once it is located, before the handler
 * runs). Where it stands there is read when the traceback is made: nothing it depends on
 * changes until the error unwinds again, and a loop of `try`/`except` allocates nothing here.
 */
export function noteCaught(err: TgradError, name: string): void {
  err.caughtIn = name;
  err.tracebackCache = null;
}

/** The traceback the error has now, or null when no frame caught it yet. */
function tracebackOfError(err: TgradError): PyTraceback | null {
  if (err.tracebackCache !== null) return err.tracebackCache as PyTraceback;
  const caught = err.caughtIn;
  if (caught === null) return (err.baseTraceback as PyTraceback | null) ?? null;
  let tb = (err.baseTraceback as PyTraceback | null) ?? null;
  for (const step of err.unwound ?? []) tb = entry(step.name, step.span, tb);
  tb = entry(caught, standing(err), tb);
  err.tracebackCache = tb;
  return tb;
}

function entry(name: string, span: Span, next: PyTraceback | null): PyTraceback {
  return new PyTraceback(span, name, next);
}

/** `e.__traceback__`. */
export function tracebackOf(e: PyExceptionObject): PyValue {
  if (e.explicitTraceback !== undefined) return e.explicitTraceback;
  return e.raisedAs === null ? null : tracebackOfError(e.raisedAs);
}

/** `e.__traceback__ = tb` and `e.with_traceback(tb)`: a traceback or None. */
export function setTraceback(e: PyExceptionObject, tb: PyValue): void {
  if (tb !== null && !(tb instanceof PyTraceback)) {
    throw typeError('__traceback__ must be a traceback or None');
  }
  e.explicitTraceback = tb;
}

/**
 * The error raising `e` throws starts from the traceback e has (`raise e` in a handler keeps
 * the frames it went through, and adds the re-raising ones).
 */
export function startFrom(err: TgradError, e: PyExceptionObject): void {
  err.baseTraceback = tracebackOf(e);
  e.explicitTraceback = undefined;
}
