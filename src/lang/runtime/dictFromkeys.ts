// dict.fromkeys(iterable, value=None), a class method: read from dict it makes a dict; read
// from another class deriving from dict (OrderedDict, defaultdict, a program's subclass) it
// makes `cls()` and stores each key through its item assignment, as CPython's dict_fromkeys
// does. Counter's own fromkeys refuses, as CPython's.

import { expectArgs, noKeywords } from './args';
import { callValue } from './call';
import { hashKey } from './equality';
import { iterate } from './iteration';
import type { PyClass } from './objects';
import { checkSize, fail, rt } from './state';
import { setItem } from './subscript';
import { Builtin, PyDict } from './values';

/** dict.fromkeys itself: the keys into a new dict, each with the same value. */
const DICT_FROMKEYS = new Builtin('fromkeys', (args, kw) => {
  noKeywords('dict.fromkeys', kw);
  expectArgs('fromkeys', args, 1, 2);
  const value = args[1] ?? null;
  const d = new PyDict();
  const it = iterate(args[0]);
  for (let key = it.next(); key !== undefined; key = it.next()) {
    const k = hashKey(key);
    if (d.map.has(k)) continue;
    if (d.map.size >= rt.maxItems) checkSize(d.map.size + 1, 'this dict');
    d.map.set(k, { key, value });
  }
  return d;
});

const COUNTER_FROMKEYS = new Builtin('fromkeys', () => {
  throw fail(
    'NotImplementedError',
    'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.',
  );
});

/** One bound fromkeys a class, so that reading it twice gives equal methods. */
const bound = new WeakMap<PyClass, Builtin>();

/** `cls.fromkeys` for a class deriving from dict, or undefined for any other class. */
export function fromkeysOf(cls: PyClass): Builtin | undefined {
  const isDict = (c: PyClass): boolean => c.builtin && c.name === 'dict';
  if (isDict(cls)) return DICT_FROMKEYS;
  if (!cls.mro.some(isDict)) return undefined;
  if (cls.mro.some((c) => c.builtin && c.name === 'Counter')) return COUNTER_FROMKEYS;
  let m = bound.get(cls);
  if (m === undefined) {
    m = new Builtin('fromkeys', (args, kw) => {
      noKeywords(`${cls.name}.fromkeys`, kw);
      expectArgs('fromkeys', args, 1, 2);
      const value = args[1] ?? null;
      const d = callValue(cls, [], null);
      const it = iterate(args[0]);
      for (let key = it.next(); key !== undefined; key = it.next()) setItem(d, key, value);
      return d;
    });
    bound.set(cls, m);
  }
  return m;
}
