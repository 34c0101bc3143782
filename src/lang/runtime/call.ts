// Calling things: user functions (binding arguments to frame slots with Python's rules and
// messages), built-ins, bound methods and modules. A call takes ownership of its `args`
// array: a user function's frame is that very array, extended, so a call allocates once.

import { Layer, MLP, Neuron, setCurrentSite, Value } from '../../engine';
import { TgradError } from '../errors';
import { noteUnwind } from './tracebacks';
import { pluralize, quoteList } from './args';
import { bind, instantiate } from './instances';
import { tupleOverride } from './namedTupleOverrides';
import { NativeMethod, PyClass, PyInstance, PyMethod, PyStaticMethod } from './objects';
import { RETURN } from './completion';
import {
  enterBuiltin,
  leaveBuiltin,
  enterBuiltinMethod,
  enterNativeCall,
  enterNativeLevel,
  leaveNativeLevel,
} from './nativeCallDepth';
import { repr, typeName } from './repr';
import { fail, rt, tick, typeError } from './state';
import {
  BoundMethod,
  Builtin,
  Cell,
  PyDict,
  PyFunction,
  PyNamedTuple,
  PyTuple,
  PyTypeForm,
  type Frame,
  type Kwargs,
  type PyValue,
} from './values';

export function callValue(fn: PyValue, args: PyValue[], kw: Kwargs): PyValue {
  if (fn instanceof PyFunction) return callFunction(fn, args, kw);
  if (fn instanceof Builtin) {
    const held = enterBuiltin(fn);
    try {
      return fn.call(args, kw);
    } finally {
      leaveBuiltin(held);
    }
  }
  if (fn instanceof BoundMethod) {
    const held = enterBuiltinMethod(fn.self, fn.name, true);
    try {
      return fn.impl(fn.self as never, args, kw);
    } finally {
      leaveBuiltin(held);
    }
  }
  if (fn instanceof PyMethod) {
    const a = [fn.self];
    for (let i = 0; i < args.length; i++) a.push(args[i]);
    return fn.fn instanceof PyFunction ? callFunction(fn.fn, a, kw) : callValue(fn.fn, a, kw);
  }
  if (fn instanceof PyClass) return instantiate(fn, args, kw);
  if (fn instanceof PyInstance) {
    const m = fn.cls.lookup('__call__');
    if (m !== undefined) {
      const a: PyValue[] = [fn];
      for (let i = 0; i < args.length; i++) a.push(args[i]);
      enterNativeLevel();
      let r: PyValue;
      try {
        r = callValue(m, a, kw);
      } finally {
        leaveNativeLevel();
      }
      return r;
    }
  }
  if (fn instanceof NativeMethod) {
    if (args.length === 0) {
      throw typeError(
        fn.slot
          ? `descriptor '${fn.name}' of '${fn.owner}' object needs an argument`
          : `unbound method ${fn.owner}.${fn.name}() needs an argument`,
      );
    }
    enterNativeCall();
    return fn.impl(args[0] as never, args.slice(1), kw);
  }
  if (fn instanceof PyStaticMethod) return callValue(fn.fn, args, kw);
  // `list[int]([1, 2])` makes a list, as the class itself would.
  if (fn instanceof PyTypeForm && fn.kind === 'alias') return callValue(fn.origin, args, kw);
  if (fn instanceof MLP || fn instanceof Layer || fn instanceof Neuron)
    return callModule(fn, args, kw);
  // A namedtuple whose class defines __call__.
  if (fn instanceof PyNamedTuple) {
    const m = tupleOverride(fn, '__call__');
    if (m instanceof PyFunction) return callFunction(m, [fn, ...args], kw);
    if (m !== undefined && m !== null) return callValue(bind(m, fn, fn.cls), args, kw);
  }
  throw typeError(`'${typeName(fn)}' object is not callable`);
}

/** Python's callable(v). */
export function isCallable(v: PyValue): boolean {
  if (v instanceof PyInstance) return v.cls.lookup('__call__') !== undefined;
  const own = tupleOverride(v, '__call__');
  if (own !== undefined && own !== null) return true;
  return (
    v instanceof PyFunction ||
    v instanceof Builtin ||
    v instanceof BoundMethod ||
    v instanceof PyMethod ||
    v instanceof PyClass ||
    v instanceof NativeMethod ||
    v instanceof PyStaticMethod ||
    v instanceof MLP ||
    v instanceof Layer ||
    v instanceof Neuron
  );
}

export function callFunction(fn: PyFunction, args: PyValue[], kw: Kwargs): PyValue {
  const code = fn.code;
  let frame: Frame;
  if (kw === null && code.simple && args.length === code.params.length) frame = args;
  else if (kw === null && code.simple && takesDefaults(fn, args.length))
    frame = withDefaults(fn, args);
  else frame = bindArguments(fn, args, kw);
  for (let i = frame.length; i < code.frameSize; i++) frame.push(undefined);
  return runFrame(fn, frame);
}

/** A plain positional call that leaves out only parameters with defaults (`Value(2.0)`). */
function takesDefaults(fn: PyFunction, given: number): boolean {
  const n = fn.code.params.length;
  return given < n && given >= n - fn.defaults.length;
}

/**
 * The frame of such a call, made at its final size in one allocation (an array grown by push
 * keeps room for 17 slots; see frames.ts): the arguments, the defaults of the parameters left
 * out, then the locals' empty slots.
 */
function withDefaults(fn: PyFunction, args: PyValue[]): Frame {
  const code = fn.code;
  const given = args.length;
  const n = code.params.length;
  const defaults = fn.defaults;
  const first = n - defaults.length;
  const at = (i: number): PyValue =>
    i < given ? args[i] : i < n ? defaults[i - first] : (undefined as unknown as PyValue);
  switch (code.frameSize) {
    case 1:
      return [at(0)];
    case 2:
      return [at(0), at(1)];
    case 3:
      return [at(0), at(1), at(2)];
    case 4:
      return [at(0), at(1), at(2), at(3)];
    case 5:
      return [at(0), at(1), at(2), at(3), at(4)];
    case 6:
      return [at(0), at(1), at(2), at(3), at(4), at(5)];
  }
  const frame: Frame = [];
  for (let i = 0; i < code.frameSize; i++) frame.push(at(i));
  return frame;
}

/** Runs `fn` in `frame`: its arguments bound, every slot present (see frames.ts). */
export function runFrame(fn: PyFunction, frame: Frame): PyValue {
  const code = fn.code;
  const cellParams = code.cellParams;
  for (let i = 0; i < cellParams.length; i++)
    frame[cellParams[i]] = new Cell(frame[cellParams[i]] as PyValue);
  const cellLocals = code.cellLocals;
  for (let i = 0; i < cellLocals.length; i++) frame[cellLocals[i]] = new Cell();
  const closure = fn.closure;
  const freeSlots = code.freeSlots;
  for (let i = 0; i < freeSlots.length; i++) frame[freeSlots[i]] = closure[i];
  // The module's frame is the first level: a function frame makes it rt.depth + 1 (CPython).
  if (++rt.depth >= rt.maxDepth) {
    rt.depth--;
    throw fail('RecursionError', 'maximum recursion depth exceeded');
  }
  tick();
  const saved = rt.pos;
  rt.callers[rt.depth] = saved;
  rt.frameNames[rt.depth] = code.name;
  let completion: number;
  try {
    completion = code.body(frame);
  } catch (e) {
    // Native code that catches it (hasattr, a for loop's StopIteration) goes on at this depth.
    rt.depth--;
    if (e instanceof TgradError) noteUnwind(e, code.name, saved);
    throw e;
  }
  rt.depth--;
  rt.pos = saved;
  setCurrentSite(saved);
  if (completion === RETURN) {
    const r = rt.returnValue;
    rt.returnValue = null;
    return r;
  }
  return null;
}

/** The error for positional-only parameters given by keyword (each named, in the call's order). */
function positionalOnlyError(
  name: string,
  posonly: string[],
  kw: Map<string, PyValue>,
): TgradError {
  const given = [...kw.keys()].filter((k) => posonly.includes(k));
  return typeError(
    `${name}() got some positional-only arguments passed as keyword arguments: '${given.join(', ')}'`,
  );
}

/** Python's argument binding for a call that is not a plain positional one. */
function bindArguments(fn: PyFunction, args: PyValue[], kw: Kwargs): Frame {
  const code = fn.code;
  const name = fn.qualname;
  const params = code.params;
  const n = params.length;
  const frame: Frame = [];
  for (let i = 0; i < code.frameSize; i++) frame.push(undefined);
  const given = Math.min(args.length, n);
  for (let i = 0; i < given; i++) frame[i] = args[i];
  if (args.length > n && code.varargSlot >= 0) frame[code.varargSlot] = new PyTuple(args.slice(n));
  else if (code.varargSlot >= 0) frame[code.varargSlot] = new PyTuple([]);
  let extra: PyDict | null = null;
  if (code.kwargSlot >= 0) {
    extra = new PyDict();
    frame[code.kwargSlot] = extra;
  }
  if (kw !== null) {
    const posonly = code.posonly ?? 0;
    for (const [k, v] of kw) {
      const i = params.indexOf(k);
      if (i >= 0 && i < posonly) {
        // A positional-only name given by keyword goes to **kwargs, or is an error.
        if (extra === null) throw positionalOnlyError(name, params.slice(0, posonly), kw);
        extra.map.set(k, { key: k, value: v });
        continue;
      }
      if (i >= 0) {
        if (frame[i] !== undefined)
          throw typeError(`${name}() got multiple values for argument '${k}'`);
        frame[i] = v;
        continue;
      }
      const j = code.kwonly.indexOf(k);
      if (j >= 0) {
        frame[code.kwonlySlots[j]] = v;
        continue;
      }
      if (extra !== null) {
        extra.map.set(k, { key: k, value: v });
        continue;
      }
      // CPython names the positional-only parameters given by keyword first, wherever they are.
      if ([...kw.keys()].some((x) => params.indexOf(x) >= 0 && params.indexOf(x) < posonly)) {
        throw positionalOnlyError(name, params.slice(0, posonly), kw);
      }
      throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
    }
  }
  // CPython binds the keywords first: an unexpected or repeated one is the error reported.
  if (args.length > n && code.varargSlot < 0) {
    const dn = fn.defaults.length;
    const takes =
      dn > 0 ? `from ${n - dn} to ${n} positional arguments` : pluralize(n, 'positional argument');
    // CPython counts the keyword-only arguments given as well, when there are some.
    let kwonlyGiven = 0;
    for (const k of kw?.keys() ?? []) if (code.kwonly.includes(k)) kwonlyGiven++;
    const also =
      kwonlyGiven === 0
        ? ''
        : ` positional argument${args.length === 1 ? '' : 's'} (and ${pluralize(kwonlyGiven, 'keyword-only argument')})`;
    const verb = args.length === 1 && kwonlyGiven === 0 ? 'was' : 'were';
    throw typeError(`${name}() takes ${takes} but ${args.length}${also} ${verb} given`);
  }
  if (!fillDefaults(fn, frame)) throw missingArguments(fn, frame);
  return frame;
}

/**
 * Fills the parameters a call left out from the function's defaults; false when one has no
 * default (missingArguments then names them).
 */
export function fillDefaults(fn: PyFunction, frame: Frame): boolean {
  const code = fn.code;
  const n = code.params.length;
  const defaults = fn.defaults;
  const firstDefault = n - defaults.length;
  for (let i = 0; i < n; i++) {
    if (frame[i] !== undefined) continue;
    if (i < firstDefault) return false;
    frame[i] = defaults[i - firstDefault];
  }
  const slots = code.kwonlySlots;
  for (let j = 0; j < slots.length; j++) {
    if (frame[slots[j]] !== undefined) continue;
    const d = fn.kwDefaults[j];
    if (d === undefined) return false;
    frame[slots[j]] = d;
  }
  return true;
}

/** CPython's error for the arguments a call left out that have no default: positional first. */
function missingArguments(fn: PyFunction, frame: Frame): TgradError {
  const code = fn.code;
  const firstDefault = code.params.length - fn.defaults.length;
  const missing = code.params.filter((_, i) => frame[i] === undefined && i < firstDefault);
  if (missing.length > 0) {
    return typeError(
      `${fn.qualname}() missing ${pluralize(missing.length, 'required positional argument')}: ${quoteList(missing)}`,
    );
  }
  const missingKw = code.kwonly.filter(
    (_, j) => frame[code.kwonlySlots[j]] === undefined && fn.kwDefaults[j] === undefined,
  );
  return typeError(
    `${fn.qualname}() missing ${pluralize(missingKw.length, 'required keyword-only argument')}: ${quoteList(missingKw)}`,
  );
}

/** A module's input list as the engine takes it: numbers (ints become floats) and Values. */
export function moduleInput(x: PyValue): (Value | number)[] {
  const items = Array.isArray(x) ? x : x instanceof PyTuple ? x.items : null;
  if (items === null) {
    if (x instanceof Value || typeof x === 'number' || typeof x === 'bigint') {
      throw typeError(
        `a module takes a list of inputs, e.g. model([${repr(x instanceof Value ? x.data : x)}]), not a single ${typeName(x)}`,
      );
    }
    throw typeError(`'${typeName(x)}' object is not iterable`);
  }
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (typeof v !== 'number' && !(v instanceof Value)) return convertInputs(items);
  }
  return items as (Value | number)[];
}

function convertInputs(items: readonly PyValue[]): (Value | number)[] {
  return items.map((v) => {
    if (typeof v === 'number' || v instanceof Value) return v;
    if (typeof v === 'bigint') return Number(v);
    if (typeof v === 'boolean') return v ? 1 : 0;
    throw typeError(`a module's inputs must be numbers or Values, not '${typeName(v)}'`);
  });
}

function callModule(m: MLP | Layer | Neuron, args: PyValue[], kw: Kwargs): PyValue {
  if ((kw !== null && kw.size > 0) || args.length !== 1) {
    throw typeError(`${typeName(m)}.__call__() takes exactly one argument: the list of inputs`);
  }
  return m.call(moduleInput(args[0]));
}
