// The set operations of d.keys() and d.items() as CPython's Objects/dictobject.c does them:
// `&` walks the other operand and keeps what the view contains (or asks an exact set bigger
// than the view for its intersection), `|`, `-` and `^` update a set made from the left
// operand; isdisjoint() walks the shorter of two sized operands. So an item of the other
// operand that CPython finds equal to a key of another type (a K() hashing as 1 and equal to
// it) is found as it finds it.

import { exactArgs } from '../args';
import { hashKey, sameOrEqual } from '../equality';
import { dictEntry } from '../hashAliases';
import { itemsOf } from '../iteration';
import { contains } from '../equality';
import { addToSet, discardAll, setIntersection, setOf, toggleSet, updateSet } from '../setMerge';
import { setSize } from '../smallSet';
import { PyDictView, PyFrozenSet, PySet, PyTuple, type MethodImpl, type PyValue } from '../values';

/** d.keys() and d.items() are set-like; d.values() is not. */
export function isSetLikeView(v: PyValue): v is PyDictView {
  return v instanceof PyDictView && v.kind !== 'values';
}

/** `x in view`: a key looked up in the dict; an item's key looked up, then its value compared. */
export function viewContains(view: PyDictView, x: PyValue): boolean {
  if (view.kind === 'keys') return contains(view.dict, x);
  if (view.kind === 'values') return contains(view.items(), x);
  // dictitems_contains: a pair whose key is in the dict with an equal value.
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const [key, value] = x.items;
  const e = dictEntry(view.dict, key, hashKey(key));
  return e !== undefined && sameOrEqual(e.value, value);
}

/** The size of a set or a set-like view, else -1 (CPython sizes no other operand). */
function setLikeSize(v: PyValue): number {
  if (v instanceof PySet) return setSize(v);
  return isSetLikeView(v) ? v.dict.map.size : -1;
}

/** CPython's _PyDictView_Intersect: `view & other`, either side the view. */
function viewIntersection(a: PyValue, b: PyValue): PySet {
  let [view, other] = isSetLikeView(a) ? [a, b] : [b as PyDictView, a];
  const size = view.dict.map.size;
  // An exact set at least as big as the view: set.intersection(view).
  if (other instanceof PySet && !(other instanceof PyFrozenSet) && size <= setSize(other)) {
    return setIntersection(other, view);
  }
  if (isSetLikeView(other) && other.dict.map.size > size) [view, other] = [other, view];
  const out = new PySet();
  for (const x of itemsOf(other)) if (viewContains(view, x)) addToSet(out, x);
  return out;
}

/**
 * `a op b` with a keys or items view on either side, the other any iterable: a set, as
 * CPython's dictviews_and/or/sub/xor make it.
 */
export function viewSetOp(op: '-' | '&' | '|' | '^', a: PyValue, b: PyValue): PySet {
  if (op === '&') return viewIntersection(a, b);
  const out = setOf(a);
  if (op === '|') updateSet(out, b);
  else if (op === '-') discardAll(out, b);
  else toggleSet(out, b);
  return out;
}

/** dictviews_isdisjoint: no item of the other operand is in the view. */
function isDisjoint(self: PyDictView, other: PyValue): boolean {
  if (other === self) return self.dict.map.size === 0;
  const otherSize = setLikeSize(other);
  if (otherSize > self.dict.map.size) {
    // The shorter one walked: the view's items looked up in the other.
    for (const x of self.items()) {
      if (other instanceof PyDictView ? viewContains(other, x) : contains(other, x)) return false;
    }
    return true;
  }
  for (const x of itemsOf(other)) if (viewContains(self, x)) return false;
  return true;
}

export const DICT_VIEW_METHODS = new Map<string, MethodImpl<PyDictView>>([
  [
    'isdisjoint',
    (self, args, kw) => {
      exactArgs('isdisjoint', 1, args, kw);
      return isDisjoint(self, args[0]);
    },
  ],
]);
