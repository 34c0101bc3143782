// CPython 3.11 counts a call of a C function as one recursion level while it runs, as it
// counts a Python frame: in a frame at the recursion limit, `visited.add(v)` (micrograd's
// build_topo on a deep graph) fails with "maximum recursion depth exceeded while calling a
// Python object" before the next Python call could. The calls its specializing interpreter
// makes without that check (METH_FASTCALL functions and methods, built-in types with a
// vectorcall, len/isinstance/list.append) are listed here; every other built-in call checks.
// A program's module frame is the first level (runtime/call.ts): levels used = rt.depth + 1.

import { fail, rt } from './state';
import { typeName } from './repr';
import { PyByteArray, PyBytes } from './bytesValue';
import {
  PyDeque,
  PyDict,
  PyDictView,
  PyIterator,
  PyRange,
  PySet,
  PyTuple,
  type Builtin,
  type PyValue,
} from './values';

/** Built-in functions and types CPython 3.11 calls without the recursion check. */
const UNCHECKED_FUNCTIONS = new Set([
  'len',
  'isinstance',
  'issubclass',
  'sum',
  'sorted',
  'getattr',
  'hasattr',
  'setattr',
  'delattr',
  'iter',
  'next',
  'pow',
  'divmod',
  'format',
  'str',
  'float',
  'bool',
  'list',
  'tuple',
  'set',
  'frozenset',
  'dict',
  'type',
  'range',
  'enumerate',
  'reversed',
  'map',
  'filter',
  'slice',
  'object',
  'isclose',
  'globals',
  'locals',
]);

/** Methods of built-in values (`type.name`) CPython 3.11 calls without the recursion check. */
const UNCHECKED_METHODS = new Set([
  'list.append',
  'list.pop',
  'list.insert',
  'list.index',
  'list.sort',
  'dict.get',
  'dict.pop',
  'dict.setdefault',
  'str.split',
  'str.rsplit',
  'str.replace',
  'str.strip',
  'str.lstrip',
  'str.rstrip',
  'str.splitlines',
]);

const UNCHECKED_METHOD_NAMES = new Set([...UNCHECKED_METHODS].map((k) => k.split('.')[1]));

const MESSAGE = 'maximum recursion depth exceeded while calling a Python object';

/** Built-in types CPython 3.11 calls through type.__call__ (no vectorcall): checked. */
const CHECKED_TYPES = new Set(['int', 'zip', 'bytes', 'bytearray', 'complex']);

/** How a built-in's call counts levels (Builtin.depthMode). */
const enum DepthMode {
  /** A fast call: no level, no check. */
  Unchecked,
  /** Holds one level while it runs. */
  Held,
  /** Checks one level but holds none: its own code counts its levels (SELF_COUNTED). */
  SelfCounted,
  /** print: checks two levels (its write to sys.stdout is a checked call), holds none. */
  Print,
}

/**
 * Checked built-ins whose own code counts the levels they use against the limit (json's in
 * json.ts and jsonEncode.ts, calibrated on CPython's totals): they hold none here. repr()
 * holds its level like any checked call; repr.ts holds PyObject_Repr's.
 */
const SELF_COUNTED = new Set(['dumps', 'loads', 'dump', 'load']);

function depthModeOf(name: string): DepthMode {
  if (name === 'print') return DepthMode.Print;
  if (UNCHECKED_FUNCTIONS.has(name)) return DepthMode.Unchecked;
  return SELF_COUNTED.has(name) ? DepthMode.SelfCounted : DepthMode.Held;
}

/**
 * Before calling built-in `fn`: a RecursionError when the level it takes is past the limit.
 * A checked call holds its level while it runs, as CPython's Py_EnterRecursiveCall does, so
 * what it calls back (`max(node.depth() for …)`'s generator, a key function) runs one level
 * deeper. Returns whether it holds one: the caller gives it back with `leaveBuiltin`. The
 * mode is worked out from the name once per function (this runs on every built-in call).
 */
export function enterBuiltin(fn: Builtin): boolean {
  let mode = fn.depthMode as DepthMode | undefined;
  if (mode === undefined) {
    mode = depthModeOf(fn.name);
    fn.depthMode = mode;
  }
  if (mode === DepthMode.Held) {
    holdLevel();
    return true;
  }
  if (mode === DepthMode.Unchecked) return false;
  const levels = mode === DepthMode.Print ? 2 : 1;
  if (rt.depth + levels >= rt.maxDepth) throw fail('RecursionError', MESSAGE);
  return false;
}

/** After a built-in call: gives back the level `enterBuiltin`/`enterBuiltinMethod` held. */
export function leaveBuiltin(held: boolean): void {
  if (held) rt.depth--;
}

function holdLevel(): void {
  if (rt.depth + 1 >= rt.maxDepth) throw fail('RecursionError', MESSAGE);
  rt.depth++;
  rt.callers[rt.depth] = rt.pos;
  rt.frameNames[rt.depth] = null;
}

/** Before calling built-in type `name` (`int(x)`; `float(x)` takes no level). */
export function enterBuiltinType(name: string): void {
  if (rt.depth + 1 >= rt.maxDepth && CHECKED_TYPES.has(name)) throw fail('RecursionError', MESSAGE);
}

/**
 * Before calling method `name` of built-in value `o`: `visited.add(v)` (`called` false), or
 * a bound method held in a variable (`called` true: `step = xs.append; step(x)`, which
 * CPython's LIST_APPEND shortcut does not cover). A checked method holds its level while it
 * runs (`''.join(gen)`, `xs.extend(gen)`); returns whether it does, for `leaveBuiltin`.
 */
export function enterBuiltinMethod(o: PyValue, name: string, called = false): boolean {
  if (rt.depth + 1 >= rt.maxDepth) {
    const key = `${typeName(o)}.${name}`;
    if (UNCHECKED_METHODS.has(key) && !(called && key === 'list.append')) return false;
    throw fail('RecursionError', MESSAGE);
  }
  // Away from the limit the name decides (a string per call would cost every method call);
  // the unchecked ones call nothing back that could recurse but __eq__/__hash__ and sort's key.
  if (UNCHECKED_METHOD_NAMES.has(name) && !(called && name === 'append')) return false;
  rt.depth++;
  rt.callers[rt.depth] = rt.pos;
  rt.frameNames[rt.depth] = null;
  return true;
}

/** Before a C-level call that always checks (a user class's instantiation, type.__call__). */
export function enterNativeCall(): void {
  if (rt.depth + 1 >= rt.maxDepth) throw fail('RecursionError', MESSAGE);
}

/**
 * Enters a C-level call that holds a recursion level while it runs (type.__call__ making an
 * instance of a program's class, slot_tp_call calling an instance's __call__): the Python
 * frames it runs are one level deeper, as in CPython. The caller leaves with `leaveNativeLevel`
 * when the call returns; an exception unwinds rt.depth as a Python frame's does.
 */
export function enterNativeLevel(): void {
  if (rt.depth + 1 >= rt.maxDepth) throw fail('RecursionError', MESSAGE);
  rt.depth++;
  rt.callers[rt.depth] = rt.pos;
  rt.frameNames[rt.depth] = null;
}

export function leaveNativeLevel(): void {
  rt.depth--;
}

/**
 * Before star-unpacking `v` (`op, *args = x`): CPython lists the rest of iter(v) with
 * list_extend, which calls the iterator's __length_hint__, a checked C call. Iterators of
 * the built-in containers have one; a generator, map or zip has none.
 */
export function enterLengthHint(v: PyValue): void {
  if (rt.depth + 1 < rt.maxDepth) return;
  if (
    typeof v === 'string' ||
    Array.isArray(v) ||
    v instanceof PyTuple ||
    v instanceof PyDict ||
    v instanceof PyDictView ||
    v instanceof PySet ||
    v instanceof PyRange ||
    v instanceof PyDeque ||
    v instanceof PyBytes ||
    v instanceof PyByteArray ||
    (v instanceof PyIterator && HINTED_ITERATORS.has(v.typeName))
  )
    throw fail('RecursionError', MESSAGE);
}

const HINTED_ITERATORS = new Set(['list_iterator', 'list_reverseiterator', 'tuple_iterator']);

/**
 * Before a special method of a built-in base on a subclass's instance (`k in env`, `env[k]`
 * for `class Env(dict)`): dict's __getitem__ and __contains__, list's __getitem__ and set's
 * __contains__ are method descriptors in CPython (METH_COEXIST), so a subclass's slot calls
 * them as methods, a checked C call; its other specials (len, d[k] = v) stay direct.
 */
export function enterCoexistMethod(payload: PyValue, name: string): void {
  if (rt.depth + 1 < rt.maxDepth) return;
  const coexists =
    payload instanceof PyDict
      ? name === '__getitem__' || name === '__contains__'
      : Array.isArray(payload)
        ? name === '__getitem__'
        : payload instanceof PySet && name === '__contains__';
  if (coexists) throw fail('RecursionError', MESSAGE);
}

/**
 * Enters PyObject_Repr or PyObject_Str on an instance of a program's class: CPython 3.11
 * holds one level, with its own message, while the class's __repr__ or __str__ runs, so a
 * __repr__ that reprs its children (a graph printed as nested text) takes two levels per
 * node, three through the repr() built-in. Leave with `leaveNativeLevel` in a finally.
 */
export function enterTextLevel(kind: 'repr' | 'str'): void {
  if (rt.depth + 1 >= rt.maxDepth) {
    throw fail(
      'RecursionError',
      `maximum recursion depth exceeded while getting the ${kind} of an object`,
    );
  }
  rt.depth++;
  rt.callers[rt.depth] = rt.pos;
  rt.frameNames[rt.depth] = null;
}
