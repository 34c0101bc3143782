// input() in a session that asks the user (the editor's): the worker waits for the answer
// without blocking the host, echoes it after the prompt, takes Escape as the end of its input,
// ends a stopped run while it waits, and does not give a late answer to a later question.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { KernelClient } from '../../../src/kernel/kernelClient';
import type { KernelEvent } from '../../../src/kernel/protocol';

const workerPath = join(__dirname, '../../../../dist/worker.js');

interface Question {
  prompt: string;
  cancel: AbortSignal;
  answer(text: string | undefined): void;
}

function asking() {
  const questions: Question[] = [];
  const waiters: ((q: Question) => void)[] = [];
  const c = new KernelClient({
    workerPath,
    maxGraphNodes: 1_000_000,
    maxRunMillis: 60_000,
    input: 'ask',
    askInput: (prompt, cancel) =>
      new Promise((resolve) => {
        const q = { prompt, cancel, answer: resolve };
        const waiter = waiters.shift();
        if (waiter !== undefined) waiter(q);
        else questions.push(q);
      }),
  });
  const events: KernelEvent[] = [];
  c.onEvent((e) => events.push(e));
  const nextQuestion = () =>
    new Promise<Question>((resolve) => {
      const q = questions.shift();
      if (q !== undefined) resolve(q);
      else waiters.push(resolve);
    });
  const done = (runId: number) =>
    new Promise<Extract<KernelEvent, { type: 'done' }>>((resolve) => {
      const off = c.onEvent((e) => {
        if (e.type === 'done' && e.runId === runId) {
          off();
          resolve(e);
        }
      });
    });
  const printed = () =>
    events
      .filter((e): e is Extract<KernelEvent, { type: 'stdout' }> => e.type === 'stdout')
      .map((e) => e.text)
      .join('');
  return { c, events, nextQuestion, done, printed };
}

describe('input() in a session that asks the user', function () {
  this.timeout(30000);

  it('asks with the prompt, echoes the answer after it, and goes on', async () => {
    const k = asking();
    const run = k.done(k.c.run('a', 'name = input("name? ")\nprint("hello", name)\n', 1));
    const q = await k.nextQuestion();
    assert.equal(q.prompt, 'name? ');
    // The prompt is out while the program waits, and the host is not blocked meanwhile.
    assert.equal(k.printed(), 'name? ');
    q.answer('Ada');
    assert.equal((await run).status, 'ok');
    assert.equal(k.printed(), 'name? Ada\nhello Ada\n');
    await k.c.dispose();
  });

  it('asks again in a later cell, and after a restart (a new worker, a new input line)', async () => {
    const k = asking();
    const first = k.done(k.c.run('a', 'x = input("x? ")\n', 1));
    (await k.nextQuestion()).answer('1');
    assert.equal((await first).status, 'ok');
    const later = k.done(k.c.run('b', 'y = input("y? ")\nprint(x + y)\n', 5));
    (await k.nextQuestion()).answer('2');
    assert.equal((await later).status, 'ok');
    await k.c.restart();
    const again = k.done(k.c.run('c', 'z = input("z? ")\nprint("z", z)\n', 9));
    const q = await k.nextQuestion();
    assert.equal(q.prompt, 'z? ');
    q.answer('3');
    assert.equal((await again).status, 'ok');
    assert.ok(k.printed().endsWith('x? 1\ny? 2\n12\nz? 3\nz 3\n'), k.printed());
    await k.c.dispose();
  });

  it('Escape (no answer) is the end of the input: EOFError at the call', async () => {
    const k = asking();
    const run = k.done(k.c.run('a', 'x = 1\ny = input()\n', 1));
    (await k.nextQuestion()).answer(undefined);
    const done = await run;
    assert.equal(done.status, 'error');
    const error = k.events.find((e) => e.type === 'error');
    assert.ok(error?.type === 'error');
    assert.deepEqual(
      [error.error.kind, error.error.message, error.error.line, error.error.col],
      ['EOFError', 'EOF when reading a line', 2, 5],
    );
    await k.c.dispose();
  });

  it('a stop while it waits ends the run, withdraws the question, and a late answer is dropped', async () => {
    const k = asking();
    const first = k.done(
      k.c.run('a', 'try:\n    a = input("first? ")\nexcept EOFError:\n    print("caught")\n', 1),
    );
    const q = await k.nextQuestion();
    assert.equal(await k.c.stop(), 'stopped');
    assert.equal((await first).status, 'stopped');
    assert.equal(q.cancel.aborted, true);
    q.answer('too late');
    // The session lives on; the next question gets its own answer.
    const second = k.done(k.c.run('b', 'b = input("second? ")\nprint(repr(b))\n', 10));
    const q2 = await k.nextQuestion();
    assert.equal(q2.prompt, 'second? ');
    q2.answer('fresh');
    assert.equal((await second).status, 'ok');
    assert.ok(!k.printed().includes('caught'), k.printed());
    assert.ok(k.printed().endsWith("second? fresh\n'fresh'\n"), k.printed());
    await k.c.dispose();
  });
});
