// A Python function whose body is interpreter code: its parameters bind as a `def`'s (with
// CPython's messages: `fields() missing 1 required positional argument: ...`), it binds as a
// method when stored on a class, and it is a `function` to the program. dataclasses makes its
// functions and the methods it writes into classes this way.

import { RETURN } from './completion';
import { rt } from './state';
import { PyFunction, type Frame, type FunctionCode, type PyValue } from './values';

export interface NativeSignature {
  /** `__qualname__`, which call errors name: `fields`, `Value.__init__`. */
  qualname: string;
  /** Positional-or-keyword parameters, in frame slots 0..n-1. */
  params: string[];
  /** Defaults of the last `defaults.length` positional parameters. */
  defaults?: PyValue[];
  /** Keyword-only parameters, in the slots after the positional ones. */
  kwonly?: string[];
  /** Their defaults (undefined: required). */
  kwDefaults?: (PyValue | undefined)[];
  /** True to take `**kwargs`: a dict in the last slot. */
  kwargs?: boolean;
}

/** A function with signature `sig` whose call runs `run` on its bound frame. */
export function nativeFunction(sig: NativeSignature, run: (f: Frame) => PyValue): PyFunction {
  const params = sig.params;
  const kwonly = sig.kwonly ?? [];
  const n = params.length;
  const kwargs = sig.kwargs === true;
  const code: FunctionCode = {
    name: sig.qualname.slice(sig.qualname.lastIndexOf('.') + 1),
    qualname: sig.qualname,
    doc: null,
    params,
    varargSlot: -1,
    kwonly,
    kwonlySlots: kwonly.map((_, i) => n + i),
    kwargSlot: kwargs ? n + kwonly.length : -1,
    frameSize: n + kwonly.length + (kwargs ? 1 : 0),
    cellParams: [],
    cellLocals: [],
    freeSlots: [],
    simple: kwonly.length === 0 && !kwargs,
    body: (f) => {
      rt.returnValue = run(f);
      return RETURN;
    },
    isLambda: false,
  };
  return new PyFunction(
    code,
    sig.defaults ?? [],
    sig.kwDefaults ?? kwonly.map(() => undefined),
    [],
  );
}
