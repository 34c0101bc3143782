import { strict as assert } from 'node:assert';
import { codeMask, nameAt } from '../../../src/extension/nameAtPosition';

describe('nameAtPosition', () => {
  it('finds the identifier under a position, also just after it', () => {
    const line = 'x1w1 = x1 * w1';
    assert.deepEqual(nameAt(line, 0), { name: 'x1w1', start: 0, end: 4 });
    assert.deepEqual(nameAt(line, 3), { name: 'x1w1', start: 0, end: 4 });
    assert.deepEqual(nameAt(line, 9), { name: 'x1', start: 7, end: 9 });
    assert.equal(nameAt(line, 5), null);
  });

  it('skips attributes, numbers, comments and strings, but not f-string fields', () => {
    assert.equal(nameAt('o.backward()', 3), null);
    assert.equal(nameAt('o . data', 5), null);
    assert.equal(nameAt('y = 1e5', 6), null);
    assert.equal(nameAt('a = 1  # uses b', 14), null);
    assert.equal(nameAt('print("x1 and w1")', 8), null);
    assert.deepEqual(nameAt('print(f"{x1.data:.4f} {{w1}}")', 10), {
      name: 'x1',
      start: 9,
      end: 11,
    });
    assert.equal(nameAt('print(f"{x1.data:.4f} {{w1}}")', 25), null);
  });

  it('marks code characters', () => {
    const mask = codeMask("a = 'b' # c");
    assert.deepEqual(
      [..."a = 'b' # c"].map((_, i) => (mask[i] ? 'c' : '.')).join(''),
      'cccc...c...',
    );
  });
});
