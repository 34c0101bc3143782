// The deterministic left-to-right layout (pure, in Node).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { packColumn } from '../../media/src/graph/isotonic';
import {
  layeredLayout,
  type LayoutEdge,
  type LayoutNode,
} from '../../media/src/graph/layeredLayout';

const gaps = { columnGap: 40, rowGap: 10 };

describe('layered layout', () => {
  // The lecture graph as the view draws it: a b c f, the op nodes, e d L.
  const ids = ['a', 'b', 'c', 'f', 'o_e', 'e', 'o_d', 'd', 'o_L', 'L'];
  const at = (id: string) => ids.indexOf(id);
  const nodes: LayoutNode[] = ids.map((id, order) => ({
    width: id.startsWith('o_') ? 26 : 200,
    height: 26,
    order,
  }));
  const edges: LayoutEdge[] = [
    ['a', 'o_e'],
    ['b', 'o_e'],
    ['o_e', 'e'],
    ['e', 'o_d'],
    ['c', 'o_d'],
    ['o_d', 'd'],
    ['d', 'o_L'],
    ['f', 'o_L'],
    ['o_L', 'L'],
  ].map(([from, to]) => ({ from: at(from), to: at(to) }));

  it('places columns like draw_dot: longest path, leaves just before their first use', () => {
    const l = layeredLayout(nodes, edges, gaps);
    const col = (id: string) => l.column[at(id)];
    assert.deepEqual(
      ids.map((id) => [id, col(id)]),
      [
        ['a', 0],
        ['b', 0],
        ['c', 2],
        ['f', 4],
        ['o_e', 1],
        ['e', 2],
        ['o_d', 3],
        ['d', 4],
        ['o_L', 5],
        ['L', 6],
      ],
    );
    assert.equal(l.columns, 7);
    // Left to right, op nodes centred between their inputs.
    assert.ok(l.x[at('a')] < l.x[at('o_e')] && l.x[at('o_e')] < l.x[at('e')]);
    assert.equal(l.y[at('o_e')], (l.y[at('a')] + l.y[at('b')]) / 2);
    assert.equal(l.y[at('e')], l.y[at('o_e')], 'an op and its value on one line');
  });

  it('is deterministic', () => {
    const a = layeredLayout(nodes, edges, gaps);
    const b = layeredLayout(nodes, edges, gaps);
    assert.deepEqual([...a.x], [...b.x]);
    assert.deepEqual([...a.y], [...b.y]);
  });

  it('sets what feeds one node only just before it: the terms of a sum beside their links', () => {
    // s1 = t0 + t1, s2 = s1 + t2, s3 = s2 + t3, where each t = relu(x*w): x and w feed t only.
    const ids: string[] = [];
    const es: LayoutEdge[] = [];
    const add = (id: string, ...inputs: string[]) => {
      ids.push(id);
      for (const i of inputs) es.push({ from: ids.indexOf(i), to: ids.length - 1 });
    };
    for (let k = 0; k < 4; k++) {
      add(`x${k}`);
      add(`w${k}`);
      add(`m${k}`, `x${k}`, `w${k}`);
      add(`t${k}`, `m${k}`);
    }
    add('s1', 't0', 't1');
    add('s2', 's1', 't2');
    add('s3', 's2', 't3');
    const l = layeredLayout(
      ids.map((_, order) => ({ width: 40, height: 20, order })),
      es,
      gaps,
    );
    const col = (id: string) => l.column[ids.indexOf(id)];
    assert.equal(col('t3'), col('s3') - 1, 't3 right before the link it feeds');
    assert.equal(col('m3'), col('s3') - 2);
    assert.equal(col('x3'), col('s3') - 3);
    assert.equal(col('t2'), col('s2') - 1);
    assert.equal(col('t0'), 2, 'the first terms start the chain');
    for (const e of es) assert.ok(l.column[e.from] < l.column[e.to]);
  });

  it('survives cycles (collapsed groups can close one)', () => {
    const l = layeredLayout(
      [0, 1, 2].map((order) => ({ width: 10, height: 10, order })),
      [
        { from: 0, to: 1 },
        { from: 1, to: 2 },
        { from: 2, to: 0 },
      ],
      gaps,
    );
    assert.deepEqual([...l.column], [0, 1, 2]);
  });

  it('never overlaps nodes in a column, on random DAGs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 200 }),
        fc.array(fc.integer({ min: 8, max: 60 }), { minLength: 80, maxLength: 80 }),
        (n, pairs, heights) => {
          const ns = Array.from({ length: n }, (_, i) => ({
            width: 50,
            height: heights[i],
            order: i,
          }));
          const es = pairs
            .map(([a, b]) => ({ from: a % n, to: b % n }))
            .filter((e) => e.from < e.to);
          const l = layeredLayout(ns, es, gaps);
          for (let c = 0; c < l.columns; c++) {
            const members = ns
              .map((_, i) => i)
              .filter((i) => l.column[i] === c)
              .sort((p, q) => l.y[p] - l.y[q]);
            for (let k = 1; k < members.length; k++) {
              const p = members[k - 1];
              const q = members[k];
              const need = (ns[p].height + ns[q].height) / 2 + gaps.rowGap;
              assert.ok(
                l.y[q] - l.y[p] >= need - 1e-6,
                `column ${c}: ${l.y[q] - l.y[p]} < ${need}`,
              );
            }
          }
          for (const e of es) assert.ok(l.column[e.from] < l.column[e.to], 'edges point right');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('column packing (isotonic regression)', () => {
  it('keeps nodes where they want to be when there is room', () => {
    assert.deepEqual([...packColumn([0, 100, 200], [1, 1, 1], [0, 30, 30])], [0, 100, 200]);
  });

  it('spreads crowded nodes evenly around where they want to be', () => {
    assert.deepEqual([...packColumn([50, 50, 50], [1, 1, 1], [0, 20, 20])], [30, 50, 70]);
  });

  it('lets heavier nodes win', () => {
    const y = packColumn([0, 0], [3, 1], [0, 10]);
    assert.equal(y[1] - y[0], 10);
    assert.equal(y[0], -2.5);
  });
});
