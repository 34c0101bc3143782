// Python's sort: stable, by `<` only, keys computed once per item, and `reverse` keeping
// equal items in their original order (Python reverses, sorts, and reverses back).

import { order, sortLess } from './equality';
import { PyInstance } from './objects';
import { PyTuple } from './values';
import { rt, work } from './state';
import { compareStrings } from './strOrder';
import type { PyValue } from './values';

function less(a: PyValue, b: PyValue): boolean {
  const ta = typeof a;
  if (ta === typeof b && (ta === 'number' || ta === 'bigint')) return (a as number) < (b as number);
  if (ta === 'string' && typeof b === 'string') return compareStrings(a as string, b) < 0;
  return order('<', a, b);
}

function lessOfOneType(a: PyValue, b: PyValue): boolean {
  const ta = typeof a;
  if (ta === typeof b && (ta === 'number' || ta === 'bigint')) return (a as number) < (b as number);
  if (ta === 'string' && typeof b === 'string') return compareStrings(a as string, b) < 0;
  return sortLess(a, b);
}

/**
 * True when every item is an instance of one class, or every one a list, or every one a
 * tuple: CPython's list.sort then compares them by the type's own comparison, without the
 * recursion level a rich comparison holds (comparisonDepth.ts).
 */
function oneType(items: readonly PyValue[]): boolean {
  if (items.length === 0) return false;
  const first = items[0];
  if (first instanceof PyInstance) {
    for (const x of items) if (!(x instanceof PyInstance) || x.cls !== first.cls) return false;
    return true;
  }
  if (Array.isArray(first)) return items.every((x) => Array.isArray(x));
  if (first instanceof PyTuple) return items.every((x) => x instanceof PyTuple);
  return false;
}

/** True when every item is a float, or every one an int, or every one a str (and no NaN). */
function sameKind(items: readonly PyValue[]): boolean {
  if (items.length === 0) return true;
  const kind = typeof items[0];
  if (kind !== 'number' && kind !== 'bigint' && kind !== 'string') return false;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (typeof x !== kind || x !== x) return false;
  }
  return true;
}

/** Comparison of two values of one of those kinds, as `<` orders them. */
function direct(a: PyValue, b: PyValue): number {
  if (typeof a === 'string') return compareStrings(a, b as string);
  return (a as number) < (b as number) ? -1 : (b as number) < (a as number) ? 1 : 0;
}

/** A comparison that also counts towards the next poll: a 9M-item sort can be stopped. */
function polled<T>(compare: (a: T, b: T) => number): (a: T, b: T) => number {
  return (a, b) => {
    if (--rt.work <= 0) work(0);
    return compare(a, b);
  };
}

/** Up to this many items, a stable insertion sort beats Array.prototype.sort's call setup. */
const SMALL = 16;

/** A stable sort of a few items of one kind (no comparison can run a program's code). */
function insertionSort<T>(items: T[], compare: (a: T, b: T) => number): void {
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    let j = i - 1;
    while (j >= 0 && compare(items[j], x) > 0) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = x;
  }
}

/** Sorts `items` in place. `key` maps each item to its sort key (called once per item). */
export function sortInPlace(
  items: PyValue[],
  key: ((x: PyValue) => PyValue) | null,
  reverse: boolean,
): void {
  if (reverse) items.reverse();
  if (key === null && items.length <= SMALL && sameKind(items)) {
    insertionSort(items, direct);
  } else if (key === null) {
    const lt = oneType(items) ? lessOfOneType : less;
    items.sort(polled(sameKind(items) ? direct : (a, b) => (lt(a, b) ? -1 : lt(b, a) ? 1 : 0)));
  } else {
    const decorated = items.map((x) => ({ k: key(x), x }));
    const keys = decorated.map((d) => d.k);
    if (sameKind(keys) && keys.length <= SMALL)
      insertionSort(decorated, (a, b) => direct(a.k, b.k));
    else if (sameKind(keys)) decorated.sort(polled((a, b) => direct(a.k, b.k)));
    else {
      const lt = oneType(keys) ? lessOfOneType : less;
      decorated.sort(polled((a, b) => (lt(a.k, b.k) ? -1 : lt(b.k, a.k) ? 1 : 0)));
    }
    for (let i = 0; i < decorated.length; i++) items[i] = decorated[i].x;
  }
  if (reverse) items.reverse();
}
