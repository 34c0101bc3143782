// The work a session does after each cell (describing names for hovers, inline values)
// must not grow with everything the session holds: only what changed is described and
// sent, and every description is built within a length budget.

import { strict as assert } from 'node:assert';
import type { KernelEvent, NameInfo, SequenceInfo } from '../../../src/kernel/protocol';
import { Session } from '../../../src/kernel/session';

type Done = Extract<KernelEvent, { type: 'done' }>;

function session() {
  const events: KernelEvent[] = [];
  const s = new Session({ emit: (e) => events.push(e), maxGraphNodes: 5e6, maxRunMillis: 60e3 });
  let runId = 0;
  const run = (code: string, cellId = 'c', firstLine = 1) => {
    events.length = 0;
    s.handle({ type: 'run', runId: ++runId, cellId, code, firstLine });
    return [...events];
  };
  return { s, run };
}

const done = (events: KernelEvent[]) => events.find((e) => e.type === 'done') as Done;
const errors = (events: KernelEvent[]) => events.filter((e) => e.type === 'error');

describe('Session bookkeeping after a cell', function () {
  this.timeout(60_000);

  it('sends only the names that changed, and names no longer bound', () => {
    const { run } = session();
    assert.deepEqual(Object.keys(done(run('a = 1\nb = [1, 2]\nv = Value(2.0)')).names).sort(), [
      'a',
      'b',
      'v',
    ]);
    assert.deepEqual(done(run('c = 3', 'c2')).names.c, { kind: 'number', type: 'int', repr: '3' });
    assert.deepEqual(Object.keys(done(run('c = 3', 'c2')).names), []);
    // A mutation through a method, and a grad set by backward, are changes.
    const after = done(run('b.append(3)\nw = v * v\nw.backward()', 'c3')).names;
    assert.deepEqual(Object.keys(after).sort(), ['b', 'v', 'w']);
    assert.equal((after.b as SequenceInfo).length, 3);
    assert.deepEqual(done(run('del a', 'c4')).removedNames, ['a']);
  });

  it('re-sends inline values only of the cell that ran and of cells whose values changed', () => {
    const { run } = session();
    run('k = 5', 'plain', 1);
    run('x = Value(3.0)', 'values', 2);
    const inline = done(run('y = x * x\ny.backward()', 'back', 3)).inline;
    assert.deepEqual(
      inline.map((c) => c.cellId),
      ['values', 'back'],
    );
    assert.deepEqual(inline[0].values, [{ line: 2, text: '3.0000 · ∇ 6.0000' }]);
    assert.deepEqual(
      done(run('z = 1', 'last', 5)).inline.map((c) => c.cellId),
      ['last'],
    );
  });

  it('shows a list of floats as Python’s repr shortened, with how many are left out', () => {
    const { run } = session();
    const d = done(run('losses = [0.5 + i / 10000 for i in range(3000)]'));
    const info = d.names.losses as SequenceInfo;
    assert.equal(info.length, 3000);
    assert.match(info.preview, /^\[0\.5000, 0\.5001, 0\.5002, .*… \d+ more\]$/);
    const shown = info.preview.split(', ').length - 1;
    assert.ok(info.preview.endsWith(`… ${3000 - shown} more]`), info.preview);
    assert.deepEqual(info.items.slice(0, 2), ['0.5000', '0.5001']);
    const inline = d.inline[0].values[0].text;
    assert.match(inline, /^\[0\.5000, 0\.5001, .*… \d+ more\]$/);
    assert.ok(inline.length <= 60, inline);
  });

  it("shows a set's inline value in the order print shows it", () => {
    const { run } = session();
    const d = done(run('s = {3, 1, 2, 100, 7}'));
    assert.equal(d.inline[0].values[0].text, '{1, 2, 3, 100, 7}');
  });

  it('describes a huge int by its size, and a 10M-item list costs nothing after the cell made it', () => {
    const { run } = session();
    const big = run('x = 1 << 200000');
    assert.deepEqual(errors(big), []);
    assert.deepEqual(done(big).names.x, {
      kind: 'number',
      type: 'int',
      repr: '<int of about 60,206 digits>',
    });
    const made = run('xs = list(range(10**7))', 'make');
    assert.equal(done(made).status, 'ok');
    const started = performance.now();
    for (let i = 0; i < 20; i++) {
      const d = done(run('pass', `empty${i}`));
      assert.deepEqual(Object.keys(d.names), []);
    }
    const perCell = (performance.now() - started) / 20;
    assert.ok(perCell < 50, `${perCell.toFixed(1)} ms per empty cell`);
  });

  it('reports in linear size: 2000 one-line cells send about as much per cell as 200', () => {
    const sent = (n: number) => {
      const { run } = session();
      let total = 0;
      for (let i = 0; i < n; i++)
        total += JSON.stringify(done(run(`x${i} = ${i}`, `c${i}`, i + 1))).length;
      return total / n;
    };
    const small = sent(200);
    const large = sent(2000);
    assert.ok(large < small * 1.5, `${small} vs ${large} characters per cell`);
  });

  it('previews a 2M-character string within 200 characters', () => {
    const { run } = session();
    const names: Record<string, NameInfo> = done(run('s = "ab" * 1000000')).names;
    assert.equal(names.s.kind, 'string');
    assert.ok((names.s as { repr: string }).repr.length <= 200);
  });
});

describe('Session: the Graph lens says what a cell holds when it is not a Value', () => {
  const graphMessage = (s: Session, events: KernelEvent[], cellId: string): string => {
    events.length = 0;
    s.handle({ type: 'graph', requestId: 1, target: { cellId }, maxValues: 100 });
    const answer = events.find((e) => e.type === 'graph');
    return answer?.type === 'graph' ? (answer.message ?? '') : '';
  };

  it('names the result’s type and size, and what to do instead', () => {
    const events: KernelEvent[] = [];
    const s = new Session({ emit: (e) => events.push(e), maxGraphNodes: 1e6, maxRunMillis: 60e3 });
    s.handle({
      type: 'run',
      runId: 1,
      cellId: 'train',
      code: 'losses = [0.5] * 300',
      firstLine: 1,
    });
    assert.equal(
      graphMessage(s, events, 'train'),
      "This cell's result is a list of 300 numbers, not a Value: call draw(v) on a Value, " +
        'or use Graph on a cell that ends with one.',
    );
    s.handle({ type: 'run', runId: 2, cellId: 'n', code: 'k = 3\nk + 1', firstLine: 2 });
    assert.match(graphMessage(s, events, 'n'), /^This cell's result is a number, not a Value/);
    assert.equal(
      graphMessage(s, events, 'never'),
      'This cell has not run in this session yet: run it first.',
    );
  });
});
