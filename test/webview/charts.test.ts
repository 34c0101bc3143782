// Chart maths: per-pixel decimation, ticks, the zero contour, the series store, CSV (pure).
import * as assert from 'node:assert/strict';
import { columnEnvelope } from '../../media/src/charts/columnEnvelope';
import { csvField, lossCsv } from '../../media/src/charts/lossCsv';
import { logTicks, makeScale, niceTicks } from '../../media/src/charts/scale';
import { SeriesStore } from '../../media/src/charts/seriesStore';
import { nearestIndex } from '../../media/src/charts/xyChart';
import { zeroContour } from '../../media/src/charts/zeroContour';

describe('column envelope', () => {
  it('reduces 10,000 points to at most 4 per pixel column and keeps the extremes and ends', () => {
    const n = 10_000;
    const xs = Float64Array.from({ length: n }, (_, i) => i);
    const ys = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 7) + (i === 4321 ? 5 : 0));
    const x = makeScale(0, n - 1, 0, 500);
    const y = makeScale(-1, 6, 300, 0);
    const path = columnEnvelope(xs, ys, n, x.map, y.map);
    const pts = path.length / 2;
    assert.ok(pts <= 4 * 501, `${pts} points`);
    assert.deepEqual([path[0], path[1]], [x.map(0), y.map(ys[0])], 'first point');
    assert.deepEqual(
      [path[path.length - 2], path[path.length - 1]],
      [x.map(n - 1), y.map(ys[n - 1])],
      'last point',
    );
    const minY = Math.min(...path.filter((_, k) => k % 2 === 1));
    assert.equal(minY, y.map(ys[4321]), 'the spike survives');
  });

  it('breaks the line where a value cannot be drawn (≤ 0 on a log axis)', () => {
    const y = makeScale(0.1, 10, 100, 0, true);
    const x = makeScale(0, 4, 0, 400);
    const path = columnEnvelope([0, 1, 2, 3, 4], [1, 2, 0, 3, 4], 5, x.map, y.map);
    const breaks = path.filter((v) => Number.isNaN(v)).length / 2;
    assert.equal(breaks, 1);
  });
});

describe('scales and ticks', () => {
  it('picks round ticks', () => {
    assert.deepEqual(niceTicks(0, 1, 5).ticks, [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1]);
    assert.deepEqual(niceTicks(0, 9999, 5).ticks, [0, 2000, 4000, 6000, 8000]);
  });

  it('maps a log axis and refuses values ≤ 0', () => {
    const s = makeScale(0.01, 1, 200, 0, true);
    assert.equal(s.map(0.01), 200);
    assert.equal(s.map(1), 0);
    assert.equal(s.map(0.1), 100);
    assert.ok(Number.isNaN(s.map(0)));
    assert.ok(Math.abs(s.invert(100) - 0.1) < 1e-12);
    assert.deepEqual(logTicks(0.01, 1), [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]);
  });
});

describe('zero contour', () => {
  it('traces a circle where the score crosses 0', () => {
    const n = 41;
    const scores: number[] = [];
    for (let j = 0; j < n; j++)
      for (let i = 0; i < n; i++) scores.push(Math.hypot(i - 20, j - 20) - 10);
    const seg = zeroContour(scores, n, n);
    assert.ok(seg.length / 4 > 40);
    for (let k = 0; k < seg.length; k += 2) {
      const r = Math.hypot(seg[k] - 20, seg[k + 1] - 20);
      assert.ok(Math.abs(r - 10) < 0.3, `point at radius ${r}`);
    }
  });

  it('is empty when the score never changes sign, and skips non-finite cells', () => {
    assert.deepEqual(zeroContour([1, 2, 3, 4], 2, 2), []);
    assert.deepEqual(zeroContour([1, -1, NaN, 1], 2, 2), []);
  });
});

describe('series store and CSV', () => {
  it('keeps every point, one series per run and name, with running ranges', () => {
    const store = new SeriesStore();
    for (let b = 0; b < 100; b++) {
      store.append([
        {
          name: 'loss',
          runId: 1,
          points: Array.from({ length: 100 }, (_, i) => ({
            step: b * 100 + i,
            value: 1 / (1 + b * 100 + i),
          })),
        },
      ]);
    }
    store.append([{ name: 'loss', runId: 2, points: [{ step: 5, value: -1 }] }]);
    const [a, b] = store.list();
    assert.equal(a.length, 10_000);
    assert.equal(a.sortedX, true);
    assert.deepEqual(a.range, {
      minX: 0,
      maxX: 9999,
      minY: 1 / 10_000,
      maxY: 1,
      minPositive: 1 / 10_000,
    });
    assert.equal(b.range.minPositive, Infinity);
    assert.equal(nearestIndex({ xs: a.steps, length: a.length, sortedX: true }, 4321.4), 4321);
    assert.equal(nearestIndex({ xs: [5, 1, 3], length: 3, sortedX: false }, 2.9), 2);
  });

  it('writes CSV with full precision and defused, quoted names', () => {
    const store = new SeriesStore();
    store.append([{ name: '=cmd,"x"', runId: 3, points: [{ step: 1, value: 0.1 + 0.2 }] }]);
    store.append([{ name: 'loss', runId: 4, run: 'Train #2', points: [{ step: 0, value: 1 }] }]);
    assert.equal(
      lossCsv(store.list()),
      'run,name,step,value\nrun 3,"\'=cmd,""x""",1,0.30000000000000004\nTrain #2,loss,0,1\n',
    );
    assert.equal(csvField('loss'), 'loss');
    assert.equal(csvField('a\nb'), '"a\nb"');
  });
});
