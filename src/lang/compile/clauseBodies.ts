// The body of a one-clause generator expression (`sum(x * x for x in xs)`) as a plain object
// rather than a JS generator: each step is a call, without two generator frames to resume
// (`sum(j for j in range(10))` spent most of its time resuming them). Nothing in it can catch,
// so a value thrown in at its yield leaves at once, as it would from the JS generator. Handed
// straight to a built-in that only consumes it, the same clause runs as a plain iterator.

import { TgradError } from '../errors';
import { NORMAL } from '../runtime/completion';
import { stopIterationEscaped, type GeneratorBody } from '../runtime/generator';
import { setCurrentSite } from '../../engine';
import { fail, rt } from '../runtime/state';
import { noteUnwind } from '../runtime/tracebacks';
import { truthy } from '../runtime/truth';
import { PyIterator, type Frame, type PyValue } from '../runtime/values';
import { PyZipPair } from '../runtime/zipPairs';
import type { Ev, Store } from './closures';

/** What a clause is made of, for its body (comprehensions.ts's Clause). */
export interface ClauseParts {
  store: Store;
  /** The two stores of `for x, y in zip(a, b)`, else null (see PyZipPair). */
  pair: readonly [Store, Store] | null;
  test: Ev | null;
}

/**
 * The result object a body hands back, refilled at each step: PyGenerator.resume reads it at
 * once and keeps nothing, so one object serves every item.
 */
class Step {
  done = false;
  value: PyValue = null;

  yields(value: PyValue): IteratorResult<PyValue, number> {
    this.value = value;
    return this as IteratorYieldResult<PyValue>;
  }

  ends(): IteratorResult<PyValue, number> {
    this.done = true;
    this.value = NORMAL;
    return this as unknown as IteratorReturnResult<number>;
  }
}

/** Whether the clause's test lets the current item through. */
function passes(test: Ev | null, f: Frame): boolean {
  if (test === null) return true;
  const t = test(f);
  return t === true || (t !== false && truthy(t));
}

/** What both bodies share: the step they refill, and a generator's other two doors. */
abstract class ClauseBody implements GeneratorBody {
  protected readonly step = new Step();

  abstract next(): IteratorResult<PyValue, number>;

  throw(err: unknown): never {
    throw err;
  }

  return(): never {
    throw new Error('a generator expression body is never returned from');
  }

  [Symbol.iterator](): GeneratorBody {
    return this;
  }
}

/**
 * The body of a one-clause generator expression as a plain object rather than a JS
 * generator: each step is a call, without two generator frames to resume (`sum(j for j in
 * range(10))` spent most of its time resuming them). Nothing in it can catch, so a value
 * thrown in at its yield leaves at once, as it would from the JS generator.
 */
class SingleClauseBody extends ClauseBody {
  constructor(
    private readonly f: Frame,
    private readonly it: PyIterator,
    private readonly store: Store,
    private readonly test: Ev | null,
    private readonly elt: Ev,
  ) {
    super();
  }

  next(): IteratorResult<PyValue, number> {
    const { f, it, store, test, elt } = this;
    for (let x = it.next(); x !== undefined; x = it.next()) {
      store(f, x);
      if (passes(test, f)) return this.step.yields(elt(f));
    }
    return this.step.ends();
  }
}

/**
 * `… for x, y in zip(a, b)` over the zip the expression made: x and y stored straight from
 * its two iterators, no pair tuple per item (the same `next` calls in the same order; no one
 * else holds that zip, so its own state is never read).
 */
class ZipPairClauseBody extends ClauseBody {
  constructor(
    private readonly f: Frame,
    private readonly zip: PyZipPair,
    private readonly pair: readonly [Store, Store],
    private readonly test: Ev | null,
    private readonly elt: Ev,
  ) {
    super();
  }

  next(): IteratorResult<PyValue, number> {
    const { f, zip, pair, test, elt } = this;
    for (;;) {
      const x = zip.first.next();
      if (x === undefined) break;
      const y = zip.second.next();
      if (y === undefined) break;
      pair[0](f, x);
      pair[1](f, y);
      if (passes(test, f)) return this.step.yields(elt(f));
    }
    return this.step.ends();
  }
}

/** The body of a one-clause generator expression whose first iterator is in slot 0. */
export function singleClause(cl: ClauseParts, elt: Ev): (f: Frame) => GeneratorBody {
  const { store, pair, test } = cl;
  return (f) => {
    const it = f[0] as PyIterator;
    return pair !== null && it instanceof PyZipPair
      ? new ZipPairClauseBody(f, it, pair, test, elt)
      : new SingleClauseBody(f, it, store, test, elt);
  };
}

/**
 * A one-clause generator expression as the plain iterator a built-in that only consumes it
 * takes (`sum(x * x for x in xs)`, see consumedGenerator.ts): no generator object, no resume.
 * Each step still runs as a frame of its own named `<genexpr>`, as the generator's would: one
 * more toward the recursion limit, in the traceback of an error its body raises, and PEP 479's
 * RuntimeError for a StopIteration that escapes it.
 */
export function consumedClause(
  f: Frame,
  cl: ClauseParts & { pollId: number },
  elt: Ev,
): PyIterator {
  const { store, pair, test, pollId } = cl;
  const source = f[0] as PyIterator;
  const zip = pair !== null && source instanceof PyZipPair ? source : null;
  let done = false;
  const step = (): PyValue | undefined => {
    if (zip !== null) {
      for (;;) {
        const x = zip.first.next();
        if (x === undefined) break;
        const y = zip.second.next();
        if (y === undefined) break;
        pair![0](f, x);
        pair![1](f, y);
        if (--rt.ticks <= 0) rt.poll(pollId);
        if (passes(test, f)) return elt(f);
      }
    } else {
      for (let x = source.next(); x !== undefined; x = source.next()) {
        store(f, x);
        if (--rt.ticks <= 0) rt.poll(pollId);
        if (passes(test, f)) return elt(f);
      }
    }
    done = true;
    return undefined;
  };
  return new PyIterator('generator', () => {
    if (done) return undefined;
    if (++rt.depth >= rt.maxDepth) {
      rt.depth--;
      throw fail('RecursionError', 'maximum recursion depth exceeded');
    }
    const saved = rt.pos;
    rt.callers[rt.depth] = saved;
    rt.frameNames[rt.depth] = '<genexpr>';
    let value: PyValue | undefined;
    try {
      value = step();
    } catch (e) {
      done = true;
      rt.depth--;
      if (e instanceof TgradError) {
        noteUnwind(e, '<genexpr>', saved);
        if (e.kind === 'StopIteration') {
          rt.pos = saved;
          setCurrentSite(saved);
          throw stopIterationEscaped(e);
        }
      }
      throw e;
    }
    rt.depth--;
    rt.pos = saved;
    setCurrentSite(saved);
    return value;
  });
}
