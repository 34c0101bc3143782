// plot() and boundary() as notebook outputs, from what a real session emits: versioned JSON
// for the renderer (thinned and capped, no markup) beside an SVG picture for other viewers.
import { strict as assert } from 'node:assert';
import {
  BOUNDARY_MIME,
  byteLength,
  MAX_OUTPUT_BYTES,
  MAX_SERIES_POINTS,
  PLOT_MIME,
  SVG_MIME,
} from '../../../src/kernel/outputs/outputMimes';
import {
  boundaryOutput,
  MAX_BOUNDARY_POINTS,
  plotOutput,
  readBoundaryOutput,
  readPlotOutput,
  type BoundaryOutputData,
  type PlotOutputData,
} from '../../../src/kernel/outputs/plotOutput';
import type { BoundaryPayload, KernelEvent, PlotPayload } from '../../../src/kernel/protocol';
import { Session } from '../../../src/kernel/session';

function emitted(code: string): KernelEvent[] {
  const events: KernelEvent[] = [];
  const s = new Session({ emit: (e) => events.push(e), maxGraphNodes: 1e7, maxRunMillis: 60_000 });
  s.handle({ type: 'run', runId: 1, cellId: 'c', code, firstLine: 1 });
  const error = events.find((e) => e.type === 'error');
  assert.equal(error, undefined, JSON.stringify(error));
  return events;
}

function plotted(code: string): PlotPayload {
  const plots = emitted(code).filter((e) => e.type === 'plot');
  return plots[plots.length - 1].plot;
}

function bounded(code: string): BoundaryPayload {
  const found = emitted(code).filter((e) => e.type === 'boundary');
  return found[found.length - 1].boundary;
}

const BOUNDARY = `
seed(1337)
X, y = moons(100, noise=0.1)
model = MLP(2, [8, 1])
boundary(model, X, y)
`;

describe('notebook outputs: plot() and boundary()', () => {
  it('a plot becomes plot JSON the renderer reads back, and an SVG line chart over x', () => {
    const plot = plotted("plot([x * x for x in range(-5, 6)], name='squares')");
    const items = plotOutput(plot);
    assert.deepEqual(
      items.map((i) => i.mime),
      [PLOT_MIME, SVG_MIME],
    );
    const data = readPlotOutput(items[0].text) as PlotOutputData;
    assert.equal(data.version, 1);
    assert.equal(data.title, 'plot · squares');
    assert.deepEqual(data.plot.ys, [25, 16, 9, 4, 1, 0, 1, 4, 9, 16, 25]);
    assert.deepEqual(data.plot.xs, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const svg = items[1].text;
    assert.match(svg, /^<svg [^]*<\/svg>$/);
    assert.equal((svg.match(/<polyline /g) ?? []).length, 1);
    assert.equal((svg.match(/<polyline [^>]*points="([^"]*)"/)?.[1] ?? '').split(' ').length, 11);
    assert.match(svg, />x<\/text>/);
    assert.match(svg, /<title>plot · squares<\/title>/);
  });

  it('thins a long plot to the series cap, keeping its last point', () => {
    const n = 3 * MAX_SERIES_POINTS + 7;
    const xs = Array.from({ length: n }, (_, i) => i / 10);
    const ys = xs.map((x) => Math.sin(x));
    const data = readPlotOutput(plotOutput({ name: 'sin', xs, ys })[0].text) as PlotOutputData;
    assert.ok(data.plot.xs.length <= MAX_SERIES_POINTS, String(data.plot.xs.length));
    assert.equal(data.plot.xs[data.plot.xs.length - 1], xs[n - 1]);
    assert.equal(data.plot.xs.length, data.plot.ys.length);
  });

  it('keeps a name that looks like markup as text, in the JSON and in the picture', () => {
    const items = plotOutput({
      name: '</script><img src=x onerror=alert(1)>',
      xs: [0, 1],
      ys: [1, 2],
    });
    assert.ok(!items[0].text.includes('<'), items[0].text);
    assert.equal(
      (readPlotOutput(items[0].text) as PlotOutputData).plot.name,
      '</script><img src=x onerror=alert(1)>',
    );
    assert.ok(!/<img|<\/script/.test(items[1].text));
  });

  it('a boundary becomes boundary JSON (its whole score grid) and an SVG heatmap with the points', () => {
    const boundary = bounded(BOUNDARY);
    const items = boundaryOutput(boundary);
    assert.deepEqual(
      items.map((i) => i.mime),
      [BOUNDARY_MIME, SVG_MIME],
    );
    const data = readBoundaryOutput(items[0].text) as BoundaryOutputData;
    assert.equal(data.version, 1);
    assert.equal(data.boundary.scores.length, boundary.nx * boundary.ny);
    assert.deepEqual(data.boundary.points, boundary.points);
    assert.equal(data.boundary.points.length, 100);
    const svg = items[1].text;
    assert.match(svg, /^<svg [^]*<\/svg>$/);
    assert.equal((svg.match(/<circle /g) ?? []).length, 100);
    // Both classes' regions are drawn, in runs: far fewer rectangles than grid cells.
    assert.match(svg, /fill="#[89a-f][0-9a-f]{5}"/);
    const rects = (svg.match(/<rect /g) ?? []).length;
    assert.ok(rects > boundary.ny && rects < (boundary.nx * boundary.ny) / 3, String(rects));
    for (const item of items) assert.ok(byteLength(item.text) < MAX_OUTPUT_BYTES);
  });

  it('caps a boundary’s points and says so when an output is damaged or from another version', () => {
    const boundary = bounded(BOUNDARY);
    const many = Array.from({ length: 3 * MAX_BOUNDARY_POINTS }, (_, i) => ({
      x: Math.cos(i),
      y: Math.sin(i),
      label: i % 2 === 0 ? 1 : -1,
    }));
    const data = readBoundaryOutput(
      boundaryOutput({ ...boundary, points: many })[0].text,
    ) as BoundaryOutputData;
    assert.ok(data.boundary.points.length <= MAX_BOUNDARY_POINTS);
    assert.equal(
      readBoundaryOutput(JSON.stringify({ version: 2, boundary })),
      'This decision boundary was saved by another version of ToyGrad.',
    );
    assert.equal(
      readBoundaryOutput(JSON.stringify({ version: 1, boundary: { ...boundary, scores: [1] } })),
      'This decision boundary output is damaged.',
    );
    assert.equal(
      readPlotOutput(JSON.stringify({ version: 1, plot: { name: 'p', xs: 'no', ys: [] } })),
      'This plot output is damaged.',
    );
  });
});
