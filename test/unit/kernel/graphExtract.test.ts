import { strict as assert } from 'node:assert';
import { extractGraph } from '../../../src/kernel/graphExtract';
import { ValueIds } from '../../../src/kernel/valueIds';
import { MLP } from '../../../src/engine/nn';
import { Value } from '../../../src/engine/value';

const noSites = () => null;

function lecture() {
  const a = new Value(2.0, 'a');
  const b = new Value(-3.0, 'b');
  const c = new Value(10.0, 'c');
  const e = a.mul(b);
  e.label = 'e';
  const d = e.add(c);
  d.label = 'd';
  const f = new Value(-2.0, 'f');
  const L = d.mul(f);
  L.label = 'L';
  L.backward();
  return { a, b, c, d, e, f, L };
}

describe('extractGraph', () => {
  it('gives micrograd’s picture of the lecture expression', () => {
    const { L } = lecture();
    const ids = new ValueIds();
    const g = extractGraph(L, ids, noSites, 1000);
    assert.equal(g.totalValues, 7);
    assert.equal(g.truncated, false);
    const byLabel = new Map(g.values.map((v) => [v.label, v]));
    assert.deepEqual(
      ['a', 'b', 'c', 'e', 'd', 'f', 'L'].map((l) => [
        l,
        byLabel.get(l)!.data,
        byLabel.get(l)!.grad,
      ]),
      [
        ['a', 2, 6],
        ['b', -3, -4],
        ['c', 10, -2],
        ['e', -6, -2],
        ['d', 4, -2],
        ['f', -2, 4],
        ['L', -8, 1],
      ],
    );
    const L2 = byLabel.get('L')!;
    assert.equal(L2.op, '*');
    assert.equal(L2.role, 'output');
    assert.deepEqual(L2.inputs, [byLabel.get('d')!.id, byLabel.get('f')!.id]);
    assert.equal(byLabel.get('a')!.role, 'leaf');
    assert.equal(byLabel.get('a')!.level, 0);
    assert.equal(byLabel.get('e')!.level, 1);
    assert.equal(byLabel.get('d')!.level, 2);
    assert.equal(L2.level, 3);
  });

  it('keeps ids stable across extractions so the panel can update in place', () => {
    const { L } = lecture();
    const ids = new ValueIds();
    const first = extractGraph(L, ids, noSites, 1000);
    L.backward();
    const second = extractGraph(L, ids, noSites, 1000);
    assert.deepEqual(
      first.values.map((v) => v.id),
      second.values.map((v) => v.id),
    );
    assert.equal(second.values.find((v) => v.label === 'a')!.grad, 12);
  });

  it('shows a number operand as a constant node', () => {
    const x = new Value(3, 'x');
    const y = x.mul(2).add(1);
    const g = extractGraph(y, new ValueIds(), noSites, 100);
    assert.equal(g.values.filter((v) => v.role === 'const').length, 2);
    assert.deepEqual(
      g.values.filter((v) => v.role === 'const').map((v) => v.data),
      [2, 1],
    );
  });

  it('groups an MLP’s Values by neuron, layer and MLP and marks parameters', () => {
    const rng = { uniform: () => 0.5 };
    const m = new MLP(2, [3, 1], 'tanh', 'linear', rng);
    const y = m.call([1, 2]) as Value;
    const g = extractGraph(y, new ValueIds(), noSites, 1000);
    assert.equal(g.values.filter((v) => v.role === 'param').length, 13);
    const kinds = g.groups.map((x) => x.kind).sort();
    assert.deepEqual(kinds, ['layer', 'layer', 'mlp', 'neuron', 'neuron', 'neuron', 'neuron']);
    const out = g.values.find((v) => v.id === g.rootId)!;
    const neuron = g.groups.find((x) => x.id === out.group)!;
    assert.equal(neuron.label, 'neuron 2.1');
  });

  it('truncates to the Values nearest the output and says how many there were', () => {
    let v = new Value(1, 'x0');
    for (let i = 0; i < 50; i++) v = v.add(new Value(i));
    const g = extractGraph(v, new ValueIds(), noSites, 10);
    assert.equal(g.truncated, true);
    assert.equal(g.values.length, 10);
    assert.equal(g.totalValues, 101);
    assert.ok(g.values.some((x) => x.id === g.rootId));
  });

  it('records where each Value was made', () => {
    const x = new Value(1);
    x.site = 7;
    const g = extractGraph(
      x,
      new ValueIds(),
      (site) => (site === 7 ? { line: 12, col: 5 } : null),
      10,
    );
    assert.deepEqual([g.values[0].line, g.values[0].col], [12, 5]);
  });
});
