// Behaviours issue 11 found different from CPython 3.11, each checked against what
// python3 prints for the same program (when python3 is on the machine).

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { errorOf, output } from './runProgram';

function cpython(code: string): string | null {
  const r = spawnSync('python3', ['-c', code], { encoding: 'utf8' });
  return r.error !== undefined || r.status !== 0 ? null : r.stdout;
}

function sameAsCPython(code: string, expected: string): void {
  assert.equal(output(code), expected, code);
  const reference = cpython(code);
  if (reference !== null) assert.equal(reference, expected, `CPython: ${code}`);
}

describe('semantics as CPython 3.11 (issue 11)', () => {
  it('compares list items by identity first: NaN is in [NaN] and [NaN] == [NaN]', () => {
    sameAsCPython("n = float('nan')\nprint(n in [n], [n] == [n], n == n)\n", 'True True False\n');
  });

  it('pow with a negative exponent and a modulus is the modular inverse', () => {
    sameAsCPython(
      'print(pow(3, -1, 7), pow(3, -2, -7), pow(-3, -1, 7), pow(3, -1, 1))\n',
      '5 -3 2 0\n',
    );
    assert.match(
      errorOf('pow(2, -1, 4)'),
      /^ValueError: base is not invertible for the given modulus/,
    );
  });

  it('normalises identifiers with NFKC', () => {
    sameAsCPython('ℌ = 3\nﬁle = 2\nprint(H, file)\n', '3 2\n');
  });

  it('raises RuntimeError when a dict or set changes size while a loop walks it', () => {
    assert.match(
      errorOf('d = {1: 1, 2: 2}\nfor k in d:\n    d[k + 10] = 0'),
      /^RuntimeError: dictionary changed size during iteration @2:/,
    );
    assert.match(
      errorOf('s = {1, 2}\nfor k in s:\n    s.add(k + 10)'),
      /^RuntimeError: Set changed size during iteration @2:/,
    );
    // Changing values (not the size) is allowed, as in Python.
    sameAsCPython('d = {1: 1, 2: 2}\nfor k in d:\n    d[k] = 5\nprint(d)\n', '{1: 5, 2: 5}\n');
  });

  it('reads Unicode digits as Python does: isdigit, int() and float()', () => {
    sameAsCPython(
      "print('²'.isdigit(), '²'.isdecimal(), '①'.isdigit(), '١٢٣'.isdigit(), 'a1'.isdigit())\n",
      'True False True True False\n',
    );
    sameAsCPython("print(int('١٢٣'), float('١٢.٥'), int(' ٣ '))\n", '123 12.5 3\n');
  });

  it('draws the same sample from a range as from a list', () => {
    sameAsCPython(
      'import random\nrandom.seed(3)\nprint(random.sample(range(100), 5))\n',
      '[30, 75, 69, 16, 47]\n',
    );
  });

  it('runs the match statement, and keeps match and case usable as names', () => {
    sameAsCPython(
      'x = [3, 4]\nmatch x:\n    case [3, y]:\n        print("three then", y)\n',
      'three then 4\n',
    );
    sameAsCPython('match = 3\ncase = [match]\nprint(match, case[0])\n', '3 3\n');
  });
});
