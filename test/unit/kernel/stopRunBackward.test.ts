// Stop during the editor's Run Backward, and a Stop that arrives just before a run starts,
// in the real worker (issue 11, item 12): both end within the grace period and keep the names.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { KernelClient } from '../../../src/kernel/kernelClient';
import type { KernelEvent } from '../../../src/kernel/protocol';

const workerPath = join(__dirname, '../../../../dist/worker.js');

function nextDone(c: KernelClient, runId: number): Promise<Extract<KernelEvent, { type: 'done' }>> {
  return new Promise((resolve) => {
    const off = c.onEvent((e) => {
      if (e.type === 'done' && e.runId === runId) {
        off();
        resolve(e);
      }
    });
  });
}

function client(): KernelClient {
  return new KernelClient({
    workerPath,
    maxGraphNodes: 5_000_000,
    maxRunMillis: 60_000,
    // Far shorter than the work: a stop that is not seen replaces the worker.
    stopGraceMillis: 1000,
  });
}

describe('Stop during Run Backward and just before a run', function () {
  this.timeout(120_000);

  it('Run Backward on a graph of millions of nodes stops, changing no grad, keeping the names', async () => {
    const c = client();
    const events: KernelEvent[] = [];
    c.onEvent((e) => events.push(e));
    const chain =
      'x = Value(1.0)\nx.grad = 5.0\nv = x\nfor i in range(3_000_000):\n    v = v * 1.0000001\n';
    assert.equal((await nextDone(c, c.run('a', chain, 1))).status, 'ok');
    const running = nextDone(c, c.backward('a'));
    await new Promise((r) => setTimeout(r, 150));
    assert.equal(await c.stop(), 'stopped');
    const done = await running;
    assert.equal(done.status, 'stopped');
    assert.deepEqual(done.removedNames, []);
    assert.ok(!events.some((e) => e.type === 'restarted'));
    // The pass would have set x.grad to about 1.35: it is still what the program set.
    const after = await nextDone(c, c.run('c', 'print(x.grad, v.grad)\n', 20));
    assert.equal(after.status, 'ok');
    assert.ok(events.some((e) => e.type === 'stdout' && e.text === '5.0 0.0\n'));
    // Uninterrupted, the same Run Backward completes.
    assert.equal((await nextDone(c, c.backward('a'))).status, 'ok');
    await nextDone(c, c.run('d', 'print(round(x.grad, 2))\n', 30));
    assert.ok(events.some((e) => e.type === 'stdout' && e.text === '1.35\n'));
    await c.dispose();
  });

  it('a Stop that arrives before the run starts stops it, and the next run is not stopped', async () => {
    const c = client();
    const events: KernelEvent[] = [];
    c.onEvent((e) => events.push(e));
    assert.equal((await nextDone(c, c.run('a', 'x = 1\n', 1))).status, 'ok');
    // Posted, then stopped at once: the worker has not begun it when the Stop lands.
    const running = nextDone(c, c.run('b', 'while True:\n    x += 1\n', 2));
    const stopped = c.stop();
    assert.equal((await running).status, 'stopped');
    assert.equal(await stopped, 'stopped');
    assert.ok(!events.some((e) => e.type === 'restarted'));
    const next = await nextDone(c, c.run('c', 'y = 2\nprint(x > 0, y)\n', 5));
    assert.equal(next.status, 'ok');
    assert.ok(events.some((e) => e.type === 'stdout' && e.text === 'True 2\n'));
    await c.dispose();
  });
});
