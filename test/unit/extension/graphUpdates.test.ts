import { strict as assert } from 'node:assert';
import type { GraphPayload, GraphValue } from '../../../src/kernel/protocol';
import { applyUpdates, valueUpdates } from '../../../src/extension/graphUpdates';

function v(id: number, data: number, grad: number, inputs: number[] = []): GraphValue {
  return {
    id,
    label: '',
    data,
    grad,
    op: inputs.length > 0 ? '+' : '',
    inputs,
    role: 'inner',
    line: 0,
    col: 0,
    group: 0,
    level: 0,
    order: id,
  };
}

function graph(values: GraphValue[]): GraphPayload {
  return {
    rootId: values[values.length - 1].id,
    values,
    groups: [],
    totalValues: values.length,
    truncated: false,
  };
}

describe('graphUpdates', () => {
  it('lists only the Values whose data or grad changed', () => {
    const drawn = graph([v(1, 2, 0), v(2, 3, 0), v(3, 5, 0, [1, 2])]);
    const next = graph([v(1, 2, 1), v(2, 3, 1), v(3, 5, 1, [1, 2])]);
    assert.deepEqual(valueUpdates(drawn, next), [
      { id: 1, data: 2, grad: 1 },
      { id: 2, data: 3, grad: 1 },
      { id: 3, data: 5, grad: 1 },
    ]);
    assert.deepEqual(valueUpdates(next, next), []);
  });

  it('says a graph of other Values must be sent whole', () => {
    const drawn = graph([v(1, 2, 0), v(2, 3, 0, [1])]);
    assert.equal(valueUpdates(drawn, graph([v(1, 2, 0), v(4, 3, 0, [1])])), null);
    assert.equal(valueUpdates(drawn, graph([v(1, 2, 0)])), null);
  });

  it('applies updates to a copy', () => {
    const drawn = graph([v(1, 2, 0), v(2, 3, 0, [1])]);
    const after = applyUpdates(drawn, [{ id: 2, data: 3, grad: 1 }]);
    assert.equal(after.values[1].grad, 1);
    assert.equal(drawn.values[1].grad, 0);
  });
});
