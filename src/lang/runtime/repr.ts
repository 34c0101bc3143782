// Python's repr() and str() of every tgrad value, and type names for messages and hovers.

import { Adam, Layer, MLP, Neuron, SGD, Value } from '../../engine';
import { floatRepr, intRepr, strRepr } from '../format';
import {
  BoundMethod,
  Builtin,
  PyCounter,
  PyDefaultDict,
  PyDict,
  PyDictView,
  PyFile,
  PyFunction,
  PyModule,
  PyIterator,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  type PyValue,
} from './values';

/** Python's type name: 'int', 'float', 'list', 'Value', 'MLP', … */
export function typeName(v: PyValue): string {
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'str';
  }
  if (v === null) return 'NoneType';
  if (Array.isArray(v)) return 'list';
  if (v instanceof Value) return 'Value';
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof PyDict) {
    if (v instanceof PyDefaultDict) return 'collections.defaultdict';
    if (v instanceof PyCounter) return 'Counter';
    return 'dict';
  }
  if (v instanceof PySet) return 'set';
  if (v instanceof PyRange) return 'range';
  if (v instanceof PyFunction) return 'function';
  if (v instanceof Builtin) return 'builtin_function_or_method';
  if (v instanceof BoundMethod) return 'builtin_function_or_method';
  if (v instanceof PyIterator) return v.typeName;
  if (v instanceof PySlice) return 'slice';
  if (v instanceof PyDictView) return `dict_${v.kind}`;
  if (v instanceof PyModule) return 'module';
  if (v instanceof PyFile) return '_io.TextIOWrapper';
  if (v instanceof MLP) return 'MLP';
  if (v instanceof Layer) return 'Layer';
  if (v instanceof Neuron) return 'Neuron';
  if (v instanceof SGD) return 'SGD';
  if (v instanceof Adam) return 'Adam';
  return 'object';
}

/** Python's repr(v). */
export function repr(v: PyValue): string {
  return reprIn(v, null);
}

/** Python's str(v): a str is itself, everything else its repr. */
export function str(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'bigint') return intRepr(v);
  return reprIn(v, null);
}

/** repr of a float as Python prints it inside Value(...) and optimizer reprs. */
function num(x: number): string {
  return floatRepr(x);
}

function reprIn(v: PyValue, active: Set<object> | null): string {
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return intRepr(v);
    case 'number':
      return floatRepr(v);
    case 'string':
      return strRepr(v);
  }
  if (v === null) return 'None';
  if (v instanceof Value) return `Value(data=${num(v.data)}, grad=${num(v.grad)})`;
  if (Array.isArray(v) || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet) {
    // A container that holds itself prints as [...] there, as in Python.
    if (active !== null && active.has(v)) {
      return Array.isArray(v) ? '[...]' : v instanceof PyTuple ? '(...)' : '{...}';
    }
    const seen = active ?? new Set<object>();
    seen.add(v);
    try {
      return containerRepr(v, seen);
    } finally {
      seen.delete(v);
    }
  }
  if (v instanceof PyRange) {
    return v.step === 1n
      ? `range(${v.start}, ${v.stop})`
      : `range(${v.start}, ${v.stop}, ${v.step})`;
  }
  if (v instanceof PyFunction) return `<function ${v.name}>`;
  if (v instanceof Builtin) return `<built-in function ${v.name}>`;
  if (v instanceof BoundMethod) return `<built-in method ${v.name} of ${typeName(v.self)} object>`;
  if (v instanceof PyIterator) return `<${v.typeName} object>`;
  if (v instanceof PyDictView) return `dict_${v.kind}(${reprIn(v.items(), active)})`;
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof SGD) return `SGD(lr=${num(v.lr)}, momentum=${num(v.momentum)})`;
  if (v instanceof Adam) {
    return `Adam(lr=${num(v.lr)}, betas=(${num(v.beta1)}, ${num(v.beta2)}), eps=${num(v.eps)})`;
  }
  if (v instanceof MLP || v instanceof Layer || v instanceof Neuron) return v.toString();
  if (v instanceof PyModule) {
    return v.file === null
      ? `<module '${v.name}' (built-in)>`
      : `<module '${v.name}' from ${strRepr(v.file)}>`;
  }
  if (v instanceof PyFile) {
    return `<_io.TextIOWrapper name=${strRepr(v.name)} mode=${strRepr(v.mode)} encoding=${strRepr(v.encoding)}>`;
  }
  return '<object>';
}

function containerRepr(v: PyValue[] | PyTuple | PyDict | PySet, seen: Set<object>): string {
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i > 0 ? ', ' : '') + reprIn(v[i], seen);
    return out + ']';
  }
  if (v instanceof PyTuple) {
    const items = v.items;
    if (items.length === 1) return `(${reprIn(items[0], seen)},)`;
    return `(${items.map((x) => reprIn(x, seen)).join(', ')})`;
  }
  if (v instanceof PyDict) {
    let entries = [...v.map.values()];
    // A Counter shows its most common first (a stable sort, as most_common()).
    if (v instanceof PyCounter) {
      if (entries.length === 0) return 'Counter()';
      entries = entries.slice().sort((a, b) => countOrder(b.value, a.value));
    }
    const parts: string[] = [];
    for (const e of entries) parts.push(`${reprIn(e.key, seen)}: ${reprIn(e.value, seen)}`);
    const body = `{${parts.join(', ')}}`;
    if (v instanceof PyCounter) return `Counter(${body})`;
    if (v instanceof PyDefaultDict) return `defaultdict(${factoryRepr(v.factory, seen)}, ${body})`;
    return body;
  }
  if (v.map.size === 0) return 'set()';
  const parts: string[] = [];
  for (const x of v.map.values()) parts.push(reprIn(x, seen));
  return `{${parts.join(', ')}}`;
}

/** Orders counts (numbers of any kind) for a Counter's repr and most_common(). */
export function countOrder(a: PyValue, b: PyValue): number {
  const x = typeof a === 'bigint' || typeof a === 'number' ? Number(a) : 0;
  const y = typeof b === 'bigint' || typeof b === 'number' ? Number(b) : 0;
  return x < y ? -1 : x > y ? 1 : 0;
}

const TYPE_BUILTINS = new Set(['int', 'float', 'str', 'list', 'dict', 'set', 'tuple', 'bool']);

/** defaultdict's factory as CPython shows it: `<class 'int'>` for a type. */
function factoryRepr(f: PyValue, seen: Set<object>): string {
  if (f instanceof Builtin && TYPE_BUILTINS.has(f.name)) return `<class '${f.name}'>`;
  return reprIn(f, seen);
}
