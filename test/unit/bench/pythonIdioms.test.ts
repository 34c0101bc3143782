// The idioms bench times one program under tgrad and python3; it measures only while that
// program runs every idiom and prints one time for each, under both.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { IDIOMS, idiomProgram, idiomTable, parseIdiomTimes } from '../../../bench/pythonIdioms';
import { silent } from '../../../bench/userEngine';
import { Interpreter } from '../../../src/lang/interpreter';

function tgradOutput(program: string): string {
  let out = '';
  const interpreter = new Interpreter({ ...silent, print: (text: string) => (out += text) });
  const outcome = interpreter.runCell(program, 1);
  assert.equal(outcome.error, null, String(outcome.error));
  return out;
}

describe('bench: everyday Python idioms against CPython', () => {
  it('times every idiom once under tgrad, each with a positive time', () => {
    const times = parseIdiomTimes(tgradOutput(idiomProgram(20)));
    assert.deepEqual(
      [...times.keys()],
      IDIOMS.map(([name]) => name),
    );
    for (const [name, ns] of times) assert.ok(ns > 0 && Number.isFinite(ns), `${name}: ${ns}`);
  });

  it('runs the same program under python3, when it is present', function () {
    const py = spawnSync('python3', ['-c', idiomProgram(20)], { encoding: 'utf8' });
    if (py.error !== undefined) this.skip();
    assert.equal(py.status, 0, py.stderr);
    assert.equal(parseIdiomTimes(py.stdout).size, IDIOMS.length);
  });

  it('tabulates the ratio of each idiom and their geometric mean', () => {
    const table = idiomTable([
      { name: 'a', tgradNs: 200, cpythonNs: 100 },
      { name: 'b|c', tgradNs: 50, cpythonNs: 100 },
    ]);
    assert.match(table, /\| `a` \| 100 \| 200 \| 2\.00 \|/);
    assert.match(table, /`b\\\|c`.*\| 0\.50 \|/);
    assert.match(table, /geometric mean \| \| \| 1\.00 \|/);
  });
});
