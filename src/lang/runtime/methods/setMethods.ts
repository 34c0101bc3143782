// set's and frozenset's methods: one table, a frozenset having the ones that do not change
// the set. A method that makes a new set makes one of its receiver's kind (CPython:
// `frozenset.union(set)` is a frozenset, `set.union(frozenset)` a set).

import { keyError } from '../exceptions';
import { exactArgs, noKeywords } from '../args';
import { hashKey } from '../equality';
import { itemsOf } from '../iteration';
import { cpythonPop, fixedHash, forgetSetHistory } from '../setOrder';
import { addedValues, deleteFromSet, setHasKey, setSize } from '../smallSet';
import {
  addToSet,
  deleteMember,
  discardAll,
  newSetLike,
  replaceSet,
  setDifference,
  setIntersection,
  setOf,
  setSymmetricDifference,
  setUnion,
  toggleSet,
  updateSet,
} from '../setMerge';
import { typeName } from '../typeName';
import { PyFrozenSet, PySet, type MethodImpl, type PyValue } from '../values';

export { addToSet, newSetLike };

function otherSet(v: PyValue): PySet {
  if (v instanceof PySet) return v;
  const out = new PySet();
  for (const x of itemsOf(v)) addToSet(out, x);
  return out;
}

/** `set.add`, `frozenset.union`: the name CPython's messages give a method. */
function fname(self: PySet, method: string): string {
  return `${typeName(self)}.${method}`;
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
      if (!deleteMember(self, args[0])) throw keyError(args[0]);
      return null;
    },
  ],
  [
    'discard',
    (self, args, kw) => {
      exactArgs('set.discard', 1, args, kw);
      deleteMember(self, args[0]);
      return null;
    },
  ],
  [
    'pop',
    (self, args, kw) => {
      exactArgs('set.pop', 0, args, kw);
      // CPython's pop() takes the first member in its table from where the last pop left
      // off; a set holding a member whose hash varies by run has no order but that of adding.
      for (const added of self.map.values()) {
        const first =
          fixedHash(added) === null
            ? added
            : (cpythonPop(
                self,
                setSize(self),
                () => addedValues(self),
                (v) => setHasKey(self, hashKey(v)),
              ) ?? added);
        deleteFromSet(self, hashKey(first));
        return first;
      }
      throw keyError('pop from an empty set');
    },
  ],
  [
    'clear',
    (self, args, kw) => {
      exactArgs('set.clear', 0, args, kw);
      forgetSetHistory(self);
      self.map.clear();
      return null;
    },
  ],
  [
    'copy',
    (self, args, kw) => {
      exactArgs(fname(self, 'copy'), 0, args, kw);
      // A frozenset cannot change: its copy is itself, as in CPython.
      return self instanceof PyFrozenSet ? self : setOf(self, self);
    },
  ],
  [
    'update',
    (self, args, kw) => {
      noKeywords('set.update', kw);
      for (const a of args) updateSet(self, a);
      return null;
    },
  ],
  [
    'union',
    (self, args, kw) => {
      noKeywords(fname(self, 'union'), kw);
      // CPython's set_union skips an argument that is the set itself.
      return setUnion(self, args);
    },
  ],
  [
    'intersection',
    (self, args, kw) => {
      noKeywords(fname(self, 'intersection'), kw);
      return intersection(self, args);
    },
  ],
  [
    'intersection_update',
    (self, args, kw) => {
      noKeywords('set.intersection_update', kw);
      // set_intersection_update: the set takes the intersection's table.
      replaceSet(self, intersection(self, args));
      return null;
    },
  ],
  [
    'difference',
    (self, args, kw) => {
      noKeywords(fname(self, 'difference'), kw);
      if (args.length === 0) return setOf(self, self);
      const out = setDifference(self, args[0]);
      for (const a of args.slice(1)) discardAll(out, a);
      return out;
    },
  ],
  [
    'difference_update',
    (self, args, kw) => {
      noKeywords('set.difference_update', kw);
      for (const a of args) discardAll(self, a);
      return null;
    },
  ],
  [
    'symmetric_difference',
    (self, args, kw) => {
      exactArgs(fname(self, 'symmetric_difference'), 1, args, kw);
      // As CPython: a set of the other's members, then self's toggled in (the set's order).
      return setSymmetricDifference(self, args[0]);
    },
  ],
  [
    'symmetric_difference_update',
    (self, args, kw) => {
      exactArgs('set.symmetric_difference_update', 1, args, kw);
      toggleSet(self, args[0]);
      return null;
    },
  ],
  [
    'issubset',
    (self, args, kw) => {
      exactArgs(fname(self, 'issubset'), 1, args, kw);
      const o = otherSet(args[0]);
      for (const k of self.map.keys()) if (!o.map.has(k)) return false;
      return true;
    },
  ],
  [
    'issuperset',
    (self, args, kw) => {
      exactArgs(fname(self, 'issuperset'), 1, args, kw);
      const o = otherSet(args[0]);
      for (const k of o.map.keys()) if (!self.map.has(k)) return false;
      return true;
    },
  ],
  [
    'isdisjoint',
    (self, args, kw) => {
      exactArgs(fname(self, 'isdisjoint'), 1, args, kw);
      for (const x of itemsOf(args[0])) if (self.map.has(hashKey(x))) return false;
      return true;
    },
  ],
]);

/** The methods that leave the set as it is: all a frozenset has. */
const UNCHANGING = [
  'copy',
  'union',
  'intersection',
  'difference',
  'symmetric_difference',
  'issubset',
  'issuperset',
  'isdisjoint',
];

export const FROZENSET_METHODS: ReadonlyMap<string, MethodImpl<PySet>> = new Map(
  UNCHANGING.map((name) => [name, SET_METHODS.get(name)!]),
);

/** The members of `self` that every one of `others` has, in a new set of self's kind. */
function intersection(self: PySet, others: PyValue[]): PySet {
  if (others.length === 0) return setOf(self, self);
  let out = self;
  for (const a of others) out = setIntersection(out, a);
  return out;
}
