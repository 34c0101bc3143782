// Fast paths for counters and small built-in calls (compile/forLoop.ts, runtime/smallInts.ts,
// Builtin.one/two, pow's last-result memo): each must print what CPython prints, at the edges
// where the fast path gives way (huge ints, a count past the shared small ints, a loop that
// leaves an enumerate half used, a rebound or deleted built-in name). Expectations: python3.
import * as assert from 'node:assert/strict';
import { output, py } from './runProgram';

describe('counter and built-in call fast paths', () => {
  it('range and enumerate loops count like Python past the small ints and the safe integers', () => {
    const code = py`
      print([i for i in range(3)], [i for i in range(65534, 65538)], [i for i in range(-3, 3, 2)])
      big = 2 ** 60
      print([i for i in range(big, big + 3)], [i for i in range(2 ** 53 - 1, 2 ** 53 + 2)])
      t = 0
      for i in range(2 ** 53 - 1, 2 ** 53 + 2):
          t = i
      print(t, type(t).__name__)
      for i in range(10, 0, -4):
          print(i, end=' ')
      print()
      e = enumerate(['a', 'b'], 2 ** 70)
      for i, x in e:
          print(i, x)
      for i, x in enumerate('xyz', 65534):
          print(i, x, end='; ')
      print()
      for i, (a, b) in enumerate(zip('ab', 'cd'), -2):
          print(i, a + b, end='; ')
      print()
      it = enumerate(['p', 'q', 'r'])
      for i, x in it:
          if i == 1:
              break
      print(next(it), next(it, 'done'))
      def enumerate(xs):
          return [(9, x) for x in xs]
      for i, x in enumerate('ab'):
          print(i, x)
    `;
    assert.equal(
      output(code),
      `[0, 1, 2] [65534, 65535, 65536, 65537] [-3, -1, 1]
[1152921504606846976, 1152921504606846977, 1152921504606846978] [9007199254740991, 9007199254740992, 9007199254740993]
9007199254740993 int
10 6 2 
1180591620717411303424 a
1180591620717411303425 b
65534 x; 65535 y; 65536 z; 
-2 ac; -1 bd; 
(2, 'r') done
9 a
9 b
`,
    );
  });

  it('len() and isinstance() called directly keep their errors and give way when rebound', () => {
    const code = py`
      class Box:
          def __len__(self):
              return 3
      print(len([1, 2]), len(Box()), isinstance(1, int), isinstance(1, (str, int)), isinstance('a', (int, float)))
      try:
          len(5)
      except TypeError as e:
          print(e)
      try:
          len()
      except TypeError as e:
          print(e)
      try:
          len([1], [2])
      except TypeError as e:
          print(e)
      try:
          isinstance(1, 2)
      except TypeError as e:
          print(e)
      try:
          isinstance(1)
      except TypeError as e:
          print(e)
      def f(n):
          return len(range(n))
      print(f(70000), f(3))
      len = lambda x: 'mine'
      isinstance = lambda a, b: 'also mine'
      print(len([1]), isinstance(1, int))
      del len, isinstance
      print(len('abc'), isinstance(1.5, float))
      print(2.5 ** 1.5, 2.5 ** 1.5, 1.1 ** 3, 0.9 ** 3, 0.9 ** 4, 0.9 ** 3)
    `;
    assert.equal(
      output(code),
      `2 3 True True False
object of type 'int' has no len()
len() takes exactly one argument (0 given)
len() takes exactly one argument (2 given)
isinstance() arg 2 must be a type, a tuple of types, or a union
isinstance expected 2 arguments, got 1
70000 3
mine also mine
3 True
3.952847075210474 3.952847075210474 1.3310000000000004 0.7290000000000001 0.6561 0.7290000000000001
`,
    );
  });
});
