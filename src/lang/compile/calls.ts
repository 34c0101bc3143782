// Calls: `f(a, b, k=v)`, `f(*xs, **d)`, and method calls `obj.name(…)`, which skip making a
// bound method. The callee and arguments are evaluated first (Python's order), then at(id)
// marks the call, so an error inside a built-in points at the call.

import { payloadOf } from '../runtime/builtinSubclass';
import type * as A from '../ast';
import { builtinMethodOf, callMethod, getAttr } from '../runtime/attributes';
import { callFunction, callValue } from '../runtime/call';
import {
  enterBuiltin,
  enterBuiltinType,
  enterBuiltinMethod,
  enterNativeCall,
  leaveBuiltin,
} from '../runtime/nativeCallDepth';
import { call0, call1, call2, call3 } from '../runtime/frames';
import { LookupSite } from '../runtime/lookupSite';
import { LIST_METHODS, listAppend } from '../runtime/methods/listMethods';
import { addToSet } from '../runtime/methods/setMethods';
import { isIterable, itemsOf } from '../runtime/iteration';
import { functionStr } from '../runtime/functionStr';
import { getItem } from '../runtime/subscript';
import { dictGet } from '../runtime/methods/dictMethods';
import { typeName } from '../runtime/repr';
import { instantiateInto, makeSuper } from '../runtime/instances';
import { PyClass, PyInstance } from '../runtime/objects';
import { at, fail, typeError } from '../runtime/state';
import {
  Builtin,
  Cell,
  PyDict,
  PyFrozenSet,
  PyFunction,
  PyModule,
  PySet,
  type Frame,
  type Kwargs,
  type MethodImpl,
  type PyValue,
} from '../runtime/values';
import type { Ev } from './closures';
import { fusedDotCall } from './fusedDot';
import { consumedFreshCall, consumedGeneratorCall } from './consumedGenerator';
import { namedKeywordCall, namedKeywordsOnly } from './keywordCall';
import type { Compiler } from './compiler';
import { attributeSpan } from './attributeSpan';
import { exprList } from './exprList';
import { markLongLivedDisplays } from './longLivedDisplays';
import { globalSlot } from './names';
import { methodReceiver, nextCall } from './soleHolders';
import { consumedWrapperCall } from './wrappedGenerators';

type ArgsEv = (f: Frame, callee?: PyValue) => PyValue[];
type KwEv = (f: Frame, callee?: PyValue) => Kwargs;

/**
 * The callable a call's argument errors name, as CPython does (`__main__.f()`): `callee` as
 * the call's closure passes it, or for `o.name(…)`, which passes `o`, its attribute `method`;
 * `fallback` when no callee is passed.
 */
function calleeText(callee: PyValue | undefined, method: string | null, fallback: string): string {
  if (callee === undefined) return `${fallback}()`;
  const text = functionStr(method === null ? callee : getAttr(callee, method));
  // A standard module's function is named by its module, as CPython's are: json.dumps().
  return callee instanceof PyModule && text === `${method}()` ? `${callee.name}.${text}` : text;
}

function positional(c: Compiler, call: A.Call, method: string | null, fallback: string): ArgsEv {
  const args = call.args;
  // CPython hands a sole `*xs` to the call as it is and checks it there ("f() argument
  // after *"); with other positional arguments it builds a list, whose extend says "Value".
  const sole = args.length === 1 && args[0].type === 'Starred';
  return exprList(
    c,
    args,
    (v, _count, callee) => {
      if (!isIterable(v)) {
        const what = sole ? `${calleeText(callee, method, fallback)} argument` : 'Value';
        throw typeError(`${what} after * must be an iterable, not ${typeName(v)}`);
      }
      return itemsOf(v);
    },
    call,
  );
}

/** `**m`'s items: a dict's, or a mapping's through its keys() and [] (as CPython's). */
function mappingItems(v: PyValue, name: () => string): [PyValue, PyValue][] {
  const d = payloadOf(v);
  if (d instanceof PyDict) return [...d.map.values()].map((e) => [e.key, e.value]);
  if (v instanceof PyInstance && v.cls.lookup('keys') !== undefined) {
    return itemsOf(callMethod(v, 'keys', [], null)).map((k) => [k, getItem(v, k)]);
  }
  throw typeError(`${name()} argument after ** must be a mapping, not ${typeName(v)}`);
}

function keywords(c: Compiler, call: A.Call, method: string | null, fallback: string): KwEv | null {
  const kws = call.keywords;
  if (kws.length === 0) return null;
  // A bad `**m` is reported at the whole call, as in CPython.
  const callId = c.site(call);
  const parts = kws.map((k) => ({ name: k.name, ev: c.expr(k.value), id: callId }));
  return (f, callee) => {
    const kw = new Map<string, PyValue>();
    const name = (): string => calleeText(callee, method, fallback);
    for (const p of parts) {
      const given = p.ev(f);
      if (p.name !== null) {
        // A name the same as a key of an earlier `**m` (twice in the source is a SyntaxError).
        if (kw.has(p.name)) {
          at(p.id);
          throw typeError(`${name()} got multiple values for keyword argument '${p.name}'`);
        }
        kw.set(p.name, given);
        continue;
      }
      at(p.id);
      for (const [key, value] of mappingItems(given, name)) {
        if (typeof key !== 'string') throw typeError('keywords must be strings');
        if (kw.has(key))
          throw typeError(`${name()} got multiple values for keyword argument '${key}'`);
        kw.set(key, value);
      }
    }
    return kw;
  };
}

/**
 * Whether CPython 3.11 compiles the call as LOAD_METHOD/CALL (an attribute callee, no `*` or
 * `**`, few arguments, a base not bound by an import), placed at the attribute when that spans
 * lines.
 */
function methodCallOptimized(c: Compiler, e: A.Call): boolean {
  if (e.func.type !== 'Attribute') return false;
  // Not on a module's imported name (`math.sqrt(…)`): compile.c's is_import_originated.
  const base = e.func.value;
  if (base.type === 'Name' && c.res.imported.has(base.name)) return false;
  if (e.args.some((a) => a.type === 'Starred') || e.keywords.some((k) => k.name === null)) {
    return false;
  }
  const kw = e.keywords.length;
  return e.args.length + kw + (kw > 0 ? 1 : 0) < 30;
}

function calleeName(e: A.Expr): string {
  if (e.type === 'Name') return e.name;
  if (e.type === 'Attribute') return e.attr;
  return 'function';
}

/** `o.backward()`: tells the recorder which user object the cell backpropagates from. */
function backwardTarget(c: Compiler, obj: Ev): Ev {
  const recorder = c.env.recorder;
  return (f) => {
    const o = obj(f);
    if (o instanceof PyInstance) recorder.backwardCalled(o);
    return o;
  };
}

export function compileCall(c: Compiler, e: A.Call): Ev {
  markLongLivedDisplays(e);
  const zeroSuper = superCall(c, e);
  if (zeroSuper !== null) return zeroSuper;
  const fused = fusedDotCall(c, e);
  if (fused !== null) return fused;
  const next = nextCall(c, e);
  if (next !== null) return next;
  const consumed = consumedGeneratorCall(c, e);
  if (consumed !== null) return consumed;
  const fresh = consumedFreshCall(c, e);
  if (fresh !== null) return fresh;
  const wrapping = consumedWrapperCall(c, e);
  if (wrapping !== null) return wrapping;
  const id = c.site(methodCallOptimized(c, e) ? attributeSpan(e.func as A.Attribute, e) : e);
  const plain =
    e.keywords.length === 0 && e.args.length <= 3 && !e.args.some((x) => x.type === 'Starred');
  const evs = plain ? e.args.map((x) => c.expr(x)) : null;
  const method = e.func.type === 'Attribute' ? e.func.attr : null;
  const args = evs === null ? positional(c, e, method, calleeName(e.func)) : plainArgs(evs);
  if (method === null && namedKeywordsOnly(e)) {
    const names = e.keywords.map((k) => k.name!);
    const values = e.keywords.map((k) => c.expr(k.value));
    return namedKeywordCall(c.expr(e.func), args, names, values, id);
  }
  const kw = keywords(c, e, method, calleeName(e.func));
  const withSelf = evs === null ? null : selfArgs(evs);
  if (e.func.type === 'Attribute') {
    const name = e.func.attr;
    c.env.positions.addLookup(id, name, attributeSpan(e.func));
    const obj =
      name === 'backward' ? backwardTarget(c, c.expr(e.func.value)) : methodReceiver(c, e.func);
    if (evs !== null && evs.length <= 2) return methodCall(obj, name, evs, args, id);
    if (withSelf !== null) {
      // A method of a user class: the arguments are gathered behind `self` in one array.
      return (f) => {
        const o = obj(f);
        if (o instanceof PyInstance) {
          const m = o.cls.lookup(name);
          if (m instanceof PyFunction && o.attrs[name] === undefined && !o.cls.interceptsGet) {
            const a = withSelf(f, o);
            at(id);
            return callFunction(m, a, null);
          }
        }
        const a = args(f);
        at(id);
        return callMethod(o, name, a, null);
      };
    }
    if (kw === null) {
      return (f) => {
        const o = obj(f);
        const a = args(f, o);
        at(id);
        return callMethod(o, name, a, null);
      };
    }
    return (f) => {
      const o = obj(f);
      const a = args(f, o);
      const k = kw(f, o);
      at(id);
      return callMethod(o, name, a, k);
    };
  }
  const fn = c.expr(e.func);
  if (withSelf !== null) {
    const direct = directCall(evs!, id);
    const builtin = directBuiltinCall(evs!, id);
    const single = evs!.length === 1 ? evs![0] : null;
    return (f) => {
      const callee = fn(f);
      if (callee instanceof PyFunction) return direct(f, callee);
      if (builtin !== null && callee instanceof Builtin) {
        const r = builtin(f, callee);
        if (r !== undefined) return r;
      }
      if (callee instanceof PyClass) {
        if (!callee.builtin) {
          // Slot 0 is left for the instance __init__ receives.
          const a = withSelf(f, null);
          at(id);
          return instantiateInto(callee, a, null);
        }
        // `float(x)`: the built-in type's one-argument entry, as instantiateAsType calls it.
        const one = callee.constructOne;
        if (one !== null && single !== null) {
          const x = single(f);
          at(id);
          enterBuiltinType(callee.name);
          return one(x);
        }
      }
      const a = args(f);
      at(id);
      return callValue(callee, a, null);
    };
  }
  if (kw === null) {
    return (f) => {
      const callee = fn(f);
      const a = args(f, callee);
      at(id);
      // Straight to the function: one JS frame less per Python call keeps deep recursion in
      // reach of the JS stack.
      return callee instanceof PyFunction
        ? callFunction(callee, a, null)
        : callValue(callee, a, null);
    };
  }
  return (f) => {
    const callee = fn(f);
    const a = args(f, callee);
    const k = kw(f, callee);
    at(id);
    return callValue(callee, a, k);
  };
}

/**
 * `log(…)` written as a statement: the loss-curve `log(value, name=…)`, while `log(x)` inside
 * an expression is the natural logarithm. A program that binds its own `log` gets that.
 */
export function compileLogStatement(c: Compiler, e: A.Call): Ev | null {
  if (e.func.type !== 'Name' || e.func.name !== 'log') return null;
  const slot = globalSlot(c, e.func);
  if (slot === null) return null;
  const G = c.env.globals.values;
  const curve = c.env.logCurve;
  const general = compileCall(c, e);
  const id = c.site(e);
  const args = positional(c, e, null, 'log');
  const kw = keywords(c, e, null, 'log');
  return (f) => {
    if (G[slot] !== undefined) return general(f);
    const a = args(f);
    const k = kw === null ? null : kw(f);
    at(id);
    return curve.call(a, k);
  };
}

/**
 * Zero-argument `super()` inside a method: the class comes from the method's `__class__`
 * cell, the object from its first parameter (as CPython's compiler arranges).
 */
function superCall(c: Compiler, e: A.Call): Ev | null {
  if (e.func.type !== 'Name' || e.func.name !== 'super') return null;
  if (e.args.length > 0 || e.keywords.length > 0) return null;
  if (globalSlot(c, e.func) === null) return null;
  const G = c.env.globals.values;
  const slot = c.env.globals.slot('super');
  const general = (): PyValue => callValue(G[slot] as PyValue, [], null);
  const id = c.site(e);
  const info = c.fn;
  const cellVar = info?.classCell ?? null;
  // CPython takes the first positional parameter (never `*args`), and looks for it before
  // the cell: a function without one (a lambda, `def f(*a)`) has "no arguments".
  const first = info?.params[0] ?? null;
  return (f) => {
    if (G[slot] !== undefined) return general();
    at(id);
    if (info === null || first === null) throw fail('RuntimeError', 'super(): no arguments');
    if (cellVar === null) throw fail('RuntimeError', 'super(): __class__ cell not found');
    const cls = (f[cellVar.slot] as Cell).v;
    const raw = f[first.slot];
    const self = raw instanceof Cell ? raw.v : raw;
    if (!(cls instanceof PyClass)) throw fail('RuntimeError', 'super(): empty __class__ cell');
    if (self === undefined) throw fail('RuntimeError', 'super(): arg[0] deleted');
    return makeSuper(cls, self);
  };
}

/**
 * `o.name(a, b)` with up to two plain arguments: on an instance whose class has a function
 * `name` (found through the site's cache) and no instance attribute shadowing it, the
 * function runs in a frame made at its size; anything else is the general method call.
 */
function methodCall(obj: Ev, name: string, evs: Ev[], args: ArgsEv, id: number): Ev {
  const site = new LookupSite(name);
  // A list's method (`stack.append(x)`), found once here instead of at every call.
  const listMethod = LIST_METHODS.get(name);
  const isPop = name === 'pop';
  const isAppend = name === 'append';
  const isAdd = name === 'add';
  // `d.get(k, 0)` on a plain dict (whose methods a program cannot replace): dict.get's
  // lookup without an argument array or a search for the method.
  const isGet = name === 'get';
  // The built-in method last called here, and the class (prototype, or typeof) it is of.
  let kindSeen: unknown = null;
  let builtin: MethodImpl<never> | undefined;
  const general = (f: Frame, o: PyValue): PyValue => {
    const a = args(f);
    at(id);
    if (listMethod !== undefined && Array.isArray(o)) {
      const held = enterBuiltinMethod(o, name);
      try {
        return listMethod(o, a, null);
      } finally {
        leaveBuiltin(held);
      }
    }
    // `math.sqrt(x)`, `random.random()`: the module's own binding, called as getAttr would find it.
    if (o instanceof PyModule) {
      // (A one-argument call with a direct entry never gets here: the one-argument site
      // below calls it first.)
      const fn = o.ns.lookup(name);
      if (fn instanceof Builtin && fn.two !== null && a.length === 2) {
        const held = enterBuiltin(fn);
        try {
          return fn.two(a[0], a[1]);
        } finally {
          leaveBuiltin(held);
        }
      }
      if (fn !== undefined) return callValue(fn, a, null);
    }
    // `d.get(k, 0)`, `s.strip()`: the method found once per class of value at this site.
    const kind = typeof o === 'object' && o !== null ? Object.getPrototypeOf(o) : typeof o;
    if (kind !== kindSeen) {
      kindSeen = kind;
      builtin = builtinMethodOf(o, name);
    }
    if (builtin !== undefined) {
      const held = enterBuiltinMethod(o, name);
      try {
        return builtin(o as never, a, null);
      } finally {
        leaveBuiltin(held);
      }
    }
    return callMethod(o, name, a, null);
  };
  const method = (o: PyValue): PyFunction | null => {
    if (!(o instanceof PyInstance)) return null;
    const m = site.get(o.cls);
    return m instanceof PyFunction && o.attrs[name] === undefined && !o.cls.interceptsGet
      ? m
      : null;
  };
  switch (evs.length) {
    case 0:
      return (f) => {
        const o = obj(f);
        // `stack.pop()`: the list's last item without an argument array (an empty list
        // takes the general way, for its IndexError).
        if (isPop && Array.isArray(o) && o.length > 0) return o.pop()!;
        const m = method(o);
        if (m !== null) {
          at(id);
          return call1(m, o);
        }
        // A function stored on the instance (micrograd's `v._backward()`), the class having
        // no attribute of that name: called as it is, without self.
        if (o instanceof PyInstance && site.get(o.cls) === undefined && !o.cls.interceptsGet) {
          const own = o.attrs[name];
          if (own instanceof PyFunction) {
            at(id);
            return call0(own);
          }
        }
        return general(f, o);
      };
    case 1: {
      const [a] = evs;
      return (f) => {
        const o = obj(f);
        // `xs.append(x)` and `s.add(x)` (the topological sort of a user's backward()): the
        // method itself, without an argument array or a lookup by name.
        if (isAppend && Array.isArray(o)) {
          const x = a(f);
          at(id);
          return listAppend(o, x);
        }
        if (isAdd && o instanceof PySet && !(o instanceof PyFrozenSet)) {
          const x = a(f);
          at(id);
          enterNativeCall();
          addToSet(o, x);
          return null;
        }
        if (isGet && o instanceof PyDict && o.constructor === PyDict) {
          const x = a(f);
          at(id);
          enterBuiltinMethod(o, name);
          return dictGet(o, x, null);
        }
        // `math.exp(x)`: the module's function through its direct entry, found before the
        // argument is evaluated (as CPython loads the attribute first), no argument array.
        if (o instanceof PyModule) {
          const fn = o.ns.lookup(name);
          if (fn instanceof Builtin && fn.one !== null) {
            const x = a(f);
            at(id);
            const held = enterBuiltin(fn);
            try {
              return fn.one(x);
            } finally {
              leaveBuiltin(held);
            }
          }
        }
        const m = method(o);
        if (m === null) return general(f, o);
        const x = a(f);
        at(id);
        return call2(m, o, x);
      };
    }
  }
  const [a, b] = evs;
  return (f) => {
    const o = obj(f);
    if (isGet && o instanceof PyDict && o.constructor === PyDict) {
      const x = a(f);
      const y = b(f);
      at(id);
      enterBuiltinMethod(o, name);
      return dictGet(o, x, y);
    }
    const m = method(o);
    if (m === null) return general(f, o);
    const x = a(f);
    const y = b(f);
    at(id);
    return call3(m, o, x, y);
  };
}

/** A call of a user function with plain positional arguments (up to three). */
function directCall(evs: Ev[], id: number): (f: Frame, fn: PyFunction) => PyValue {
  switch (evs.length) {
    case 0:
      return (_f, fn) => {
        at(id);
        return call0(fn);
      };
    case 1: {
      const [a] = evs;
      return (f, fn) => {
        const x = a(f);
        at(id);
        return call1(fn, x);
      };
    }
    case 2: {
      const [a, b] = evs;
      return (f, fn) => {
        const x = a(f);
        const y = b(f);
        at(id);
        return call2(fn, x, y);
      };
    }
  }
  const [a, b, d] = evs;
  return (f, fn) => {
    const x = a(f);
    const y = b(f);
    const z = d(f);
    at(id);
    return call3(fn, x, y, z);
  };
}

/**
 * A call of a built-in with one or two plain positional arguments through its direct entry
 * (Builtin.one/two), or undefined when it has none for that many (nothing evaluated then).
 */
function directBuiltinCall(
  evs: Ev[],
  id: number,
): ((f: Frame, fn: Builtin) => PyValue | undefined) | null {
  switch (evs.length) {
    case 1: {
      const [a] = evs;
      return (f, fn) => {
        const one = fn.one;
        if (one === null) return undefined;
        const x = a(f);
        at(id);
        const held = enterBuiltin(fn);
        try {
          return one(x);
        } finally {
          leaveBuiltin(held);
        }
      };
    }
    case 2: {
      const [a, b] = evs;
      return (f, fn) => {
        const two = fn.two;
        if (two === null) return undefined;
        const x = a(f);
        const y = b(f);
        at(id);
        const held = enterBuiltin(fn);
        try {
          return two(x, y);
        } finally {
          leaveBuiltin(held);
        }
      };
    }
  }
  return null;
}

/** Plain positional arguments (up to three), each in a closure of its own. */
function plainArgs(evs: Ev[]): ArgsEv {
  switch (evs.length) {
    case 0:
      return () => [];
    case 1: {
      const [a] = evs;
      return (f) => [a(f)];
    }
    case 2: {
      const [a, b] = evs;
      return (f) => [a(f), b(f)];
    }
  }
  const [a, b, d] = evs;
  return (f) => [a(f), b(f), d(f)];
}

/** The same arguments gathered behind a leading `self`. */
function selfArgs(evs: Ev[]): (f: Frame, self: PyValue) => PyValue[] {
  switch (evs.length) {
    case 0:
      return (_f, self) => [self];
    case 1: {
      const [a] = evs;
      return (f, self) => [self, a(f)];
    }
    case 2: {
      const [a, b] = evs;
      return (f, self) => [self, a(f), b(f)];
    }
  }
  const [a, b, d] = evs;
  return (f, self) => [self, a(f), b(f), d(f)];
}
