// The names tgrad adds to Python's built-ins: every one is a built-in, and deleting the
// program's own binding of one leaves the name unbound (CPython has no such built-in), while a
// Python built-in comes back.

import * as assert from 'node:assert/strict';
import { TGRAD_ONLY_BUILTINS } from '../../../src/lang/builtins/tgradOnly';
import { errorOf, output } from './runProgram';

describe('tgrad-only built-ins', () => {
  it('are all built-ins a program starts with', () => {
    const names = [...TGRAD_ONLY_BUILTINS];
    const code = `print(${names.map((n) => `${n} is not None`).join(', ')})\n`;
    assert.equal(output(code), `${names.map(() => 'True').join(' ')}\n`);
  });

  it('stay unbound after the program deletes its own binding (del, except … as)', () => {
    assert.equal(output('print(round(e, 3))\n'), '2.718\n');
    assert.match(errorOf('e = 5\ndel e\nprint(e)\n'), /NameError: name 'e' is not defined/);
    const handler = 'try:\n    1 / 0\nexcept ZeroDivisionError as pi:\n    pass\nprint(pi)\n';
    assert.match(errorOf(handler), /NameError: name 'pi' is not defined/);
    assert.equal(output('e = 1\ndel e\ne = 2\nprint(e)\n'), '2\n');
  });

  it('leave Python built-ins alone: they come back after the binding is deleted', () => {
    assert.equal(output('len = 3\ndel len\nprint(len("ab"))\n'), '2\n');
  });
});
