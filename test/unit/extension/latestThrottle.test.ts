import { strict as assert } from 'node:assert';
import { LatestThrottle } from '../../../src/extension/latestThrottle';
import { FakeClock } from './fakeClock';

describe('LatestThrottle', () => {
  it('sends the first at once, then the latest at most once per interval', () => {
    const clock = new FakeClock();
    const sent: [number, number][] = [];
    const t = new LatestThrottle<number>((v) => sent.push([clock.now(), v]), 250, clock);
    for (let i = 0; i < 100; i++) {
      t.push(i);
      clock.advance(10);
    }
    clock.advance(1000);
    assert.deepEqual(sent[0], [0, 0]);
    assert.deepEqual(sent[sent.length - 1][1], 99, 'the last value is never lost');
    assert.ok(sent.length <= 1000 / 250 + 2, `${sent.length} sends in 1 s`);
    for (let i = 1; i < sent.length; i++) assert.ok(sent[i][0] - sent[i - 1][0] >= 250);
  });

  it('flushes the pending value at once and then waits again', () => {
    const clock = new FakeClock();
    const sent: number[] = [];
    const t = new LatestThrottle<number>((v) => sent.push(v), 250, clock);
    t.push(1);
    t.push(2);
    t.flush();
    assert.deepEqual(sent, [1, 2]);
    t.flush();
    assert.deepEqual(sent, [1, 2], 'nothing pending');
    t.push(3);
    clock.advance(249);
    assert.deepEqual(sent, [1, 2]);
    clock.advance(1);
    assert.deepEqual(sent, [1, 2, 3]);
    t.push(4);
    t.dispose();
    clock.advance(1000);
    assert.deepEqual(sent, [1, 2, 3]);
  });
});
