// heapq: a binary min-heap kept in a plain list (heap[k] <= heap[2k+1] and heap[2k+2]), with
// every comparison the program's own `<` (a class's __lt__ decides). The sifts move items as
// CPython's do, so a heap prints the same list as it does under Python.

import { bindArgs, expectArgs } from '../../runtime/args';
import { payloadOf } from '../../runtime/builtinSubclass';
import { callValue } from '../../runtime/call';
import { order, sameOrEqual } from '../../runtime/equality';
import { collect } from '../../runtime/iteration';
import { typeName } from '../../runtime/repr';
import { argTypeName } from '../../runtime/typeName';
import { sortInPlace } from '../../runtime/sorting';
import { fail, typeError } from '../../runtime/state';
import { iterate } from '../../runtime/iteration';
import { truthy } from '../../runtime/truth';
import { Builtin, PyIterator, type Kwargs, type PyValue } from '../../runtime/values';

/** The program's `<`: two ints or two floats compared here, anything else as `<` does. */
const less = (a: PyValue, b: PyValue): boolean =>
  (typeof a === 'bigint' && typeof b === 'bigint') ||
  (typeof a === 'number' && typeof b === 'number')
    ? a < b
    : order('<', a, b);

/** Moves heap[pos] up towards startpos while it is smaller than its parent. */
function siftDown<T>(heap: T[], startpos: number, pos: number, lt: (a: T, b: T) => boolean): void {
  const item = heap[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    if (!lt(item, parent)) break;
    heap[pos] = parent;
    pos = parentpos;
  }
  heap[pos] = item;
}

/**
 * Moves the smaller child up until heap[pos]'s item reaches a leaf, then sifts it back down
 * into place: fewer comparisons than stopping early, and the layout Python's heapq gives.
 */
function siftUp<T>(heap: T[], pos: number, lt: (a: T, b: T) => boolean): void {
  const end = heap.length;
  const start = pos;
  const item = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !lt(heap[child], heap[right])) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftDown(heap, start, pos, lt);
}

/** The functions written in C take positional arguments only ("_heapq.heappop() …"). */
function positional(name: string, n: number, args: PyValue[], kw: Kwargs): void {
  if (kw !== null && kw.size > 0) throw typeError(`_heapq.${name}() takes no keyword arguments`);
  if (n === 1 && args.length !== 1) {
    throw typeError(`_heapq.${name}() takes exactly one argument (${args.length} given)`);
  }
  expectArgs(name, args, n, n);
}

function heapFunction(
  name: string,
  n: number,
  f: (heap: PyValue[], item: PyValue) => PyValue,
): [string, Builtin] {
  const run = (heap: PyValue, item: PyValue): PyValue => {
    if (Array.isArray(heap)) return f(heap, item);
    // A list subclass's instance is a list to C's PyList_Check (class Heap(list) is common).
    const list = payloadOf(heap);
    if (!Array.isArray(list)) {
      const which = n === 1 ? 'argument' : 'argument 1';
      throw typeError(`${name}() ${which} must be list, not ${argTypeName(heap)}`);
    }
    return f(list, item);
  };
  const b = new Builtin(name, (args, kw) => {
    positional(name, n, args, kw);
    return run(args[0], args[1] ?? null);
  });
  // Calls with exactly its arguments skip the argument list's checks (see Builtin.one).
  if (n === 1) b.one = (heap) => run(heap, null);
  else b.two = run;
  return [name, b];
}

const emptyHeap = () => fail('IndexError', 'index out of range');

/** nlargest/nsmallest: the n first of sorted(iterable, key=key, reverse=…), as Python documents. */
function nBest(name: string, reverse: boolean): [string, Builtin] {
  return [
    name,
    new Builtin(name, (args, kw) => {
      if (args.length > 3) {
        throw typeError(
          `${name}() takes from 2 to 3 positional arguments but ${args.length} were given`,
        );
      }
      if (args.length < 2 && !(kw?.has('iterable') ?? false)) {
        const missing =
          args.length === 0 && !(kw?.has('n') ?? false) ? ["'n'", "'iterable'"] : ["'iterable'"];
        throw typeError(
          `${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${missing.join(' and ')}`,
        );
      }
      const [n, iterable, key] = bindArgs(name, ['n', 'iterable', 'key'], 2, args, kw);
      const items = collect(iterable!);
      const count = countArg(n!, items.length);
      if (count <= 0) return [];
      const k =
        key === undefined || key === null ? null : (x: PyValue) => callValue(key, [x], null);
      sortInPlace(items, k, reverse);
      return items.slice(0, count);
    }),
  ];
}

function countArg(n: PyValue, size: number): number {
  if (typeof n === 'bigint') return n > BigInt(size) ? size : Number(n);
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n !== 'number') order('>=', n, BigInt(size));
  throw typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
}

interface MergeEntry {
  key: PyValue;
  /** The iterable's place, negated when reversed: ties go to the earlier iterable. */
  readonly order: number;
  value: PyValue;
  readonly it: PyIterator;
}

/**
 * merge(*iterables, key=None, reverse=False), CPython's generator step for step: a heap of
 * [key, order, value, next] lists (compared as lists: keys by `==`, then `<`, else by order),
 * a max-heap when reversed, each iterable read again only when the next item is asked for,
 * and the last one left yielded straight through.
 */
function merge(args: PyValue[], kw: Kwargs): PyIterator {
  const [key, reverse] = bindArgs('merge', ['key', 'reverse'], 0, [], kw);
  const keyOf = key === undefined || key === null ? null : key;
  const direction = reverse !== undefined && truthy(reverse) ? -1 : 1;
  const entryLess = (a: MergeEntry, b: MergeEntry) =>
    sameOrEqual(a.key, b.key) ? a.order < b.order : less(a.key, b.key);
  const lt = direction === 1 ? entryLess : (a: MergeEntry, b: MergeEntry) => entryLess(b, a);
  const keyFor = (v: PyValue) => (keyOf === null ? v : callValue(keyOf, [v], null));
  let heap: MergeEntry[] | null = null;
  let advance: MergeEntry | null = null;
  let tail: PyIterator | null = null;
  return new PyIterator('generator', () => {
    if (tail !== null) return tail.next();
    if (heap === null) {
      heap = [];
      for (let i = 0; i < args.length; i++) {
        const it = iterate(args[i]);
        const value = it.next();
        if (value !== undefined) heap.push({ key: keyFor(value), order: i * direction, value, it });
      }
      for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftUp(heap, i, lt);
    }
    if (advance !== null) {
      const top = advance;
      advance = null;
      const value = top.it.next();
      if (value === undefined) {
        const last = heap.pop()!;
        if (heap.length > 0) {
          heap[0] = last;
          siftUp(heap, 0, lt);
        }
      } else {
        top.key = keyFor(value);
        top.value = value;
        siftUp(heap, 0, lt);
      }
    }
    if (heap.length > 1) {
      advance = heap[0];
      return advance.value;
    }
    if (heap.length === 0) return undefined;
    tail = heap[0].it;
    return heap.pop()!.value;
  });
}

export function heapqModule(): Map<string, PyValue> {
  return new Map<string, PyValue>([
    heapFunction('heappush', 2, (heap, item) => {
      heap.push(item);
      siftDown(heap, 0, heap.length - 1, less);
      return null;
    }),
    heapFunction('heappop', 1, (heap) => {
      const last = heap.pop();
      if (last === undefined) throw emptyHeap();
      if (heap.length === 0) return last;
      const top = heap[0];
      heap[0] = last;
      siftUp(heap, 0, less);
      return top;
    }),
    heapFunction('heapify', 1, (heap) => {
      for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftUp(heap, i, less);
      return null;
    }),
    heapFunction('heapreplace', 2, (heap, item) => {
      if (heap.length === 0) throw emptyHeap();
      const top = heap[0];
      heap[0] = item;
      siftUp(heap, 0, less);
      return top;
    }),
    heapFunction('heappushpop', 2, (heap, item) => {
      if (heap.length === 0 || !less(heap[0], item)) return item;
      const top = heap[0];
      heap[0] = item;
      siftUp(heap, 0, less);
      return top;
    }),
    nBest('nlargest', true),
    nBest('nsmallest', false),
    ['merge', new Builtin('merge', merge)],
  ]);
}
