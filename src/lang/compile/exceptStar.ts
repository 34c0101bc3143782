// `except*` (PEP 654), as CPython 3.11 compiles it: each clause in turn takes the part of
// what is left that matches its type (a naked exception that matches is wrapped in a
// group), runs its block with that part, and what the blocks raised plus what no clause
// took is raised again at the end (_PyExc_PrepReraiseStar). Used by compileTry and genTry,
// which run the clauses' blocks.

import type { TgradError } from '../errors';
import { PyExceptionGroupObject } from '../runtime/exceptionGroupObject';
import { leavesOf, newGroup, splitGroup, typeMatcher } from '../runtime/exceptionGroups';
import { BASE_EXCEPTION_GROUP, errorFor, exceptionOf } from '../runtime/exceptions';
import { PyClass, PyExceptionObject } from '../runtime/objects';
import { typeError } from '../runtime/state';
import { PyTuple, type PyValue } from '../runtime/values';

/** One run of a try's except* clauses over the exception its body raised. */
export class StarHandling {
  private readonly orig: PyExceptionObject;
  /** What no clause has taken yet; null once everything was. */
  private rest: PyExceptionObject | null;
  /** What the clauses' blocks raised, with a flag: is it their part raised again (`raise`)? */
  private readonly raised: { err: TgradError; reraise: boolean }[] = [];
  /**
   * The exception being handled while a clause's type is checked: the original, then the
   * part the last clause that ran took (CPython leaves that one as sys.exc_info() there).
   */
  current: TgradError;

  constructor(private readonly err: TgradError) {
    this.orig = exceptionOf(err);
    this.rest = this.orig;
    this.current = err;
  }

  /**
   * The part of what is left that clause type `t` matches, as the error its block handles
   * (a bare `raise` there throws it); null when nothing matches. Checks the type as
   * CPython does, even when nothing is left.
   */
  take(t: PyValue): TgradError | null {
    const matcher = typeMatcher(t);
    if (matcher === null) {
      throw typeError('catching classes that do not inherit from BaseException is not allowed');
    }
    const classes = t instanceof PyTuple ? t.items : [t];
    if (classes.some((c) => c instanceof PyClass && c.isSubclassOf(BASE_EXCEPTION_GROUP))) {
      throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
    const rest = this.rest;
    if (rest === null) return null;
    let match: PyExceptionObject | null;
    if (rest instanceof PyExceptionGroupObject) {
      const parts = splitGroup(rest, matcher, true);
      match = parts.match;
      this.rest = parts.rest;
    } else if (matcher(rest)) {
      // A naked exception that matches is handled as a group of it alone.
      match = newGroup('', new PyTuple([rest]));
      match.raisedAs = rest.raisedAs;
      this.rest = null;
    } else {
      return null;
    }
    if (match === null) return null;
    // The part keeps the traceback (here: the raise position) of what it was split from.
    const matchErr = errorFor(match);
    this.current = matchErr;
    return matchErr;
  }

  /** A clause's block that handled `matchErr` raised `thrown`. */
  raisedIn(matchErr: TgradError, thrown: TgradError): void {
    this.raised.push({ err: thrown, reraise: thrown === matchErr });
  }

  /** After the clauses: the error to raise again (CPython's _PyExc_PrepReraiseStar), or null. */
  outcome(): TgradError | null {
    const orig = this.orig;
    const rest = this.rest;
    if (!(orig instanceof PyExceptionGroupObject)) {
      // A naked exception: at most one clause ran, so at most one thing to raise.
      if (this.raised.length > 0) return this.raised[0].err;
      return rest === null ? null : this.err;
    }
    const raised: TgradError[] = [];
    const leaves = new Set<PyExceptionObject>();
    for (const r of this.raised) {
      if (r.reraise) leavesOf(exceptionOf(r.err), leaves);
      else raised.push(r.err);
    }
    if (rest !== null) leavesOf(rest, leaves);
    // What was raised again keeps the original's structure and traceback.
    const again = leaves.size === 0 ? null : splitGroup(orig, (e) => leaves.has(e), false).match;
    if (raised.length === 0) {
      if (again === null) return null;
      return again === orig ? this.err : errorFor(again);
    }
    if (again === null && raised.length === 1) return raised[0];
    const parts: PyValue[] = raised.map((e) => exceptionOf(e));
    if (again !== null) parts.push(again);
    const group = newGroup('', parts);
    return errorFor(group);
  }
}
