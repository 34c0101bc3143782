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
import { PyInstance } from '../lang/runtime/objects';
import {
  isGraphNode,
  nodeData,
  nodeGrad,
  nodeInputs,
  nodeLabel,
  nodeOp,
  type GraphNode,
} from '../lang/runtime/valueLike';
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

function inputText(v: GraphNode): string {
  return v instanceof Value ? constantText(v) : nodeLabel(v);
}

export function describeValue(v: GraphNode, ids: ValueIds, sitePosition: SitePosition): ValueInfo {
  const pos = v.site !== 0 ? sitePosition(v.site) : null;
  const info: ValueInfo = {
    kind: 'value',
    id: ids.idOf(v),
    data: nodeData(v),
    grad: nodeGrad(v),
    op: nodeOp(v),
    label: nodeLabel(v),
    inputs: nodeInputs(v).map(inputText),
    line: pos?.line ?? 0,
    col: pos?.col ?? 0,
  };
  if (!(v instanceof Value)) info.type = v.cls.name;
  return info;
}

function gradNorm(params: readonly GraphNode[]): number {
  let s = 0;
  for (const p of params) s += nodeGrad(p) ** 2;
  return Math.sqrt(s);
}

/** Most parameters a hover adds up the gradient norm of (a bigger module shows only its count). */
const NORM_PARAMS = 100_000;

/** A user's module (any object whose parameters() gives Value-likes): its count and grad norm. */
function describeUserModule(o: PyInstance, params: PyValue): ModuleInfo | null {
  const items = Array.isArray(params) ? params : params instanceof PyTuple ? params.items : null;
  if (items === null || items.length === 0 || !items.every(isGraphNode)) return null;
  const nodes = items as GraphNode[];
  return {
    kind: 'module',
    type: o.cls.name,
    shape: o.cls.name,
    params: nodes.length,
    layers:
      nodes.length <= NORM_PARAMS
        ? [{ name: 'all', params: nodes.length, gradNorm: gradNorm(nodes) }]
        : [],
  };
}

/** Calls a user object's parameters() for a hover, or undefined (see Interpreter.peekMethod). */
export type ParametersOf = (o: PyInstance) => PyValue | undefined;

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
  for (const item of items) if (isGraphNode(item)) values++;
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

export function describe(
  value: PyValue,
  ids: ValueIds,
  sitePosition: SitePosition,
  parametersOf: ParametersOf = () => undefined,
): NameInfo {
  if (isGraphNode(value)) return describeValue(value, ids, sitePosition);
  if (value instanceof PyInstance) {
    const params = parametersOf(value);
    const info = params === undefined ? null : describeUserModule(value, params);
    if (info !== null) return info;
  }
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
