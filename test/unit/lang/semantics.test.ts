import * as assert from 'node:assert/strict';
import { output, py, run } from './runProgram';

describe('Python semantics', () => {
  it('finds the same NaN in containers by identity before equality', () => {
    assert.equal(
      output(py`
        x = float('nan')
        items = [1, x]
        items.remove(x)
        print(x in [x], [x].count(x), [x].index(x), {'k': x} == {'k': x}, x is x, x == x, items)
      `),
      'True 1 0 True True False [1]\n',
    );
  });

  it('prints ints without a point and floats as Python does', () => {
    assert.equal(output('xs = [1, 2, 3, 4]\nprint(len(xs))'), '4\n');
    assert.equal(
      output('print(1e-5, 2.0, 0.1, 1e16, 1e22, 123456789.0, -0.0)'),
      '1e-05 2.0 0.1 1e+16 1e+22 123456789.0 -0.0\n',
    );
    assert.equal(output('print(7 // 2, -7 // 2, 7 % -3, 2 ** -1, 10 / 4)'), '3 -4 -2 0.5 2.5\n');
    assert.equal(
      output('print(2 ** 100, 10 ** 20 // 3, 6 / 3, 1 // 0.3)'),
      '1267650600228229401496703205376 33333333333333333333 2.0 3.0\n',
    );
  });

  it('sums as CPython 3.11: from int 0, exact ints, floats left to right', () => {
    assert.equal(
      output('print(sum([0.1] * 10), sum([1, 2, 3]), sum([]), sum([1, 0.5]), sum([True, 2]))'),
      '0.9999999999999999 6 0 1.5 3\n',
    );
    assert.equal(output('print(sum([1e100, 1.0, -1e100, 1.0]))'), '1.0\n');
    assert.equal(
      output('print(sum([0.5, 2 ** 70, 0.25]), sum([1.5, True, 3]))'),
      '1.1805916207174113e+21 5.5\n',
    );
  });

  it('rounds half to even, and round(x, n) from the exact binary value', () => {
    assert.equal(
      output(
        'print(round(0.5), round(1.5), round(2.5), round(-1.5), round(2.675, 2), round(0.125, 2), round(1.005, 2))',
      ),
      '0 2 2 -2 2.67 0.12 1.0\n',
    );
    assert.equal(
      output('print(round(1234.5, -1), round(1250, -2), round(1350, -2), round(5), round(2.5, 0))'),
      '1230.0 1200 1400 5 2.0\n',
    );
  });

  it('slices with negative, omitted and stepped bounds', () => {
    assert.equal(
      output(
        'xs = list(range(10))\nprint(xs[1:-1], xs[::2], xs[::-3], xs[-3:], xs[:100], xs[8:2:-2], "hello"[1:4], (1, 2, 3)[::-1])',
      ),
      '[1, 2, 3, 4, 5, 6, 7, 8] [0, 2, 4, 6, 8] [9, 6, 3, 0] [7, 8, 9] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] [8, 6, 4] ell (3, 2, 1)\n',
    );
  });

  it('runs closures, recursion, default and keyword arguments', () => {
    const code = py`
      def make_adder(n):
          def add(x, scale=1):
              return n + x * scale
          return add
      add5 = make_adder(5)
      print(add5(1), add5(2, scale=10), add5(x=3))
      def fact(n):
          return 1 if n <= 1 else n * fact(n - 1)
      print(fact(30))
      def acc():
          total = 0
          def push(v):
              nonlocal total
              total += v
              return total
          return push
      p = acc()
      p(1); p(2)
      print(p(3))
      print([f() for f in [lambda i=i: i * i for i in range(4)]])
    `;
    assert.equal(output(code), '6 25 8\n265252859812191058636308480000000\n6\n[0, 1, 4, 9]\n');
  });

  it('unpacks tuples in for loops and assignments; chains comparisons', () => {
    const code = py`
      xs, ys = [1, 2, 3], [4, 5, 6]
      for i, (x, y) in enumerate(zip(xs, ys)):
          print(i, x, y, end=" | ")
      print()
      a, b = 1, 2
      a, b = b, a
      first, *middle, last = range(5)
      print(a, b, first, middle, last, 1 < a < 3, 3 > b >= 1 == 1, 1 < 2 > 3)
    `;
    assert.equal(output(code), '0 1 4 | 1 2 5 | 2 3 6 | \n2 1 0 [1, 2, 3] 4 True True False\n');
  });

  it('formats f-strings exactly as Python', () => {
    const code = py`
      loss, k, name = 0.123456, 7, "mlp"
      print(f"{loss:.4f} step {k} {loss:.2e} {loss:.3g} {k:d} {k:>4} {name:<5}| {k:03d} {loss:8.3f}")
      print(f"{0.5:.2e} {1e-5} {3.0} {name!r} {k=} {loss * 100:.1f}% {{k}}")
    `;
    assert.equal(
      output(code),
      "0.1235 step 7 1.23e-01 0.123 7    7 mlp  | 007    0.123\n5.00e-01 1e-05 3.0 'mlp' k=7 12.3% {k}\n",
    );
  });

  it('prints containers with the repr of their items', () => {
    assert.equal(
      output('print([1.0, True, None, "a"], (1,), {"lr": 0.1, 2: [3]}, set(), range(3))'),
      "[1.0, True, None, 'a'] (1,) {'lr': 0.1, 2: [3]} set() range(0, 3)\n",
    );
    assert.equal(output('xs = [1]\nxs.append(xs)\nprint(xs)'), '[1, [...]]\n');
  });

  it('shows the last expression of a cell as its result', () => {
    assert.deepEqual(run('x = 2\nx * 21').outcome.result, 42n);
    assert.equal(run('x = 2\nprint(x)').outcome.result, undefined);
    assert.equal(run('x = 2').outcome.result, undefined);
  });

  it('keeps list aliasing and in-place += as Python does', () => {
    assert.equal(
      output('a = [1]\nb = a\nb += [2]\nt = (1,)\nu = t\nu += (2,)\nprint(a, t, u)'),
      '[1, 2] (1,) (1, 2)\n',
    );
  });

  it('has lazy ranges, generator expressions, map, filter, zip and enumerate', () => {
    assert.equal(
      output('r = range(10 ** 12)\nprint(len(r), r[-1], 5 in r, r[2:5])'),
      '1000000000000 999999999999 True range(2, 5)\n',
    );
    assert.equal(
      output(
        'g = (x * x for x in range(5))\nprint(next_ := list(g), list(g))'.replace('next_ := ', ''),
      ),
      '[0, 1, 4, 9, 16] []\n',
    );
    assert.equal(
      output(
        'print(list(map(lambda a, b: a + b, [1, 2], [10, 20])), list(filter(None, [0, 1, "", "a"])))',
      ),
      "[11, 22] [1, 'a']\n",
    );
  });

  it('has dict, set and str methods', () => {
    const code = py`
      d = {}
      d.setdefault("a", []).append(1)
      d.update(b=2)
      print(d, d.pop("b"), d.get("z", 0), list(d.items()), sorted({3, 1, 2}))
      print(",".join(["a", "b"]), "  x ".strip(), "a b".split(), "Ab".upper(), "Ab".lower(), "abc".replace("b", "B"), "abc".startswith("a"))
      print("{:>5}|{:.2f}|{name}".format("x", 3.14159, name="n"), "%5.1f%%" % 99.44)
    `;
    assert.equal(
      output(code),
      "{'a': [1]} 2 0 [('a', [1])] [1, 2, 3]\na,b x ['a', 'b'] AB ab aBc True\n    x|3.14|n  99.4%\n",
    );
  });
});
