// pprint.isreadable / isrecursive (and PrettyPrinter's methods of those names): CPython's
// _safe_repr walks dicts, lists and tuples of the plain built-in kinds; a recursion makes the
// value recursive and unreadable, any other object is readable when its repr does not start
// with '<' (the built-in scalars always are).

import { repr } from '../../runtime/repr';
import { PyDict, PyNamedTuple, PyTuple, type PyValue } from '../../runtime/values';

export interface Readability {
  readable: boolean;
  recursive: boolean;
}

function children(v: PyValue): PyValue[] | null {
  if (v instanceof PyDict && Object.getPrototypeOf(v) === PyDict.prototype) {
    return [...v.map.values()].flatMap((e) => [e.key, e.value]);
  }
  if (Array.isArray(v)) return v;
  if (v instanceof PyTuple && !(v instanceof PyNamedTuple)) return v.items;
  return null;
}

function walk(v: PyValue, context: Set<object>): Readability {
  if (v === null || typeof v !== 'object' || typeof v === 'string') {
    return { readable: true, recursive: false };
  }
  const items = children(v);
  if (items === null) {
    const text = repr(v);
    return { readable: text !== '' && !text.startsWith('<'), recursive: false };
  }
  if (items.length === 0) return { readable: true, recursive: false };
  if (context.has(v)) return { readable: false, recursive: true };
  context.add(v);
  let readable = true;
  let recursive = false;
  for (const x of items) {
    const r = walk(x, context);
    readable &&= r.readable;
    recursive ||= r.recursive;
  }
  context.delete(v);
  return { readable: readable && !recursive, recursive };
}

/** What _safe_repr says of `v` (with no depth limit, as both the functions and methods ask). */
export function readability(v: PyValue): Readability {
  return walk(v, new Set());
}
