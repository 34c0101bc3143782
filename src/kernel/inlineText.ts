// The short text shown at the end of an assignment line (after "= "), and in hovers for
// the first items of a list: a Value as `0.7071 · ∇ 1.0000`, lists of Values and of lists
// by their size, anything else as a shortened Python repr (see previewText).

import { Layer, MLP, Neuron } from '../engine/nn';
import { isGraphNode, type GraphNode } from '../lang/runtime/valueLike';
import { PyTuple, type PyValue } from '../lang/runtime/values';
import { previewText, valueText } from './previewText';

export { valueText } from './previewText';

const MAX_TEXT = 60;

function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function sequenceText(items: readonly PyValue[], value: PyValue, max: number): string {
  if (items.length > 0 && items.every(isGraphNode)) {
    const [open, close] = Array.isArray(value) ? ['[', ']'] : ['(', ')'];
    if (items.length <= 3)
      return `${open}${items.map((x) => valueText(x as GraphNode)).join(', ')}${close}`;
    return countOf(items.length, 'Value');
  }
  if (items.length > 0 && items.every((x) => Array.isArray(x)))
    return countOf(items.length, 'list');
  return previewText(value, max);
}

export function shortText(value: PyValue, max = MAX_TEXT): string {
  if (isGraphNode(value)) return valueText(value);
  if (Array.isArray(value)) return sequenceText(value, value, max);
  if (value instanceof PyTuple) return sequenceText(value.items, value, max);
  if (value instanceof MLP) {
    return `MLP ${value.sizes.join(' → ')} · ${value.parameters().length} parameters`;
  }
  if (value instanceof Layer) return `Layer ${value.nin} → ${value.nout} (${value.act})`;
  if (value instanceof Neuron) return `Neuron ${value.nin} → 1 (${value.act})`;
  return previewText(value, max);
}
