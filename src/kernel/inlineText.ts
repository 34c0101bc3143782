// The short text shown at the end of an assignment line (after "= "), and in hovers for
// the first items of a list: a Value as `0.7071 · ∇ 1.0000`, containers by their size.

import { Layer, MLP, Neuron } from '../engine/nn';
import { Value } from '../engine/value';
import { formatFloat } from '../lang/format';
import { repr } from '../lang/repr';
import { PyTuple, type PyValue } from '../lang/runtime/values';

const MAX_TEXT = 60;

export function valueText(v: Value): string {
  return `${formatFloat(v.data, '.4f')} · ∇ ${formatFloat(v.grad, '.4f')}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function countOf(items: readonly PyValue[], noun: string): string {
  return `${items.length} ${noun}${items.length === 1 ? '' : 's'}`;
}

function sequenceText(items: readonly PyValue[], open: string, close: string, max: number): string {
  if (items.length > 0 && items.every((x) => x instanceof Value)) {
    if (items.length <= 3)
      return `${open}${items.map((x) => valueText(x as Value)).join(', ')}${close}`;
    return countOf(items, 'Value');
  }
  if (items.length > 0 && items.every((x) => Array.isArray(x))) return countOf(items, 'list');
  return clip(repr(open === '[' ? (items as PyValue[]) : new PyTuple([...items])), max);
}

export function shortText(value: PyValue, max = MAX_TEXT): string {
  if (value instanceof Value) return valueText(value);
  if (Array.isArray(value)) return sequenceText(value, '[', ']', max);
  if (value instanceof PyTuple) return sequenceText(value.items, '(', ')', max);
  if (value instanceof MLP) {
    return `MLP ${value.sizes.join(' → ')} · ${value.parameters().length} parameters`;
  }
  if (value instanceof Layer) return `Layer ${value.nin} → ${value.nout} (${value.act})`;
  if (value instanceof Neuron) return `Neuron ${value.nin} → 1 (${value.act})`;
  return clip(repr(value), max);
}
