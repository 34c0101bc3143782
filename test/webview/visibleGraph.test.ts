// What of a graph is drawn: grouping, the node budget and its "⋯" stubs (pure, in Node).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { GraphGroup, GraphPayload, GraphValue } from '../../src/kernel/protocol';
import { buildGraphModel } from '../../media/src/graph/graphModel';
import { initialCollapse, nodeCountsByCollapseDepth } from '../../media/src/graph/initialCollapse';
import { computeVisibleGraph, type ViewControls } from '../../media/src/graph/visibleGraph';
import { demoStepGraph } from './fixtures/demoGraph';
import { lectureGraph } from './fixtures/lectureGraph';

const open = (budget = 2000): ViewControls => ({
  collapsed: new Set(),
  pinnedGroups: [],
  pinnedValues: [],
  budget,
});

function value(id: number, op: string, inputs: number[], group = 0): GraphValue {
  return {
    id,
    label: `v${id}`,
    data: id,
    grad: 0,
    op,
    inputs,
    role: op ? 'inner' : 'leaf',
    line: 1,
    col: 1,
    group,
    level: 0,
    order: 0,
  };
}

/** A random DAG: every value may use any earlier values; groups nest up to three deep. */
const arbGraph = fc
  .record({
    n: fc.integer({ min: 1, max: 60 }),
    seed: fc.integer(),
    groups: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ n, seed, groups }): GraphPayload => {
    let s = seed >>> 0;
    const rnd = (k: number): number => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s % k;
    };
    const gs: GraphGroup[] = [];
    for (let g = 1; g <= groups; g++)
      gs.push({
        id: g,
        parent: g > 1 && rnd(2) ? rnd(g - 1) + 1 : 0,
        kind: 'neuron',
        label: `g${g}`,
      });
    const values: GraphValue[] = [];
    for (let i = 1; i <= n; i++) {
      const arity = i === 1 ? 0 : rnd(3);
      const inputs = Array.from({ length: arity }, () => rnd(i - 1) + 1);
      values.push(value(i, arity ? '+' : '', inputs, groups ? rnd(groups + 1) : 0));
    }
    return { rootId: n, values, groups: gs, totalValues: n, truncated: false };
  });

describe('visible graph', () => {
  it('shows the lecture graph whole: a node per value and per operation', () => {
    const model = buildGraphModel(lectureGraph());
    const v = computeVisibleGraph(model, open());
    assert.deepEqual(v.nodes.map((n) => n.id).sort(), [
      'o4',
      'o5',
      'o7',
      'v1',
      'v2',
      'v3',
      'v4',
      'v5',
      'v6',
      'v7',
    ]);
    assert.equal(v.edges.length, 9);
    assert.ok(
      v.edges.some((e) => e.from === 'v4' && e.to === 'o5'),
      'e feeds the + op',
    );
    assert.ok(
      v.edges.some((e) => e.from === 'o5' && e.to === 'v5'),
      'the + op makes d',
    );
    assert.equal(v.trimmedValues, 0);
    assert.equal(v.untrimmedNodes, 10);
  });

  it('draws one edge for a value used twice by one operation (p*p)', () => {
    const payload: GraphPayload = {
      rootId: 2,
      values: [value(1, '', []), value(2, '*', [1, 1])],
      groups: [],
      totalValues: 2,
      truncated: false,
    };
    const v = computeVisibleGraph(buildGraphModel(payload), open());
    assert.deepEqual(v.edges, [
      { from: 'o2', to: 'v2' },
      { from: 'v1', to: 'o2' },
    ]);
  });

  it('folds a collapsed group into one node with the edges of its members', () => {
    const groups: GraphGroup[] = [{ id: 9, parent: 0, kind: 'neuron', label: 'n' }];
    const values = [
      value(1, '', []),
      value(2, '', [], 9),
      value(3, '*', [1, 2], 9),
      value(4, '+', [3, 1]),
    ];
    const model = buildGraphModel({ rootId: 4, values, groups, totalValues: 4, truncated: false });
    const v = computeVisibleGraph(model, { ...open(), collapsed: new Set([9]) });
    assert.deepEqual(v.nodes.map((n) => n.id).sort(), ['g9', 'o4', 'v1', 'v4']);
    assert.deepEqual(v.edges.map((e) => `${e.from}>${e.to}`).sort(), [
      'g9>o4',
      'o4>v4',
      'v1>g9',
      'v1>o4',
    ]);
  });

  it('trims to the budget from the output, with a stub where inputs were left out', () => {
    // A chain of 50 adds: each keeps its op node and value node.
    const values = [value(1, '', [])];
    for (let i = 2; i <= 50; i++) values.push(value(i, '+', [i - 1, 1]));
    const model = buildGraphModel({
      rootId: 50,
      values,
      groups: [],
      totalValues: 50,
      truncated: false,
    });
    const v = computeVisibleGraph(model, open(21));
    assert.ok(v.nodes.length <= 21, `${v.nodes.length} nodes`);
    assert.ok(
      v.nodes.some((n) => n.id === 'v50'),
      'the output is kept',
    );
    const stubs = v.nodes.filter((n) => n.kind === 'stub');
    assert.equal(stubs.length, 1);
    assert.ok(v.trimmedValues > 0);
    assert.equal(v.shownValues + v.trimmedValues, 50);
    const ids = new Set(v.nodes.map((n) => n.id));
    for (const e of v.edges) assert.ok(ids.has(e.from) && ids.has(e.to), `${e.from} → ${e.to}`);
    // A bigger budget shows more.
    assert.ok(computeVisibleGraph(model, open(60)).shownValues > v.shownValues);
  });

  it('marks inputs missing from a truncated payload with a stub', () => {
    const payload: GraphPayload = {
      rootId: 3,
      values: [value(2, '', []), value(3, '+', [1, 2])],
      groups: [],
      totalValues: 3,
      truncated: true,
    };
    const v = computeVisibleGraph(buildGraphModel(payload), open());
    const stub = v.nodes.find((n) => n.kind === 'stub')!;
    assert.equal(stub.missingInputs, 1);
    assert.equal(stub.target, 'o3');
  });

  it('keeps what the user expanded and the value they selected', () => {
    const demo = demoStepGraph(6);
    const model = buildGraphModel(demo.payload);
    const collapsed = initialCollapse(model, 60);
    const neuron = demo.neuronGroups[1][3];
    const weight = demo.payload.values.find((x) => x.group === neuron && x.role === 'param')!;
    // Open the chain down to that neuron, pin it and the weight: they are drawn.
    const chain = model.groups.get(neuron)!.chain;
    const c = new Set([...collapsed].filter((g) => !chain.includes(g)));
    const v = computeVisibleGraph(model, {
      collapsed: c,
      pinnedGroups: [neuron],
      pinnedValues: [weight.id],
      budget: 60,
    });
    const ids = new Set(v.nodes.map((n) => n.id));
    assert.ok(ids.has(`v${weight.id}`), 'the selected weight');
    assert.ok(v.nodes.length <= 60);
  });

  it('never draws more than the budget, and every edge joins drawn nodes (random graphs)', () => {
    fc.assert(
      fc.property(
        arbGraph,
        fc.integer({ min: 3, max: 40 }),
        fc.array(fc.integer({ min: 1, max: 6 })),
        (payload, budget, folded) => {
          const model = buildGraphModel(payload);
          const v = computeVisibleGraph(model, {
            collapsed: new Set(folded),
            pinnedGroups: [],
            pinnedValues: [],
            budget,
          });
          assert.ok(v.nodes.length <= budget, `${v.nodes.length} > ${budget}`);
          const ids = new Set(v.nodes.map((n) => n.id));
          assert.equal(ids.size, v.nodes.length, 'ids are unique');
          for (const e of v.edges) assert.ok(ids.has(e.from) && ids.has(e.to));
          // Deterministic.
          const again = computeVisibleGraph(model, {
            collapsed: new Set(folded),
            pinnedGroups: [],
            pinnedValues: [],
            budget,
          });
          assert.deepEqual(again, v);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('initial collapse', () => {
  it('collapses nothing when the graph fits', () => {
    assert.equal(initialCollapse(buildGraphModel(lectureGraph()), 2000).size, 0);
  });

  it('counts nodes per collapse depth exactly as folding them would', () => {
    const model = buildGraphModel(demoStepGraph(4).payload);
    const counts = nodeCountsByCollapseDepth(model);
    for (let d = 0; d <= model.maxDepth; d++) {
      const collapsed = new Set(model.groupList.filter((g) => g.depth >= d).map((g) => g.group.id));
      // computeVisibleGraph counts the same thing its own way (units, not chain lengths).
      const v = computeVisibleGraph(model, {
        collapsed,
        pinnedGroups: [],
        pinnedValues: [],
        budget: 1,
      });
      assert.equal(counts[d], v.untrimmedNodes, `depth ${d}`);
    }
  });

  it('folds the demo step from neurons up to the MLP, as far as needed', () => {
    const demo = demoStepGraph();
    const model = buildGraphModel(demo.payload);
    assert.equal(model.fullNodeCount, 65_818 + 65_077);
    // Even fully folded the loss part (per-point hinge terms, the L2 sum) exceeds 2,000
    // nodes: everything is folded, and the budget trims the rest.
    const collapsed = initialCollapse(model, 2000);
    assert.equal(collapsed.size, 1 + 3 + 33);
    // With a generous cap, only neurons fold.
    const neuronsOnly = initialCollapse(model, 10_000);
    assert.deepEqual(
      [...neuronsOnly].sort((a, b) => a - b),
      demo.neuronGroups.flat().sort((a, b) => a - b),
    );
  });
});
