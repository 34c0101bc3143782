import { strict as assert } from 'node:assert';
import type { LossBatch } from '../../../src/kernel/protocol';
import { CurveRuns } from '../../../src/extension/curveRuns';
import { mergeBatches } from '../../../src/extension/lossCoalescer';

const points = (...steps: number[]) => steps.map((step) => ({ step, value: 1 / (step + 1) }));
const batch = (runId: number, ...steps: number[]): LossBatch => ({
  name: 'loss',
  runId,
  points: points(...steps),
});

describe('CurveRuns (which chart series a run goes to)', () => {
  it('gives a run of a new session its own series even when the kernel reuses run ids', () => {
    const curves: LossBatch[] = [];
    const runs = new CurveRuns<object>([]);
    // Session 1: cells ran six times, the sixth trained for 300 steps.
    const first = {};
    mergeBatches(curves, runs.assign(first, 'Train', [batch(6, 0, 1, 299)]));
    // After a restart (or a reopened document) the kernel numbers its runs from 1 again.
    const second = {};
    mergeBatches(curves, runs.assign(second, 'Train', [batch(6, 0, 1)]));
    assert.equal(curves.length, 2, 'two series, not one line drawn back from step 299 to 0');
    assert.deepEqual(
      curves.map((c) => [c.run, c.points.map((p) => p.step)]),
      [
        ['Train #1', [0, 1, 299]],
        ['Train #2', [0, 1]],
      ],
    );
    assert.notEqual(curves[0].runId, curves[1].runId);
  });

  it('keeps one series per run across its batches, named after its cell', () => {
    const runs = new CurveRuns<object>([]);
    const run = {};
    const a = runs.assign(run, 'cell 3', [batch(1, 0)]);
    const b = runs.assign(run, 'cell 3', [batch(1, 1)]);
    const other = runs.assign({}, 'Train', [batch(2, 0)]);
    assert.equal(a[0].runId, b[0].runId);
    assert.equal(a[0].run, 'cell 3 #1');
    assert.equal(other[0].run, 'Train #1');
  });

  it('continues numbering after the curves a reloaded panel kept', () => {
    const kept: LossBatch[] = [
      { name: 'loss', runId: 4, run: 'Train #1', points: points(0) },
      { name: 'acc', runId: 4, run: 'Train #1', points: points(0) },
      { name: 'loss', runId: 7, run: 'Train #2', points: points(0) },
    ];
    const runs = new CurveRuns<object>(kept);
    const [next] = runs.assign({}, 'Train', [batch(1, 0)]);
    assert.equal(next.run, 'Train #3');
    assert.equal(next.runId, 8);
  });

  it('numbers from 1 again after the chart is cleared, with ids still new', () => {
    const runs = new CurveRuns<object>([]);
    const [a] = runs.assign({}, 'Train', [batch(1, 0)]);
    runs.clear();
    const [b] = runs.assign({}, 'Train', [batch(1, 0)]);
    assert.equal(b.run, 'Train #1');
    assert.ok(b.runId > a.runId);
  });
});
