// collections.deque's methods: both ends, rotate, and a length bound (maxlen) that drops
// items from the other end, as CPython's deque does.

import { exactArgs, indexArg, intArg, noKeywords } from '../args';
import { clampRange } from './listMethods';
import { sameOrEqual } from '../equality';
import { collect } from '../iteration';
import { repr } from '../repr';
import { checkSize, fail, typeError } from '../state';
import { typeName } from '../typeName';
import { PyDeque, type MethodImpl, type PyValue } from '../values';

function bound(d: PyDeque, atEnd: boolean): void {
  if (d.maxlen === null) return;
  while (d.length > d.maxlen) {
    if (atEnd) d.popFront();
    else d.popBack();
  }
}

/** An index as list.insert and list.index take it: from the end when negative, clamped. */
function position(i: bigint, len: number): number {
  const n = Number(i) < 0 ? Number(i) + len : Number(i);
  return Math.min(Math.max(n, 0), len);
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
      d.push(args[0]);
      bound(d, true);
      return null;
    },
  ],
  [
    'appendleft',
    (d, args, kw) => {
      exactArgs('appendleft', 1, args, kw);
      d.pushFront(args[0]);
      bound(d, false);
      return null;
    },
  ],
  [
    'pop',
    (d, args, kw) => {
      exactArgs('pop', 0, args, kw);
      if (d.length === 0) throw fail('IndexError', 'pop from an empty deque');
      return d.popBack();
    },
  ],
  [
    'popleft',
    (d, args, kw) => {
      exactArgs('popleft', 0, args, kw);
      if (d.length === 0) throw fail('IndexError', 'pop from an empty deque');
      return d.popFront();
    },
  ],
  [
    'extend',
    (d, args, kw) => {
      exactArgs('extend', 1, args, kw);
      // One at a time, as CPython does: a bounded deque keeps only the last maxlen items.
      for (const x of collect(args[0])) {
        d.push(x);
        bound(d, true);
      }
      return null;
    },
  ],
  [
    'extendleft',
    (d, args, kw) => {
      exactArgs('extendleft', 1, args, kw);
      for (const x of collect(args[0])) {
        d.pushFront(x);
        bound(d, false);
      }
      return null;
    },
  ],
  [
    'clear',
    (d, args, kw) => {
      exactArgs('clear', 0, args, kw);
      d.clear();
      return null;
    },
  ],
  [
    'rotate',
    (d, args, kw) => {
      const n = args.length === 0 ? 1 : Number(indexArg(args[0]));
      exactArgs('rotate', args.length === 0 ? 0 : 1, args, kw);
      const len = d.length;
      if (len <= 1) return null;
      const k = ((n % len) + len) % len;
      // Whichever way moves fewer items: rotate(1) in a loop stays O(1) a step.
      if (k <= len / 2) for (let i = 0; i < k; i++) d.pushFront(d.popBack());
      else for (let i = k; i < len; i++) d.push(d.popFront());
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
    'index',
    (d, args, kw) => {
      noKeywords('index', kw);
      if (args.length < 1) throw typeError('index() takes at least 1 argument (0 given)');
      if (args.length > 3) {
        throw typeError(`index() takes at most 3 arguments (${args.length} given)`);
      }
      const [start, stop] = clampRange(d.items.length, args[1], args[2], false);
      for (let i = start; i < stop; i++) if (sameOrEqual(d.items[i], args[0])) return BigInt(i);
      throw fail('ValueError', `${repr(args[0])} is not in deque`);
    },
  ],
  [
    'insert',
    (d, args, kw) => {
      exactArgs('insert', 2, args, kw);
      const i = position(intArg('insert', 'index', args[0]), d.items.length);
      if (d.maxlen !== null && d.items.length >= d.maxlen) {
        throw fail('IndexError', 'deque already at its maximum size');
      }
      d.items.splice(i, 0, args[1]);
      return null;
    },
  ],
  [
    'remove',
    (d, args, kw) => {
      exactArgs('remove', 1, args, kw);
      const i = d.items.findIndex((x) => sameOrEqual(x, args[0]));
      if (i < 0) throw fail('ValueError', `${repr(args[0])} is not in deque`);
      d.items.splice(i, 1);
      return null;
    },
  ],
  [
    'reverse',
    (d, args, kw) => {
      exactArgs('reverse', 0, args, kw);
      d.items.reverse();
      return null;
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

/**
 * deque's `+` (with a deque), `*` (with an int) and their in-place forms: undefined for
 * other operators, so the caller reports them. The left deque's maxlen bounds the result.
 */
export function dequeBinary(
  op: string,
  a: PyValue,
  b: PyValue,
  inPlace = false,
): PyValue | undefined {
  if (op === '+' && a instanceof PyDeque) {
    if (inPlace) {
      for (const x of collect(b)) {
        a.push(x);
        bound(a, true);
      }
      return a;
    }
    if (!(b instanceof PyDeque)) {
      throw typeError(`can only concatenate deque (not "${typeName(b)}") to deque`);
    }
    return makeDeque([...a.items, ...b.items], a.maxlen);
  }
  if (op !== '*') return undefined;
  const [d, n] = a instanceof PyDeque ? [a, b] : [b as PyDeque, a];
  if (typeof n !== 'bigint' && typeof n !== 'boolean') {
    throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  }
  const times = Number(n);
  const one = d.items;
  const out: PyValue[] = [];
  if (times > 0) checkSize(one.length * times, 'this deque');
  for (let i = 0; i < times; i++) for (const x of one) out.push(x);
  if (!inPlace) return makeDeque(out, d.maxlen);
  d.clear();
  for (const x of out) d.push(x);
  bound(d, true);
  return d;
}
