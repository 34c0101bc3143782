// Comprehensions. List, set and dict comprehensions run inline in the enclosing frame
// (Python 3.12's PEP 709), one closure per `for` clause; a generator expression is lazy and
// gets a frame of its own, since it may run after the line that made it.

import { TgradError } from '../errors';
import { noteUnwind } from '../runtime/tracebacks';
import type * as A from '../ast';
import { hashKey } from '../runtime/equality';
import { dictEntry } from '../runtime/hashAliases';
import { NORMAL } from '../runtime/completion';
import { PyGenerator, type GeneratorBody } from '../runtime/generator';
import { isSimpleString, iterate, sequenceItems } from '../runtime/iteration';
import { countsSafely, intOf } from '../runtime/smallInts';
import { PyZipPair } from '../runtime/zipPairs';
import { addToSet } from '../runtime/methods/setMethods';
import { noteAllocation } from '../runtime/memory';
import { at, checkSize, fail, rt, tick } from '../runtime/state';
import { truthy } from '../runtime/truth';
import {
  Cell,
  PyDict,
  PyIterator,
  PyRange,
  PySet,
  type Frame,
  type PyValue,
} from '../runtime/values';
import type { Ev, Store } from './closures';
import type { Compiler } from './compiler';
import { consumedClause, singleClause } from './clauseBodies';
import { iterableExpression } from './expressions';
import { closeWrapped, wrappedIterable } from './wrappedGenerators';

type Sink = (f: Frame, acc: unknown) => void;

interface Clause {
  iter: Ev;
  /** Where iter() fails: the clause's iterable. */
  iterId: number;
  /** Where a time limit stops the clause: its iterable. */
  pollId: number;
  store: Store;
  /** The two stores of `for x, y in zip(a, b)`, else null (see PyZipPair). */
  pair: readonly [Store, Store] | null;
  test: Ev | null;
}

function zipPair(c: Compiler, g: A.Comprehension): readonly [Store, Store] | null {
  const { iter, target } = g;
  if (iter.type !== 'Call' || iter.func.type !== 'Name' || iter.func.name !== 'zip') return null;
  if (iter.args.length !== 2 || iter.keywords.length !== 0) return null;
  if (iter.args.some((e) => e.type === 'Starred')) return null;
  if (target.type !== 'Tuple' || target.elts.length !== 2) return null;
  if (target.elts.some((e) => e.type === 'Starred')) return null;
  return [c.target(target.elts[0], false), c.target(target.elts[1], false)];
}

/**
 * One `for … in … if …` clause of a comprehension. Its iter() fails at its iterable, as CPython
 * 3.13 places the error (3.11: at the whole comprehension).
 */
function clause(c: Compiler, g: A.Comprehension, iter: Ev): Clause {
  const tests = g.ifs.map((x) => c.expr(x));
  let test: Ev | null = null;
  if (tests.length === 1) test = tests[0];
  else if (tests.length > 1) {
    test = (f) => {
      for (let i = 0; i < tests.length; i++) if (!truthy(tests[i](f))) return false;
      return true;
    };
  }
  const store = c.target(g.target, false);
  const iterId = c.site(g.iter);
  return { iter, iterId, pollId: iterId, store, pair: zipPair(c, g), test };
}

function loop(cl: Clause, body: Sink): Sink {
  const { iter, iterId, pollId, store, pair, test } = cl;
  return (f, acc) => {
    const it = iter(f);
    if (pair !== null && it instanceof PyZipPair) {
      // Over the zip this clause made: x and y stored straight from its two iterators, no
      // pair tuple (the same `next` calls in the same order).
      const { first, second } = it;
      const [storeFirst, storeSecond] = pair;
      at(iterId);
      for (;;) {
        const x = first.next();
        if (x === undefined) break;
        const y = second.next();
        if (y === undefined) break;
        storeFirst(f, x);
        storeSecond(f, y);
        tick();
        if (test === null) body(f, acc);
        else {
          const t = test(f);
          if (t === true || (t !== false && truthy(t))) body(f, acc);
        }
      }
      return;
    }
    // A list read to its live length, a tuple's items in place: no iterator made.
    const items = sequenceItems(it);
    if (items !== null) {
      for (let i = 0; i < items.length; i++) {
        store(f, items[i]);
        if (--rt.ticks <= 0) rt.poll(pollId);
        if (test === null) body(f, acc);
        else {
          const t = test(f);
          if (t === true || (t !== false && truthy(t))) body(f, acc);
        }
      }
      return;
    }
    if (typeof it === 'string' && isSimpleString(it)) {
      // A str's characters read in place (it cannot change): no array of them, no iterator.
      // A loop of its own beside the array one, so that each indexes one kind of thing.
      for (let i = 0; i < it.length; i++) {
        store(f, it[i]);
        if (--rt.ticks <= 0) rt.poll(pollId);
        if (test === null) body(f, acc);
        else {
          const t = test(f);
          if (t === true || (t !== false && truthy(t))) body(f, acc);
        }
      }
      return;
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
          if (test === null) body(f, acc);
          else {
            const t = test(f);
            if (t === true || (t !== false && truthy(t))) body(f, acc);
          }
        }
        return;
      }
      let x = it.start;
      for (let i = 0n; i < length; i++, x += step) {
        store(f, x);
        if (--rt.ticks <= 0) rt.poll(pollId);
        if (test === null) body(f, acc);
        else {
          const t = test(f);
          if (t === true || (t !== false && truthy(t))) body(f, acc);
        }
      }
      return;
    }
    at(iterId);
    const iterator = iterate(it);
    for (let x = iterator.next(); x !== undefined; x = iterator.next()) {
      store(f, x);
      tick();
      if (test === null) body(f, acc);
      else {
        const t = test(f);
        if (t === true || (t !== false && truthy(t))) body(f, acc);
      }
    }
  };
}

export function compileComprehension(c: Compiler, e: A.ListComp | A.DictComp): Ev {
  const info = c.res.comprehensions.get(e)!;
  const cells = info.vars.filter((v) => v.cell).map((v) => v.slot);
  // `[x for x in zip(numbers(), xs)]`: the generators the wrapper alone holds close when the
  // comprehension ends (compile/wrappedGenerators.ts); `runs` has those of each run not
  // ended yet, the innermost last.
  const wrapped = wrappedIterable(c, e.generators[0].iter);
  const runs: PyGenerator[][] = [];
  const clauses = e.generators.map((g, i) =>
    clause(
      c,
      g,
      i === 0 && wrapped !== null
        ? (f) => {
            const held: PyGenerator[] = [];
            runs.push(held);
            return wrapped(f, held);
          }
        : iterableExpression(c, g.iter),
    ),
  );
  const id = c.site(e);
  const frameName =
    e.type === 'DictComp' ? '<dictcomp>' : e.type === 'SetComp' ? '<setcomp>' : '<listcomp>';
  let sink: Sink;
  let make: () => unknown;
  if (e.type === 'DictComp') {
    const key = c.expr(e.key);
    const value = c.expr(e.value);
    make = () => new PyDict();
    sink = (f, acc) => {
      const k = key(f);
      const v = value(f);
      at(id);
      const d = acc as PyDict;
      const hk = hashKey(k);
      const old = dictEntry(d, k, hk);
      if (old !== undefined) old.value = v;
      else {
        if (d.map.size >= rt.maxItems) checkSize(d.map.size + 1, 'this dict');
        d.map.set(hk, { key: k, value: v });
      }
    };
  } else if (e.type === 'SetComp') {
    const elt = c.expr(e.elt);
    make = () => new PySet();
    sink = (f, acc) => {
      const v = elt(f);
      at(id);
      addToSet(acc as PySet, v);
    };
  } else {
    const elt = c.expr(e.elt);
    make = () => [];
    sink = (f, acc) => {
      const out = acc as PyValue[];
      if (out.length >= rt.maxItems) checkSize(out.length + 1, 'this list');
      // Growth counts toward the heap's headroom every 64Ki items, not per item.
      if ((out.length & 0xffff) === 0xffff) noteAllocation(0x10000 * 8);
      out.push(elt(f));
    };
  }
  for (let i = clauses.length - 1; i >= 0; i--) sink = loop(clauses[i], sink);
  const run = sink;
  const comprehension: Ev = (f) => {
    for (let i = 0; i < cells.length; i++) f[cells[i]] = new Cell();
    const acc = make();
    // A comprehension runs in a frame of its own in CPython 3.11: one more toward the limit.
    if (++rt.depth >= rt.maxDepth) {
      rt.depth--;
      throw fail('RecursionError', 'maximum recursion depth exceeded');
    }
    rt.callers[rt.depth] = rt.pos;
    rt.frameNames[rt.depth] = frameName;
    try {
      run(f, acc);
    } catch (err) {
      // Its frame shows in a traceback, called from the comprehension as a whole.
      if (err instanceof TgradError) noteUnwind(err, frameName, id);
      throw err;
    } finally {
      rt.depth--;
    }
    return acc as PyValue;
  };
  if (wrapped === null) return comprehension;
  return (f) => {
    const mark = runs.length;
    let acc: PyValue;
    try {
      acc = comprehension(f);
    } catch (err) {
      // What the wrapper held stays open: in CPython the traceback keeps the comprehension's
      // frame, and with it the wrapper, until the exception is dropped.
      runs.length = mark;
      throw err;
    }
    if (runs.length > mark) closeWrapped(runs.pop()!, rt.depth);
    return acc;
  };
}

export function compileGenerator(c: Compiler, e: A.ListComp): Ev {
  const first = iterableExpression(c, e.generators[0].iter);
  const firstId = c.site(e.generators[0].iter);
  const make = generatorFrom(c, e);
  return (outer) => {
    const source = first(outer);
    at(firstId);
    return make(outer, source);
  };
}

/**
 * The generator expression e made from its first iterable, already evaluated (`source`) in
 * the enclosing frame `outer`: what compileGenerator runs.
 */
export function generatorFrom(
  c: Compiler,
  e: A.ListComp,
): (outer: Frame, source: PyValue) => PyValue {
  return generatorMakers(c, e).generator;
}

/**
 * generatorFrom's maker, and for a one-clause expression a maker of the plain iterator a
 * built-in that only consumes it (`sum(x * x for x in xs)`) may take instead
 * (consumedGenerator.ts); null for more clauses. fusedDot.ts takes them to go back to the
 * ordinary path once it has evaluated `zip(…)`'s arguments itself.
 */
export function generatorMakers(
  c: Compiler,
  e: A.ListComp,
): {
  generator: (outer: Frame, source: PyValue) => PyValue;
  consumed: ((outer: Frame, source: PyValue) => PyIterator) | null;
} {
  const info = c.res.functions.get(e)!;
  const qualname = `${c.qualPrefix}<genexpr>`;
  const { clauses, elt } = c.inFunction(info, () => ({
    clauses: e.generators.map((g, i) =>
      clause(c, g, i === 0 ? (f) => f[0] as PyValue : iterableExpression(c, g.iter)),
    ),
    elt: c.expr(e.elt),
  }));
  const size = info.layout.size;
  const free = info.free.map((fr) => [fr.inner.slot, fr.outer.slot] as const);
  const freeSlots = new Set(free.map(([inner]) => inner));
  const cells = info.layout.vars.filter((v) => v.cell && !freeSlots.has(v.slot)).map((v) => v.slot);
  const last = clauses.length - 1;

  function* level(k: number, f: Frame): Generator<PyValue, void, PyValue> {
    const cl = clauses[k];
    let it: PyIterator;
    if (k === 0) it = f[0] as PyIterator;
    else {
      const v = cl.iter(f);
      at(cl.iterId);
      it = iterate(v);
    }
    for (let x = it.next(); x !== undefined; x = it.next()) {
      cl.store(f, x);
      if (cl.test !== null && !truthy(cl.test(f))) continue;
      if (k === last) yield elt(f);
      else yield* level(k + 1, f);
    }
  }

  function* nested(f: Frame): GeneratorBody {
    yield* level(0, f);
    return NORMAL;
  }
  const body = clauses.length === 1 ? singleClause(clauses[0], elt) : nested;

  /** The expression's own frame: its first iterator in slot 0, its cells, its free variables. */
  const frameOf = (outer: Frame, source: PyValue): Frame => {
    const frame: Frame = [iterate(source)];
    // CPython 3.11 enters the genexpr's frame to make the generator: one level, for a moment.
    if (rt.depth + 1 >= rt.maxDepth)
      throw fail('RecursionError', 'maximum recursion depth exceeded');
    for (let i = 1; i < size; i++) frame.push(undefined);
    for (const s of cells) frame[s] = new Cell();
    for (const [inner, o] of free) frame[inner] = outer[o];
    return frame;
  };
  return {
    // A generator object as a generator function's call makes one: send(), throw(), close(),
    // __name__ and a StopIteration escaping the body turned into RuntimeError all as in CPython.
    generator: (outer, source) =>
      new PyGenerator('<genexpr>', body(frameOf(outer, source)), qualname),
    consumed:
      clauses.length === 1
        ? (outer, source) => consumedClause(frameOf(outer, source), clauses[0], elt)
        : null,
  };
}
