// dict's and set's methods.

import { keyError } from '../exceptions';
import { exactArgs, expectArgs, noKeywords } from '../args';
import { hashKey } from '../equality';
import { itemsOf, iterate } from '../iteration';
import { setAddKey } from '../smallSet';
import { checkSize, fail, rt, typeError } from '../state';
import {
  PyDict,
  PyDictView,
  PySet,
  PyTuple,
  type Kwargs,
  type MethodImpl,
  type PyValue,
} from '../values';

/** d.update(other) / dict(other): a dict, or an iterable of key-value pairs. */
export function updateDict(d: PyDict, other: PyValue, fname: string): void {
  if (other instanceof PyDict) {
    for (const [k, e] of other.map) setEntry(d, k, e.key, e.value);
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
  const e = d.map.get(k);
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

export const DICT_METHODS = new Map<string, MethodImpl<PyDict>>([
  [
    'get',
    (self, args, kw) => {
      noKeywords('dict.get', kw);
      expectArgs('get', args, 1, 2);
      const e = self.map.get(hashKey(args[0]));
      return e !== undefined ? e.value : (args[1] ?? null);
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
      const k = hashKey(args[0]);
      const e = self.map.get(k);
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
      if (last === undefined) throw fail('KeyError', "'popitem(): dictionary is empty'");
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

export function addToSet(s: PySet, v: PyValue): void {
  const k = hashKey(v);
  if (s.small === null && s.inline < 0 && !s.map.has(k) && s.map.size >= rt.maxItems) {
    checkSize(s.map.size + 1, 'this set');
  }
  setAddKey(s, k, v);
}

function otherSet(v: PyValue): PySet {
  if (v instanceof PySet) return v;
  const out = new PySet();
  for (const x of itemsOf(v)) addToSet(out, x);
  return out;
}

export const SET_METHODS = new Map<string, MethodImpl<PySet>>([
  [
    'add',
    (self, args, kw) => {
      exactArgs('set.add', 1, args, kw);
      addToSet(self, args[0]);
      return null;
    },
  ],
  [
    'remove',
    (self, args, kw) => {
      exactArgs('set.remove', 1, args, kw);
      if (!self.map.delete(hashKey(args[0]))) throw keyError(args[0]);
      return null;
    },
  ],
  [
    'discard',
    (self, args, kw) => {
      exactArgs('set.discard', 1, args, kw);
      self.map.delete(hashKey(args[0]));
      return null;
    },
  ],
  [
    'pop',
    (self, args, kw) => {
      exactArgs('set.pop', 0, args, kw);
      for (const [k, v] of self.map) {
        self.map.delete(k);
        return v;
      }
      throw fail('KeyError', "'pop from an empty set'");
    },
  ],
  [
    'clear',
    (self, args, kw) => {
      exactArgs('set.clear', 0, args, kw);
      self.map.clear();
      return null;
    },
  ],
  [
    'copy',
    (self, args, kw) => {
      exactArgs('set.copy', 0, args, kw);
      const out = new PySet();
      for (const [k, v] of self.map) out.map.set(k, v);
      return out;
    },
  ],
  [
    'update',
    (self, args, kw) => {
      noKeywords('set.update', kw);
      for (const a of args) for (const x of itemsOf(a)) addToSet(self, x);
      return null;
    },
  ],
  [
    'union',
    (self, args, kw) => {
      noKeywords('set.union', kw);
      const out = new PySet();
      for (const [k, v] of self.map) out.map.set(k, v);
      for (const a of args) for (const x of itemsOf(a)) addToSet(out, x);
      return out;
    },
  ],
  [
    'intersection',
    (self, args, kw) => {
      noKeywords('set.intersection', kw);
      let out = new PySet();
      for (const [k, v] of self.map) out.map.set(k, v);
      for (const a of args) {
        const o = otherSet(a);
        const next = new PySet();
        for (const [k, v] of out.map) if (o.map.has(k)) next.map.set(k, v);
        out = next;
      }
      return out;
    },
  ],
  [
    'difference',
    (self, args, kw) => {
      noKeywords('set.difference', kw);
      const out = new PySet();
      for (const [k, v] of self.map) out.map.set(k, v);
      for (const a of args) for (const x of itemsOf(a)) out.map.delete(hashKey(x));
      return out;
    },
  ],
  [
    'issubset',
    (self, args, kw) => {
      exactArgs('set.issubset', 1, args, kw);
      const o = otherSet(args[0]);
      for (const k of self.map.keys()) if (!o.map.has(k)) return false;
      return true;
    },
  ],
  [
    'issuperset',
    (self, args, kw) => {
      exactArgs('set.issuperset', 1, args, kw);
      const o = otherSet(args[0]);
      for (const k of o.map.keys()) if (!self.map.has(k)) return false;
      return true;
    },
  ],
]);
