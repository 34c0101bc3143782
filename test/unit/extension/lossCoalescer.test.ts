import { strict as assert } from 'node:assert';
import type { LossBatch } from '../../../src/kernel/protocol';
import { LossCoalescer, mergeBatches } from '../../../src/extension/lossCoalescer';
import { FakeClock } from './fakeClock';

const batch = (runId: number, name: string, ...steps: number[]): LossBatch => ({
  runId,
  name,
  points: steps.map((step) => ({ step, value: 1 / (step + 1) })),
});

describe('LossCoalescer', () => {
  it('sends at most one message per interval, merging points per run and curve', () => {
    const clock = new FakeClock();
    const sent: LossBatch[][] = [];
    const c = new LossCoalescer((b) => sent.push(b), 50, clock);
    // 10,000 steps logged one by one over 2 s of fake time.
    for (let step = 0; step < 10_000; step++) {
      c.add([batch(1, 'loss', step)]);
      clock.advance(0.2);
    }
    clock.advance(100);
    assert.ok(sent.length <= 2000 / 50 + 1, `${sent.length} messages for 2 s`);
    assert.ok(sent.length >= 30, 'points flow during the run, not only at its end');
    const points = sent.flatMap((m) => m.flatMap((b) => b.points.map((p) => p.step)));
    assert.deepEqual(
      points,
      Array.from({ length: 10_000 }, (_, i) => i),
      'every point once, in order',
    );
    for (const m of sent) assert.equal(m.length, 1, 'one batch per run and curve in a message');
  });

  it('keeps separate series for separate runs and curves', () => {
    const clock = new FakeClock();
    const sent: LossBatch[][] = [];
    const c = new LossCoalescer((b) => sent.push(b), 50, clock);
    c.add([batch(1, 'loss', 0), batch(1, 'accuracy', 0)]);
    c.add([batch(2, 'loss', 0, 1)]);
    c.add([batch(1, 'loss', 1)]);
    assert.equal(sent.length, 0, 'nothing before the timer fires');
    clock.advance(0);
    assert.equal(sent.length, 1);
    assert.deepEqual(
      sent[0].map((b) => [b.runId, b.name, b.points.length]),
      [
        [1, 'loss', 2],
        [1, 'accuracy', 1],
        [2, 'loss', 2],
      ],
    );
  });

  it('flushes at once on request and discards on clear', () => {
    const clock = new FakeClock();
    const sent: LossBatch[][] = [];
    const c = new LossCoalescer((b) => sent.push(b), 50, clock);
    c.add([batch(1, 'loss', 0)]);
    c.flush();
    assert.equal(sent.length, 1);
    assert.equal(clock.pending, 0, 'the timer was cancelled');
    c.add([batch(1, 'loss', 1)]);
    c.discard();
    clock.advance(1000);
    assert.equal(sent.length, 1);
    c.flush();
    assert.equal(sent.length, 1, 'nothing pending, nothing sent');
  });

  it('waits out the rest of the interval after a flush', () => {
    const clock = new FakeClock();
    const at: number[] = [];
    const c = new LossCoalescer(() => at.push(clock.now()), 50, clock);
    c.add([batch(1, 'loss', 0)]);
    clock.advance(10);
    c.add([batch(1, 'loss', 1)]);
    clock.advance(100);
    assert.deepEqual(at, [0, 50]);
  });

  it('merges batches without sharing the caller’s arrays', () => {
    const into: LossBatch[] = [];
    const b = batch(1, 'loss', 0);
    mergeBatches(into, [b]);
    mergeBatches(into, [batch(1, 'loss', 1)]);
    assert.equal(b.points.length, 1);
    assert.equal(into[0].points.length, 2);
  });
});
