// itertools, continued: grouping, filtering and splitting iterators (groupby, takewhile,
// dropwhile, filterfalse, compress, cycle, starmap, tee, pairwise), lazy as in CPython.

import { bindArgs, indexArg, noKeywords } from '../../runtime/args';
import { callValue } from '../../runtime/call';
import { eq } from '../../runtime/equality';
import { itemsOf, iterate } from '../../runtime/iteration';
import { checkSize, fail, rt, tick } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { Builtin, PyIterator, PyTuple, type BuiltinImpl, type PyValue } from '../../runtime/values';

/** groupby(iterable, key=None): (key, group) pairs; a group is valid until the next pair. */
function groupby(iterable: PyValue, keyfn: PyValue): PyIterator {
  const it = iterate(iterable);
  const keyOf = (v: PyValue): PyValue => (keyfn === null ? v : callValue(keyfn, [v], null));
  // The next item not yet handed out (undefined when there is none) and its key.
  let current: PyValue | undefined;
  let currentKey: PyValue = null;
  let target: PyValue | undefined;
  let group = 0;
  const step = (): boolean => {
    const v = it.next();
    if (v === undefined) return false;
    current = v;
    currentKey = keyOf(v);
    return true;
  };
  return new PyIterator('itertools.groupby', () => {
    for (;;) {
      tick();
      if (current === undefined && !step()) return undefined;
      if (target !== undefined && eq(currentKey, target)) {
        current = undefined;
        continue;
      }
      break;
    }
    const key = currentKey;
    target = key;
    const mine = ++group;
    const grouper = new PyIterator('itertools._grouper', () => {
      if (mine !== group) return undefined;
      if (current === undefined && !step()) return undefined;
      if (!eq(currentKey, key)) return undefined;
      const v = current;
      current = undefined;
      return v;
    });
    return new PyTuple([key, grouper]);
  });
}

/** tee(iterable, n=2): n iterators over one source, sharing what was read. */
function tee(iterable: PyValue, n: number): PyTuple {
  const it = iterate(iterable);
  const buffer: PyValue[] = [];
  let start = 0;
  const positions = new Array<number>(n).fill(0);
  const make = (i: number): PyIterator =>
    new PyIterator('itertools._tee', () => {
      const at = positions[i];
      if (at - start >= buffer.length) {
        const v = it.next();
        if (v === undefined) return undefined;
        if (buffer.length >= rt.maxItems) checkSize(buffer.length + 1, 'tee');
        buffer.push(v);
      }
      const v = buffer[at - start];
      positions[i] = at + 1;
      // Drop what every iterator has read.
      const low = Math.min(...positions);
      if (low > start) {
        buffer.splice(0, low - start);
        start = low;
      }
      return v;
    });
  return new PyTuple(Array.from({ length: n }, (_, i) => make(i)));
}

export function moreItertools(): [string, Builtin][] {
  const fns: [string, BuiltinImpl][] = [
    [
      'groupby',
      (args, kw) => {
        const [iterable, key] = bindArgs('groupby', ['iterable', 'key'], 1, args, kw);
        return groupby(iterable!, key ?? null);
      },
    ],
    [
      'takewhile',
      (args, kw) => {
        noKeywords('takewhile', kw);
        const [pred, iterable] = bindArgs('takewhile', ['predicate', 'iterable'], 2, args, null);
        const it = iterate(iterable!);
        let done = false;
        return new PyIterator('itertools.takewhile', () => {
          if (done) return undefined;
          const v = it.next();
          if (v === undefined || !truthy(callValue(pred!, [v], null))) {
            done = true;
            return undefined;
          }
          return v;
        });
      },
    ],
    [
      'dropwhile',
      (args, kw) => {
        noKeywords('dropwhile', kw);
        const [pred, iterable] = bindArgs('dropwhile', ['predicate', 'iterable'], 2, args, null);
        const it = iterate(iterable!);
        let dropping = true;
        return new PyIterator('itertools.dropwhile', () => {
          for (;;) {
            tick();
            const v = it.next();
            if (v === undefined) return undefined;
            if (dropping && truthy(callValue(pred!, [v], null))) continue;
            dropping = false;
            return v;
          }
        });
      },
    ],
    [
      'filterfalse',
      (args, kw) => {
        noKeywords('filterfalse', kw);
        const [pred, iterable] = bindArgs('filterfalse', ['function', 'iterable'], 2, args, null);
        const it = iterate(iterable!);
        return new PyIterator('itertools.filterfalse', () => {
          for (;;) {
            tick();
            const v = it.next();
            if (v === undefined) return undefined;
            if (!truthy(pred === null ? v : callValue(pred!, [v], null))) return v;
          }
        });
      },
    ],
    [
      'compress',
      (args, kw) => {
        const [data, selectors] = bindArgs('compress', ['data', 'selectors'], 2, args, kw);
        const d = iterate(data!);
        const s = iterate(selectors!);
        return new PyIterator('itertools.compress', () => {
          for (;;) {
            tick();
            const v = d.next();
            const keep = s.next();
            if (v === undefined || keep === undefined) return undefined;
            if (truthy(keep)) return v;
          }
        });
      },
    ],
    [
      'cycle',
      (args, kw) => {
        noKeywords('cycle', kw);
        const [iterable] = bindArgs('cycle', ['iterable'], 1, args, null);
        const it = iterate(iterable!);
        const saved: PyValue[] = [];
        let i = -1;
        return new PyIterator('itertools.cycle', () => {
          tick();
          if (i < 0) {
            const v = it.next();
            if (v !== undefined) {
              if (saved.length >= rt.maxItems) checkSize(saved.length + 1, 'cycle');
              saved.push(v);
              return v;
            }
            if (saved.length === 0) return undefined;
            i = 0;
          }
          const v = saved[i];
          i = (i + 1) % saved.length;
          return v;
        });
      },
    ],
    [
      'starmap',
      (args, kw) => {
        noKeywords('starmap', kw);
        const [fn, iterable] = bindArgs('starmap', ['function', 'iterable'], 2, args, null);
        const it = iterate(iterable!);
        return new PyIterator('itertools.starmap', () => {
          const v = it.next();
          return v === undefined ? undefined : callValue(fn!, itemsOf(v).slice(), null);
        });
      },
    ],
    [
      'tee',
      (args, kw) => {
        noKeywords('tee', kw);
        const [iterable, n] = bindArgs('tee', ['iterable', 'n'], 1, args, null);
        const count = n === undefined ? 2n : indexArg(n);
        if (count < 0n) throw fail('ValueError', 'n must be >= 0');
        return tee(iterable!, Number(count));
      },
    ],
    [
      'pairwise',
      (args, kw) => {
        noKeywords('pairwise', kw);
        const [iterable] = bindArgs('pairwise', ['iterable'], 1, args, null);
        const it = iterate(iterable!);
        let started = false;
        let prev: PyValue | undefined;
        return new PyIterator('itertools.pairwise', () => {
          if (!started) {
            started = true;
            prev = it.next();
          }
          if (prev === undefined) return undefined;
          const v = it.next();
          if (v === undefined) {
            prev = undefined;
            return undefined;
          }
          const pair = new PyTuple([prev, v]);
          prev = v;
          return pair;
        });
      },
    ],
  ];
  return fns.map(([name, impl]) => [name, new Builtin(name, impl)]);
}
