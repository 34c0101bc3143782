// dict's methods (set's are in setMethods.ts).

import { payloadOf } from '../builtinSubclass';
import { callSpecial } from '../instances';
import { PyInstance } from '../objects';
import { getItem } from '../subscript';
import { keyError } from '../exceptions';
import { exactArgs, expectArgs, noKeywords } from '../args';
import { hashKey } from '../equality';
import { dictAliasKey, dictEntry } from '../hashAliases';
import { itemsOf, iterate } from '../iteration';
import { checkSize, fail, rt, typeError } from '../state';
import { PyDict, PyDictView, PyTuple, type Kwargs, type MethodImpl, type PyValue } from '../values';

/** d.update(other) / dict(other): a dict, a mapping (keys() and []), or an iterable of key-value pairs. */
export function updateDict(d: PyDict, from: PyValue, fname: string): void {
  // A dict subclass's instance gives its items, as CPython's dict does (not its overrides).
  const other = payloadOf(from);
  if (other instanceof PyDict) {
    for (const [k, e] of other.map) setEntry(d, k, e.key, e.value);
    return;
  }
  // An object with keys() is a mapping to dict(), as CPython's PyDict_Merge takes it: its
  // keys() and its [].
  if (other instanceof PyInstance && other.cls.lookup('keys') !== undefined) {
    const keys = iterate(callSpecial(other, 'keys', [])!);
    for (let k = keys.next(); k !== undefined; k = keys.next()) {
      setEntry(d, hashKey(k), k, getItem(other, k));
    }
    return;
  }
  const it = iterate(other);
  let i = 0;
  for (let pair = it.next(); pair !== undefined; pair = it.next(), i++) {
    let items: readonly PyValue[];
    try {
      items = itemsOf(pair);
    } catch {
      throw typeError(`cannot convert ${fname} update sequence element #${i} to a sequence`);
    }
    if (items.length !== 2) {
      throw fail(
        'ValueError',
        `${fname} update sequence element #${i} has length ${items.length}; 2 is required`,
      );
    }
    setEntry(d, hashKey(items[0]), items[0], items[1]);
  }
}

function setEntry(d: PyDict, k: unknown, key: PyValue, value: PyValue): void {
  const e = dictEntry(d, key, k);
  if (e !== undefined) e.value = value;
  else {
    if (d.map.size >= rt.maxItems) checkSize(d.map.size + 1, 'this dict');
    d.map.set(k, { key, value });
  }
}

function updateFromKeywords(d: PyDict, kw: Kwargs): void {
  if (kw === null) return;
  for (const [k, v] of kw) setEntry(d, k, k, v);
}

/** dict.get's lookup: what `d.get(k, default)` calls straight on a plain dict (calls.ts). */
export function dictGet(d: PyDict, key: PyValue, otherwise: PyValue): PyValue {
  const e = d.map.get(hashKey(key));
  if (e !== undefined) return e.value;
  const alias = dictAliasKey(d, key);
  return alias === undefined ? otherwise : d.map.get(alias)!.value;
}

export const DICT_METHODS = new Map<string, MethodImpl<PyDict>>([
  [
    'get',
    (self, args, kw) => {
      noKeywords('dict.get', kw);
      expectArgs('get', args, 1, 2);
      return dictGet(self, args[0], args[1] ?? null);
    },
  ],
  [
    'keys',
    (self, args, kw) => {
      exactArgs('dict.keys', 0, args, kw);
      return new PyDictView(self, 'keys');
    },
  ],
  [
    'values',
    (self, args, kw) => {
      exactArgs('dict.values', 0, args, kw);
      return new PyDictView(self, 'values');
    },
  ],
  [
    'items',
    (self, args, kw) => {
      exactArgs('dict.items', 0, args, kw);
      return new PyDictView(self, 'items');
    },
  ],
  [
    'update',
    (self, args, kw) => {
      if (args.length > 1)
        throw typeError(`update expected at most 1 argument, got ${args.length}`);
      if (args.length === 1) updateDict(self, args[0], 'dictionary');
      updateFromKeywords(self, kw);
      return null;
    },
  ],
  [
    'pop',
    (self, args, kw) => {
      noKeywords('dict.pop', kw);
      expectArgs('pop', args, 1, 2);
      let k = hashKey(args[0]);
      let e = self.map.get(k);
      if (e === undefined) {
        k = dictAliasKey(self, args[0]);
        if (k !== undefined) e = self.map.get(k);
      }
      if (e === undefined) {
        if (args.length === 2) return args[1];
        throw keyError(args[0]);
      }
      self.map.delete(k);
      return e.value;
    },
  ],
  [
    'popitem',
    (self, args, kw) => {
      exactArgs('dict.popitem', 0, args, kw);
      let last: [unknown, { key: PyValue; value: PyValue }] | undefined;
      for (const entry of self.map) last = entry;
      if (last === undefined) throw keyError('popitem(): dictionary is empty');
      self.map.delete(last[0]);
      return new PyTuple([last[1].key, last[1].value]);
    },
  ],
  [
    'setdefault',
    (self, args, kw) => {
      noKeywords('dict.setdefault', kw);
      expectArgs('setdefault', args, 1, 2);
      const k = hashKey(args[0]);
      const e = self.map.get(k);
      if (e !== undefined) return e.value;
      const alias = dictAliasKey(self, args[0]);
      if (alias !== undefined) return self.map.get(alias)!.value;
      const value = args[1] ?? null;
      self.map.set(k, { key: args[0], value });
      return value;
    },
  ],
  [
    'copy',
    (self, args, kw) => {
      exactArgs('dict.copy', 0, args, kw);
      // A Counter's copy is a Counter, a defaultdict's a defaultdict with the same factory.
      const out = self.emptyLike();
      for (const [k, e] of self.map) out.map.set(k, { key: e.key, value: e.value });
      return out;
    },
  ],
  [
    'clear',
    (self, args, kw) => {
      exactArgs('dict.clear', 0, args, kw);
      self.map.clear();
      return null;
    },
  ],
]);
