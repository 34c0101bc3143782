// What a hover says about each name a session holds. Computed once per run, in the kernel,
// so the editor answers hovers from this snapshot without asking a busy worker.

import { Layer, MLP, Neuron } from '../engine/nn';
import { Adam, SGD } from '../engine/optim';
import { Value } from '../engine/value';
import { typeName } from '../lang/repr';
import {
  Builtin,
  BoundMethod,
  PyDict,
  PyFunction,
  PyTuple,
  type PyValue,
} from '../lang/runtime/values';
import type {
  LayerInfo,
  ModuleInfo,
  NameInfo,
  PlainInfo,
  SequenceInfo,
  ValueInfo,
} from './protocol';
import type { SitePosition } from './graphExtract';
import { shortText } from './inlineText';
import { previewText, shortFloat } from './previewText';
import type { ValueIds } from './valueIds';

const PREVIEW_ITEMS = 5;
/** Longest preview text a hover shows. */
const PREVIEW_CHARS = 200;

function constantText(v: Value): string {
  return v.label !== '' ? v.label : v.isConstant ? String(v.data) : '';
}

export function describeValue(v: Value, ids: ValueIds, sitePosition: SitePosition): ValueInfo {
  const pos = v.site !== 0 ? sitePosition(v.site) : null;
  return {
    kind: 'value',
    id: ids.idOf(v),
    data: v.data,
    grad: v.grad,
    op: v.op,
    label: v.label,
    inputs: v.inputs.map(constantText),
    line: pos?.line ?? 0,
    col: pos?.col ?? 0,
  };
}

function gradNorm(params: readonly Value[]): number {
  let s = 0;
  for (const p of params) s += p.grad * p.grad;
  return Math.sqrt(s);
}

function layerInfo(name: string, layer: Layer): LayerInfo {
  const params = layer.parameters();
  return { name, params: params.length, gradNorm: gradNorm(params) };
}

export function describeModule(m: MLP | Layer | Neuron): ModuleInfo {
  if (m instanceof MLP) {
    return {
      kind: 'module',
      type: 'MLP',
      shape: `MLP ${m.sizes.join(' → ')}`,
      params: m.parameters().length,
      layers: m.layers.map((l, i) => layerInfo(`layer ${i + 1} (${l.nout} ${l.act})`, l)),
    };
  }
  if (m instanceof Layer) {
    return {
      kind: 'module',
      type: 'Layer',
      shape: `Layer ${m.nin} → ${m.nout} (${m.act})`,
      params: m.parameters().length,
      layers: [layerInfo('layer', m)],
    };
  }
  const params = m.parameters();
  return {
    kind: 'module',
    type: 'Neuron',
    shape: `Neuron ${m.nin} → 1 (${m.act})`,
    params: params.length,
    layers: [{ name: 'neuron', params: params.length, gradNorm: gradNorm(params) }],
  };
}

function describeSequence(
  kind: 'list' | 'tuple',
  items: readonly PyValue[],
  value: PyValue,
): SequenceInfo {
  let values = 0;
  for (const item of items) if (item instanceof Value) values++;
  return {
    kind,
    length: items.length,
    items: items
      .slice(0, PREVIEW_ITEMS)
      .map((item) => (typeof item === 'number' ? shortFloat(item) : shortText(item))),
    values,
    preview: previewText(value, PREVIEW_CHARS),
  };
}

function plain(kind: PlainInfo['kind'], type: string, value: PyValue): PlainInfo {
  return { kind, type, repr: shortText(value, PREVIEW_CHARS) };
}

export function describe(value: PyValue, ids: ValueIds, sitePosition: SitePosition): NameInfo {
  if (value instanceof Value) return describeValue(value, ids, sitePosition);
  if (Array.isArray(value)) return describeSequence('list', value, value);
  if (value instanceof PyTuple) return describeSequence('tuple', value.items, value);
  if (value instanceof MLP || value instanceof Layer || value instanceof Neuron) {
    return describeModule(value);
  }
  switch (typeof value) {
    case 'bigint':
      return plain('number', 'int', value);
    case 'number':
      return plain('number', 'float', value);
    case 'string':
      return { kind: 'string', type: 'str', repr: previewText(value, PREVIEW_CHARS) };
    case 'boolean':
      return plain('bool', 'bool', value);
  }
  if (value === null) return plain('none', 'NoneType', value);
  if (value instanceof PyDict) return plain('dict', typeName(value), value);
  if (value instanceof PyFunction) return plain('function', 'function', value);
  if (value instanceof Builtin || value instanceof BoundMethod) {
    return plain('function', 'builtin_function_or_method', value);
  }
  if (value instanceof SGD || value instanceof Adam) {
    return plain('optimizer', value instanceof SGD ? 'SGD' : 'Adam', value);
  }
  return plain('other', typeName(value), value);
}
