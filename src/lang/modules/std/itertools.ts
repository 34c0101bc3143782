// itertools: lazy iterators with CPython's order of results (the rest in itertoolsMore.ts).

import { defineAll } from '../../builtins/core';
import { binary } from '../../runtime/arith';
import { bindArgs, indexArg, noKeywords } from '../../runtime/args';
import { callValue } from '../../runtime/call';
import { repr } from '../../runtime/repr';
import { collect, iterate } from '../../runtime/iteration';
import { fail, tick, typeError } from '../../runtime/state';
import { builtinClass } from '../../runtime/types';
import { PyInstance } from '../../runtime/objects';
import { Value } from '../../../engine';
import { Builtin, PyIterator, PyTuple, type PyValue } from '../../runtime/values';
import { moreItertools } from './itertoolsMore';
import { instanceIndex } from '../../runtime/numberHooks';

/**
 * `r` of combinations/permutations or product's `repeat`, with CPython's checks: read through
 * __index__, except permutations, which wants an int itself.
 */
function countArg(fname: string, v: PyValue | undefined, dflt: number | null): number | null {
  // Only permutations takes None for its r (the whole length); the others read an int.
  if (v === undefined || (v === null && fname === 'permutations')) return dflt;
  if (fname === 'permutations' && typeof v !== 'bigint' && typeof v !== 'boolean') {
    throw typeError('Expected int as r');
  }
  const n = indexArg(v);
  if (n < 0n) {
    throw fail(
      'ValueError',
      fname === 'product' ? 'repeat argument cannot be negative' : 'r must be non-negative',
    );
  }
  return Number(n);
}

/** Successive index tuples of `r` out of `n`, in CPython's lexicographic order. */
function combinationIndices(n: number, r: number, replace: boolean): () => number[] | undefined {
  let idx: number[] | null = null;
  return () => {
    tick();
    if (idx === null) {
      if ((!replace && r > n) || (n === 0 && r > 0)) return undefined;
      idx = replace ? new Array<number>(r).fill(0) : Array.from({ length: r }, (_, i) => i);
      return idx.slice();
    }
    let i = r - 1;
    const top = (j: number): number => (replace ? n - 1 : j + n - r);
    while (i >= 0 && idx[i] === top(i)) i--;
    if (i < 0) return undefined;
    idx[i] += 1;
    for (let j = i + 1; j < r; j++) idx[j] = replace ? idx[i] : idx[j - 1] + 1;
    return idx.slice();
  };
}

export function itertoolsModule(): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  defineAll(m, [
    [
      'count',
      (args, kw) => {
        const [start, step] = bindArgs('count', ['start', 'step'], 0, args, kw);
        // None is no number here: only a missing start or step takes the default.
        let x: PyValue = start === undefined ? 0n : start;
        const d: PyValue = step === undefined ? 1n : step;
        if (!numberLike(x) || !numberLike(d)) throw typeError('a number is required');
        const it = new PyIterator('itertools.count', () => {
          tick();
          const v = x;
          x = binary('+', x, d);
          return v;
        });
        // `count(5)`, or `count(5, 2)` when the step is not the int 1, as CPython shows it.
        const unitStep = (typeof d === 'bigint' || typeof d === 'boolean') && BigInt(d) === 1n;
        it.describe = () => (unitStep ? `count(${repr(x)})` : `count(${repr(x)}, ${repr(d)})`);
        return it;
      },
    ],
    [
      'repeat',
      (args, kw) => {
        const [obj, times] = bindArgs('repeat', ['object', 'times'], 1, args, kw);
        let left = times === undefined ? Infinity : Math.max(0, Number(indexArg(times)));
        const it = new PyIterator('itertools.repeat', () => {
          tick();
          if (left <= 0) return undefined;
          left--;
          return obj!;
        });
        it.describe = () =>
          left === Infinity ? `repeat(${repr(obj!)})` : `repeat(${repr(obj!)}, ${left})`;
        return it;
      },
    ],
    [
      'chain',
      (args, kw) => {
        noKeywords('chain', kw);
        return chain(args[Symbol.iterator]());
      },
    ],
    [
      'islice',
      (args, kw) => {
        noKeywords('islice', kw);
        if (args.length < 2 || args.length > 4) {
          const bound = args.length < 2 ? 'at least 2' : 'at most 4';
          throw typeError(`islice expected ${bound} arguments, got ${args.length}`);
        }
        const it = iterate(args[0]);
        // CPython's checks, in its order: a stop that is no int (or is -1, its C error value)
        // is the "Stop argument" error; then a negative start or stop is the "Indices" one.
        // An index is read through __index__.
        const indices = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
        const asInt = (v: PyValue | undefined): number | null | undefined => {
          if (v === undefined || v === null) return null;
          const k = typeof v === 'bigint' || typeof v === 'boolean' ? v : instanceIndex(v);
          return k === undefined ? undefined : Number(k);
        };
        const [startArg, stopArg, stepArg] =
          args.length === 2 ? [null, args[1], null] : [args[1], args[2], args[3]];
        const start = asInt(startArg);
        const stop = asInt(stopArg);
        if (stop === undefined || stop === -1) {
          throw fail(
            'ValueError',
            'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.',
          );
        }
        if (start === undefined || (start !== null && start < 0) || (stop !== null && stop < 0)) {
          throw fail('ValueError', indices);
        }
        const stepInt = asInt(stepArg);
        if (stepInt === undefined || (stepInt !== null && stepInt < 1)) {
          throw fail('ValueError', 'Step for islice() must be a positive integer or None.');
        }
        const step = stepInt ?? 1;
        let i = 0;
        let next = start ?? 0;
        return new PyIterator('itertools.islice', () => {
          if (stop !== null && next >= stop) return undefined;
          for (;;) {
            const x = it.next();
            if (x === undefined) return undefined;
            if (i++ === next) {
              next += step;
              return x;
            }
          }
        });
      },
    ],
    [
      'accumulate',
      (args, kw) => {
        const [iterable, func, initial] = bindArgs(
          'accumulate',
          ['iterable', 'func', 'initial'],
          1,
          args,
          kw,
        );
        const it = iterate(iterable!);
        let acc: PyValue | undefined =
          initial === undefined || initial === null ? undefined : initial;
        let first = acc !== undefined;
        const f = func === undefined || func === null ? null : func;
        return new PyIterator('itertools.accumulate', () => {
          if (first) {
            first = false;
            return acc;
          }
          const x = it.next();
          if (x === undefined) return undefined;
          acc =
            acc === undefined ? x : f === null ? binary('+', acc, x) : callValue(f, [acc, x], null);
          return acc;
        });
      },
    ],
    [
      'product',
      (args, kw) => {
        const [repeatArg] = bindArgs('product', ['repeat'], 0, [], kw);
        const times = countArg('product', repeatArg, 1)!;
        const pools: PyValue[][] = [];
        const base = args.map((a) => collect(a));
        for (let t = 0; t < times; t++) pools.push(...base);
        const idx = new Array<number>(pools.length).fill(0);
        let started = false;
        let done = pools.some((p) => p.length === 0);
        return new PyIterator('itertools.product', () => {
          tick();
          if (done) return undefined;
          if (started) {
            let i = pools.length - 1;
            while (i >= 0 && idx[i] === pools[i].length - 1) idx[i--] = 0;
            if (i < 0) {
              done = true;
              return undefined;
            }
            idx[i]++;
          }
          started = true;
          return new PyTuple(idx.map((j, i) => pools[i][j]));
        });
      },
    ],
    [
      'permutations',
      (args, kw) => {
        const [iterable, rArg] = bindArgs('permutations', ['iterable', 'r'], 1, args, kw);
        const pool = collect(iterable!);
        const n = pool.length;
        const r = countArg('permutations', rArg, n)!;
        // CPython's algorithm (itertools.permutations' documented equivalent).
        const indices = Array.from({ length: n }, (_, i) => i);
        const cycles = Array.from({ length: r }, (_, i) => n - i);
        let first = true;
        let done = r > n;
        return new PyIterator('itertools.permutations', () => {
          tick();
          if (done) return undefined;
          if (first) {
            first = false;
            return new PyTuple(indices.slice(0, r).map((i) => pool[i]));
          }
          for (let i = r - 1; i >= 0; i--) {
            cycles[i] -= 1;
            if (cycles[i] === 0) {
              const [moved] = indices.splice(i, 1);
              indices.push(moved);
              cycles[i] = n - i;
            } else {
              const j = cycles[i];
              const t = indices[i];
              indices[i] = indices[n - j];
              indices[n - j] = t;
              return new PyTuple(indices.slice(0, r).map((k) => pool[k]));
            }
          }
          done = true;
          return undefined;
        });
      },
    ],
    [
      'combinations',
      (args, kw) => {
        const [iterable, rArg] = bindArgs('combinations', ['iterable', 'r'], 2, args, kw);
        const pool = collect(iterable!);
        const next = combinationIndices(pool.length, countArg('combinations', rArg, 0)!, false);
        return new PyIterator('itertools.combinations', () => {
          const idx = next();
          return idx === undefined ? undefined : new PyTuple(idx.map((i) => pool[i]));
        });
      },
    ],
    [
      'combinations_with_replacement',
      (args, kw) => {
        const [iterable, rArg] = bindArgs(
          'combinations_with_replacement',
          ['iterable', 'r'],
          2,
          args,
          kw,
        );
        const pool = collect(iterable!);
        const next = combinationIndices(
          pool.length,
          countArg('combinations_with_replacement', rArg, 0)!,
          true,
        );
        return new PyIterator('itertools.combinations_with_replacement', () => {
          const idx = next();
          return idx === undefined ? undefined : new PyTuple(idx.map((i) => pool[i]));
        });
      },
    ],
    [
      'zip_longest',
      (args, kw) => {
        const [fill] = bindArgs('zip_longest', ['fillvalue'], 0, [], kw);
        const fillvalue = fill ?? null;
        const its: (PyIterator | null)[] = args.map((a) => iterate(a));
        let active = its.length;
        return new PyIterator('itertools.zip_longest', () => {
          if (active === 0) return undefined;
          const items: PyValue[] = [];
          for (let i = 0; i < its.length; i++) {
            const it = its[i];
            let x = it === null ? undefined : it.next();
            if (x === undefined) {
              if (it !== null) {
                its[i] = null;
                active--;
                if (active === 0) return undefined;
              }
              x = fillvalue;
            }
            items.push(x);
          }
          return new PyTuple(items);
        });
      },
    ],
  ]);
  const chainFn = m.get('chain') as Builtin;
  const fromIterable = new Builtin('from_iterable', (args, kw) => {
    noKeywords('chain.from_iterable', kw);
    const [iterable] = bindArgs('from_iterable', ['iterable'], 1, args, null);
    const sources = iterate(iterable!);
    return chain({
      next: (): IteratorResult<PyValue> => {
        const v = sources.next();
        return v === undefined ? { done: true, value: undefined } : { done: false, value: v };
      },
    });
  });
  m.set('chain', new Builtin('chain', chainFn.call, new Map([['from_iterable', fromIterable]])));
  for (const [name, fn] of moreItertools()) m.set(name, fn);
  // Each maker is the class of what it makes, as in CPython: `<class 'itertools.chain'>`,
  // isinstance(it, itertools.chain); chain.from_iterable is the class's.
  for (const [name, fn] of m) {
    if (!(fn instanceof Builtin) || !ITERATOR_CLASSES.has(name)) continue;
    const cls = builtinClass(`itertools.${name}`);
    cls.construct = fn.call;
    for (const [attr, v] of fn.attrs ?? []) cls.dict.set(attr, v);
    m.set(name, cls);
  }
  return m;
}

/** CPython's PyNumber_Check: a number, or an object with __index__, __int__ or __float__. */
function numberLike(v: PyValue): boolean {
  if (typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'number') return true;
  if (v instanceof Value) return true;
  return (
    v instanceof PyInstance &&
    ['__index__', '__int__', '__float__'].some((n) => v.cls.lookup(n) !== undefined)
  );
}

/** The names whose objects are iterators of a type of that name (tee is a function). */
const ITERATOR_CLASSES = new Set([
  'accumulate',
  'chain',
  'combinations',
  'combinations_with_replacement',
  'compress',
  'count',
  'cycle',
  'dropwhile',
  'filterfalse',
  'groupby',
  'islice',
  'pairwise',
  'permutations',
  'product',
  'repeat',
  'starmap',
  'takewhile',
  'zip_longest',
]);

function chain(sources: Iterator<PyValue>): PyIterator {
  let current: PyIterator | null = null;
  return new PyIterator('itertools.chain', () => {
    for (;;) {
      if (current === null) {
        const next = sources.next();
        if (next.done === true) return undefined;
        current = iterate(next.value);
      }
      const x = current.next();
      if (x !== undefined) return x;
      current = null;
    }
  });
}
