import * as assert from 'node:assert/strict';
import { RunQueue, type CancelSignal, type Turn } from '../../../src/extension/runQueue';

/** A cancellation token a test can fire, shaped as vscode's. */
class Signal implements CancelSignal {
  isCancellationRequested = false;
  private listeners: (() => void)[] = [];
  onCancellationRequested(listener: () => void) {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  }
  fire(): void {
    this.isCancellationRequested = true;
    for (const l of this.listeners) l();
  }
}

/** A run the test ends when it likes, recording when it began and what turn it was given. */
function gate() {
  let open!: (failed: boolean) => void;
  const ended = new Promise<boolean>((resolve) => (open = resolve));
  return { ended, open };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('RunQueue: runs of one notebook, one at a time', () => {
  it('runs a run asked for while another runs only after it, in the order asked', async () => {
    const q = new RunQueue();
    const log: string[] = [];
    const first = gate();
    const a = q.enqueue('nb', new Signal(), async (turn) => {
      log.push(`a ${turn}`);
      return { value: 'a', failed: await first.ended };
    });
    const b = q.enqueue('nb', new Signal(), async (turn) => {
      log.push(`b ${turn}`);
      return { value: 'b', failed: false };
    });
    const c = q.enqueue('nb', new Signal(), async (turn) => {
      log.push(`c ${turn}`);
      return { value: 'c', failed: false };
    });
    await tick();
    assert.deepEqual(log, ['a run'], 'b and c wait while a runs');
    first.open(false);
    assert.deepEqual(await Promise.all([a, b, c]), ['a', 'b', 'c']);
    assert.deepEqual(log, ['a run', 'b run', 'c run']);
  });

  it('keeps notebooks apart: another notebook’s run does not wait', async () => {
    const q = new RunQueue();
    const held = gate();
    const log: string[] = [];
    void q.enqueue('one', new Signal(), async () => ({ value: 0, failed: await held.ended }));
    await q.enqueue('two', new Signal(), async (turn) => {
      log.push(turn);
      return { value: 0, failed: false };
    });
    assert.deepEqual(log, ['run']);
    held.open(false);
  });

  it('cancels the runs queued behind a failed run, not those asked for after it', async () => {
    const q = new RunQueue();
    const turns: Turn[] = [];
    const first = gate();
    const failing = q.enqueue('nb', new Signal(), async () => ({
      value: 1,
      failed: await first.ended,
    }));
    const queued = q.enqueue('nb', new Signal(), async (turn) => {
      turns.push(turn);
      return { value: 2, failed: false };
    });
    first.open(true);
    await Promise.all([failing, queued]);
    await q.enqueue('nb', new Signal(), async (turn) => {
      turns.push(turn);
      return { value: 3, failed: false };
    });
    assert.deepEqual(turns, ['cancelled', 'run']);
  });

  it('counts a run that throws as failed', async () => {
    const q = new RunQueue();
    const turns: Turn[] = [];
    const first = gate();
    const throwing = q.enqueue('nb', new Signal(), async () => {
      await first.ended;
      throw new Error('lost the worker');
    });
    const queued = q.enqueue('nb', new Signal(), async (turn) => {
      turns.push(turn);
      return { value: 0, failed: false };
    });
    first.open(false);
    await assert.rejects(throwing, /lost the worker/);
    await queued;
    assert.deepEqual(turns, ['cancelled']);
  });

  it('ends a waiting run the person cancels at once; the runs behind it keep their place', async () => {
    const q = new RunQueue();
    const log: string[] = [];
    const first = gate();
    const a = q.enqueue('nb', new Signal(), async (turn) => {
      log.push(`a ${turn}`);
      return { value: 0, failed: await first.ended };
    });
    const signal = new Signal();
    const b = q.enqueue('nb', signal, async (turn) => {
      log.push(`b ${turn}`);
      return { value: 0, failed: false };
    });
    const c = q.enqueue('nb', new Signal(), async (turn) => {
      log.push(`c ${turn}`);
      return { value: 0, failed: false };
    });
    await tick();
    signal.fire();
    await b;
    assert.deepEqual(log, ['a run', 'b cancelled'], 'b ended while a still runs');
    first.open(false);
    await Promise.all([a, c]);
    assert.deepEqual(log, ['a run', 'b cancelled', 'c run']);
  });
});
