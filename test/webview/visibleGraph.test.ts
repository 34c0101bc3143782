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
  expandedChains: new Set(),
  bundleLeaves: true,
  openBundles: new Set(),
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
      ...open(60),
      collapsed: c,
      pinnedGroups: [neuron],
      pinnedValues: [weight.id],
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
          const v = computeVisibleGraph(model, { ...open(budget), collapsed: new Set(folded) });
          assert.ok(v.nodes.length <= budget, `${v.nodes.length} > ${budget}`);
          const ids = new Set(v.nodes.map((n) => n.id));
          assert.equal(ids.size, v.nodes.length, 'ids are unique');
          for (const e of v.edges) assert.ok(ids.has(e.from) && ids.has(e.to));
          // Deterministic.
          const again = computeVisibleGraph(model, {
            ...open(budget),
            collapsed: new Set(folded),
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
      // Raw units: every chain drawn link by link, every leaf by itself.
      const v = computeVisibleGraph(model, {
        ...open(1),
        collapsed,
        expandedChains: new Set(model.chains.map((c) => c.id)),
        bundleLeaves: false,
      });
      assert.equal(counts[d], v.untrimmedNodes, `depth ${d}`);
    }
  });

  it('folds the demo step from neurons up to the MLP, then opens the lone MLP box', () => {
    const demo = demoStepGraph();
    const model = buildGraphModel(demo.payload);
    assert.equal(model.fullNodeCount, 65_818 + 65_077);
    // Even fully folded, the loss part (per-point hinge terms, the L2 sum) exceeds 2,000
    // nodes when counted operation by operation: every group level folds. A single MLP box
    // would say nothing, and with the long sums as Σ nodes its layers fit: it opens.
    const collapsed = initialCollapse(model, 2000);
    assert.deepEqual(
      [...collapsed].sort((a, b) => a - b),
      [...demo.layerGroups, ...demo.neuronGroups.flat()].sort((a, b) => a - b),
    );
    // With a generous cap, only neurons fold (33 boxes: nothing to open).
    const neuronsOnly = initialCollapse(model, 10_000);
    assert.deepEqual(
      [...neuronsOnly].sort((a, b) => a - b),
      demo.neuronGroups.flat().sort((a, b) => a - b),
    );
  });

  it('keeps a lone box folded when what it holds does not fit the cap', () => {
    const demo = demoStepGraph();
    const model = buildGraphModel(demo.payload);
    // Opening the MLP into its 3 layers draws 14 nodes (12 with the MLP as one box).
    assert.equal(initialCollapse(model, 13).size, 1 + 3 + 33);
    assert.equal(initialCollapse(model, 14).size, 3 + 33);
  });
});

/** x_k * x_k for k < terms, summed left to right (micrograd's sum), times a constant 2. */
function sumOfSquares(terms: number, labelLink = -1): GraphPayload {
  const values: GraphValue[] = [];
  const xs = Array.from({ length: terms }, (_, k) => value(k + 1, '', []));
  values.push(...xs);
  let id = terms;
  const squares = xs.map((x) => {
    const v = { ...value(++id, '*', [x.id, x.id]), label: '' };
    values.push(v);
    return v;
  });
  let acc = squares[0];
  for (let k = 1; k < terms; k++) {
    acc = { ...value(++id, '+', [acc.id, squares[k].id]), label: k === labelLink ? 'part' : '' };
    values.push(acc);
  }
  const two = { ...value(++id, '', []), role: 'const' as const, label: '' };
  const out = { ...value(++id, '*', [acc.id, two.id]), role: 'output' as const, label: 'out' };
  values.push(two, out);
  return { rootId: out.id, values, groups: [], totalValues: values.length, truncated: false };
}

describe('compact drawing: Σ chains and leaf bundles', () => {
  it('folds a long sum into one Σ node, with the work done only for its terms', () => {
    const model = buildGraphModel(sumOfSquares(25));
    assert.equal(model.chains.length, 1);
    const chain = model.chains[0];
    assert.equal(chain.op, '+');
    assert.equal(chain.links, 24);
    assert.equal(chain.terms, 25);
    assert.equal(chain.absorbed, 25, 'the 25 squares are computed only for the sum');
    assert.equal(model.values[chain.head].id, 25 + 25 + 24);
    const v = computeVisibleGraph(model, open());
    // The 25 inputs feed only the Σ: one bundle.
    assert.deepEqual(v.nodes.map((n) => `${n.kind}:${n.id}`).sort(), [
      'bundle:b1',
      `chain:c${chain.id}`,
      'op:o76',
      'value:v75',
      'value:v76',
    ]);
    assert.deepEqual(v.edges.map((e) => `${e.from}>${e.to}`).sort(), [
      'b1>c74',
      'c74>o76',
      'o76>v76',
      'v75>o76',
    ]);
    const bundle = v.nodes.find((n) => n.kind === 'bundle')!;
    assert.equal(bundle.members.length, 25);
    assert.equal(v.shownValues, model.values.length);
    assert.equal(v.untrimmedNodes, 5);
  });

  it('draws it operation by operation once expanded, and lists a bundle once opened', () => {
    const model = buildGraphModel(sumOfSquares(25));
    const chain = model.chains[0];
    const v = computeVisibleGraph(model, { ...open(), expandedChains: new Set([chain.id]) });
    const ids = new Set(v.nodes.map((n) => n.id));
    for (let id = 26; id <= 74; id++) assert.ok(ids.has(`v${id}`) && ids.has(`o${id}`), `#${id}`);
    // Each input now feeds its own square: nothing to bundle.
    for (let id = 1; id <= 25; id++) assert.ok(ids.has(`v${id}`));
    const opened = computeVisibleGraph(model, { ...open(), openBundles: new Set([1]) });
    assert.ok(
      opened.nodes.some((n) => n.id === 'v7') && !opened.nodes.some((n) => n.kind === 'bundle'),
    );
    const noBundles = computeVisibleGraph(model, { ...open(), bundleLeaves: false });
    assert.equal(noBundles.nodes.filter((n) => n.kind === 'value').length, 25 + 2);
  });

  it('leaves short sums alone, and ends a chain at a named value', () => {
    assert.equal(buildGraphModel(sumOfSquares(19)).chains.length, 0, '19 terms: drawn as is');
    assert.equal(buildGraphModel(sumOfSquares(20)).chains.length, 1, '20 terms: one Σ');
    // `part` (after 10 links) is named: the chain is the 14 links after it, too short.
    const named = buildGraphModel(sumOfSquares(25, 10));
    assert.equal(named.chains.length, 0);
    const longer = buildGraphModel(sumOfSquares(45, 10));
    assert.equal(longer.chains.length, 1);
    assert.equal(longer.chains[0].links, 34, 'from the named value on');
  });

  it('never bundles the value the user asked to see', () => {
    const model = buildGraphModel(sumOfSquares(25));
    const v = computeVisibleGraph(model, { ...open(), pinnedValues: [3] });
    assert.ok(
      v.nodes.some((n) => n.id === 'v3'),
      'the selected input is drawn by itself',
    );
    const bundle = v.nodes.find((n) => n.kind === 'bundle')!;
    assert.equal(bundle.members.length, 24);
  });

  it('keeps every value exactly once, within budget, deterministically (random graphs with long sums)', () => {
    fc.assert(
      fc.property(
        arbGraph,
        fc.integer({ min: 20, max: 70 }),
        fc.integer({ min: 3, max: 60 }),
        fc.boolean(),
        fc.boolean(),
        (payload, terms, budget, expand, bundles) => {
          // Append a long sum over random earlier values to a random graph.
          const n = payload.values.length;
          const values = [...payload.values];
          let acc = values[0].id;
          for (let k = 0; k < terms; k++) {
            const id = n + k + 1;
            values.push({ ...value(id, '+', [acc, values[(k * 7) % n].id]), label: '' });
            acc = id;
          }
          const model = buildGraphModel({
            ...payload,
            values,
            rootId: acc,
            totalValues: values.length,
          });
          const controls = {
            ...open(budget),
            expandedChains: new Set(expand ? model.chains.map((c) => c.id) : []),
            bundleLeaves: bundles,
          };
          const v = computeVisibleGraph(model, controls);
          assert.ok(v.nodes.length <= Math.max(budget, 2), `${v.nodes.length} > ${budget}`);
          assert.equal(v.shownValues + v.trimmedValues, values.length);
          const ids = new Set(v.nodes.map((x) => x.id));
          assert.equal(ids.size, v.nodes.length, 'ids are unique');
          for (const e of v.edges) assert.ok(ids.has(e.from) && ids.has(e.to));
          assert.deepEqual(computeVisibleGraph(model, controls), v);
          // With no budget to speak of, every value the output depends on is drawn, once.
          const all = computeVisibleGraph(model, { ...controls, budget: 1e9 });
          const needed = new Set([acc]);
          for (let k = values.length - 1; k >= 0; k--)
            if (needed.has(values[k].id)) for (const i of values[k].inputs) needed.add(i);
          assert.equal(all.shownValues, needed.size);
          // Nothing is collapsed here: each value is drawn by itself, in a Σ or in a bundle.
          const counted =
            all.nodes.filter((x) => x.kind === 'value').length +
            all.nodes
              .filter((x) => x.kind === 'chain')
              .reduce(
                (sum, x) => sum + model.chains[x.chain].links + model.chains[x.chain].absorbed,
                0,
              ) +
            all.nodes
              .filter((x) => x.kind === 'bundle')
              .reduce((sum, x) => sum + x.members.length, 0);
          assert.equal(counted, needed.size);
        },
      ),
      { numRuns: 200 },
    );
  });
});
