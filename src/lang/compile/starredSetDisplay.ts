// A set display with `*x` in it, built as CPython 3.11's bytecode builds it: the items before
// the first star make the set (BUILD_SET), each `*x` then updates it as set.update does
// (SET_UPDATE: a set's or a dict's members merged whole, so the order is set(x)'s), and each
// later item is added (SET_ADD). `{*a, *b}` thus iterates as CPython's does.

import type * as A from '../ast';
import { hashKey } from '../runtime/equality';
import { withoutAliases } from '../runtime/hashAliases';
import { addToSet, updateSet } from '../runtime/setMerge';
import { setFromItems } from '../runtime/smallSet';
import type { PyValue } from '../runtime/values';
import { at } from '../runtime/state';
import type { Ev } from './closures';
import type { Compiler } from './compiler';

export function starredSetDisplay(c: Compiler, e: A.SetExpr): Ev {
  const first = e.elts.findIndex((x) => x.type === 'Starred');
  const prefix = e.elts.slice(0, first).map((x) => c.expr(x));
  const rest = e.elts.slice(first).map((x) => ({
    starred: x.type === 'Starred',
    value: c.expr(x.type === 'Starred' ? x.value : x),
  }));
  const id = c.site(e);
  return (f) => {
    const xs: PyValue[] = prefix.map((ev) => ev(f));
    at(id);
    const s = setFromItems(withoutAliases(xs), hashKey);
    for (const part of rest) {
      const v = part.value(f);
      at(id);
      if (part.starred) updateSet(s, v);
      else addToSet(s, v);
    }
    return s;
  };
}
