// sys.set_int_max_str_digits lasts for the session, as sys.setrecursionlimit does, and
// never leaks into another session or into the host's own printing after the run.

import * as assert from 'node:assert/strict';
import { intRepr } from '../../../src/lang/format';
import { Interpreter } from '../../../src/lang/interpreter';
import { RecordingHost } from './runProgram';

describe('sys.set_int_max_str_digits', () => {
  const lift = 'import sys\nsys.set_int_max_str_digits(0)';
  const printBig = 'print(len(str(7 ** 9000)))';

  it('keeps the limit for the rest of the session; a restart restores 4300', () => {
    const host = new RecordingHost();
    const interpreter = new Interpreter(host);
    assert.equal(interpreter.runCell(printBig).error?.kind, 'ValueError');
    assert.equal(interpreter.runCell(lift).error, null);
    assert.equal(interpreter.runCell(printBig).error, null);
    assert.equal(host.rec.out, '7606\n');
    interpreter.reset();
    assert.equal(interpreter.runCell(printBig).error?.kind, 'ValueError');
  });

  it('does not reach another interpreter or the host after a run', () => {
    const lifted = new Interpreter(new RecordingHost());
    assert.equal(lifted.runCell(lift).error, null);
    assert.throws(() => intRepr(7n ** 9000n), /Exceeds the limit \(4300 digits\)/);
    const other = new Interpreter(new RecordingHost());
    assert.equal(other.runCell(printBig).error?.kind, 'ValueError');
    assert.equal(lifted.runCell(printBig).error, null);
  });
});
