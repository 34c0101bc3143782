// `for` loops. Lists, ranges and sets are walked in place; `for x, y in zip(a, b)` and
// `for i, x in enumerate(xs)` over the iterator the loop made store both names without a
// pair tuple; a generator only the loop holds is closed when the loop leaves early, and one a
// variable holds (`for x in g:`) counts as held while the loop runs.

import { builtinClass } from '../runtime/types';
import type * as A from '../ast';
import { BREAK, NORMAL, RETURN } from '../runtime/completion';
import { catchable } from '../runtime/exceptions';
import { generatorsMade, PyGenerator } from '../runtime/generator';
import { isSimpleString, iterate, sequenceItems } from '../runtime/iteration';
import { closeLeft, ownedGenerator } from '../runtime/loopGenerator';
import { at, fail, rt } from '../runtime/state';
import { hasFixedOrder, setSize, setValues } from '../runtime/smallSet';
import { iterableExpression } from './expressions';
import { countsSafely, intOf, SMALL_INT_LIMIT } from '../runtime/smallInts';
import { PyEnumerate } from '../runtime/enumeratePairs';
import { PyZipPair } from '../runtime/zipPairs';
import { PyRange, PySet, type Frame, type PyValue } from '../runtime/values';
import { callValue } from '../runtime/call';
import type { Ev, Ex, Store } from './closures';
import type { Compiler } from './compiler';
import { heldLoad } from './names';
import { mayOwnGenerator } from './ownedIterable';
import { closeWrapped, wrappedIterable, type WrappedEv } from './wrappedGenerators';

/** Counts below this step to a shared small int. */
const SMALL_NEXT = BigInt(SMALL_INT_LIMIT - 1);

/** The two stores of `for x, y in zip(a, b)` (the zip made by the loop itself), else null. */
function zipPairTargets(c: Compiler, s: A.For): readonly [Store, Store] | null {
  const { iter, target } = s;
  if (iter.type !== 'Call' || iter.func.type !== 'Name' || iter.func.name !== 'zip') return null;
  if (iter.args.length !== 2 || iter.keywords.length !== 0) return null;
  if (iter.args.some((e) => e.type === 'Starred')) return null;
  if (target.type !== 'Tuple' || target.elts.length !== 2) return null;
  if (target.elts.some((e) => e.type === 'Starred')) return null;
  return [c.target(target.elts[0], false), c.target(target.elts[1], false)];
}

/** The two stores of `for i, x in enumerate(…)` (the enumerate made by the loop itself), else null. */
function enumeratePairTargets(c: Compiler, s: A.For): readonly [Store, Store] | null {
  const { iter, target } = s;
  if (iter.type !== 'Call' || iter.func.type !== 'Name' || iter.func.name !== 'enumerate')
    return null;
  if (target.type !== 'Tuple' || target.elts.length !== 2) return null;
  if (target.elts.some((e) => e.type === 'Starred')) return null;
  return [c.target(target.elts[0], false), c.target(target.elts[1], false)];
}

/** The built-in zip type, whose loop over two lists or tuples reads their items straight. */
const ZIP = builtinClass('zip');

export function compileFor(c: Compiler, s: A.For): Ex {
  const wrapped = wrappedIterable(c, s.iter);
  if (wrapped !== null) return closingWrapped(c, s, wrapped);
  return loopOver(c, s, null, null);
}

/**
 * `for x in zip(numbers(), …):` (compile/wrappedGenerators.ts): the loop, closing the
 * generators the wrapper alone holds when it ends (before its `else`) or is left.
 */
function closingWrapped(c: Compiler, s: A.For, wrapped: WrappedEv): Ex {
  // The generators of each run of the loop not ended yet, the innermost last (a loop in a
  // recursive function runs inside itself).
  const runs: PyGenerator[][] = [];
  const loop = loopOver(
    c,
    s,
    (f) => {
      const held: PyGenerator[] = [];
      runs.push(held);
      return wrapped(f, held);
    },
    () => closeWrapped(runs.pop()!, rt.depth),
  );
  return (f) => {
    const mark = runs.length;
    const depth = rt.depth;
    let r: number;
    try {
      r = loop(f);
    } catch (e) {
      if (runs.length > mark) {
        const held = runs[mark];
        runs.length = mark;
        if (catchable(e) !== null) closeWrapped(held, depth);
      }
      throw e;
    }
    if (runs.length > mark) closeWrapped(runs.pop()!, depth);
    return r;
  };
}

/**
 * The loop over `s.iter`, or over what `iterable` gives, with `ended` run when the iterator is
 * exhausted (before the `else` block).
 */
function loopOver(
  c: Compiler,
  s: A.For,
  iterable: Ev | null,
  ended: ((f: Frame) => void) | null,
): Ex {
  const pairStores = zipPairTargets(c, s);
  // (An iterable given evaluates the zip call itself: its pairs are still stored straight.)
  const zipped = pairStores !== null && c.env.debug === undefined && iterable === null;
  // `for x in g:` leaves `g` the sole holder of its generator (runtime/droppedGenerators.ts);
  // the loop holds the generator while it runs.
  const held = iterable === null && s.iter.type === 'Name';
  const iter = zipped
    ? null
    : iterable !== null
      ? iterable
      : s.iter.type === 'Name'
        ? heldLoad(c, s.iter)
        : iterableExpression(c, s.iter);
  // iter() and next() fail at the iterable, as CPython 3.13 places them (3.11: at the `for`);
  // a time limit that stops the loop points there too.
  const iterId = c.site(s.iter);
  const pollId = iterId;
  const store: Store = c.target(s.target, false);
  const body = c.block(s.body);
  const orelse = s.orelse.length > 0 ? c.block(s.orelse) : null;
  const finish =
    ended === null
      ? (f: Frame): number => (orelse === null ? NORMAL : orelse(f))
      : (f: Frame): number => {
          ended(f);
          return orelse === null ? NORMAL : orelse(f);
        };
  const owns = iterable === null && mayOwnGenerator(s.iter);
  const enumerateStores = pairStores === null ? enumeratePairTargets(c, s) : null;
  // Over a generator only this loop holds: leaving the loop early closes it.
  const ownedLoop = (f: Frame, g: PyGenerator): number => {
    const depth = rt.depth;
    try {
      for (let x = g.next(); x !== undefined; at(iterId), x = g.next()) {
        store(f, x);
        if (--rt.ticks <= 0) rt.poll(pollId);
        const r = body(f);
        if (r === BREAK || r === RETURN) {
          closeLeft(g, depth);
          return r === BREAK ? NORMAL : r;
        }
      }
    } catch (e) {
      if (catchable(e) !== null) closeLeft(g, depth);
      throw e;
    }
    return finish(f);
  };
  // Over a variable's generator: counted as held until the loop is left.
  const heldLoop = (f: Frame, g: PyGenerator): number => {
    g.loops++;
    try {
      for (let x = g.next(); x !== undefined; at(iterId), x = g.next()) {
        store(f, x);
        if (--rt.ticks <= 0) rt.poll(pollId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
      }
    } finally {
      g.loops--;
    }
    return finish(f);
  };
  const over = (f: Frame, it: PyValue, before: number): number => {
    // A list read to its live length at each step, as its iterator reads it; a tuple's items
    // in place (micrograd's `for child in v._children`, once per node): no iterator made.
    const items = sequenceItems(it);
    if (items !== null) {
      for (let i = 0; i < items.length; i++) {
        store(f, items[i]);
        if (--rt.ticks <= 0) rt.poll(pollId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
      }
      return finish(f);
    }
    if (typeof it === 'string' && isSimpleString(it)) {
      // A str's characters read in place (it cannot change): no array of them, no iterator.
      // A loop of its own beside the array one, so that each indexes one kind of thing.
      for (let i = 0; i < it.length; i++) {
        store(f, it[i]);
        if (--rt.ticks <= 0) rt.poll(pollId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
      }
      return finish(f);
    }
    if (pairStores !== null && it instanceof PyZipPair) {
      // `for x, y in zip(a, b)` over the zip this loop made: no pair tuple per item.
      const { first, second } = it;
      const [storeFirst, storeSecond] = pairStores;
      for (;;) {
        const x = first.next();
        if (x === undefined) break;
        const y = second.next();
        if (y === undefined) break;
        storeFirst(f, x);
        storeSecond(f, y);
        if (--rt.ticks <= 0) rt.poll(pollId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
        at(iterId);
      }
      return finish(f);
    }
    if (enumerateStores !== null && it instanceof PyEnumerate) {
      // `for i, x in enumerate(xs)` over the enumerate this loop made: no pair tuple per
      // item, and a small count is a shared int rather than a new bigint.
      const { source, count } = it;
      const [storeIndex, storeItem] = enumerateStores;
      for (;;) {
        const x = source.next();
        if (x === undefined) break;
        const i = count.n;
        count.n = i >= 0n && i < SMALL_NEXT ? intOf(Number(i) + 1) : i + 1n;
        storeIndex(f, i);
        storeItem(f, x);
        if (--rt.ticks <= 0) rt.poll(pollId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
        at(iterId);
      }
      return finish(f);
    }
    if (it instanceof PyRange) {
      const { length, step } = it;
      if (countsSafely(it.start, step, length)) {
        // Counted in numbers: no bigint made per step when the values are small.
        const n = Number(length);
        const by = Number(step);
        let x = Number(it.start);
        for (let i = 0; i < n; i++, x += by) {
          store(f, intOf(x));
          if (--rt.ticks <= 0) rt.poll(pollId);
          const r = body(f);
          if (r === BREAK) return NORMAL;
          if (r === RETURN) return r;
        }
        return finish(f);
      }
      let x = it.start;
      for (let i = 0n; i < length; i++, x += step) {
        store(f, x);
        if (--rt.ticks <= 0) rt.poll(pollId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
      }
      return finish(f);
    }
    if (it instanceof PySet && hasFixedOrder(it)) {
      // Ints, floats or tuples of them: CPython's table order (setOrder.ts), size checked.
      const members = setValues(it);
      const n = members.length;
      for (let i = 0; i < n; i++) {
        store(f, members[i]);
        if (--rt.ticks <= 0) rt.poll(pollId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
        if (setSize(it) !== n) {
          at(iterId);
          throw fail('RuntimeError', 'Set changed size during iteration');
        }
      }
      return finish(f);
    }
    if (it instanceof PySet && it.inline >= 0) {
      // A set held in its fields (see PySet): the members as they were, the size checked.
      const n = it.inline;
      const a = it.a;
      const b = it.b;
      for (let i = 0; i < n; i++) {
        store(f, i === 0 ? a : b);
        if (--rt.ticks <= 0) rt.poll(pollId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
        if (setSize(it) !== n) {
          at(iterId);
          throw fail('RuntimeError', 'Set changed size during iteration');
        }
      }
      return finish(f);
    }
    if (it instanceof PySet && it.small !== null) {
      // A small set's array (see PySet), with the same check of its size.
      const small = it.small;
      const n = small.length;
      for (let i = 1; i < n; i += 2) {
        store(f, small[i] as PyValue);
        if (--rt.ticks <= 0) rt.poll(pollId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
        if (setSize(it) !== n >> 1) {
          at(iterId);
          throw fail('RuntimeError', 'Set changed size during iteration');
        }
      }
      return finish(f);
    }
    if (it instanceof PySet) {
      // Live over the set's own storage; Python forbids changing its size meanwhile.
      const size = it.map.size;
      for (const x of it.map.values()) {
        store(f, x);
        if (--rt.ticks <= 0) rt.poll(pollId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
        if (it.map.size !== size) {
          at(iterId);
          throw fail('RuntimeError', 'Set changed size during iteration');
        }
      }
      return finish(f);
    }
    at(iterId);
    const iterator = iterate(it);
    if (owns) {
      const g = ownedGenerator(iterator, before, rt.depth);
      if (g !== null) return ownedLoop(f, g);
    }
    if (held && iterator instanceof PyGenerator) return heldLoop(f, iterator);
    // The iterator's own errors (a dict changed size) point at the `for`, as in Python.
    for (let x = iterator.next(); x !== undefined; at(iterId), x = iterator.next()) {
      store(f, x);
      if (--rt.ticks <= 0) rt.poll(pollId);
      const r = body(f);
      if (r === BREAK) return NORMAL;
      if (r === RETURN) return r;
    }
    return finish(f);
  };
  if (iter !== null) {
    return (f) => {
      const before = owns ? generatorsMade() : 0;
      return over(f, iter(f), before);
    };
  }
  // `for x, y in zip(a, b)` with the built-in zip over lists or tuples: their items by index,
  // no iterator, zip or pair made. A list is read to its live length at each step, as its
  // iterator reads it. Anything else calls what `zip` names with the values already computed.
  const call = s.iter as A.Call;
  const zipEv = c.expr(call.func);
  const aEv = c.expr(call.args[0]);
  const bEv = c.expr(call.args[1]);
  const zipId = c.site(call);
  const [storeFirst, storeSecond] = pairStores!;
  return (f) => {
    const before = owns ? generatorsMade() : 0;
    const zipFn = zipEv(f);
    const a = aEv(f);
    const b = bEv(f);
    const xs = zipFn === ZIP ? sequenceItems(a) : null;
    const ys = xs === null ? null : sequenceItems(b);
    if (xs === null || ys === null) {
      at(zipId);
      return over(f, callValue(zipFn, [a, b], null), before);
    }
    for (let i = 0; i < xs.length && i < ys.length; i++) {
      storeFirst(f, xs[i]);
      storeSecond(f, ys[i]);
      if (--rt.ticks <= 0) rt.poll(pollId);
      const r = body(f);
      if (r === BREAK) return NORMAL;
      if (r === RETURN) return r;
    }
    return finish(f);
  };
}
