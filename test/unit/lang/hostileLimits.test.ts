// Programs that push on limits the JS engine would otherwise enforce in its own way, too
// late or at the wrong place: each ends with a LimitError at its line, in time.

import * as assert from 'node:assert/strict';
import { errorOf, output, RecordingHost, run } from './runProgram';
import { Interpreter } from '../../../src/lang/interpreter';

describe('limits: checked before the operation, at the right line, in time', function () {
  this.timeout(120_000);

  it('enforces the time limit inside slow iterations and straight-line built-ins', () => {
    for (const [code, line] of [
      // Each iteration scans megabytes: polled by work done, not every 100 iterations.
      [
        's = "abcdefgh" * 1000000\nn = 0\nfor i in range(200):\n    n += s.replace("a", "xy").count("y")',
        4,
      ],
      // No loop at all: four big sorts in a row.
      [
        'xs = [((i * 7919) % 1000003) / 3.0 for i in range(1000000)]\na = sorted(xs)\nb = sorted(xs, reverse=True)\nc = sorted(xs)\nd = sorted(xs)\ne = sorted(xs)\nf = sorted(xs)',
        0,
      ],
      [
        'xs = list(range(3000000))\nfor i in range(100):\n    ys = xs.copy()\n    ys.reverse()\n    k = ys.index(0)',
        0,
      ],
    ] as const) {
      const t0 = performance.now();
      const r = run(code, 1, { maxMillis: 300 });
      const ms = performance.now() - t0;
      assert.equal(r.outcome.error?.kind, 'LimitError', code);
      assert.match(r.outcome.error!.message, /took longer than 300 ms/);
      if (line !== 0) assert.equal(r.outcome.error!.line, line);
      assert.ok(ms < 6000, `${code}: stopped after ${ms.toFixed(0)} ms`);
    }
  });

  it('stops a long sort when the host asks, keeping the names', () => {
    const host = new RecordingHost();
    const interpreter = new Interpreter(host);
    interpreter.runCell('keep = 42\nxs = [((i * 7919) % 1000003) / 3.0 for i in range(2000000)]');
    host.rec.polls = 0;
    // The sort itself is the only thing that polls here.
    host.stopAfterPolls = 2;
    const outcome = interpreter.runCell('ys = sorted(xs)');
    assert.equal(outcome.status, 'stopped');
    assert.equal(interpreter.names().get('keep'), 42n);
  });

  it('refuses an int product too large before computing it, at the multiplication', () => {
    const t0 = performance.now();
    assert.match(
      errorOf('x = 3\nwhile True:\n    x = x * x'),
      /^LimitError: this product of ints would have about [\d,]+ bits: too large to compute @3:9$/,
    );
    assert.match(errorOf('x = 3 ** 1000000\nwhile True:\n    x *= x'), /^LimitError: .* @3:5$/);
    assert.ok(performance.now() - t0 < 20_000);
    // Big but legal products still work.
    assert.equal(run('x = (3 ** 100000) * (3 ** 100000) == 3 ** 200000\nprint(x)').out, 'True\n');
  });

  it('caps dict and set sizes with a LimitError at the line that grows them', () => {
    const limits = { maxItems: 1000 };
    assert.equal(
      errorOf('d = {i: i for i in range(10**9)}', 1, limits),
      'LimitError: this dict would hold 1,001 items, more than the 1,000 a run may build @1:5',
    );
    assert.equal(
      errorOf('s = set()\nfor i in range(10**9):\n    s.add(i)', 1, limits),
      'LimitError: this set would hold 1,001 items, more than the 1,000 a run may build @3:5',
    );
    assert.equal(
      errorOf('d = {}\nfor i in range(10**9):\n    d[i] = 0', 1, limits),
      'LimitError: this dict would hold 1,001 items, more than the 1,000 a run may build @3:5',
    );
  });
});

describe('math.factorial of a huge n', () => {
  it('is refused before computing, as ** is, and small ones are exact', () => {
    assert.equal(
      errorOf('import math\nx = math.factorial(10 ** 7)'),
      'LimitError: the result of factorial(10000000) would have about 218,108,017 bits: too large to compute @2:5',
    );
    assert.equal(
      output('import math\nprint(math.factorial(20), len(str(math.factorial(1000))))'),
      '2432902008176640000 2568\n',
    );
  });
});
