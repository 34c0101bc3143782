// General Python 3.11 idioms of a learner's notebook, found by probing against CPython; each
// expected text is what CPython 3.11 prints for the same program.

import * as assert from 'node:assert/strict';
import { output, py } from './runProgram';

describe('CPython 3.11 idioms found by probing', () => {
  it("a class body's comprehension does not see the class's names, only its first iterable does", () => {
    assert.equal(
      output(py`
        y = 'global'
        class C:
            y = 3
            a = [i for i in range(y)]
            b = [y for _ in range(2)]
            try:
                c = [z for _ in range(1)]
            except NameError as e:
                err = str(e)
            z = 1
        def f():
            w = 'enclosing'
            class K:
                w = 'class'
                v = [w for _ in range(1)]
            return K.v
        print(C.a, C.b, C.err, f())
      `),
      "[0, 1, 2] ['global', 'global'] name 'z' is not defined ['enclosing']\n",
    );
  });

  it('a generator expression is a generator: send, throw, close, names, PEP 479', () => {
    assert.equal(
      output(py`
        g = (x for x in range(3))
        print(next(g), g.send(None), g.__name__, g.__qualname__)
        g.close()
        print(list(g))
        try:
            (x for x in range(2)).throw(KeyError('k'))
        except KeyError as e:
            print(repr(e))
        def f():
            return (x for x in [])
        print(f().__qualname__, repr(f()).split(' at ')[0])
        try:
            list(next(iter([])) for _ in range(1))
        except RuntimeError as e:
            print(e, repr(e.__cause__), e.__suppress_context__)
      `),
      "0 1 <genexpr> <genexpr>\n[]\nKeyError('k')\n" +
        'f.<locals>.<genexpr> <generator object f.<locals>.<genexpr>\n' +
        'generator raised StopIteration StopIteration() True\n',
    );
  });

  it("Flag values iterate their single-bit members; _generate_next_value_ is the class's", () => {
    assert.equal(
      output(py`
        from enum import Enum, Flag, auto
        class P(Flag):
            R = 1
            W = 2
            RW = 3
            X = 4
        print(list(P), len(P), list(P.RW | P.X), len(P(0)))
        class N(Enum):
            def _generate_next_value_(name, start, count, last_values):
                return name.lower() + str(count)
            A = auto()
            B = auto()
        print(N.A.value, N.B.value)
      `),
      '[<P.R: 1>, <P.W: 2>, <P.X: 4>] 3 [<P.R: 1>, <P.W: 2>, <P.X: 4>] 0\na0 b1\n',
    );
  });

  it('dict keys and items views compare as sets', () => {
    assert.equal(
      output(py`
        d = {1: 'a', 2: 'b'}
        print(d.keys() == {1, 2}, {2, 1} == d.keys(), d.items() == {(1, 'a'), (2, 'b')})
        print(d.keys() == [1, 2], d.keys() < {1, 2, 3}, d.keys() >= {1}, d.values() == d.values())
      `),
      'True True True\nFalse True True False\n',
    );
  });

  it("islice's errors, count/repeat reprs, deque's list methods and operators", () => {
    assert.equal(
      output(py`
        import itertools as it
        from collections import deque
        for args in [(-1,), (0, -2), (1.5, 3), (0, 3, 0)]:
            try:
                it.islice([], *args)
            except ValueError as e:
                print(str(e).split(' ')[0])
        c = it.count(5, 2)
        next(c)
        print(c, it.count(), it.repeat('a', 2))
        d = deque([1, 2, 3])
        d.insert(1, 7)
        d.remove(3)
        del d[0]
        print(d, d.index(2), d * 2, d + deque([0]), d == deque([7, 2]))
      `),
      "Stop\nIndices\nIndices\nStep\ncount(7, 2) count(0) repeat('a', 2)\n" +
        'deque([7, 2]) 1 deque([7, 2, 7, 2]) deque([7, 2, 0]) True\n',
    );
  });

  it('add_note, KeyError args of empty pops, recursive OrderedDict and defaultdict reprs', () => {
    assert.equal(
      output(py`
        from collections import OrderedDict, defaultdict
        e = ValueError('v')
        e.add_note('n')
        print(e.__notes__)
        try:
            {}.popitem()
        except KeyError as k:
            print(repr(k))
        try:
            2.0 ** 5000
        except OverflowError as o:
            print(o.args)
        od = OrderedDict()
        od['me'] = od
        dd = defaultdict(int)
        dd['me'] = dd
        print(od, dd, repr(object()).split(' at ')[0])
      `),
      "['n']\nKeyError('popitem(): dictionary is empty')\n(34, 'Numerical result out of range')\n" +
        "OrderedDict([('me', ...)]) defaultdict(<class 'int'>, {'me': defaultdict(<class 'int'>, {...})}) <object object\n",
    );
  });
  it("property's __doc__, a class's __subclasses__(), a generator's gi_running and gi_suspended", () => {
    assert.equal(
      output(py`
        class T:
            @property
            def a(self):
                "The a value."
                return 1
            @a.setter
            def a(self, v):
                pass
            b = property(lambda s: 2, doc='B doc')
            c = property(lambda s: 3)
        print(T.a.__doc__, T.b.__doc__, T.c.__doc__)
        class Base: pass
        class C1(Base): pass
        class C2(Base): pass
        print(Base.__subclasses__(), C2.__subclasses__())
        def g():
            print(gen.gi_running, gen.gi_suspended)
            yield 1
        gen = g()
        print(gen.gi_running, gen.gi_suspended)
        next(gen)
        print(gen.gi_suspended)
      `),
      "The a value. B doc None\n[<class '__main__.C1'>, <class '__main__.C2'>] []\n" +
        'False False\nTrue False\nTrue\n',
    );
  });
  it("CPython's words for bad itertools/math integer arguments; sequences order by the first difference with the same operator", () => {
    assert.equal(
      output(py`
        import itertools as it, math
        tries = [lambda: it.permutations([1], -1), lambda: it.combinations([1], 1.5),
                 lambda: it.product([1], repeat=-1), lambda: it.permutations([1], 1.5),
                 lambda: math.gcd(1.5, 2), lambda: math.isqrt(2.5), lambda: max([[1], ['a']]),
                 lambda: (1, 'a') > (1, 2), lambda: dir(1, 2)]
        for t in tries:
            try:
                t()
            except (TypeError, ValueError) as e:
                print(e)
        print([1, float('nan')] < [1, 2], (1, 2) <= (1, 3), max([(1, 'b'), (1, 'a')]))
      `),
      'r must be non-negative\n' +
        "'float' object cannot be interpreted as an integer\n" +
        'repeat argument cannot be negative\nExpected int as r\n' +
        "'float' object cannot be interpreted as an integer\n" +
        "'float' object cannot be interpreted as an integer\n" +
        "'>' not supported between instances of 'str' and 'int'\n" +
        "'>' not supported between instances of 'str' and 'int'\n" +
        'dir expected at most 1 argument, got 2\n' +
        "False True (1, 'b')\n",
    );
  });
  it("a ^ b and symmetric_difference list the other set's members first, as CPython's copy-then-toggle does", () => {
    assert.equal(
      output(py`
        print({1, 2} ^ {2, 9}, {1, 2}.symmetric_difference({2, 9}), frozenset({3, 11}) ^ {19})
      `),
      '{9, 1} {9, 1} frozenset({11, 3, 19})\n',
    );
  });
  it("the compiler's SyntaxWarnings: `is` with a literal, calling or indexing a literal", () => {
    assert.equal(
      output(py`
        x = 1
        print(x is 1, x is not 'a', x is None, x is -1, x is (1, None), x is f'a')
        try:
            None()
        except TypeError:
            pass
      `),
      '<string>:2: SyntaxWarning: "is" with a literal. Did you mean "=="?\n' +
        '<string>:2: SyntaxWarning: "is not" with a literal. Did you mean "!="?\n' +
        '<string>:2: SyntaxWarning: "is" with a literal. Did you mean "=="?\n' +
        '<string>:2: SyntaxWarning: "is" with a literal. Did you mean "=="?\n' +
        "<string>:4: SyntaxWarning: 'NoneType' object is not callable; perhaps you missed a comma?\n" +
        'True True False False False False\n',
    );
  });
  it("the tokenizer's SyntaxWarning for a number run into a keyword, before the compiler's", () => {
    assert.equal(
      output(py`
        x = 0
        print([2for _ in 'ab'], 1if x is 1 else 0x1for 0, 3or 4, 0b1and 5, 1.5in [1.5])
      `),
      '<string>:2: SyntaxWarning: invalid decimal literal\n' +
        '<string>:2: SyntaxWarning: invalid decimal literal\n' +
        '<string>:2: SyntaxWarning: invalid hexadecimal literal\n' +
        '<string>:2: SyntaxWarning: invalid decimal literal\n' +
        '<string>:2: SyntaxWarning: invalid binary literal\n' +
        '<string>:2: SyntaxWarning: invalid decimal literal\n' +
        '<string>:2: SyntaxWarning: "is" with a literal. Did you mean "=="?\n' +
        '[2, 2] 31 3 5 True\n',
    );
    assert.equal(
      output(py`
        x = 1
        print(f"{1if x else 2}", 0o7or 1)
      `),
      '<string>:2: SyntaxWarning: invalid decimal literal\n' +
        '<string>:2: SyntaxWarning: invalid octal literal\n' +
        '1 7\n',
    );
  });
  it("OSError(errno, strerror) is the errno's subclass; a filename stays out of args", () => {
    assert.equal(
      output(py`
        e = OSError(2, 'gone', 'a.txt')
        print(type(e).__name__, e.args, e.filename, e)
        print(repr(OSError(13, 'no')), repr(OSError(5, 'io')), repr(OSError(2)))
      `),
      "FileNotFoundError (2, 'gone') a.txt [Errno 2] gone: 'a.txt'\n" +
        "PermissionError(13, 'no') OSError(5, 'io') OSError(2)\n",
    );
  });
  it("reversed() of a dict, its views and a deque has CPython's iterator type", () => {
    assert.equal(
      output(py`
        from collections import deque
        d = {1: 2}
        for r in [reversed(d), reversed(d.values()), reversed(d.items()), reversed(deque()), reversed('a')]:
            print(type(r).__name__)
      `),
      'dict_reversekeyiterator\ndict_reversevalueiterator\ndict_reverseitemiterator\n' +
        '_deque_reverse_iterator\nreversed\n',
    );
  });
});
