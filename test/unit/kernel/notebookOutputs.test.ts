import { strict as assert } from 'node:assert';
import { chartOutput, seriesOf } from '../../../src/kernel/outputs/chartOutput';
import { graphOutput } from '../../../src/kernel/outputs/graphOutput';
import { MAX_PICTURE_NODES } from '../../../src/kernel/outputs/graphPicture';
import {
  byteLength,
  CHART_MIME,
  GRAPH_MIME,
  MAX_OUTPUT_BYTES,
  MAX_OUTPUT_VALUES,
  MAX_SERIES_POINTS,
  readChartOutput,
  readGraphOutput,
  SVG_MIME,
  type ChartOutputData,
  type GraphOutputData,
} from '../../../src/kernel/outputs/outputMimes';
import type { GraphPayload, KernelEvent } from '../../../src/kernel/protocol';
import { Session } from '../../../src/kernel/session';
import { toIpynb } from '../../../src/kernel/ipynb';
import { CellOutputs } from '../../../src/kernel/ipynbOutputs';

/** The graph a program's last draw() sent, as the notebook controller receives it. */
function drawn(code: string): GraphPayload {
  const events: KernelEvent[] = [];
  const s = new Session({ emit: (e) => events.push(e), maxGraphNodes: 1e7, maxRunMillis: 60_000 });
  s.handle({ type: 'run', runId: 1, cellId: 'c', code, firstLine: 1 });
  const error = events.find((e) => e.type === 'error');
  assert.equal(error, undefined, JSON.stringify(error));
  const draws = events.filter((e) => e.type === 'draw');
  return draws[draws.length - 1].graph;
}

function items(list: { mime: string; text: string }[]) {
  assert.deepEqual(
    list.map((i) => i.mime),
    [list[0].mime === CHART_MIME ? CHART_MIME : GRAPH_MIME, SVG_MIME],
  );
  return { json: list[0].text, svg: list[1].text };
}

/** Shapes drawn in an SVG picture (each node is one or two of these). */
const shapes = (svg: string) => (svg.match(/<(rect|ellipse)\b/g) ?? []).length;

const LECTURE = `
a = Value(2.0, label='a')
b = Value(-3.0, label='b')
c = Value(10.0, label='c')
e = a*b; e.label = 'e'
d = e + c; d.label = 'd'
f = Value(-2.0, label='f')
L = d * f; L.label = 'L'
L.backward()
draw(L)
`;

const DEMO_STEP = `
seed(1337)
X, y = moons(100, noise=0.1)
model = MLP(2, [16, 16, 1])
scores = [model(x) for x in X]
losses = [(1 + -yi*si).relu() for yi, si in zip(y, scores)]
loss = sum(losses) * (1.0 / len(losses)) + 1e-4 * sum(p*p for p in model.parameters())
loss.backward()
draw(loss)
`;

describe('notebook outputs: graphOutput', () => {
  it('saves the lecture graph whole, as JSON the renderer reads and an SVG record per Value', () => {
    const payload = drawn(LECTURE);
    const { json, svg } = items(graphOutput(payload, 'draw(L)'));
    const data = readGraphOutput(json) as GraphOutputData;
    assert.equal(data.version, 1);
    assert.equal(data.title, 'draw(L)');
    assert.deepEqual(data.graph, payload);
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(svg, /<\/svg>$/);
    for (const cell of ['>L<', '>data -8.0000<', '>grad 1.0000<', '>a<', '>grad 6.0000<'])
      assert.ok(svg.includes(cell), cell);
    // 6 Values (the constant folds are none here) + 3 ops drawn as ellipses.
    assert.equal((svg.match(/<ellipse\b/g) ?? []).length, 3);
    assert.ok(svg.includes('7 Values'));
  });

  it('never carries markup: a hostile label is escaped in the SVG and inert in the JSON', () => {
    const payload = drawn(`
x = Value(1.0, label='</script><script>alert(1)</script><img src=x onerror=alert(2)>')
y = x * 2
draw(y)
`);
    const { json, svg } = items(graphOutput(payload, 'draw(y) <b>'));
    for (const text of [json, svg]) {
      assert.ok(!/<script/i.test(text), text);
      assert.ok(!/<img/i.test(text), text);
      assert.ok(!/<b>/.test(text), text);
    }
    const data = readGraphOutput(json) as GraphOutputData;
    assert.ok(data.graph.values.some((v) => v.label.startsWith('</script><script>')));
    assert.equal(data.title, 'draw(y) <b>');
    assert.ok(svg.includes('&lt;/script&gt;&lt;script&gt;alert(1)'));
  });

  it('caps a demo step (about 65,000 Values) to the Values nearest the loss, in bytes and in count', () => {
    const payload = drawn(DEMO_STEP);
    assert.ok(payload.totalValues > 60_000);
    const { json, svg } = items(graphOutput(payload, 'draw(loss)'));
    assert.ok(byteLength(json) <= MAX_OUTPUT_BYTES, `${byteLength(json)} bytes`);
    const data = readGraphOutput(json) as GraphOutputData;
    assert.ok(data.graph.values.length <= MAX_OUTPUT_VALUES);
    assert.ok(data.graph.values.length >= 1000);
    assert.equal(data.graph.truncated, true);
    assert.equal(data.graph.totalValues, payload.totalValues);
    assert.ok(data.graph.values.some((v) => v.id === data.graph.rootId && v.role === 'output'));
    // Every kept input is kept: the renderer can draw what it got without dangling edges.
    const ids = new Set(data.graph.values.map((v) => v.id));
    for (const v of data.graph.values) for (const x of v.inputs) assert.ok(ids.has(x));
    // Levels were made again: each Value sits right of all its inputs.
    const level = new Map(data.graph.values.map((v) => [v.id, v.level]));
    for (const v of data.graph.values) for (const x of v.inputs) assert.ok(level.get(x)! < v.level);
    assert.ok(shapes(svg) <= 2 * MAX_PICTURE_NODES + 10, `${shapes(svg)} shapes`);
    assert.ok(svg.includes(`${payload.totalValues.toLocaleString('en-US')} Values`));
    assert.ok(byteLength(svg) < 200_000, `${byteLength(svg)} bytes of SVG`);
  });

  it('folds neurons and layers into boxes when a model’s own graph is too big to draw', () => {
    const payload = drawn(`
seed(0)
model = MLP(2, [16, 16, 1])
out = model([0.5, -1.0])
draw(out)
`);
    assert.ok(payload.values.length > MAX_PICTURE_NODES);
    const { svg } = items(graphOutput(payload, 'draw(out)'));
    assert.ok(svg.includes('neurons and layers folded into boxes'), svg.slice(0, 400));
    assert.match(svg, />neuron [\d.]+</);
    assert.match(svg, />\d+ Values</);
    assert.ok(shapes(svg) <= 2 * MAX_PICTURE_NODES + 10);
  });
});

describe('notebook outputs: chartOutput', () => {
  it('saves each curve once, in order, with the SVG drawing one line per curve', () => {
    const series = seriesOf([
      {
        name: 'loss',
        runId: 1,
        points: [
          { step: 0, value: 2 },
          { step: 1, value: 1 },
        ],
      },
      { name: 'acc <i>', runId: 1, points: [{ step: 0, value: 0.5 }] },
      { name: 'loss', runId: 1, points: [{ step: 2, value: 0.5 }] },
    ]);
    const list = chartOutput(series, 'train(model, …)');
    assert.deepEqual(
      list.map((i) => i.mime),
      [CHART_MIME, SVG_MIME],
    );
    const data = readChartOutput(list[0].text) as ChartOutputData;
    assert.deepEqual(
      data.series.map((s) => [s.name, s.steps, s.values, s.total]),
      [
        ['loss', [0, 1, 2], [2, 1, 0.5], 3],
        ['acc <i>', [0], [0.5], 1],
      ],
    );
    const svg = list[1].text;
    assert.equal((svg.match(/<polyline\b/g) ?? []).length, 2);
    assert.ok(!svg.includes('<i>'));
    assert.ok(svg.includes('acc &lt;i&gt;'));
  });

  it('thins a long run to the cap, keeps its last point, and draws a falling loss on a log scale', () => {
    const steps = Array.from({ length: 10_000 }, (_, i) => i);
    const series = [
      { name: 'loss', steps, values: steps.map((i) => 2 * 0.999 ** i), total: 10_000 },
    ];
    const [json, svg] = chartOutput(series, 'loss');
    assert.ok(byteLength(json.text) <= MAX_OUTPUT_BYTES);
    const data = readChartOutput(json.text) as ChartOutputData;
    const kept = data.series[0];
    assert.ok(kept.steps.length <= MAX_SERIES_POINTS + 1);
    assert.equal(kept.steps[kept.steps.length - 1], 9999);
    assert.equal(kept.total, 10_000);
    assert.ok(svg.text.includes('log scale'));
  });

  it('refuses an output of another version instead of misreading it', () => {
    assert.equal(typeof readChartOutput('{"version":2,"series":[]}'), 'string');
    assert.equal(typeof readGraphOutput('{"version":2}'), 'string');
  });
});

describe('notebook outputs: a cell’s Value result and the saved .ipynb', () => {
  it('answers a graph request for the Value a cell ended with, and says why for other results', () => {
    const events: KernelEvent[] = [];
    const s = new Session({
      emit: (e) => events.push(e),
      maxGraphNodes: 1e6,
      maxRunMillis: 60_000,
    });
    s.handle({ type: 'run', runId: 1, cellId: 'v', code: 'a = Value(3.0)\na * a', firstLine: 1 });
    s.handle({ type: 'run', runId: 2, cellId: 'n', code: 'x = Value(1.0)\n2 + 2', firstLine: 3 });
    s.handle({ type: 'graph', requestId: 1, target: { resultOf: 'v' }, maxValues: 4000 });
    s.handle({ type: 'graph', requestId: 2, target: { resultOf: 'n' }, maxValues: 4000 });
    const answers = events.filter((e) => e.type === 'graph');
    assert.equal(answers[0].graph?.values.length, 2);
    assert.equal(answers[0].graph?.values.find((v) => v.id === answers[0].graph?.rootId)?.data, 9);
    assert.equal(answers[1].graph, null);
    assert.equal(answers[1].message, 'The cell did not end with a Value.');
  });

  it('saves draw() and train curves in an exported notebook: SVG as lines, ToyGrad JSON as JSON', () => {
    const events: KernelEvent[] = [];
    const s = new Session({
      emit: (e) => events.push(e),
      maxGraphNodes: 1e6,
      maxRunMillis: 60_000,
    });
    const code = [
      'seed(0)',
      'model = MLP(2, [4, 1])',
      'xs = [[1.0, 2.0], [2.0, -1.0]]',
      "train(model, xs, [1.0, -1.0], loss='mse', optimizer=SGD(model.parameters(), lr=0.05), steps=30)",
      'y = model(xs[0])',
      'draw(y)',
    ].join('\n');
    s.handle({ type: 'run', runId: 1, cellId: 'c', code, firstLine: 2 });
    const outputs = new CellOutputs('nb.tgrad', 1);
    for (const e of events) outputs.add(e);
    const nb = JSON.parse(
      toIpynb(`# %%\n${code}\n`, new Map([[1, { executionCount: 1, outputs: outputs.outputs }]])),
    ) as { cells: { outputs: { output_type: string; data: Record<string, unknown> }[] }[] };
    const shown = nb.cells[0].outputs.filter((o) => o.output_type === 'display_data');
    assert.deepEqual(
      shown.map((o) => Object.keys(o.data).sort()),
      [
        [CHART_MIME, SVG_MIME, 'text/plain'],
        [GRAPH_MIME, SVG_MIME, 'text/plain'],
      ],
    );
    const chart = shown[0].data[CHART_MIME] as ChartOutputData;
    assert.equal(chart.series[0].steps.length, 30);
    const graph = shown[1].data[GRAPH_MIME] as GraphOutputData;
    assert.equal(graph.version, 1);
    assert.ok(Array.isArray(shown[1].data[SVG_MIME]));
    assert.match((shown[1].data[SVG_MIME] as string[])[0], /^<svg /);
  });
});
