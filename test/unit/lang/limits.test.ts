import * as assert from 'node:assert/strict';
import { Interpreter } from '../../../src/lang/interpreter';
import { errorOf, py, RecordingHost, run } from './runProgram';

describe('limits: a bad program gets an error, never a crashed or frozen host', () => {
  it('caps the graph nodes a run may create', () => {
    const r = run('xs = [Value(float(i)) for i in range(100)]\ntotal = sum(xs)', 1, {
      maxNodes: 50,
    });
    assert.equal(r.outcome.error?.kind, 'LimitError');
    assert.match(r.outcome.error!.message, /more than 50 graph nodes/);
    // It names where the limit is set, in the editor and on the command line.
    assert.match(r.outcome.error!.message, /toygrad\.maxGraphNodes; tgrad run --max-nodes\)$/);
    assert.equal(r.outcome.error?.line, 1);
  });

  it('caps the run time, in loops and in long built-ins', () => {
    // Each at the loop or call that spins: [code, line, column].
    for (const [code, line, col] of [
      ['while True:\n    pass', 1, 7],
      ['x = 0\nwhile True:\n    x += 1', 2, 7],
      ['total = sum(range(10 ** 15))', 1, 9],
      ['def f():\n    return [1 for _ in range(10 ** 12) if False]\nf()', 2, 24],
    ] as const) {
      const t0 = performance.now();
      const r = run(code, 1, { maxMillis: 200 });
      const ms = performance.now() - t0;
      assert.equal(r.outcome.error?.kind, 'LimitError', code);
      assert.match(
        r.outcome.error!.message,
        /took longer than 200 ms, the time limit \(setting toygrad\.maxRunSeconds; tgrad run --max-seconds\)$/,
      );
      assert.deepEqual([r.outcome.error!.line, r.outcome.error!.col], [line, col], code);
      assert.ok(ms < 2000, `${code}: stopped after ${ms} ms`);
    }
  });

  it('raises RecursionError past depth 1000 (and allows 990)', () => {
    const code = py`
      def depth(n):
          return 0 if n == 0 else 1 + depth(n - 1)
      print(depth(990))
      depth(5000)
    `;
    const r = run(code);
    assert.equal(r.out, '990\n');
    assert.equal(r.outcome.error?.kind, 'RecursionError');
    assert.equal(r.outcome.error?.message, 'maximum recursion depth exceeded');
    assert.equal(r.outcome.error?.line, 2);
    assert.equal(
      errorOf('f = lambda: f()\nf()'),
      'RecursionError: maximum recursion depth exceeded @1:13',
    );
  });

  it('turns a JS stack overflow into a RecursionError when the stack is smaller than the cap', () => {
    const r = run('def f(n):\n    return 1 + f(n + 1)\nf(0)', 1, { maxDepth: 10_000_000 });
    assert.equal(r.outcome.error?.kind, 'RecursionError');
    assert.equal(r.outcome.error?.line, 2);
  });

  it('refuses lists and strings too large to hold', () => {
    assert.match(
      errorOf('x = [0] * 10 ** 9'),
      /^LimitError: this list would hold 1,000,000,000 items/,
    );
    assert.match(errorOf('x = list(range(10 ** 9))'), /^LimitError: this list would hold/);
    assert.match(errorOf('x = "ab" * 10 ** 9'), /^LimitError: this string would hold/);
    assert.match(errorOf('x = 2 ** 10 ** 10'), /^LimitError: the result of 2 \*\* 10000000000/);
    assert.match(
      errorOf('x = []\nwhile True:\n    x.append(1)', 1, { maxItems: 1000 }),
      /^LimitError: this list would hold 1,001 items.* @3:5/,
    );
    assert.match(
      errorOf('s = "x"\nwhile True:\n    s = s + s'),
      /^LimitError: this string would hold/,
    );
    assert.equal(
      errorOf('print(10 ** 5000)'),
      'ValueError: Exceeds the limit (4300 digits) for integer string conversion; use ' +
        'sys.set_int_max_str_digits() to increase the limit @1:1',
    );
  });

  it('evaluates the deepest expressions the parser accepts', () => {
    const chain = 'x = ' + Array.from({ length: 390 }, () => '1').join(' + ') + '\nprint(x)';
    assert.equal(run(chain).out, '390\n');
    const nested = 'x = ' + '('.repeat(140) + '1' + ' + 1)'.repeat(140) + '\nprint(x)';
    assert.equal(run(nested).out, '141\n');
  });
});

describe('stopping a run', () => {
  it('stops between statements when the host asks, keeping the names', () => {
    const host = new RecordingHost();
    host.stopAfterPolls = 3;
    const it = new Interpreter(host);
    const outcome = it.runCell('a = 1\nb = 2\ni = 0\nwhile True:\n    i += 1', 1);
    assert.equal(outcome.status, 'stopped');
    assert.equal(outcome.error, null);
    const names = it.names();
    assert.equal(names.get('a'), 1n);
    assert.equal(names.get('b'), 2n);
    assert.ok((names.get('i') as bigint) > 0n);
    // The session goes on after a stop.
    host.stopAfterPolls = null;
    const next = it.runCell('print(a + b)', 10);
    assert.equal(next.status, 'ok');
    assert.equal(host.rec.out, '3\n');
  });

  it('stops train() between steps', () => {
    const host = new RecordingHost();
    const it = new Interpreter(host);
    it.runCell('xs, ys = moons(20)\nm = MLP(2, [4, 1])', 1);
    host.stopAfterPolls = host.rec.polls + 5;
    const outcome = it.runCell('losses = train(m, xs, ys, steps=1000)', 3);
    assert.equal(outcome.status, 'stopped');
    assert.ok(host.rec.steps.length < 20, `ran ${host.rec.steps.length} steps`);
    assert.equal(it.names().has('losses'), false);
    assert.ok(it.names().has('m'));
  });

  it('says a count of 0 is too few as a count, not as a float', () => {
    const r = run('m = MLP(2, [1])\ntrain(m, [[1.0, 2.0]], [1.0], steps=0)');
    assert.equal(r.outcome.error?.kind, 'ValueError');
    assert.equal(r.outcome.error?.message, 'steps must be a whole number ≥ 1, got 0');
    assert.equal(r.outcome.error?.line, 2);
  });
});
