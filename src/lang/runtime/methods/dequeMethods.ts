// collections.deque's methods: both ends, rotate, and a length bound (maxlen) that drops
// items from the other end, as CPython's deque does.

import { exactArgs, indexArg } from '../args';
import { sameOrEqual } from '../equality';
import { collect } from '../iteration';
import { fail } from '../state';
import { PyDeque, type MethodImpl, type PyValue } from '../values';

function bound(d: PyDeque, atEnd: boolean): void {
  if (d.maxlen === null) return;
  while (d.items.length > d.maxlen) {
    if (atEnd) d.items.shift();
    else d.items.pop();
  }
}

/** A deque of an iterable's items, keeping the last `maxlen`. */
export function makeDeque(items: PyValue[], maxlen: number | null): PyDeque {
  const d = new PyDeque(items, maxlen);
  bound(d, true);
  return d;
}

export const DEQUE_METHODS = new Map<string, MethodImpl<PyDeque>>([
  [
    'append',
    (d, args, kw) => {
      exactArgs('append', 1, args, kw);
      d.items.push(args[0]);
      bound(d, true);
      return null;
    },
  ],
  [
    'appendleft',
    (d, args, kw) => {
      exactArgs('appendleft', 1, args, kw);
      d.items.unshift(args[0]);
      bound(d, false);
      return null;
    },
  ],
  [
    'pop',
    (d, args, kw) => {
      exactArgs('pop', 0, args, kw);
      if (d.items.length === 0) throw fail('IndexError', 'pop from an empty deque');
      return d.items.pop()!;
    },
  ],
  [
    'popleft',
    (d, args, kw) => {
      exactArgs('popleft', 0, args, kw);
      if (d.items.length === 0) throw fail('IndexError', 'pop from an empty deque');
      return d.items.shift()!;
    },
  ],
  [
    'extend',
    (d, args, kw) => {
      exactArgs('extend', 1, args, kw);
      d.items.push(...collect(args[0]));
      bound(d, true);
      return null;
    },
  ],
  [
    'extendleft',
    (d, args, kw) => {
      exactArgs('extendleft', 1, args, kw);
      for (const x of collect(args[0])) d.items.unshift(x);
      bound(d, false);
      return null;
    },
  ],
  [
    'clear',
    (d, args, kw) => {
      exactArgs('clear', 0, args, kw);
      d.items.length = 0;
      return null;
    },
  ],
  [
    'rotate',
    (d, args, kw) => {
      const n = args.length === 0 ? 1 : Number(indexArg(args[0]));
      exactArgs('rotate', args.length === 0 ? 0 : 1, args, kw);
      const len = d.items.length;
      if (len <= 1) return null;
      const k = ((n % len) + len) % len;
      if (k !== 0) d.items.unshift(...d.items.splice(len - k, k));
      return null;
    },
  ],
  [
    'count',
    (d, args, kw) => {
      exactArgs('count', 1, args, kw);
      let c = 0n;
      for (const x of d.items) if (sameOrEqual(x, args[0])) c++;
      return c;
    },
  ],
  [
    'copy',
    (d, args, kw) => {
      exactArgs('copy', 0, args, kw);
      return new PyDeque(d.items.slice(), d.maxlen);
    },
  ],
]);
