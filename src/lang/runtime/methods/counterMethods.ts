// collections.Counter's methods: dict's, with update/subtract adding counts, and
// most_common, total, elements.

import { binary } from '../arith';
import { bindArgs, exactArgs, indexArg, intArg } from '../args';
import { iterate } from '../iteration';
import { countOrder } from '../repr';
import { typeError } from '../state';
import { getItem, setItem } from '../subscript';
import { PyDict, PyIterator, PyTuple, type Kwargs, type MethodImpl, type PyValue } from '../values';
import { DICT_METHODS } from './dictMethods';

/**
 * Counter.update / Counter(...) (sign 1) and subtract (sign -1), as CPython's Python code
 * does them: an iterable's items count `old + 1` (or `old - 1`); a mapping's (and the
 * keywords') counts go in as they are while an updated Counter is still empty (its fast
 * path is dict.update: `Counter(a=None)` holds None), else as `count + old` (`old - count`).
 */
export function addCounts(
  c: PyDict,
  source: PyValue | undefined,
  kw: Kwargs,
  sign: 1n | -1n,
): void {
  const addMapping = (entries: Iterable<readonly [PyValue, PyValue]>): void => {
    const plain = sign === 1n && c.map.size === 0;
    for (const [key, n] of entries) {
      if (plain) setItem(c, key, n);
      else if (sign === 1n) setItem(c, key, binary('+', n, getItem(c, key)));
      else setItem(c, key, binary('-', getItem(c, key), n));
    }
  };
  if (source instanceof PyDict) {
    addMapping([...source.map.values()].map((e) => [e.key, e.value] as const));
  } else if (source !== undefined && source !== null) {
    const it = iterate(source);
    for (let x = it.next(); x !== undefined; x = it.next()) {
      setItem(c, x, binary(sign === 1n ? '+' : '-', getItem(c, x), 1n));
    }
  }
  if (kw !== null) addMapping(kw);
}

function mostCommon(c: PyDict, n: PyValue | undefined): PyTuple[] {
  const entries = [...c.map.values()].sort((a, b) => countOrder(b.value, a.value));
  const k =
    n === undefined || n === null
      ? entries.length
      : Math.max(0, Number(intArg('most_common', 'n', n)));
  return entries.slice(0, k).map((e) => new PyTuple([e.key, e.value]));
}

export const COUNTER_METHODS = new Map<string, MethodImpl<PyDict>>([
  ...(DICT_METHODS as Map<string, MethodImpl<PyDict>>),
  [
    'most_common',
    (c, args, kw) => {
      const [n] = bindArgs('most_common', ['n'], 0, args, kw);
      return mostCommon(c, n);
    },
  ],
  [
    'update',
    (c, args, kw) => {
      if (args.length > 1) throw typeError(`expected at most 1 argument, got ${args.length}`);
      addCounts(c, args[0], kw, 1n);
      return null;
    },
  ],
  [
    'subtract',
    (c, args, kw) => {
      if (args.length > 1) throw typeError(`expected at most 1 argument, got ${args.length}`);
      addCounts(c, args[0], kw, -1n);
      return null;
    },
  ],
  [
    'total',
    (c, args, kw) => {
      exactArgs('total', 0, args, kw);
      let t: PyValue = 0n;
      for (const e of c.map.values()) t = binary('+', t, e.value);
      return t;
    },
  ],
  [
    'elements',
    (c, args, kw) => {
      exactArgs('elements', 0, args, kw);
      // CPython's chain.from_iterable(starmap(repeat, items())): each count is read as an
      // index when its turn comes (a float count fails then), a negative one repeats nothing.
      const entries = [...c.map.values()];
      let at = 0;
      let left = 0n;
      return new PyIterator('chain', () => {
        while (left <= 0n) {
          if (at >= entries.length) return undefined;
          left = indexArg(entries[at++].value);
        }
        left--;
        return entries[at - 1].key;
      });
    },
  ],
]);
