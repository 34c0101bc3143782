// CPython 3.11's check_index SyntaxWarning: a sequence literal indexed by a literal that is
// not an int or a slice, as when a comma was left out between two literals.

import * as assert from 'node:assert/strict';
import { output, py } from './runProgram';

describe('SyntaxWarning for a literal index that cannot index a sequence literal', () => {
  it('warns for a list, str, tuple, bytes, f-string or comprehension indexed by a literal', () => {
    assert.equal(
      output(py`
        n = 0
        if n:
            rows = [[1, 2] [0.5], "ab"["b"], (1, 2)[None], b"xy"[[0]], f"{n}"[1.0]]
            more = [i for i in range(2)]["0"], [1][1 + 0.5]
        print([1, 2][1:], [1, 2][True], "ab"[n], {1.5: 2}[1.5], [3][n * 1.0 if n else 0])
      `),
      '<string>:3: SyntaxWarning: list indices must be integers or slices, not float; perhaps you missed a comma?\n' +
        '<string>:3: SyntaxWarning: str indices must be integers or slices, not str; perhaps you missed a comma?\n' +
        '<string>:3: SyntaxWarning: tuple indices must be integers or slices, not NoneType; perhaps you missed a comma?\n' +
        '<string>:3: SyntaxWarning: bytes indices must be integers or slices, not list; perhaps you missed a comma?\n' +
        '<string>:3: SyntaxWarning: str indices must be integers or slices, not float; perhaps you missed a comma?\n' +
        '<string>:4: SyntaxWarning: list indices must be integers or slices, not str; perhaps you missed a comma?\n' +
        '<string>:4: SyntaxWarning: list indices must be integers or slices, not float; perhaps you missed a comma?\n' +
        '[2] 2 a 2 3\n',
    );
  });
});
