// heapq: a binary min-heap kept in a plain list (heap[k] <= heap[2k+1] and heap[2k+2]), with
// every comparison the program's own `<` (a class's __lt__ decides). The sifts move items as
// CPython's do, so a heap prints the same list as it does under Python.

import { bindArgs, expectArgs } from '../../runtime/args';
import { callValue } from '../../runtime/call';
import { order } from '../../runtime/equality';
import { collect } from '../../runtime/iteration';
import { typeName } from '../../runtime/repr';
import { sortInPlace } from '../../runtime/sorting';
import { fail, typeError } from '../../runtime/state';
import { Builtin, type Kwargs, type PyValue } from '../../runtime/values';

const less = (a: PyValue, b: PyValue): boolean => order('<', a, b);

/** Moves heap[pos] up towards startpos while it is smaller than its parent. */
function siftDown(heap: PyValue[], startpos: number, pos: number): void {
  const item = heap[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    if (!less(item, parent)) break;
    heap[pos] = parent;
    pos = parentpos;
  }
  heap[pos] = item;
}

/**
 * Moves the smaller child up until heap[pos]'s item reaches a leaf, then sifts it back down
 * into place: fewer comparisons than stopping early, and the layout Python's heapq gives.
 */
function siftUp(heap: PyValue[], pos: number): void {
  const end = heap.length;
  const start = pos;
  const item = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !less(heap[child], heap[right])) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftDown(heap, start, pos);
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
  return [
    name,
    new Builtin(name, (args, kw) => {
      positional(name, n, args, kw);
      const heap = args[0];
      if (!Array.isArray(heap)) {
        const which = n === 1 ? 'argument' : 'argument 1';
        throw typeError(`${name}() ${which} must be list, not ${typeName(heap)}`);
      }
      return f(heap, args[1] ?? null);
    }),
  ];
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

export function heapqModule(): Map<string, PyValue> {
  return new Map<string, PyValue>([
    heapFunction('heappush', 2, (heap, item) => {
      heap.push(item);
      siftDown(heap, 0, heap.length - 1);
      return null;
    }),
    heapFunction('heappop', 1, (heap) => {
      const last = heap.pop();
      if (last === undefined) throw emptyHeap();
      if (heap.length === 0) return last;
      const top = heap[0];
      heap[0] = last;
      siftUp(heap, 0);
      return top;
    }),
    heapFunction('heapify', 1, (heap) => {
      for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftUp(heap, i);
      return null;
    }),
    heapFunction('heapreplace', 2, (heap, item) => {
      if (heap.length === 0) throw emptyHeap();
      const top = heap[0];
      heap[0] = item;
      siftUp(heap, 0);
      return top;
    }),
    heapFunction('heappushpop', 2, (heap, item) => {
      if (heap.length === 0 || !less(heap[0], item)) return item;
      const top = heap[0];
      heap[0] = item;
      siftUp(heap, 0);
      return top;
    }),
    nBest('nlargest', true),
    nBest('nsmallest', false),
  ]);
}
