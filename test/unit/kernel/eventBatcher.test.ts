import { strict as assert } from 'node:assert';
import { EventBatcher } from '../../../src/kernel/eventBatcher';
import type { KernelEvent } from '../../../src/kernel/protocol';

describe('event batcher: printed text', () => {
  it('sends a loop’s prints as one message, and stdout and stderr in the order written', () => {
    const events: KernelEvent[] = [];
    let now = 0;
    const b = new EventBatcher(
      (e) => events.push(e),
      7,
      50,
      () => now,
    );
    for (let i = 0; i < 3; i++) b.print(`step ${i}\n`);
    b.print('warning\n', 'stderr');
    b.print('more\n', 'stderr');
    b.print('step 3\n');
    now = 10;
    b.flush();
    assert.deepEqual(events, [
      { type: 'stdout', runId: 7, text: 'step 0\nstep 1\nstep 2\n' },
      { type: 'stdout', runId: 7, text: 'warning\nmore\n', stream: 'stderr' },
      { type: 'stdout', runId: 7, text: 'step 3\n' },
    ]);
  });
});
