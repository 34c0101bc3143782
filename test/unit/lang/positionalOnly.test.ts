// Positional-only parameters (`def f(x, /, y)`) as a user meets them; expected texts are
// CPython 3.11's.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('positional-only parameters', () => {
  it('take positions only, and send their names given by keyword to **kwargs', () => {
    assert.equal(
      output(py`
        def scale(x, /, factor=2, **opts):
            return x * factor, opts
        print(scale(3), scale(3, factor=10), scale(3, x=1))
      `),
      "(6, {}) (30, {}) (6, {'x': 1})\n",
    );
  });

  it("names every positional-only argument passed by keyword, as CPython's TypeError does", () => {
    assert.equal(
      errorOf('def f(a, b, /, c):\n    return a\nf(a=1, b=2, c=3)\n'),
      "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a, b' @3:1",
    );
  });

  it("points CPython's syntax errors at the misplaced slash", () => {
    assert.equal(errorOf('def f(*, a, /):\n    pass\n'), 'SyntaxError: / must be ahead of * @1:13');
    assert.equal(
      errorOf('g = lambda /, a: a\n'),
      'SyntaxError: at least one argument must precede / @1:12',
    );
  });
});
