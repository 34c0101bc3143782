// copy: copy(x) and deepcopy(x, memo=None), as CPython's copy module behaves. Immutable and
// atomic values (numbers, str, functions, classes…) come back as themselves; containers are
// rebuilt; an instance of the program's class is made without running __init__ and given
// (copies of) its attributes, unless the class says otherwise with __copy__, __deepcopy__,
// __getstate__ or __setstate__. deepcopy's memo is a real dict keyed by id(), so shared
// references stay shared and cycles are copied as cycles, and a __deepcopy__(memo) hook
// sees it as in Python. A built-in Value is copied as the node it is: copy() shares its
// inputs, deepcopy() copies the graph below it (each node once). A built-in MLP, Layer or
// Neuron deep-copies into a model sharing nothing with it; copy() shares its parts.

import type { TgradError } from '../../errors';
import { cloneModule, cloneNode, Layer, MLP, Neuron, operandsOf, Value } from '../../../engine';
import { PyBuiltinInstance } from '../../runtime/builtinSubclass';
import { makePartial, PyPartial } from '../../runtime/partial';
import { PyByteArray, PyBytes } from '../../runtime/bytesValue';
import { bindArgs } from '../../runtime/args';
import { callMethod, getAttr } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { ELLIPSIS } from '../../runtime/ellipsis';
import { hashKey } from '../../runtime/equality';
import {
  catchable,
  errorClass,
  EXCEPTION_CLASSES,
  isExceptionClass,
  makeExceptionObject,
} from '../../runtime/exceptions';
import { callSpecial } from '../../runtime/instances';
import {
  NativeMethod,
  newAttrs,
  PyClass,
  PyClassMethod,
  PyExceptionObject,
  PyInstance,
  PyMethod,
  PyProperty,
  PyStaticMethod,
  userHook,
} from '../../runtime/objects';
import { typeName } from '../../runtime/repr';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { typeError } from '../../runtime/state';
import { setItem } from '../../runtime/subscript';
import { addToSet, newSetLike } from '../../runtime/setMerge';
import { setValues } from '../../runtime/smallSet';
import {
  BoundMethod,
  Builtin,
  PyDeque,
  PyDict,
  PyFunction,
  PyNamedTuple,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  type PyValue,
} from '../../runtime/values';
import { shared, type StdContext } from './context';

/** Values copy() and deepcopy() return as they are: immutable, or copied by reference. */
function isAtomic(x: PyValue): boolean {
  return (
    typeof x !== 'object' ||
    x === null ||
    x instanceof PyRange ||
    x instanceof PyBytes ||
    x instanceof PySlice ||
    x instanceof PyFunction ||
    x instanceof Builtin ||
    x instanceof NativeMethod ||
    x instanceof PyClass ||
    x instanceof PyProperty ||
    x instanceof PyStaticMethod ||
    x instanceof PyClassMethod ||
    x === NOT_IMPLEMENTED ||
    x === ELLIPSIS
  );
}

/** CPython's refusal for what neither copy nor pickle can rebuild (a generator, a module…). */
function cannotCopy(x: PyValue): never {
  throw typeError(`cannot pickle '${typeName(x)}' object`);
}

/** A method the class defines itself (object's built-in ones do not count). */
function ownHook(o: PyInstance, name: string): boolean {
  if (o.cls.builtin) return false;
  if (userHook(o.cls, name) !== undefined) return true;
  // A standard module's native class that defines the hook itself (random.Random's state).
  const hook = o.cls.lookup(name);
  return (
    hook instanceof NativeMethod && o.cls.mro.some((c) => !c.builtin && c.dict.get(name) === hook)
  );
}

/**
 * `getattr(o, name, None)` as CPython's copy module asks it (deepcopy for `__deepcopy__`, the
 * rebuild for `__setstate__`): a class with its own __getattr__ answers that itself. What it
 * returns (None: no hook) is the hook; what it raises other than an AttributeError comes out
 * of the copy, as an attribute dict's KeyError (`__getattr__ = dict.__getitem__`) or a
 * delegating wrapper's RecursionError do in CPython.
 */
function probeAttr(o: PyInstance, name: string): PyValue | null {
  if (o.attrs[name] === undefined && o.cls.lookup('__getattr__') === undefined) return null;
  try {
    return getAttr(o, name);
  } catch (e) {
    const err = catchable(e);
    if (err !== null && errorClass(err).isSubclassOf(EXCEPTION_CLASSES.get('AttributeError')!)) {
      return null;
    }
    throw e;
  }
}

/** A new instance of o's class, made as `cls.__new__(cls)` would (no __init__ runs). */
function blankInstance(o: PyInstance, args: (a: PyValue[]) => PyValue[]): PyInstance {
  if (o instanceof PyExceptionObject && isExceptionClass(o.cls)) {
    return makeExceptionObject(o.cls, new PyTuple(args(o.args.items)));
  }
  if (o instanceof PyBuiltinInstance) {
    // A list (dict, str…) subclass's instance: a new one holding a copy of the value (its
    // items copied too by deepcopy), as CPython's reduction rebuilds it.
    const [payload] = args([o.payload]);
    return new PyBuiltinInstance(o.cls, payload === o.payload ? shallowCopy(payload) : payload);
  }
  return new PyInstance(o.cls, newAttrs());
}

/**
 * Gives `y` the state `x` had: through x's __getstate__ and y's __setstate__ when the class
 * defines them, else attribute by attribute; `each` copies a value (or keeps it, for copy()).
 */
function restoreState(x: PyInstance, y: PyInstance, each: (v: PyValue) => PyValue): void {
  if (ownHook(x, '__getstate__') || ownHook(x, '__setstate__')) {
    const state = ownHook(x, '__getstate__')
      ? callSpecial(x, '__getstate__', [])!
      : attributesDict(x);
    const copied = each(state);
    if (ownHook(y, '__setstate__')) callSpecial(y, '__setstate__', [copied]);
    else if (copied instanceof PyDict) {
      for (const e of copied.map.values()) y.attrs[String(e.key)] = e.value;
    }
    return;
  }
  if (Object.keys(x.attrs).length > 0 && y.cls.lookup('__getattr__') !== undefined) {
    // CPython's rebuild copies the state, then asks the new object for __setstate__.
    const state = each(attributesDict(x));
    const setter = probeAttr(y, '__setstate__');
    if (setter !== null) callValue(setter, [state], null);
    else if (state instanceof PyDict) {
      for (const e of state.map.values()) y.attrs[String(e.key)] = e.value;
    }
    return;
  }
  for (const k of Object.keys(x.attrs)) y.attrs[k] = each(x.attrs[k]);
}

function attributesDict(o: PyInstance): PyDict {
  const d = new PyDict();
  for (const k of Object.keys(o.attrs)) d.map.set(k, { key: k, value: o.attrs[k] });
  return d;
}

/**
 * A new partial of p's function and arguments, as CPython's copy rebuilds one through its
 * __reduce__ and __setstate__: copy.copy shares p's args tuple, keywords dict and __dict__;
 * deepcopy gives it copies of them (`each`).
 */
function copyPartial(p: PyPartial, each: ((v: PyValue) => PyValue) | null): PyPartial {
  const args = p.attrs!.get('args') as PyTuple;
  const keywords = p.attrs!.get('keywords') as PyDict;
  if (each === null) {
    const y = makePartial(p.func, p.frozen.slice(), p.frozenKw, args, keywords);
    y.dict = p.dict;
    return y;
  }
  const func = each(p.func);
  const newArgs = each(args) as PyTuple;
  const newKeywords = each(keywords) as PyDict;
  const kw: Map<string, PyValue> | null = p.frozenKw === null ? null : new Map();
  for (const e of newKeywords.map.values()) kw?.set(String(e.key), e.value);
  const y = makePartial(func, newArgs.items.slice(), kw, newArgs, newKeywords);
  y.dict = p.dict === null ? null : (each(p.dict) as PyDict);
  return y;
}

/** copy.copy(x). */
function shallowCopy(x: PyValue): PyValue {
  if (x instanceof PyPartial) return copyPartial(x, null);
  if (isAtomic(x)) return x;
  if (Array.isArray(x)) return x.slice();
  if (x instanceof PyNamedTuple) return new PyNamedTuple(x.items.slice(), x.cls, x.fields);
  if (x instanceof PyTuple) return x;
  if (x instanceof PyDict || x instanceof PySet || x instanceof PyDeque) {
    return callMethod(x, 'copy', [], null);
  }
  if (x instanceof PyInstance) {
    if (x.cls.builtin && !isExceptionClass(x.cls)) return x;
    if (ownHook(x, '__copy__')) return callSpecial(x, '__copy__', [])!;
    const y = blankInstance(x, (a) => a.slice());
    restoreState(x, y, (v) => v);
    return y;
  }
  if (x instanceof Value) {
    const [a, b] = operandsOf(x);
    return cloneNode(x, a, b);
  }
  if (x instanceof PyMethod) return new PyMethod(x.fn, x.self);
  if (x instanceof MLP || x instanceof Layer || x instanceof Neuron) return cloneModule(x, null);
  if (x instanceof PyByteArray) return new PyByteArray(x.data.slice());
  return cannotCopy(x);
}

/** One deepcopy: the memo dict (keyed by id) and the id function it is keyed with. */
class DeepCopier {
  constructor(
    readonly memo: PyDict,
    private readonly id: PyValue,
  ) {}

  private key(x: PyValue): PyValue {
    return callValue(this.id, [x], null);
  }

  private remember(x: PyValue, y: PyValue): void {
    setItem(this.memo, this.key(x), y);
  }

  copy(x: PyValue): PyValue {
    if (isAtomic(x) && !(x instanceof PyPartial)) return x;
    const seen = this.memo.map.get(hashKey(this.key(x)));
    if (seen !== undefined) return seen.value;
    const y = this.fresh(x);
    // A list, dict or instance is remembered before its contents are copied (so a cycle
    // comes back to it); anything else once made.
    if (!this.memo.map.has(hashKey(this.key(x))) && y !== x) this.remember(x, y);
    return y;
  }

  private fresh(x: PyValue): PyValue {
    if (Array.isArray(x)) {
      const y: PyValue[] = [];
      this.remember(x, y);
      for (let i = 0; i < x.length; i++) y.push(this.copy(x[i]));
      return y;
    }
    if (x instanceof PyNamedTuple) {
      return new PyNamedTuple(
        x.items.map((v) => this.copy(v)),
        x.cls,
        x.fields,
      );
    }
    if (x instanceof PyTuple) {
      const items = x.items.map((v) => this.copy(v));
      // A tuple of the very same items is the tuple itself (all atomic, say).
      if (items.every((v, i) => v === x.items[i])) return x;
      // Copying the items may have copied the tuple already (a cycle through a list).
      const again = this.memo.map.get(hashKey(this.key(x)));
      return again !== undefined ? again.value : new PyTuple(items);
    }
    if (x instanceof PyDict) {
      const y = x.emptyLike();
      this.remember(x, y);
      for (const e of [...x.map.values()]) setItem(y, this.copy(e.key), this.copy(e.value));
      return y;
    }
    if (x instanceof PySet) {
      // CPython rebuilds a set or frozenset from the list of its copied members, taken in
      // its own order, and remembers the new one (a set met twice is copied once). A
      // frozenset's copy() is itself: it cannot be emptied and refilled.
      const members = setValues(x).map((v) => this.copy(v));
      const y = newSetLike(x);
      for (const m of members) addToSet(y, m);
      this.remember(x, y);
      return y;
    }
    if (x instanceof PyDeque) {
      const y = callMethod(x, 'copy', [], null) as PyDeque;
      y.items.length = 0;
      this.remember(x, y);
      for (const v of x.items) y.items.push(this.copy(v));
      return y;
    }
    if (x instanceof PyInstance) return this.instance(x);
    if (x instanceof PyPartial) return copyPartial(x, (v) => this.copy(v));
    if (x instanceof Value) return this.graph(x);
    if (x instanceof PyMethod) return new PyMethod(x.fn, this.copy(x.self));
    if (x instanceof BoundMethod) return new BoundMethod(this.copy(x.self), x.name, x.impl);
    if (x instanceof MLP || x instanceof Layer || x instanceof Neuron) {
      return cloneModule(x, { param: (v) => this.copy(v) as Value });
    }
    if (x instanceof PyByteArray) return new PyByteArray(x.data.slice());
    return cannotCopy(x);
  }

  private instance(x: PyInstance): PyValue {
    if (x.cls.builtin && !isExceptionClass(x.cls)) return x;
    if (ownHook(x, '__deepcopy__')) return callSpecial(x, '__deepcopy__', [this.memo])!;
    const probed = probeAttr(x, '__deepcopy__');
    if (probed !== null) return callValue(probed, [this.memo], null);
    const y = blankInstance(x, (a) => a.map((v) => this.copy(v)));
    this.remember(x, y);
    restoreState(x, y, (v) => this.copy(v));
    return y;
  }

  /**
   * The graph below a built-in Value, each node copied once and after its inputs, without
   * recursion (a long chain of nodes is as deep as it is long).
   */
  private graph(root: Value): Value {
    const made = new Map<Value, Value>();
    const copyOf = (v: Value): Value | undefined => {
      const mine = made.get(v);
      if (mine !== undefined) return mine;
      const seen = this.memo.map.get(hashKey(this.key(v)));
      return seen !== undefined ? (seen.value as Value) : undefined;
    };
    const stack: Value[] = [root];
    while (stack.length > 0) {
      const v = stack[stack.length - 1];
      if (copyOf(v) !== undefined) {
        stack.pop();
        continue;
      }
      const [a, b] = operandsOf(v);
      const pending = [a, b].filter(
        (o): o is Value => o instanceof Value && copyOf(o) === undefined,
      );
      if (pending.length > 0) {
        stack.push(...pending);
        continue;
      }
      stack.pop();
      const copy = cloneNode(
        v,
        a === null ? null : copyOf(a)!,
        b instanceof Value ? copyOf(b)! : b,
      );
      made.set(v, copy);
      this.remember(v, copy);
    }
    return made.get(root) ?? copyOf(root)!;
  }
}

/** copy and deepcopy are Python functions in CPython, and say so when x is missing. */
function missingX(fname: string): TgradError {
  return typeError(`${fname}() missing 1 required positional argument: 'x'`);
}

export function copyModule(s: StdContext): Map<string, PyValue> {
  const id = shared(s, 'id');
  return new Map<string, PyValue>([
    [
      'copy',
      new Builtin('copy', (args, kw) => {
        const [x] = bindArgs('copy', ['x'], 0, args, kw);
        if (x === undefined) throw missingX('copy');
        return shallowCopy(x!);
      }),
    ],
    [
      'deepcopy',
      new Builtin('deepcopy', (args, kw) => {
        const [x, memo] = bindArgs('deepcopy', ['x', 'memo', '_nil'], 0, args, kw);
        if (x === undefined) throw missingX('deepcopy');
        const dict = memo === undefined || memo === null ? new PyDict() : memo;
        if (!(dict instanceof PyDict)) {
          throw typeError(`'${typeName(dict)}' object has no attribute 'get'`);
        }
        return new DeepCopier(dict, id).copy(x!);
      }),
    ],
  ]);
}
