// The warnings module as a program meets it: what warn shows on stderr (a run without a file
// names it `<string>` and shows no source line, as `python3 -c` does), once per place under
// the default filters, the filters and catch_warnings, and the 'error' action's exception.
// Expected outputs are what python3 (CPython 3.11) printed for the same text.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('warnings.warn', () => {
  it('shows FILE:LINE: Category: message once per place under the default action', () => {
    const out = output(py`
      import warnings
      for i in range(3):
          warnings.warn('slow')
      warnings.warn('slow')
      warnings.warn('odd', RuntimeWarning)
      print('done')
    `);
    assert.equal(
      out,
      '<string>:3: UserWarning: slow\n<string>:4: UserWarning: slow\n' +
        '<string>:5: RuntimeWarning: odd\ndone\n',
    );
  });

  it('ignores PendingDeprecationWarning by default and shows DeprecationWarning in __main__', () => {
    const out = output(py`
      import warnings
      warnings.warn('p', PendingDeprecationWarning)
      warnings.warn('d', DeprecationWarning)
    `);
    assert.equal(out, '<string>:3: DeprecationWarning: d\n');
  });

  it("raises the warning under the 'error' action, where warn is called", () => {
    const err = errorOf(py`
      import warnings
      warnings.simplefilter('error')
      x = 1
      warnings.warn('now fatal', FutureWarning)
    `);
    assert.equal(err, 'FutureWarning: now fatal @4:1');
  });

  it('names the caller k-1 frames out for stacklevel=k, and `sys:1` past the outermost frame', () => {
    const out = output(py`
      import warnings
      def check(lr):
          warnings.warn(f'lr {lr}', stacklevel=2)
      def make():
          check(5)
      make()
      check(2)
      warnings.warn('top', RuntimeWarning, stacklevel=2)
      def deep():
          warnings.warn('deep', stacklevel=3)
      def outer():
          deep()
      outer()
    `);
    assert.equal(
      out,
      '<string>:5: UserWarning: lr 5\n<string>:7: UserWarning: lr 2\n' +
        'sys:1: RuntimeWarning: top\n<string>:13: UserWarning: deep\n',
    );
  });

  it('refuses a category that is not a Warning subclass', () => {
    const err = errorOf(py`
      import warnings
      warnings.warn('m', 'UserWarning')
    `);
    assert.equal(err, "TypeError: category must be a Warning subclass, not 'str' @2:1");
  });
});

describe('warnings: filters and catch_warnings', () => {
  it("'always' repeats, 'ignore' hides, and catch_warnings restores the filters", () => {
    const out = output(py`
      import warnings
      with warnings.catch_warnings():
          warnings.simplefilter('ignore')
          warnings.warn('hidden')
      with warnings.catch_warnings():
          warnings.simplefilter('always')
          for i in range(2):
              warnings.warn('again')
      warnings.warn('after')
    `);
    assert.equal(
      out,
      '<string>:8: UserWarning: again\n<string>:8: UserWarning: again\n' +
        '<string>:9: UserWarning: after\n',
    );
  });

  it('catch_warnings(record=True) gives the warnings instead of showing them', () => {
    const out = output(py`
      import warnings
      with warnings.catch_warnings(record=True) as log:
          warnings.simplefilter('always')
          warnings.warn('one')
          warnings.warn('two', DeprecationWarning)
      print([(w.category.__name__, str(w.message), w.lineno) for w in log])
    `);
    assert.equal(out, "[('UserWarning', 'one', 4), ('DeprecationWarning', 'two', 5)]\n");
  });

  it('filterwarnings matches the start of the message, ignoring case', () => {
    const out = output(py`
      import warnings
      warnings.filterwarnings('ignore', message='skip')
      warnings.warn('Skip me')
      warnings.warn('do not skip me')
    `);
    assert.equal(out, '<string>:4: UserWarning: do not skip me\n');
  });

  it('rejects an unknown action', () => {
    const err = errorOf(py`
      import warnings
      warnings.simplefilter('sometimes')
    `);
    assert.equal(err, "AssertionError: invalid action: 'sometimes' @2:1");
  });
});
