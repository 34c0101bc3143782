// globals(), locals() and vars() as a user meets them; expected texts are CPython 3.11's.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('globals(), locals() and vars()', () => {
  it("binds a global through globals()'s live dict and looks functions up by name", () => {
    assert.equal(
      output(py`
        def relu(x):
            return max(0.0, x)
        globals()['lr'] = 0.01
        act = globals()['relu']
        print(lr, act(-1.0), 'relu' in globals(), globals() is globals())
      `),
      '0.01 0.0 True True\n',
    );
  });

  it("gives a function's variables as a snapshot, and the module's at the top level", () => {
    assert.equal(
      output(py`
        def step(x, lr=0.1):
            grad = 2 * x
            snap = locals()
            grad = 0
            return snap
        print(step(3), locals() is globals())
      `),
      "{'x': 3, 'lr': 0.1, 'grad': 6} True\n",
    );
  });

  it("sees the program's own binding of the name instead", () => {
    assert.equal(output('def globals():\n    return "mine"\nprint(globals())\n'), 'mine\n');
  });

  it("raises CPython's TypeError for arguments", () => {
    assert.equal(
      errorOf('x = 1\nglobals(1)\n'),
      'TypeError: globals() takes no arguments (1 given) @2:1',
    );
  });
});
