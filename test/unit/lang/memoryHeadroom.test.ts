import * as assert from 'node:assert/strict';
import { Interpreter } from '../../../src/lang';
import { setHeapProbe, type HeapProbe } from '../../../src/lang/runtime/memory';
import { errorOf, RecordingHost } from './runProgram';

const MB = 2 ** 20;

/** A probe on this process's real heap, with a limit `room` above what it holds now. */
function realHeap(room: number): HeapProbe {
  const used = (): number => process.memoryUsage().heapUsed;
  return { used, limit: (used() + room) / 0.8 };
}

describe('memory headroom: a program that outgrows the heap ends with a LimitError at its line', () => {
  afterEach(() => setHeapProbe(null));

  it('a comprehension of big lists ends at the expression that builds, and the session keeps its names', () => {
    setHeapProbe(realHeap(300 * MB));
    const host = new RecordingHost();
    const interpreter = new Interpreter(host);
    assert.equal(interpreter.runCell('x = 7\n', 1).error, null);
    const bomb = interpreter.runCell('y = 1\nb = [[0] * 100000 for i in range(100000)]\n', 2);
    assert.equal(bomb.status, 'error');
    const e = bomb.error!;
    assert.equal(`${e.kind} @${e.line}:${e.col}`, 'LimitError @3:6');
    assert.match(e.message, /^this would need more memory than the session has \(\d[\d,]* MB of/);
    assert.equal(interpreter.runCell('print(x, y)\n', 4).error, null);
    assert.equal(host.rec.out, '7 1\n');
  });

  it('appending in a loop is checked as it grows', () => {
    setHeapProbe(realHeap(100 * MB));
    const code = 'a = []\nfor i in range(10000000):\n    a.append([i, i, i, i])\n';
    assert.match(errorOf(code), /^LimitError: this would need more memory .* @3:5$/);
  });

  it('garbage is collected (at most once a second) before the program is blamed', () => {
    // The heap holds 100 MB when the run begins, then looks full until a collection.
    let looks = 0;
    let collections = 0;
    setHeapProbe({
      used: () => (looks++ === 0 ? 100 * MB : collections > 0 ? 150 * MB : 950 * MB),
      limit: 1000 * MB,
      collect: () => void collections++,
    });
    assert.equal(errorOf('a = [0] * 5000000\nprint(len(a))\n'), 'no error');
    assert.equal(collections, 1);
  });

  it('past the budget after a collection, the line that builds is blamed', () => {
    let looks = 0;
    setHeapProbe({
      used: () => (looks++ === 0 ? 100 * MB : 950 * MB),
      limit: 1000 * MB,
      collect: () => {},
    });
    assert.equal(
      errorOf('x = 1\na = [0] * 5000000\n'),
      'LimitError: this would need more memory than the session has (988 MB of the 800 MB a run may use): build smaller lists or strings, or del names you no longer need @2:5',
    );
  });

  it('what the session held before the run does not fail it: del still works', () => {
    const used = 950 * MB;
    setHeapProbe({ used: () => used, limit: 1000 * MB });
    assert.equal(errorOf('a = [0] * 5000000\ndel a\n'), 'no error');
  });

  it('a repeat count past an index-sized integer is an OverflowError, as in CPython', () => {
    const message = "OverflowError: cannot fit 'int' into an index-sized integer";
    assert.equal(errorOf('x = 1\na = [0] * 10 ** 20'), `${message} @2:5`);
    assert.equal(errorOf("s = 'ab' * -10 ** 20"), `${message} @1:5`);
    assert.equal(errorOf('t = 10 ** 20 * (0,)'), `${message} @1:5`);
    assert.equal(errorOf('t = [] * 10 ** 15\nprint(t)'), 'no error');
  });
});
