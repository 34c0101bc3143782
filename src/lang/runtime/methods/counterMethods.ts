// collections.Counter's methods: dict's, with update/subtract adding counts, and
// most_common, total, elements.

import { binary } from '../arith';
import { bindArgs, exactArgs, intArg } from '../args';
import { iterate } from '../iteration';
import { countOrder } from '../repr';
import { typeError } from '../state';
import { getItem, setItem } from '../subscript';
import { PyDict, PyTuple, type Kwargs, type MethodImpl, type PyValue } from '../values';
import { DICT_METHODS } from './dictMethods';

/** Counter.update / Counter(...): add the counts of an iterable's items, or a mapping's. */
export function addCounts(
  c: PyDict,
  source: PyValue | undefined,
  kw: Kwargs,
  sign: 1n | -1n,
): void {
  const add = (key: PyValue, n: PyValue): void => {
    const old = getItem(c, key);
    setItem(c, key, sign === 1n ? binary('+', old, n) : binary('-', old, n));
  };
  if (source instanceof PyDict) {
    for (const e of source.map.values()) add(e.key, e.value);
  } else if (source !== undefined && source !== null) {
    const it = iterate(source);
    for (let x = it.next(); x !== undefined; x = it.next()) add(x, 1n);
  }
  if (kw !== null) for (const [k, v] of kw) add(k, v);
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
      const out: PyValue[] = [];
      for (const e of c.map.values()) {
        const n = typeof e.value === 'bigint' ? e.value : 0n;
        for (let i = 0n; i < n; i++) out.push(e.key);
      }
      return iterate(out);
    },
  ],
]);
