// Python's ==, the orderings, and hashing for dict keys and set members. Numbers compare
// exactly across bool/int/float (2**53 + 1 != 2.0**53); a Value compares by its data (the
// contract's rule); containers compare item by item; other objects by identity.

import { reducedOwnHash } from './numericHash';
import { builtinSubclassKey, payloadOf } from './builtinSubclass';
import { Value } from '../../engine';
import type { CompareOperator } from '../ast';
import { groupKey } from './hashGroups';
import { dictAliasKey, setAliasKey } from './hashAliases';
import { noteOwnHash, varyingHashCount } from './ownHashes';
import { callTupleOverride, namedTupleCompare, tupleOverride } from './namedTupleOverrides';
import { callSpecial } from './instances';
import { errorClass, EXCEPTION_CLASSES } from './exceptions';
import { TgradError } from '../errors';
import { PyClass, PyInstance, PyMethod } from './objects';
import { typeName } from './repr';
import { instanceCompare } from './special';
import { checkItemComparison, enterComparison, leaveComparison } from './comparisonDepth';
import { truthy } from './truth';
import { viewContains } from './methods/dictViewMethods';
import { collect, iterate } from './iteration';
import { setFromItems, setHasKey } from './smallSet';
import { compareStrings } from './strOrder';
import { typeError, work } from './state';
import {
  BoundMethod,
  PyCounter,
  PyDeque,
  PySlice,
  PyDict,
  PyDictView,
  PyIterator,
  PyNamedTuple,
  PyOrderedDict,
  PyRange,
  PyFrozenSet,
  PySet,
  PyTuple,
  PyTypeForm,
  type PyValue,
} from './values';
import { sameType, typeFormKey } from './typeForms';
import { bytesContains, bytesData, bytesKey, compareBytes, PyByteArray, PyBytes } from './bytes';

/** Compares an int with a float exactly: -1, 0, 1, or NaN when the float is NaN. */
function compareIntFloat(a: bigint, b: number): number {
  if (Number.isNaN(b)) return NaN;
  if (b === Infinity) return -1;
  if (b === -Infinity) return 1;
  if (Number.isInteger(b)) {
    const bi = BigInt(b);
    return a < bi ? -1 : a > bi ? 1 : 0;
  }
  const fa = Number(a);
  if (fa !== b) return fa < b ? -1 : 1;
  // Same float but b is not an integer: a (an int) lies on b's side by truncation.
  return a < BigInt(Math.trunc(b)) || (a === BigInt(Math.trunc(b)) && b > 0) ? -1 : 1;
}

/** -1/0/1 (NaN when unordered) for two numbers of any of bool/int/float; undefined otherwise. */
function compareNumbers(a: PyValue, b: PyValue): number | undefined {
  let x = a;
  let y = b;
  if (typeof x === 'boolean') x = x ? 1n : 0n;
  if (typeof y === 'boolean') y = y ? 1n : 0n;
  if (typeof x === 'number') {
    if (typeof y === 'number') return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
    if (typeof y === 'bigint') return -compareIntFloat(y, x);
    return undefined;
  }
  if (typeof x === 'bigint') {
    if (typeof y === 'bigint') return x < y ? -1 : x > y ? 1 : 0;
    if (typeof y === 'number') return compareIntFloat(x, y);
  }
  return undefined;
}

/** Python's `a == b`. */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a instanceof PyInstance || b instanceof PyInstance) {
    const r = instanceCompare('==', a, b);
    return r === undefined ? a === b : truthy(r);
  }
  if (a instanceof PyNamedTuple || b instanceof PyNamedTuple) {
    const r = namedTupleCompare('==', a, b);
    if (r !== undefined) return truthy(r);
  }
  if (a === b) return typeof a !== 'number' || !Number.isNaN(a);
  const ta = typeof a;
  if (ta === 'string' || typeof b === 'string') return false;
  const c = compareNumbers(a, b);
  if (c !== undefined) return c === 0;
  if (a instanceof Value) {
    if (b instanceof Value) return a.data === b.data;
    const n = compareNumbers(a.data, b);
    return n === 0;
  }
  if (b instanceof Value) return compareNumbers(a, b.data) === 0;
  if (a instanceof PyTypeForm) return sameType(a, b);
  if (Array.isArray(a)) return Array.isArray(b) && sequenceEqual(a, b);
  if (a instanceof PyDeque) return b instanceof PyDeque && sequenceEqual(a.items, b.items);
  if (a instanceof PyTuple) return b instanceof PyTuple && sequenceEqual(a.items, b.items);
  if (a instanceof PyCounter && b instanceof PyCounter) {
    // Two Counters are equal when every count is, a missing one counting 0 (Python 3.10+).
    for (const [k, e] of a.map) if (!eq(e.value, b.map.get(k)?.value ?? 0n)) return false;
    for (const [k, e] of b.map) if (!a.map.has(k) && !eq(e.value, 0n)) return false;
    return true;
  }
  if (a instanceof PyOrderedDict && b instanceof PyOrderedDict) {
    // Two OrderedDicts are equal only with their items in the same order.
    if (a.map.size !== b.map.size) return false;
    const keys = b.map.keys();
    for (const k of a.map.keys()) if (keys.next().value !== k) return false;
  }
  if (a instanceof PyDict) return b instanceof PyDict && dictEqual(a, b);
  if (a instanceof PyDictView || b instanceof PyDictView) {
    const x = asSet(a);
    const y = asSet(b);
    if (x !== a || y !== b) return x instanceof PySet && y instanceof PySet && eq(x, y);
  }
  if (a instanceof PySet) {
    if (!(b instanceof PySet) || a.map.size !== b.map.size) return false;
    for (const [k, v] of a.map) {
      if (!b.map.has(k) && setAliasKey(b, v) === undefined) return false;
    }
    return true;
  }
  const bytesA = bytesData(a);
  if (bytesA !== null) {
    const bytesB = bytesData(b);
    return bytesB !== null && compareBytes(bytesA, bytesB) === 0;
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    if (a.length !== b.length) return false;
    if (a.length === 0n) return true;
    if (a.start !== b.start) return false;
    return a.length === 1n || a.step === b.step;
  }
  // Bound methods are made at each lookup: two are equal when they bind the same object to
  // the same function (`a.m == a.m`, as CPython's method_richcompare).
  if (a instanceof PyMethod) return b instanceof PyMethod && a.self === b.self && eq(a.fn, b.fn);
  if (a instanceof BoundMethod) {
    return b instanceof BoundMethod && a.self === b.self && a.name === b.name && a.impl === b.impl;
  }
  return false;
}

/** d.keys() and d.items() compare as the sets they are (`d.keys() == {'a'}`); d.values() does not. */
function asSet(v: PyValue): PyValue {
  return v instanceof PyDictView && v.kind !== 'values' ? setFromItems(collect(v), hashKey) : v;
}

function sequenceEqual(a: PyValue[], b: PyValue[]): boolean {
  enterComparison();
  try {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (Object.is(a[i], b[i])) continue;
      checkItemComparison();
      if (!eq(a[i], b[i])) return false;
    }
    return true;
  } finally {
    leaveComparison();
  }
}

function dictEqual(a: PyDict, b: PyDict): boolean {
  enterComparison();
  try {
    if (a.map.size !== b.map.size) return false;
    for (const [k, e] of a.map) {
      let other = b.map.get(k);
      if (other === undefined) {
        // A key of another type CPython finds equal (hashAliases.ts).
        const alias = dictAliasKey(b, e.key);
        if (alias !== undefined) other = b.map.get(alias);
      }
      if (other === undefined) return false;
      if (Object.is(e.value, other.value)) continue;
      checkItemComparison();
      if (!eq(e.value, other.value)) return false;
    }
    return true;
  } finally {
    leaveComparison();
  }
}

/**
 * How containers compare an item with what is asked (`in`, `count`, `index`, `remove`, `==`
 * of lists): identity first, then ==, as CPython does, so a NaN `x` is found: `x in [x]`,
 * `[x].count(x) == 1`. A float here has no identity of its own, so every NaN is the same one.
 */
export function sameOrEqual(a: PyValue, b: PyValue): boolean {
  return Object.is(a, b) || eq(a, b);
}

function unorderable(op: string, a: PyValue, b: PyValue): never {
  throw typeError(
    `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`,
  );
}

/**
 * `a < b` as list.sort compares keys all of one type: CPython calls the type's comparison
 * directly, without PyObject_RichCompare's recursion level (comparisonDepth.ts).
 */
export function sortLess(a: PyValue, b: PyValue): boolean {
  const c = compareForOrder('<', a, b, false);
  return c < 0;
}

/** Python's `a < b` (and the other orderings through `op`). */
export function order(op: '<' | '<=' | '>' | '>=', a: PyValue, b: PyValue): boolean {
  const c = compareForOrder(op, a, b);
  if (Number.isNaN(c)) return false;
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

/**
 * Counter's multiset order (Python 3.10+): `a <= b` when each count of either is at most the
 * other's, a missing one counting 0; `a < b` when also `a != b` (and `>=`, `>` alike).
 */
function counterOrder(op: '<' | '<=' | '>' | '>=', a: PyCounter, b: PyCounter): boolean {
  const within = op === '<' || op === '<=' ? '<=' : '>=';
  for (const c of [a, b]) {
    for (const k of c.map.keys()) {
      const x = a.map.get(k)?.value ?? 0n;
      const y = b.map.get(k)?.value ?? 0n;
      if (!order(within, x, y)) return false;
    }
  }
  return op === within || !eq(a, b);
}

function compareForOrder(
  op: '<' | '<=' | '>' | '>=',
  a: PyValue,
  b: PyValue,
  level = true,
): number {
  if (a instanceof PyInstance || b instanceof PyInstance) {
    const r = instanceCompare(op, a, b, level);
    if (r === undefined) return unorderable(op, a, b);
    // Encode the answer for `order`, which reads it back through the same operator.
    const yes = truthy(r);
    return op === '<' || op === '<=' ? (yes ? -1 : 1) : yes ? 1 : -1;
  }
  if (a instanceof PyNamedTuple || b instanceof PyNamedTuple) {
    const r = namedTupleCompare(op, a, b);
    if (r !== undefined) {
      const yes = truthy(r);
      return op === '<' || op === '<=' ? (yes ? -1 : 1) : yes ? 1 : -1;
    }
  }
  const n = compareNumbers(a, b);
  if (n !== undefined) return n;
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  if (a instanceof Value || b instanceof Value) {
    const x = a instanceof Value ? a.data : a;
    const y = b instanceof Value ? b.data : b;
    const c = compareNumbers(x, y);
    if (c !== undefined) return c;
    return unorderable(op, a, b);
  }
  if (Array.isArray(a) && Array.isArray(b)) return compareSequences(op, a, b, level);
  if (a instanceof PyDeque && b instanceof PyDeque)
    return compareSequences(op, a.items, b.items, level);
  if (a instanceof PyTuple && b instanceof PyTuple)
    return compareSequences(op, a.items, b.items, level);
  const bytesA = bytesData(a);
  const bytesB = bytesData(b);
  if (bytesA !== null && bytesB !== null) return compareBytes(bytesA, bytesB);
  if (a instanceof PyDictView || b instanceof PyDictView) {
    const x = asSet(a);
    const y = asSet(b);
    if (x instanceof PySet && y instanceof PySet) return compareForOrder(op, x, y);
  }
  if (a instanceof PyCounter && b instanceof PyCounter) {
    const yes = counterOrder(op, a, b);
    return op === '<' || op === '<=' ? (yes ? -1 : 1) : yes ? 1 : -1;
  }
  if (a instanceof PySet && b instanceof PySet) {
    // Subset order: only the answers to <, <=, >, >= matter, so encode them.
    const sub = [...a.map.keys()].every((k) => b.map.has(k));
    const sup = [...b.map.keys()].every((k) => a.map.has(k));
    if (sub && sup) return 0;
    if (sub) return -1;
    if (sup) return 1;
    return NaN;
  }
  return unorderable(op, a, b);
}

function compareSequences(
  op: '<' | '<=' | '>' | '>=',
  a: PyValue[],
  b: PyValue[],
  level: boolean,
): number {
  if (level) enterComparison();
  try {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (a[i] === b[i]) continue;
      checkItemComparison();
      if (eq(a[i], b[i])) continue;
      // The first differing items decide, compared with the same operator (as CPython does, so
      // `max([[1], ['a']])` fails on '>'); the answer is encoded for `order` as above.
      const yes = order(op, a[i], b[i]);
      return op === '<' || op === '<=' ? (yes ? -1 : 1) : yes ? 1 : -1;
    }
    return a.length - b.length < 0 ? -1 : a.length > b.length ? 1 : 0;
  } finally {
    if (level) leaveComparison();
  }
}

/** Python's `a is b`. */
export function is(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  // `x is x` for a NaN x (floats have no identity here: every NaN is one object).
  if (typeof a === 'number' && a !== a && typeof b === 'number' && b !== b) return true;
  // Small ints and equal floats are not always the same object in Python; for the scalars
  // learners compare with `is` (None, True, False) identity and equality agree.
  return false;
}

/** Python's `x in container`. */
export function contains(container: PyValue, x: PyValue): boolean {
  // A set first: `v not in visited` runs once per node of every backward pass.
  if (container instanceof PySet) {
    const identity = container.identity;
    if (identity !== null && x instanceof PyInstance && hashedByIdentity(x)) return identity.has(x);
    return setHasKey(container, memberKey(x)) || setAliasKey(container, x) !== undefined;
  }
  if (Array.isArray(container)) {
    // Identity first, as Python: `n in [n]` is True for a NaN n.
    for (let i = 0; i < container.length; i++) if (sameOrEqual(container[i], x)) return true;
    return false;
  }
  if (typeof container === 'string') {
    // `tok in line` with a str subclass's instance looks for its text.
    if (typeof x !== 'string' && typeof payloadOf(x) === 'string') x = payloadOf(x);
    if (typeof x !== 'string') {
      throw typeError(`'in <string>' requires string as left operand, not ${typeName(x)}`);
    }
    return container.includes(x);
  }
  if (container instanceof PyTuple) {
    const own =
      container instanceof PyNamedTuple
        ? callTupleOverride(container, '__contains__', [x])
        : undefined;
    return own === undefined ? contains(container.items, x) : truthy(own);
  }
  if (container instanceof PyDeque) return contains(container.items, x);
  if (container instanceof PyDict) {
    return container.map.has(hashKey(x)) || dictAliasKey(container, x) !== undefined;
  }
  if (container instanceof PyClass && container.meta?.contains !== undefined) {
    return container.meta.contains(container, x);
  }
  if (container instanceof PyRange) {
    let k: bigint;
    if (typeof x === 'bigint') k = x;
    else if (typeof x === 'boolean') k = x ? 1n : 0n;
    else if (typeof x === 'number') {
      if (!Number.isInteger(x)) return false;
      k = BigInt(x);
    } else {
      // Another type (an object with its own __eq__) is compared with each item, as CPython does.
      for (let i = 0n; i < container.length; i++) {
        work(1);
        if (sameOrEqual(container.at(i), x)) return true;
      }
      return false;
    }
    const { start, stop, step } = container;
    if (step > 0n ? k < start || k >= stop : k > start || k <= stop) return false;
    return (k - start) % step === 0n;
  }
  if (container instanceof PyDictView) {
    return viewContains(container, x);
  }
  if (container instanceof PyInstance) return instanceContains(container, x);
  const data = bytesData(container);
  if (data !== null) return bytesContains(data, x);
  if (container instanceof PyIterator) {
    for (let item = container.next(); item !== undefined; item = container.next()) {
      if (item === x || eq(item, x)) return true;
    }
    return false;
  }
  throw typeError(`argument of type '${typeName(container)}' is not iterable`);
}

/**
 * A comparison with an instance on a side (called only then): what its special method returned (not made a
 * bool, as in Python), else the default answer.
 */
export function richCompare(
  op: '==' | '!=' | '<' | '<=' | '>' | '>=',
  a: PyValue,
  b: PyValue,
): PyValue {
  const r = instanceCompare(op, a, b);
  if (r !== undefined) return r;
  // Neither side answered: identity for == and !=, else Python's TypeError.
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  return unorderable(op, a, b);
}

/**
 * `a != b` without an instance on a side. A namedtuple whose class writes only `__eq__` still
 * answers != as a tuple (tuple's own `__ne__` comes first along its MRO, as in CPython).
 */
export function notEqual(a: PyValue, b: PyValue): boolean {
  if (a instanceof PyNamedTuple || b instanceof PyNamedTuple) {
    const r = namedTupleCompare('!=', a, b);
    if (r !== undefined) return truthy(r);
    // tuple.__ne__ compares tuples only; with anything else both sides decline: identity.
    return a instanceof PyTuple && b instanceof PyTuple
      ? !sequenceEqual(a.items, b.items)
      : a !== b;
  }
  return !eq(a, b);
}

/** Python's comparison operators. `in` on a non-container is answered by the caller. */
export function compare(op: CompareOperator, a: PyValue, b: PyValue): boolean {
  switch (op) {
    case '==':
      return eq(a, b);
    case '!=':
      return notEqual(a, b);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return order(op, a, b);
    case 'is':
      return is(a, b);
    case 'is not':
      return !is(a, b);
    case 'in':
    case 'not in':
      return op === 'in' ? contains(b, a) : !contains(b, a);
  }
}

// ---- hashing ------------------------------------------------------------------------------

const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;

function objectId(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(o, id);
  }
  return id;
}

const TWO53 = 2 ** 53;

/**
 * The Map key standing for a Python dict key: equal Python keys give the same JS key
 * (1, 1.0 and True are one key; tuples compare by items), objects key by identity.
 */
export function hashKey(v: PyValue): unknown {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      if (Number.isInteger(v) && (v >= TWO53 || v <= -TWO53)) return BigInt(v);
      return v === 0 ? 0 : v;
    case 'bigint':
      return v > -9007199254740992n && v < 9007199254740992n ? Number(v) : v;
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v === null) return null;
  if (v instanceof PyInstance) return instanceKey(v);
  if (v instanceof PyNamedTuple) {
    const own = tupleOverride(v, '__hash__');
    if (own === null) throw typeError(`unhashable type: '${v.cls.name}'`);
    if (own !== undefined) return ownHashKey(v, () => callTupleOverride(v, '__hash__', [])!);
  }
  if (v instanceof PyTuple) return tupleKey(v);
  if (v instanceof PyFrozenSet) return (v.hashText ??= frozenSetKey(v));
  if (v instanceof PyTypeForm) return typeFormKey(v);
  if (v instanceof PyBytes) return bytesKey(v);
  if (v instanceof PyMethod) return methodKey(v);
  if (
    Array.isArray(v) ||
    v instanceof PyDict ||
    v instanceof PySet ||
    v instanceof PyDeque ||
    v instanceof PyByteArray ||
    // Slices became hashable in 3.12; in 3.11 `d[1:2]` on a dict is this error.
    v instanceof PySlice
  ) {
    throw typeError(`unhashable type: '${typeName(v)}'`);
  }
  return v;
}

/**
 * A bound method's key: its object's identity and its function's, so that `a.m` looked up
 * twice is one key, as `a.m == a.m` (CPython hashes a method by `id(self)` and the function).
 */
function methodKey(m: PyMethod): string {
  const part = (x: PyValue): string =>
    typeof x === 'object' && x !== null ? `o${objectId(x)};` : `p${typeof x}${String(x)};`;
  return '\u0000m' + part(m.self) + part(m.fn);
}

function tupleKey(t: PyTuple): string {
  if (t.keyText !== undefined) return t.keyText;
  let out = '\u0000(';
  let fixed = true;
  for (const item of t.items) {
    out += keyPart(item, hashKey(item));
    if (fixed && !hasFixedKey(item)) fixed = false;
  }
  out += ')';
  if (fixed) t.keyText = out;
  return out;
}

/** An item whose dict key can never change: an immutable value of immutable parts. */
function hasFixedKey(item: PyValue): boolean {
  switch (typeof item) {
    case 'string':
    case 'number':
    case 'bigint':
    case 'boolean':
      return true;
  }
  return (
    item === null ||
    item instanceof PyBytes ||
    (item instanceof PyTuple && item.constructor === PyTuple && item.keyText !== undefined)
  );
}

/**
 * A frozenset's key: its members' parts in sorted order, so that equal frozensets (and the
 * order their members came in does not matter) have one key; `\u0000{` keeps it apart from a
 * tuple's key and from any str.
 */
function frozenSetKey(s: PyFrozenSet): string {
  const parts: string[] = [];
  for (const [k, v] of s.map) parts.push(keyPart(v, k));
  parts.sort();
  return '\u0000{' + parts.join('') + '}';
}

/** Item `item` (whose hash key is `k`) as a self-delimiting part of a container's key. */
function keyPart(item: PyValue, k: unknown): string {
  switch (typeof k) {
    case 'string':
      // A tuple's or frozenset's key is a string too, but never equal to a str's part.
      return (
        (item instanceof PyTuple || item instanceof PyFrozenSet || item instanceof PyBytes
          ? 't'
          : 's') +
        k.length +
        ':' +
        k
      );
    case 'number':
    case 'bigint':
      return 'n' + String(k) + ';';
    default:
      return k === null ? 'N;' : 'o' + objectId(k as object) + ';';
  }
}

/**
 * The key of `x` for `x in s` on a set: its hash key, except that a (mutable) set is looked up
 * as the frozenset of its members, as CPython's set.__contains__ does (`{1} in {frozenset({1})}`).
 */
function memberKey(x: PyValue): unknown {
  if (!(x instanceof PySet) || x instanceof PyFrozenSet) return hashKey(x);
  const frozen = new PyFrozenSet();
  for (const [k, v] of x.map) frozen.map.set(k, v);
  return hashKey(frozen);
}

/**
 * Whether `v` is its own hash key with no alias of another type (object's __hash__ and
 * __eq__): a set of such instances answers `in` and `add` from its identity table alone.
 */
export function hashedByIdentity(v: PyInstance): boolean {
  const cls = v.cls;
  return (
    (cls.meta === null || cls.meta.keyValue === undefined) &&
    cls.builtinBase === null &&
    cls.hashMode() === 'identity'
  );
}

/** An instance as a dict key: itself (identity), or its __hash__ when its class defines one. */
function instanceKey(v: PyInstance): unknown {
  const plain = v.cls.meta?.keyValue?.(v);
  if (plain !== undefined) return hashKey(plain);
  if (v.cls.builtinBase !== null) {
    const k = builtinSubclassKey(v, hashKey);
    if (k !== undefined) return k;
  }
  switch (v.cls.hashMode()) {
    case 'identity':
      return v;
    case 'none':
      throw typeError(`unhashable type: '${v.cls.name}'`);
    case 'custom':
      return ownHashKey(v, () => callSpecial(v, '__hash__', []));
  }
}

/**
 * The key of an object hashed by its class's `__hash__` (run by `call`), keeping the hash for
 * its set order when it is the same on every CPython run (ownHashes.ts).
 */
function ownHashKey(v: PyInstance | PyNamedTuple, call: () => PyValue | undefined): unknown {
  const before = varyingHashCount();
  const h = hashResult(call());
  noteOwnHash(v, varyingHashCount() === before ? reducedOwnHash(h) : null);
  return groupKey(v, h, eq);
}

/** What a program's __hash__ returned, as the int it must be. */
function hashResult(h: PyValue | undefined): bigint {
  if (typeof h !== 'bigint' && typeof h !== 'boolean') {
    throw typeError('__hash__ method should return an integer');
  }
  return typeof h === 'boolean' ? (h ? 1n : 0n) : reducedOwnHash(h);
}

/** `x in obj`: __contains__, else iteration with ==. */
function instanceContains(container: PyInstance, x: PyValue): boolean {
  const r = callSpecial(container, '__contains__', [x]);
  if (r !== undefined) return truthy(r);
  // `__contains__ = None` turns `in` away before any iteration.
  if (container.cls.lookup('__contains__') === null) {
    throw typeError(`'${typeName(container)}' object is not a container`);
  }
  let it;
  try {
    it = iterate(container);
  } catch (e) {
    // CPython's `in` falls back on iter() and words any TypeError it raises as its own.
    if (e instanceof TgradError && errorClass(e).isSubclassOf(EXCEPTION_CLASSES.get('TypeError')!))
      throw typeError(`argument of type '${typeName(container)}' is not iterable`);
    throw e;
  }
  for (let item = it.next(); item !== undefined; item = it.next()) {
    if (item === x || eq(item, x)) return true;
  }
  return false;
}
