// The Variables view of a paused program: every expandable thing gets a reference number
// for as long as the pause lasts (DAP's rule), and its children are read on demand, a page
// at a time for long lists. Values (built-in and a user's Value-like) open into data, grad,
// op, label and inputs; containers into items; instances into attributes.

import { PyBuiltinInstance } from '../runtime/builtinSubclass';
import { Value } from '../../engine/value';
import { repr, typeName } from '../repr';
import { PyInstance } from '../runtime/objects';
import { setSize, setValues } from '../runtime/smallSet';
import { PyDict, PyFrozenSet, PySet, PyTuple, type PyValue } from '../runtime/values';
import {
  isValueLike,
  nodeData,
  nodeGrad,
  nodeInputs,
  nodeLabel,
  nodeOp,
  type GraphNode,
} from '../runtime/valueLike';
import type { EvaluateInfo, VariableInfo } from './protocol';

/** Longest value text shown on one line of the Variables view. */
const MAX_TEXT = 200;
/** Items a container's one-line preview lists. */
const PREVIEW_ITEMS = 5;

type Entry = readonly [name: string, value: PyValue, evaluateName?: string];

/** Something the view can open: a scope's names, or a program value. */
type Expandable =
  { kind: 'names'; entries: () => Entry[] } | { kind: 'value'; value: PyValue; path?: string };

export class VariableTable {
  private readonly refs: Expandable[] = [];

  /** Forgets every reference (the program resumed). */
  clear(): void {
    this.refs.length = 0;
  }

  scope(entries: () => Entry[]): number {
    this.refs.push({ kind: 'names', entries });
    return this.refs.length;
  }

  variables(ref: number, start = 0, count = 0): VariableInfo[] {
    const target = this.refs[ref - 1];
    if (target === undefined) return [];
    const entries =
      target.kind === 'names' ? target.entries() : children(target.value, target.path);
    const end = count > 0 ? Math.min(entries.length, start + count) : entries.length;
    const out: VariableInfo[] = [];
    for (let i = start; i < end; i++) {
      const [name, value, evaluateName] = entries[i];
      out.push(this.variable(name, value, evaluateName));
    }
    return out;
  }

  variable(name: string, value: PyValue, evaluateName?: string): VariableInfo {
    const { result, ...rest } = this.describe(value, evaluateName);
    const info: VariableInfo = { name, value: result, ...rest };
    if (evaluateName !== undefined) info.evaluateName = evaluateName;
    return info;
  }

  /** A value as the view and the Debug Console show it, with a reference when it opens. */
  describe(value: PyValue, path?: string): EvaluateInfo {
    const base = { result: shortText(value), type: typeName(value) };
    const size = itemCount(value);
    if (size !== null) {
      if (size === 0) return { ...base, variablesReference: 0 };
      return { ...base, variablesReference: this.add(value, path), indexedVariables: size };
    }
    if (value instanceof Value || value instanceof PyInstance) {
      return { ...base, variablesReference: this.add(value, path) };
    }
    return { ...base, variablesReference: 0 };
  }

  private add(value: PyValue, path: string | undefined): number {
    this.refs.push(path === undefined ? { kind: 'value', value } : { kind: 'value', value, path });
    return this.refs.length;
  }
}

function itemCount(v: PyValue): number | null {
  if (Array.isArray(v)) return v.length;
  if (v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict) return v.map.size;
  if (v instanceof PySet) return setSize(v);
  return null;
}

function sub(path: string | undefined, part: string): string | undefined {
  return path === undefined ? undefined : `${path}${part}`;
}

/** A node's fields, as the hovers show them. */
function nodeEntries(n: GraphNode, path: string | undefined): Entry[] {
  const dataName =
    n instanceof Value || Object.prototype.hasOwnProperty.call(n.attrs, 'data') ? 'data' : 'val';
  return [
    [dataName, nodeData(n), sub(path, `.${dataName}`)],
    ['grad', nodeGrad(n), sub(path, '.grad')],
    ['op', nodeOp(n)],
    ['label', nodeLabel(n)],
    ['inputs', nodeInputs(n)],
  ];
}

function children(v: PyValue, path: string | undefined): Entry[] {
  if (Array.isArray(v)) return v.map((x, i) => [String(i), x, sub(path, `[${i}]`)] as const);
  if (v instanceof PyTuple)
    return v.items.map((x, i) => [String(i), x, sub(path, `[${i}]`)] as const);
  if (v instanceof PyDict) {
    return [...v.map.values()].map((e) => {
      const k = shortText(e.key);
      return [k, e.value, sub(path, `[${k}]`)] as const;
    });
  }
  if (v instanceof PySet) return setValues(v).map((x, i) => [String(i), x] as const);
  if (v instanceof Value) return nodeEntries(v, path);
  if (v instanceof PyInstance) {
    const own = Object.keys(v.attrs).map((k) => [k, v.attrs[k], sub(path, `.${k}`)] as const);
    // A list (dict…) subclass's instance opens to its items, then its own attributes.
    if (v instanceof PyBuiltinInstance) return [...children(v.payload, path), ...own];
    if (!isValueLike(v)) return own;
    const shown = new Set(['data', 'val', 'grad']);
    return [...nodeEntries(v, path), ...own.filter(([k]) => !shown.has(k))];
  }
  return [];
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/**
 * One line for a value. A Value-like reads as its data and grad without running the user's
 * __repr__; containers list their first items, so a 60,000-item list costs five reprs.
 */
export function shortText(v: PyValue): string {
  if (isValueLike(v)) {
    return `${v.cls.name}(data=${repr(nodeData(v))}, grad=${repr(nodeGrad(v))})`;
  }
  if (v instanceof PySet && v.constructor === (v instanceof PyFrozenSet ? PyFrozenSet : PySet)) {
    if (setSize(v) === 0) return repr(v);
    const text = itemsText(setValues(v), '{', '}', shortText);
    return v instanceof PyFrozenSet ? `frozenset(${text})` : text;
  }
  if (v instanceof PyDict && v.constructor === PyDict && v.map.size > 0) {
    const entries = [...v.map.values()];
    return itemsText(entries, '{', '}', (e) => `${shortText(e.key)}: ${shortText(e.value)}`);
  }
  if (Array.isArray(v)) return itemsText(v, '[', ']', shortText);
  if (v instanceof PyTuple && v.constructor === PyTuple) {
    if (v.items.length === 1) return clip(`(${shortText(v.items[0])},)`);
    return itemsText(v.items, '(', ')', shortText);
  }
  return clip(repr(v));
}

/** `open a, b, … N items close`: the first items, each as shortText shows it. */
function itemsText<T>(items: readonly T[], open: string, close: string, text: (x: T) => string) {
  const head = items.slice(0, PREVIEW_ITEMS).map(text).join(', ');
  const more = items.length > PREVIEW_ITEMS ? `, … ${items.length} items` : '';
  return clip(`${open}${head}${more}${close}`);
}
