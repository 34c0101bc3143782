// Fast paths for counters and small built-in calls (compile/forLoop.ts, runtime/smallInts.ts,
// Builtin.one/two, pow's last-result memo, zip pairs read by index): each must print what CPython prints, at the edges
// where the fast path gives way (huge ints, a count past the shared small ints, a loop that
// leaves an enumerate half used, a rebound or deleted built-in name). Expectations: python3.
import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

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

  it('for x, y in zip(a, b) over lists and tuples reads them live and gives way to other zips', () => {
    const code = py`
      xs, ys = [1, 2, 3], (10, 20, 30, 40)
      for x, y in zip(xs, ys):
          print(x, y, end='; ')
      print()
      grow = [1, 2]
      other = [5, 6, 7, 8]
      for a, b in zip(grow, other):
          if len(grow) < 4:
              grow.append(a * 10)
          print(a, b, end='; ')
      print()
      shrink = [1, 2, 3, 4]
      for a, b in zip(shrink, 'wxyz'):
          shrink.pop()
          print(a, b, end='; ')
      print()
      for a, b in zip((i * i for i in range(3)), [7, 8, 9, 10]):
          print(a, b, end='; ')
      print()
      for a, (b, c) in zip([1, 2], [(3, 4), (5, 6)]):
          print(a, b, c, end='; ')
      print()
      for a, b in zip([], [1]):
          print('never')
      else:
          print('empty else')
      for a, b in zip([1, 2, 3], [4, 5, 6]):
          if a == 2:
              break
      print('broke at', a, b)
      def pairs():
          for a, b in zip([1, 2], [3, 4]):
              if b == 4:
                  return a
      print(pairs())
      zip = lambda p, q: [('mine', 0)]
      for a, b in zip([1], [2]):
          print(a, b)
      del zip
      try:
          for a, b in zip([1], 5):
              pass
      except TypeError as e:
          print(e)
    `;
    assert.equal(
      output(code),
      `1 10; 2 20; 3 30; 
1 5; 2 6; 10 7; 20 8; 
1 w; 2 x; 
0 7; 1 8; 4 9; 
1 3 4; 2 5 6; 
empty else
broke at 2 5
2
mine 0
'int' object is not iterable
`,
    );
    assert.equal(
      errorOf('for a, b in zip([1], 5):\n    pass\n'),
      "TypeError: 'int' object is not iterable @1:13",
    );
  });

  it('comprehensions over zip and range store like Python, and give way to a rebound zip', () => {
    const code = py`
      print([x * y for x, y in zip([1, 2, 3], (4, 5))], [a + b for a, b in zip('ab', 'cde') if b != 'd'])
      print({a: b for a, b in zip(range(3), range(70000, 70003))}, [i for i in range(65535, 65538)])
      print([(i, j) for i in range(2) for j, k in zip('xy', range(2 ** 53, 2 ** 53 + 2))])
      def gen():
          yield 1
          raise ValueError('from the generator')
      try:
          [a for a, b in zip([1, 2], gen())]
      except ValueError as e:
          print('ValueError', e)
      print([b for a, (b, c) in zip([1, 2], [(3, 4), (5, 6)])])
      zip = lambda p, q: [(9, 9)]
      print([a + b for a, b in zip([1], [2])])
    `;
    assert.equal(
      output(code),
      `[4, 10] ['ac']
{0: 70000, 1: 70001, 2: 70002} [65535, 65536, 65537]
[(0, 'x'), (0, 'y'), (1, 'x'), (1, 'y')]
ValueError from the generator
[3, 5]
[18]
`,
    );
  });

  it('pow remembers its last two results without mixing up bases or powers', () => {
    assert.equal(
      output('print([(0.9 ** t, 0.99 ** t, 0.999 ** t) for t in (3, 3, 4, 3)])'),
      '[(0.7290000000000001, 0.970299, 0.997002999), (0.7290000000000001, 0.970299, 0.997002999), (0.6561, 0.96059601, 0.996005996001), (0.7290000000000001, 0.970299, 0.997002999)]\n',
    );
  });
});
