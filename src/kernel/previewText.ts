// Short, Python-like text of a value for hovers and inline values, built within a length
// budget: a 10-million-item list or a 2^29-bit int costs no more to preview than a small
// one (the full repr of either would take seconds, gigabytes, or more than a JS string
// holds). Reads like Python's repr, shortened: `[0.5450, 0.5301, 0.5167, … 2995 more]`.

import { Layer, MLP, Neuron } from '../engine/nn';
import { floatRepr, formatFloat, intRepr, strRepr } from '../lang/format';
import { repr } from '../lang/repr';
import { PyDict, PyFrozenSet, PySet, PyTuple, type PyValue } from '../lang/runtime/values';
import { addedValues, setSize, setValues } from '../lang/runtime/smallSet';
import { isGraphNode, nodeData, nodeGrad, type GraphNode } from '../lang/runtime/valueLike';

/** `0.7071 · ∇ 1.0000`: a Value's (or Value-like's) data and grad as inline values and hovers show them. */
export function valueText(v: GraphNode): string {
  return `${shortFloat(nodeData(v))} · ∇ ${shortFloat(nodeGrad(v))}`;
}

/** Four decimals, as Values are shown; exponent form where that would hide the number. */
export function shortFloat(x: number): string {
  const a = Math.abs(x);
  if (!Number.isFinite(x) || a === 0 || (a >= 1e-4 && a < 1e9)) return formatFloat(x, '.4f');
  return formatFloat(x, '.4e');
}

/** Ints with more bits than this are described by size (Python refuses to print them). */
const MAX_PRINTED_INT = 1n << 14_000n;

/** An int's decimal text, or its size when it has more digits than Python would print. */
export function intText(x: bigint): string {
  const abs = x < 0n ? -x : x;
  if (abs < MAX_PRINTED_INT) return intRepr(x);
  // Hex is linear to produce (decimal is quadratic): it gives the bit length exactly.
  const hex = abs.toString(16);
  const bits = (hex.length - 1) * 4 + Math.floor(Math.log2(parseInt(hex[0], 16))) + 1;
  const digits = Math.floor((bits - 1) * Math.log10(2)) + 1;
  return `<int of about ${digits.toLocaleString('en-US')} digits>`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

type Items = { readonly length: number; at(i: number): PyValue };

function arrayItems(items: readonly PyValue[]): Items {
  return { length: items.length, at: (i) => items[i] };
}

/**
 * Past this many members a set's preview lists the first ones added instead of working out
 * CPython's table order (linear in the set's size): the budget of a hover, not a print.
 */
const ORDERED_SET_PREVIEW = 100_000;

/** A set's first `n` members: in the order print shows them, for all but huge sets. */
function firstMembers(s: PySet, n: number): PyValue[] {
  return (setSize(s) <= ORDERED_SET_PREVIEW ? setValues(s) : addedValues(s)).slice(0, n);
}

/** The first items of an iterable map, without walking the rest. */
function firstOf<T>(values: IterableIterator<T>, n: number): T[] {
  const out: T[] = [];
  if (n <= 0) return out;
  for (const v of values) {
    out.push(v);
    if (out.length >= n) break;
  }
  return out;
}

/**
 * `open item, item, … N more close` within about `max` characters: items are added while
 * they fit, and the rest is counted, never written.
 */
function itemsText(
  items: Items,
  open: string,
  close: string,
  max: number,
  item: (i: number, budget: number) => string,
  oneTuple = false,
): string {
  let out = open;
  let i = 0;
  for (; i < items.length; i++) {
    const rest = items.length - i;
    const tail = rest > 1 ? `, … ${rest - 1} more${close}`.length : close.length;
    const budget = max - out.length - tail - (i > 0 ? 2 : 0);
    if (budget < 3) break;
    const text = item(i, budget);
    if (text.length > budget && i > 0) break;
    out += (i > 0 ? ', ' : '') + text;
  }
  if (i < items.length) return `${out}${i > 0 ? ', ' : ''}… ${items.length - i} more${close}`;
  return out + (oneTuple && items.length === 1 ? ',' : '') + close;
}

function textOf(v: PyValue, max: number, depth: number): string {
  switch (typeof v) {
    case 'number':
      return shortFloat(v);
    case 'bigint':
      return clip(intText(v), max);
    case 'string':
      // The quotes Python picks depend on the whole string; the first part decides here.
      return clip(strRepr(v.length > max ? v.slice(0, max) : v), max);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (isGraphNode(v)) return valueText(v);
  if (depth > 3) {
    if (Array.isArray(v)) return '[…]';
    if (v instanceof PyTuple) return '(…)';
    if (v instanceof PyDict || v instanceof PySet) return '{…}';
  }
  const inner = (x: PyValue) => (_: number, budget: number) => textOf(x, budget, depth + 1);
  if (Array.isArray(v)) {
    return itemsText(arrayItems(v), '[', ']', max, (i, b) => inner(v[i])(i, b));
  }
  if (v instanceof PyTuple) {
    const items = v.items;
    return itemsText(arrayItems(items), '(', ')', max, (i, b) => inner(items[i])(i, b), true);
  }
  if (v instanceof PyDict) {
    if (v.map.size === 0) return '{}';
    const entries = firstOf(v.map.values(), Math.ceil(max / 4));
    const items: Items = { length: v.map.size, at: () => null };
    return itemsText(items, '{', '}', max, (i, b) => {
      const e = entries[i];
      if (e === undefined) return '…'.repeat(b + 1);
      const key = textOf(e.key, b, depth + 1);
      return `${key}: ${textOf(e.value, Math.max(3, b - key.length - 2), depth + 1)}`;
    });
  }
  if (v instanceof PySet) {
    const frozen = v instanceof PyFrozenSet;
    const size = setSize(v);
    if (size === 0) return frozen ? 'frozenset()' : 'set()';
    const members = firstMembers(v, Math.ceil(max / 3));
    const items: Items = { length: size, at: () => null };
    const text = itemsText(items, '{', '}', max, (i, b) =>
      members[i] === undefined ? '…'.repeat(b + 1) : textOf(members[i], b, depth + 1),
    );
    return frozen ? `frozenset(${text})` : text;
  }
  if (v instanceof MLP) return `MLP ${v.sizes.join(' → ')}`;
  if (v instanceof Layer) return `Layer ${v.nin} → ${v.nout} (${v.act})`;
  if (v instanceof Neuron) return `Neuron ${v.nin} → 1 (${v.act})`;
  // Functions, ranges, optimizers, iterators: their repr is short whatever they hold.
  return clip(repr(v), max);
}

/**
 * Python-like text of `v` in about `max` characters: a float alone in full, as Python
 * prints it; floats inside containers to four decimals, as Values are shown. Never throws:
 * a value that cannot be described says so.
 */
export function previewText(v: PyValue, max: number): string {
  try {
    if (typeof v === 'number') return floatRepr(v);
    return textOf(v, Math.max(8, max), 0);
  } catch {
    return '<a value too large to show>';
  }
}
