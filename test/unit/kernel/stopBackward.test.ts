// Stop during a long backward pass, in the real worker: the pass checks the stop flag, so the
// worker stops within the grace period and the session keeps its names (issue 11, item 12).
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

describe('Stop during backward() of a graph of millions of nodes', function () {
  this.timeout(120_000);

  it('stops the pass, keeps the worker and the names, and leaves the grads unchanged', async () => {
    const c = new KernelClient({
      workerPath,
      maxGraphNodes: 5_000_000,
      maxRunMillis: 60_000,
      // Far shorter than the pass: without checks inside backward the worker is replaced.
      stopGraceMillis: 1000,
    });
    const events: KernelEvent[] = [];
    c.onEvent((e) => events.push(e));
    const chain = 'x = Value(1.0)\nv = x\nfor i in range(3_000_000):\n    v = v * 1.0000001\n';
    assert.equal((await nextDone(c, c.run('a', chain, 1))).status, 'ok');
    const running = nextDone(c, c.run('b', 'v.backward()\n', 10));
    await new Promise((r) => setTimeout(r, 150));
    assert.equal(await c.stop(), 'stopped');
    const done = await running;
    assert.equal(done.status, 'stopped');
    // Only changed names are sent: none may be reported gone.
    assert.deepEqual(done.removedNames, []);
    assert.ok(!events.some((e) => e.type === 'restarted'));
    const after = await nextDone(c, c.run('c', 'print(x.grad, v.grad)\n', 20));
    assert.equal(after.status, 'ok');
    assert.ok(events.some((e) => e.type === 'stdout' && e.text === '0.0 0.0\n'));
    await c.dispose();
  });
});
