// The values of a row of expressions with `*xs` unpacked in place: a call's positional
// arguments and a list, tuple or set display. Up to three plain items get closures of their
// own (most calls and displays), so no loop runs for them.

import type * as A from '../ast';
import type { Span } from '../errors';
import { at } from '../runtime/state';
import type { Frame, PyValue } from '../runtime/values';
import type { Compiler } from './compiler';
import { longLivedRow } from './longLivedDisplays';

/**
 * `unpack` turns a starred operand into its items (`count`: items gathered so far; `ctx`:
 * what the caller of the row's closure passed, a call's callee for its errors).
 */
export function exprList(
  c: Compiler,
  elts: A.Expr[],
  unpack: (v: PyValue, count: number, ctx: PyValue | undefined) => readonly PyValue[],
  whole: Span,
): (f: Frame, ctx?: PyValue) => PyValue[] {
  if (elts.some((x) => x.type === 'Starred')) {
    // A `*x` that is not iterable is reported at the whole call or display, as in CPython.
    const wholeId = c.site(whole);
    const parts = elts.map((x) =>
      x.type === 'Starred'
        ? { star: true, ev: c.expr(x.value), id: wholeId }
        : { star: false, ev: c.expr(x), id: 0 },
    );
    return (f, ctx) => {
      const out: PyValue[] = [];
      for (const p of parts) {
        const v = p.ev(f);
        if (!p.star) {
          out.push(v);
          continue;
        }
        at(p.id);
        const items = unpack(v, out.length, ctx);
        for (let i = 0; i < items.length; i++) out.push(items[i]);
      }
      return out;
    };
  }
  const evs = elts.map((x) => c.expr(x));
  const kept = longLivedRow(whole, evs);
  if (kept !== null) return kept;
  switch (evs.length) {
    case 0:
      return () => [];
    case 1: {
      const [a] = evs;
      return (f) => [a(f)];
    }
    case 2: {
      const [a, b] = evs;
      return (f) => [a(f), b(f)];
    }
    case 3: {
      const [a, b, d] = evs;
      return (f) => [a(f), b(f), d(f)];
    }
  }
  return (f) => {
    const out: PyValue[] = [];
    for (let i = 0; i < evs.length; i++) out.push(evs[i](f));
    return out;
  };
}
