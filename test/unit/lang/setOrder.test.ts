// Sets of ints, floats and tuples iterate in CPython's table order (setOrder.ts). Expected
// outputs are what python3 (CPython 3.11) printed for the same text; the conformance program
// builtins_set_order.py checks more of them against CPython itself.

import * as assert from 'node:assert/strict';
import { output, py } from './runProgram';

describe('set order', () => {
  it('prints small ints by their table slots, not as added', () => {
    assert.equal(
      output(py`print({3, 1, 2}, set([33, 2, 100, 8, 10, -1]))`),
      '{1, 2, 3} {33, 2, 100, 8, 10, -1}\n',
    );
  });

  it('folds a display of constants as CPython does, and a looped-over one as a frozenset', () => {
    const out = output(py`
      print({5, 13, 21}, {40, 8, 16, 32, 24})
      print([x for x in {40, 8, 16, 32, 24}])
      for x in {40, 8, 16, 32, 24}:
          print(x, end=' ')
      print()
    `);
    assert.equal(out, '{21, 5, 13} {32, 16, 8, 24, 40}\n[32, 8, 40, 16, 24]\n32 8 40 16 24 \n');
  });

  it('resizes the table as CPython does while members are added', () => {
    const out = output(py`
      s = set()
      for x in [64, 0, 32, 96, 1, 128]:
          s.add(x)
      print(s, {x * 7 % 30 for x in range(15)})
    `);
    assert.equal(
      out,
      '{64, 0, 32, 96, 1, 128} {0, 1, 3, 5, 7, 8, 10, 12, 14, 17, 19, 21, 24, 26, 28}\n',
    );
  });

  it('pops from where the last pop left off, and reuses a discarded slot', () => {
    const out = output(py`
      a = {9, 1, 17, 25}
      print(a.pop(), a.pop(), a)
      b = {5, 13, 21}
      b.discard(13)
      b.add(29)
      print(b)
      work = set(range(10, 60, 7))
      print([work.pop() for _ in range(len(work))])
    `);
    assert.equal(out, '9 17 {25, 1}\n{21, 5, 29}\n[38, 10, 45, 17, 52, 24, 59, 31]\n');
  });

  it('orders tuples and floats by their CPython hashes, which hash() returns', () => {
    const out = output(py`
      print({(1, 2), (0, 5), (3, 3)}, {0.5, 1.5, 2.25, -0.25})
      print(hash(-1), hash(2**61), hash(0.1), hash(float("inf")), hash((1, 2)), hash(()))
    `);
    assert.equal(
      out,
      '{(1, 2), (3, 3), (0, 5)} {0.5, 1.5, 2.25, -0.25}\n' +
        '-2 1 230584300921369408 314159 -3550055125485641917 5740354900026072187\n',
    );
  });

  it('keeps the order of adding where CPython has none from run to run', () => {
    const out = output(py`
      class N:
          def __init__(self, k):
              self.k = k
          def __repr__(self):
              return f"N{self.k}"
      print({N(3), N(1), N(2)}, list({"b", "a"}), [n.k for n in {N(9), N(1)}])
    `);
    assert.equal(out, "{N3, N1, N2} ['b', 'a'] [9, 1]\n");
  });
});
