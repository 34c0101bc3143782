// After every run the session tells the host which names and inline values read
// differently. Describing every name anew after every cell is what made a file of many
// cells quadratic (and a big list slow to follow by empty cells), so each shown value
// keeps a key: a cheap summary of everything its preview depends on. A value that still
// matches its key reads the same; only values whose key changed are described and sent.
// Matching allocates nothing, so checking thousands of names after each cell stays cheap.

import { Value } from '../engine/value';
import { PyInstance } from '../lang/runtime/objects';
import { isValueLike, nodeData, nodeGrad, nodeLabel } from '../lang/runtime/valueLike';
import {
  BoundMethod,
  Builtin,
  PyDict,
  PyFunction,
  PyIterator,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  type PyValue,
} from '../lang/runtime/values';

/** How many leading items of a container a key covers (previews show about this many). */
const KEY_ITEMS = 8;
const KEY_DEPTH = 3;

export type PreviewKey = unknown;

/** Values that read the same for life: keyed by identity. */
function immutable(v: object): boolean {
  return (
    v instanceof PyFunction ||
    v instanceof Builtin ||
    v instanceof BoundMethod ||
    v instanceof PyRange ||
    v instanceof PyIterator ||
    v instanceof PySlice
  );
}

/** A key no value matches: modules (grad norms), optimizers, objects are described anew. */
const UNKEYED: PreviewKey[] = [];

function sizeOf(v: PyValue[] | PyTuple | PyDict | PySet): number {
  return Array.isArray(v) ? v.length : v instanceof PyTuple ? v.items.length : v.map.size;
}

/** Calls `each` on the container's first items (keys and values of a dict) until it says stop. */
function leading(v: PyValue[] | PyTuple | PyDict | PySet, each: (x: PyValue) => boolean): void {
  let n = 0;
  if (Array.isArray(v) || v instanceof PyTuple) {
    const items = Array.isArray(v) ? v : v.items;
    const end = Math.min(items.length, KEY_ITEMS);
    for (let i = 0; i < end; i++) if (!each(items[i])) return;
    return;
  }
  if (v instanceof PyDict) {
    for (const e of v.map.values()) {
      if (n++ >= KEY_ITEMS || !each(e.key) || !each(e.value)) return;
    }
    return;
  }
  for (const x of v.map.values()) if (n++ >= KEY_ITEMS || !each(x)) return;
}

function isContainer(v: object): v is PyValue[] | PyTuple | PyDict | PySet {
  return Array.isArray(v) || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet;
}

/** What the preview of `v` depends on. */
export function previewKey(v: PyValue, depth = 0): PreviewKey {
  if (typeof v !== 'object' || v === null) return v;
  if (v instanceof Value) return [v, v.data, v.grad, v.label];
  if (isValueLike(v)) return [v, nodeData(v), nodeGrad(v), nodeLabel(v)];
  if (isContainer(v)) {
    const key: PreviewKey[] = [v, sizeOf(v)];
    if (depth < KEY_DEPTH) {
      leading(v, (x) => {
        key.push(previewKey(x, depth + 1));
        return true;
      });
    }
    return key;
  }
  return immutable(v) ? v : UNKEYED;
}

/** True when `v` still matches `key`, i.e. previewKey(v) would equal it. */
export function matchesKey(v: PyValue, key: PreviewKey, depth = 0): boolean {
  if (typeof v !== 'object' || v === null) return Object.is(v, key);
  if (!Array.isArray(key)) return key === v && immutable(v);
  if (key.length === 0 || key[0] !== v) return false;
  if (v instanceof Value) {
    return Object.is(key[1], v.data) && Object.is(key[2], v.grad) && key[3] === v.label;
  }
  if (v instanceof PyInstance) {
    return (
      key.length === 4 &&
      isValueLike(v) &&
      Object.is(key[1], nodeData(v)) &&
      Object.is(key[2], nodeGrad(v)) &&
      key[3] === nodeLabel(v)
    );
  }
  if (!isContainer(v) || key[1] !== sizeOf(v)) return false;
  if (depth >= KEY_DEPTH) return true;
  let i = 2;
  let same = true;
  leading(v, (x) => {
    same = i < key.length && matchesKey(x, key[i++], depth + 1);
    return same;
  });
  return same && i === key.length;
}
