// Counter arithmetic, as collections.Counter defines it: `+` and `-` add and subtract counts,
// `|` and `&` keep the larger and the smaller, and each keeps only positive counts (unary
// `+c` and `-c` too). The in-place forms change the left Counter, keeping its key order.

import type { BinaryOperator } from '../ast';
import { order } from './equality';
import { binary } from './arith';
import { PyCounter, type PyValue } from './values';

const positive = (n: PyValue): boolean => order('>', n, 0n);

function put(out: PyCounter, k: unknown, key: PyValue, value: PyValue): void {
  out.map.set(k, { key, value });
}

/** `a op b` for two Counters; undefined for an operator Counter does not define. */
export function counterBinary(
  op: BinaryOperator,
  a: PyCounter,
  b: PyCounter,
): PyCounter | undefined {
  if (op !== '+' && op !== '-' && op !== '|' && op !== '&') return undefined;
  const out = new PyCounter();
  for (const [k, e] of a.map) {
    const other = b.map.get(k)?.value ?? 0n;
    let n: PyValue;
    switch (op) {
      case '+':
      case '-':
        n = binary(op, e.value, other);
        break;
      case '|':
        n = order('<', e.value, other) ? other : e.value;
        break;
      case '&':
        n = order('<', e.value, other) ? e.value : other;
        break;
    }
    if (positive(n)) put(out, k, e.key, n);
  }
  if (op === '&') return out;
  for (const [k, e] of b.map) {
    if (a.map.has(k)) continue;
    if (op === '-') {
      if (order('<', e.value, 0n)) put(out, k, e.key, binary('-', 0n, e.value));
    } else if (positive(e.value)) put(out, k, e.key, e.value);
  }
  return out;
}

/** `a op= b` for two Counters: a gets the result's counts, in its own key order first. */
export function counterInplace(
  op: BinaryOperator,
  a: PyCounter,
  b: PyCounter,
): PyCounter | undefined {
  const r = counterBinary(op, a, b);
  if (r === undefined) return undefined;
  for (const k of [...a.map.keys()]) {
    const e = r.map.get(k);
    if (e === undefined) a.map.delete(k);
    else a.map.get(k)!.value = e.value;
  }
  for (const [k, e] of r.map) if (!a.map.has(k)) a.map.set(k, e);
  return a;
}

/** `+c` (the positive counts) and `-c` (the negated negative ones). */
export function counterUnary(op: '-' | '+', c: PyCounter): PyCounter {
  const out = new PyCounter();
  for (const [k, e] of c.map) {
    if (op === '+' ? positive(e.value) : order('<', e.value, 0n)) {
      put(out, k, e.key, op === '+' ? e.value : binary('-', 0n, e.value));
    }
  }
  return out;
}
