// Behaviours found by probing hand-written scalar autograd programs (micrograd variants,
// Function/ctx engines, tiny tensor classes) against CPython 3.11; each expected text is what
// CPython prints for the same program.

import * as assert from 'node:assert/strict';
import { output, py } from './runProgram';

describe('CPython behaviours met in hand-written autograd programs', () => {
  it("gives an ABC's __abstractmethods__, the names still abstract", () => {
    assert.equal(
      output(py`
        from abc import ABC, abstractmethod
        class Function(ABC):
            @staticmethod
            @abstractmethod
            def forward(ctx, *xs): ...
            @staticmethod
            @abstractmethod
            def backward(ctx, g): ...
        class Add(Function):
            @staticmethod
            def forward(ctx, a, b): return a + b
        class Done(Add):
            @staticmethod
            def backward(ctx, g): return g, g
        print(sorted(Function.__abstractmethods__), Add.__abstractmethods__)
        print(Done.__abstractmethods__, type(Done.__abstractmethods__).__name__, ABC.__abstractmethods__)
        class Plain:
            pass
        print(hasattr(Plain, '__abstractmethods__'))
      `),
      "['backward', 'forward'] frozenset({'backward'})\n" +
        'frozenset() frozenset frozenset()\nFalse\n',
    );
  });

  it('reads an index through __index__ for ranges, list.index and int arguments', () => {
    assert.equal(
      output(py`
        import math, itertools, collections
        class I:
            def __init__(self, n): self.n = n
            def __index__(self): return self.n
        r = range(10)
        print(r[I(3)], r[I(-1)], [5, 6, 7].index(7, I(1)), [5, 6, 7].index(6, 0, I(2)))
        print(math.factorial(I(5)), math.comb(I(5), I(2)), math.perm(I(4), 2), math.gcd(I(6), 4), math.lcm(I(4), 6), math.isqrt(I(17)))
        print(list(itertools.repeat(0, I(2))), list(itertools.islice('abcdef', I(3))), list(itertools.combinations('abc', I(2))))
        d = collections.deque([1, 2, 3])
        d.rotate(I(1))
        print(d, slice(1, 5).indices(I(3)), len(itertools.tee([1], I(3))))
      `),
      "3 9 2 1\n120 10 12 2 12 4\n[0, 0] ['a', 'b', 'c'] [('a', 'b'), ('a', 'c'), ('b', 'c')]\n" +
        'deque([3, 1, 2]) (1, 3, 1) 3\n',
    );
  });

  it('refuses a non-integer count with CPython words', () => {
    assert.equal(
      output(py`
        import math, itertools, collections
        class I:
            def __index__(self): return 3
        tests = [lambda a: math.factorial(a), lambda a: math.gcd(a, 4), lambda a: math.comb(a, 1),
                 lambda a: math.ldexp(1.0, a), lambda a: itertools.combinations('abc', a),
                 lambda a: itertools.permutations('abc', a), lambda a: itertools.product('ab', repeat=a),
                 lambda a: collections.deque([], maxlen=a), lambda a: itertools.islice('ab', a),
                 lambda a: itertools.islice('ab', a, 2)]
        for t in tests:
            for a in (2.0, '2', -1):
                try:
                    t(a)
                except (TypeError, ValueError) as e:
                    print(type(e).__name__, e)
        for a in (I(), -1):
            try:
                itertools.permutations('abc', a)
                collections.deque([], maxlen=a)
            except (TypeError, ValueError) as e:
                print(type(e).__name__, e)
      `),
      [
        "TypeError 'float' object cannot be interpreted as an integer",
        "TypeError 'str' object cannot be interpreted as an integer",
        'ValueError factorial() not defined for negative values',
        "TypeError 'float' object cannot be interpreted as an integer",
        "TypeError 'str' object cannot be interpreted as an integer",
        "TypeError 'float' object cannot be interpreted as an integer",
        "TypeError 'str' object cannot be interpreted as an integer",
        'ValueError n must be a non-negative integer',
        'TypeError Expected an int as second argument to ldexp.',
        'TypeError Expected an int as second argument to ldexp.',
        "TypeError 'float' object cannot be interpreted as an integer",
        "TypeError 'str' object cannot be interpreted as an integer",
        'ValueError r must be non-negative',
        'TypeError Expected int as r',
        'TypeError Expected int as r',
        'ValueError r must be non-negative',
        "TypeError 'float' object cannot be interpreted as an integer",
        "TypeError 'str' object cannot be interpreted as an integer",
        'ValueError repeat argument cannot be negative',
        'TypeError an integer is required',
        'TypeError an integer is required',
        'ValueError maxlen must be non-negative',
        'ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.',
        'ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.',
        'ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.',
        'ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.',
        'ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.',
        'ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.',
        'TypeError Expected int as r',
        'ValueError r must be non-negative',
        '',
      ].join('\n'),
    );
  });

  it('%-formats an object by __float__, __int__ and __index__ as CPython does', () => {
    assert.equal(
      output(py`
        class V:
            def __init__(self, x): self.x = x
            def __float__(self): return float(self.x)
            def __int__(self): return int(self.x)
        class I:
            def __index__(self): return 65
        print("%.3f|%8.2e|%g|%d|%i" % (V(2.5), V(-1234.5), V(0.1), V(7.9), V(-3)))
        print("%x %o %c %d %.1f" % (I(), I(), I(), I(), I()))
        for fmt, v in (("%x", V(3)), ("%d", "s"), ("%f", object())):
            try:
                fmt % v
            except TypeError as e:
                print(e)
      `),
      '2.500|-1.23e+03|0.1|7|-3\n41 101 A 65 65.0\n' +
        '%x format: an integer is required, not V\n' +
        '%d format: a real number is required, not str\nmust be real number, not object\n',
    );
  });

  it('gives a class mro() and __subclasses__() from type, and type.mro(C) unbound', () => {
    assert.equal(
      output(py`
        class A: pass
        class B(A): pass
        class C(A): pass
        class D(B, C): pass
        print(A.__subclasses__(), D.__subclasses__(), [c.__name__ for c in D.mro()])
        print(type.mro(B), type.mro(type), hasattr(D(), 'mro'))
        for bad in (lambda: A.mro(1), lambda: type.mro(1), lambda: type.mro()):
            try:
                bad()
            except TypeError as e:
                print(e)
      `),
      "[<class '__main__.B'>, <class '__main__.C'>] [] ['D', 'B', 'C', 'A', 'object']\n" +
        "[<class '__main__.B'>, <class '__main__.A'>, <class 'object'>] " +
        "[<class 'type'>, <class 'object'>] False\n" +
        'A.mro() takes no arguments (1 given)\n' +
        "descriptor 'mro' for 'type' objects doesn't apply to a 'int' object\n" +
        'unbound method type.mro() needs an argument\n',
    );
  });
  it("gives an empty dict's popitem() and an empty set's pop() a KeyError whose str is quoted once", () => {
    assert.equal(
      output(py`
        for f in ({}.popitem, set().pop):
            try:
                f()
            except KeyError as e:
                print(str(e), e.args)
      `),
      "'popitem(): dictionary is empty' ('popitem(): dictionary is empty',)\n" +
        "'pop from an empty set' ('pop from an empty set',)\n",
    );
  });

  it("overflows math.expm1 and math.fsum's running sum as CPython does", () => {
    assert.equal(
      output(py`
        import math, statistics
        print(math.expm1(709.0), math.expm1(float('inf')), math.expm1(-1000.0), math.fsum([1e308, -1e308, 1.0]))
        for f in (lambda: math.expm1(710), lambda: math.fsum([1e308, 1e308]), lambda: statistics.fmean([1e308, 1e308])):
            try:
                f()
            except OverflowError as e:
                print(e)
      `),
      '8.218407461554972e+307 inf -1.0 1.0\nmath range error\n' +
        'intermediate overflow in fsum\nintermediate overflow in fsum\n',
    );
  });

  it('names __str__ when str() of an object gets a non-string from its __repr__', () => {
    assert.equal(
      output(py`
        class BadRepr:
            def __repr__(self):
                return None
        for fn in (str, repr, lambda o: f"{o}", lambda o: "%s" % o, lambda o: [o].__repr__(), print):
            try:
                fn(BadRepr())
            except TypeError as ex:
                print(ex)
      `),
      [
        '__str__ returned non-string (type NoneType)',
        '__repr__ returned non-string (type NoneType)',
        '__str__ returned non-string (type NoneType)',
        '__str__ returned non-string (type NoneType)',
        '__repr__ returned non-string (type NoneType)',
        '__str__ returned non-string (type NoneType)',
        '',
      ].join('\n'),
    );
  });

  it('offers contextlib.ContextDecorator as a base class for decorator context managers', () => {
    assert.equal(
      output(py`
        import contextlib
        class track(contextlib.ContextDecorator):
            def __init__(self, tag): self.tag = tag
            def __enter__(self):
                print("enter", self.tag)
                return self
            def __exit__(self, et, ev, tb):
                print("exit", self.tag, et.__name__ if et else None)
                return et is KeyError
        @track("f")
        def f(x):
            return x * 2
        @track("g")
        def g():
            raise KeyError("k")
        print(f(21), g(), f.__name__, track.__mro__)
      `),
      'enter f\nexit f None\nenter g\nexit g KeyError\n' +
        "42 None f (<class '__main__.track'>, <class 'contextlib.ContextDecorator'>, <class 'object'>)\n",
    );
  });

  it("gives a namedtuple class CPython's docstring, kept by a NamedTuple body without one", () => {
    assert.equal(
      output(py`
        from collections import namedtuple
        from typing import NamedTuple
        P = namedtuple("P", "x y")
        class S(NamedTuple):
            a: int
            b: float = 1.0
        class D(NamedTuple):
            """My doc."""
            a: int
        print(P.__doc__, S.__doc__, D.__doc__, namedtuple("F", ["u"]).__doc__, P(1, 2).__doc__)
      `),
      'P(x, y) S(a, b) My doc. F(u,) P(x, y)\n',
    );
  });
});
