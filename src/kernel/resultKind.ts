// What a cell's result is, in a few words ("a list of 300 numbers", "an MLP 2 → 16 → 1"),
// for messages that must say why the cell has nothing to draw. Never builds the value's text:
// a result may be a list of ten million items.

import { Layer, MLP, Neuron } from '../engine/nn';
import { Value } from '../engine/value';
import { pluralize } from '../lang/runtime/args';
import { typeName } from '../lang/runtime/repr';
import { PyDict, PyFrozenSet, PySet, PyTuple, type PyValue } from '../lang/runtime/values';

function itemsNoun(items: readonly PyValue[]): string {
  const isNumber = (x: PyValue) => typeof x === 'number' || typeof x === 'bigint';
  if (items.length > 0 && items.every(isNumber)) return 'number';
  if (items.length > 0 && items.every((x) => x instanceof Value)) return 'Value';
  return 'item';
}

export function resultKind(value: PyValue): string {
  if (value === null) return 'None';
  if (value instanceof Value) return 'a Value';
  if (Array.isArray(value)) return `a list of ${pluralize(value.length, itemsNoun(value))}`;
  if (value instanceof PyTuple)
    return `a tuple of ${pluralize(value.items.length, itemsNoun(value.items))}`;
  if (value instanceof MLP) return `an MLP ${value.sizes.join(' → ')}`;
  if (value instanceof Layer) return `a Layer ${value.nin} → ${value.nout}`;
  if (value instanceof Neuron) return `a Neuron with ${pluralize(value.nin, 'input')}`;
  if (value instanceof PyDict) return `a dict of ${pluralize(value.map.size, 'item')}`;
  if (value instanceof PySet) {
    const kind = value instanceof PyFrozenSet ? 'frozenset' : 'set';
    return `a ${kind} of ${pluralize(value.map.size, 'item')}`;
  }
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return 'a number';
    case 'string':
      return 'a string';
    case 'boolean':
      return 'a bool';
    default: {
      const type = typeName(value);
      return `${/^[aeiou]/i.test(type) ? 'an' : 'a'} ${type}`;
    }
  }
}
