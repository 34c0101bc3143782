// The session in a real worker_thread, driven the way the extension drives it.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { KernelClient } from '../../../src/kernel/kernelClient';
import type { KernelEvent } from '../../../src/kernel/protocol';

const workerPath = join(__dirname, '../../../../dist/worker.js');

function client(grace = 2000) {
  const c = new KernelClient({
    workerPath,
    maxGraphNodes: 5_000_000,
    maxRunMillis: 60_000,
    stopGraceMillis: grace,
  });
  const events: KernelEvent[] = [];
  c.onEvent((e) => events.push(e));
  return { c, events };
}

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

const LONG_TRAIN = `xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]
model = MLP(3, [4, 4, 1])
losses = train(model, xs, ys, steps=10000000, lr=0.01)
`;

describe('KernelClient (a session in a worker_thread)', function () {
  this.timeout(30000);

  it('does not start a worker before the first request', async () => {
    const { c } = client();
    assert.equal(c.started, false);
    const done = nextDone(c, c.run('c', 'x = 1', 1));
    assert.equal(c.started, true);
    assert.equal((await done).status, 'ok');
    await c.dispose();
  });

  it('stops a long train between steps and keeps the session and its names', async () => {
    const { c, events } = client();
    await nextDone(c, c.run('a', 'keep = Value(4.0)', 1));
    const running = nextDone(c, c.run('b', LONG_TRAIN, 3));
    await new Promise((r) => setTimeout(r, 800));
    assert.ok(
      events.some((e) => e.type === 'progress'),
      'training had started',
    );
    assert.equal(await c.stop(), 'stopped');
    const done = await running;
    assert.equal(done.status, 'stopped');
    // Only changed names are sent: the new one, and no word of `keep` going away.
    assert.ok('model' in done.names && !done.removedNames.includes('keep'));
    const after = await nextDone(c, c.run('c', 'print(keep.data * 2)', 9));
    assert.equal(after.status, 'ok');
    assert.ok(events.some((e) => e.type === 'stdout' && e.text === '8.0\n'));
    await c.dispose();
  });

  it('keeps the host thread free while a model trains', async () => {
    const { c } = client();
    const running = nextDone(c, c.run('b', LONG_TRAIN, 1));
    let worst = 0;
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await new Promise((r) => setImmediate(r));
      worst = Math.max(worst, performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(worst < 200, `the host waited ${worst.toFixed(0)} ms`);
    await c.stop();
    await running;
    await c.dispose();
  });

  it('replaces a worker that does not stop in time, and says the session restarted', async () => {
    const { c, events } = client(300);
    await nextDone(c, c.run('a', 'keep = 1', 1));
    // One long call into the engine: no statement boundary to stop at for a while.
    c.run('b', 'm = MLP(1500, [1500, 1500])', 2);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(await c.stop(), 'restarted');
    assert.ok(events.some((e) => e.type === 'restarted'));
    // Never silently: the user is told which names went with the old worker.
    const told = events.find((e) => e.type === 'error' && e.runId === 0);
    assert.match(
      told?.type === 'error' ? told.error.message : '',
      /did not stop within 0\.3 s, so its session was restarted: the name keep is gone/,
    );
    const after = await nextDone(c, c.run('c', 'print(keep)', 5));
    assert.equal(after.status, 'error', 'the names are gone with the old worker');
    await c.dispose();
  });

  it('answers graph requests', async () => {
    const { c } = client();
    await nextDone(c, c.run('a', 'a = Value(2.0)\nb = a * a', 1));
    const { graph } = await c.graph({ cellId: 'a' }, 100);
    assert.deepEqual(
      graph!.values.map((v) => v.label),
      ['a', 'b'],
    );
    await c.dispose();
  });
});

describe('KernelClient: stop during long built-ins keeps the worker and its names', function () {
  this.timeout(120000);

  for (const [what, code] of [
    ['a slow loop of sorts', 'for i in range(1000):\n    s = sorted(big)'],
    ['one big sort', 's = sorted(big, reverse=True)'],
    [
      'str built-ins on megabytes',
      't = "ab" * 3000000\nfor i in range(1000):\n    n = t.replace("a", "xy").count("y")',
    ],
  ] as const) {
    it(`stops ${what}`, async () => {
      // A generous grace: on a loaded machine the worker runs at low priority.
      const { c } = client(15000);
      await nextDone(
        c,
        c.run('a', 'keep = 7\nbig = [((i * 7919) % 3000017) / 3.0 for i in range(3000000)]', 1),
      );
      const running = nextDone(c, c.run('b', code, 3));
      await new Promise((r) => setTimeout(r, 700));
      const t0 = performance.now();
      assert.equal(await c.stop(), 'stopped');
      assert.ok(performance.now() - t0 < 15000);
      assert.equal((await running).status, 'stopped');
      const after = await nextDone(c, c.run('c', 'print(keep, len(big))', 9));
      assert.equal(after.status, 'ok');
      await c.dispose();
    });
  }
});
