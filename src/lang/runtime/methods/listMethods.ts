// list's methods, with Python's argument rules and messages.

import { bindBuiltin, exactArgs, expectArgs, indexArg, noKeywords } from '../args';
import { callValue } from '../call';
import { sameOrEqual } from '../equality';
import { itemsOf } from '../iteration';
import { repr, typeName } from '../repr';
import { noteAllocation } from '../memory';
import { instanceIndex } from '../numberHooks';
import { checkSize, fail, rt, typeError, work } from '../state';
import { sortInPlace } from '../sorting';
import { enterNativeLevel, leaveNativeLevel } from '../nativeCallDepth';
import { PyTuple, type MethodImpl, type PyValue } from '../values';

type ListMethod = MethodImpl<PyValue[]>;

/** Python's clamping of start/stop arguments of index() and friends (list, tuple and deque take no None). */
export function clampRange(
  length: number,
  start: PyValue | undefined,
  stop: PyValue | undefined,
  noneAllowed = true,
): [number, number] {
  const norm = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined || (v === null && noneAllowed)) return dflt;
    const k = typeof v === 'bigint' || typeof v === 'boolean' ? v : instanceIndex(v);
    if (k === undefined) {
      throw typeError(
        `slice indices must be integers${noneAllowed ? ' or None' : ''} or have an __index__ method`,
      );
    }
    let i = Number(k === true ? 1n : k === false ? 0n : k);
    if (i < 0) i = Math.max(0, i + length);
    return Math.min(i, length);
  };
  return [norm(start, 0), norm(stop, length)];
}

function indexOf(items: readonly PyValue[], x: PyValue, from: number, to: number): number {
  for (let i = from; i < to && i < items.length; i++) if (sameOrEqual(items[i], x)) return i;
  return -1;
}

export function countOf(items: readonly PyValue[], x: PyValue): bigint {
  let n = 0n;
  for (let i = 0; i < items.length; i++) if (sameOrEqual(items[i], x)) n++;
  return n;
}

/** `self.append(x)`, also called straight from a compiled `xs.append(x)` (no argument array). */
export function listAppend(self: PyValue[], x: PyValue): null {
  if (self.length >= rt.maxItems) checkSize(self.length + 1, 'this list');
  // Growth counts toward the heap's headroom every 64Ki items, not per item.
  if ((self.length & 0xffff) === 0xffff) noteAllocation(0x10000 * 8);
  self.push(x);
  return null;
}

export const LIST_METHODS = new Map<string, ListMethod>([
  [
    'append',
    (self, args, kw) => {
      exactArgs('list.append', 1, args, kw);
      return listAppend(self, args[0]);
    },
  ],
  [
    'extend',
    (self, args, kw) => {
      exactArgs('list.extend', 1, args, kw);
      const items = itemsOf(args[0]);
      checkSize(self.length + items.length, 'this list');
      if (items === self) {
        const copy = self.slice();
        for (const x of copy) self.push(x);
      } else for (let i = 0; i < items.length; i++) self.push(items[i]);
      return null;
    },
  ],
  [
    'pop',
    (self, args, kw) => {
      noKeywords('list.pop', kw);
      expectArgs('pop', args, 0, 1);
      if (self.length === 0) throw fail('IndexError', 'pop from empty list');
      if (args.length === 0) return self.pop()!;
      let i = Number(indexArg(args[0]));
      if (i < 0) i += self.length;
      if (i < 0 || i >= self.length) throw fail('IndexError', 'pop index out of range');
      // V8's splice(0, 1) on a long array is many times slower than its shift: a queue kept
      // in a list (`q.pop(0)`) is common in BFS code people share.
      if (i === 0) return self.shift()!;
      return self.splice(i, 1)[0];
    },
  ],
  [
    'insert',
    (self, args, kw) => {
      exactArgs('list.insert', 2, args, kw);
      let i = Number(indexArg(args[0]));
      if (i < 0) i = Math.max(0, i + self.length);
      if (i > self.length) i = self.length;
      checkSize(self.length + 1, 'this list');
      if (i === 0) self.unshift(args[1]);
      else self.splice(i, 0, args[1]);
      return null;
    },
  ],
  [
    'remove',
    (self, args, kw) => {
      exactArgs('list.remove', 1, args, kw);
      const i = indexOf(self, args[0], 0, self.length);
      if (i < 0) throw fail('ValueError', 'list.remove(x): x not in list');
      self.splice(i, 1);
      return null;
    },
  ],
  [
    'index',
    (self, args, kw) => {
      noKeywords('list.index', kw);
      expectArgs('index', args, 1, 3);
      const [from, to] = clampRange(self.length, args[1], args[2], false);
      const i = indexOf(self, args[0], from, to);
      if (i < 0) throw fail('ValueError', `${repr(args[0])} is not in list`);
      return BigInt(i);
    },
  ],
  [
    'count',
    (self, args, kw) => {
      exactArgs('list.count', 1, args, kw);
      return countOf(self, args[0]);
    },
  ],
  [
    'sort',
    (self, args, kw) => {
      if (args.length > 0) throw typeError('sort() takes no positional arguments');
      const [key, reverse] = bindBuiltin('sort', ['key', 'reverse'], 0, [], kw);
      const keyFn = keyFunction(key);
      if (keyFn === null) {
        sortInPlace(self, keyFn, reverseFlag(reverse));
        return null;
      }
      // A key function runs a level deeper than the sort's caller, as in CPython.
      enterNativeLevel();
      try {
        sortInPlace(self, keyFn, reverseFlag(reverse));
      } finally {
        leaveNativeLevel();
      }
      return null;
    },
  ],
  [
    'reverse',
    (self, args, kw) => {
      exactArgs('list.reverse', 0, args, kw);
      self.reverse();
      return null;
    },
  ],
  [
    'copy',
    (self, args, kw) => {
      exactArgs('list.copy', 0, args, kw);
      return self.slice();
    },
  ],
  [
    'clear',
    (self, args, kw) => {
      exactArgs('list.clear', 0, args, kw);
      self.length = 0;
      return null;
    },
  ],
]);

/** A `key=` argument as a function of one item (None or missing: no key). */
// The list methods that walk the list count its length towards the next poll (append and
// pop do not: they are constant time and would only slow every loop).
for (const name of ['extend', 'insert', 'remove', 'index', 'count', 'copy', 'reverse']) {
  const impl = LIST_METHODS.get(name);
  if (impl === undefined) continue;
  LIST_METHODS.set(name, (self, args, kw) => {
    work(self.length);
    return impl(self, args, kw);
  });
}

/** sort()'s reverse=: an int (bool, or an object with __index__), as CPython's converter takes it. */
export function reverseFlag(v: PyValue | undefined): boolean {
  if (v === undefined || typeof v === 'boolean') return v === true;
  const n = typeof v === 'bigint' ? v : instanceIndex(v);
  if (n === undefined) {
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  return n !== 0n;
}

export function keyFunction(key: PyValue | undefined): ((x: PyValue) => PyValue) | null {
  if (key === undefined || key === null) return null;
  return (x) => callValue(key, [x], null);
}

export const TUPLE_METHODS = new Map<string, MethodImpl<PyTuple>>([
  [
    'index',
    (self, args, kw) => {
      noKeywords('tuple.index', kw);
      expectArgs('index', args, 1, 3);
      const [from, to] = clampRange(self.items.length, args[1], args[2], false);
      const i = indexOf(self.items, args[0], from, to);
      if (i < 0) throw fail('ValueError', 'tuple.index(x): x not in tuple');
      return BigInt(i);
    },
  ],
  [
    'count',
    (self, args, kw) => {
      exactArgs('tuple.count', 1, args, kw);
      return countOf(self.items, args[0]);
    },
  ],
]);
