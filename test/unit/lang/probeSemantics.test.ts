// Behaviours found by probing realistic autograd and small-net programs against CPython 3.11;
// each expected text is what CPython prints for the same program.

import * as assert from 'node:assert/strict';
import { output, py } from './runProgram';

describe('CPython behaviours met in realistic programs', () => {
  it('reversed() calls __reversed__, else walks __len__ and __getitem__ backwards', () => {
    assert.equal(
      output(py`
        class A:
            def __reversed__(self):
                return iter([3, 2, 1])
        class Seq:
            def __init__(self, *xs):
                self.xs = list(xs)
            def __len__(self):
                return len(self.xs)
            def __getitem__(self, i):
                return self.xs[i] * 10
        class Short:
            def __len__(self):
                return 5
            def __getitem__(self, i):
                if i < 3:
                    return i
                raise IndexError(i)
        class NoLen:
            def __getitem__(self, i):
                return i
        class Off(Seq):
            __reversed__ = None
        print(list(reversed(A())), list(reversed(Seq(1, 2, 3))), list(reversed(Short())))
        print(list(reversed(Seq())))
        for bad in (NoLen(), Off(1), object()):
            try:
                reversed(bad)
            except TypeError as e:
                print(e)
        class L(list):
            pass
        print(list(reversed(L([1, 2]))))
      `),
      "[3, 2, 1] [30, 20, 10] []\n[]\nobject of type 'NoLen' has no len()\n" +
        "'Off' object is not reversible\n'object' object is not reversible\n[2, 1]\n",
    );
  });

  it('property.getter, setter and deleter each replace only their own function', () => {
    assert.equal(
      output(py`
        class T:
            @property
            def c(self):
                return self._c
            @c.setter
            def c(self, v):
                self._c = v
            @c.deleter
            def c(self):
                print('deleting')
                del self._c
        t = T()
        t.c = 5
        print(t.c)
        del t.c
        print(hasattr(t, '_c'), T.c.fget is not T.c.fset, T.c.fdel.__name__)
        p = property(lambda self: 1).getter(lambda self: 2)
        class U:
            x = p
        print(U().x, p.fset, p.fdel)
      `),
      '5\ndeleting\nFalse True c\n2 None None\n',
    );
  });

  it('shows a function as CPython does, by its qualified name and an address', () => {
    assert.match(
      output(py`
        class T:
            def m(self):
                pass
        def outer():
            def inner():
                pass
            return inner
        print(T.m, outer(), lambda: 0)
      `),
      /^<function T\.m at 0x[0-9a-f]+> <function outer\.<locals>\.inner at 0x[0-9a-f]+> <function <lambda> at 0x[0-9a-f]+>\n$/,
    );
  });

  it('has str.removeprefix, casefold, expandtabs, istitle, translate and str.maketrans', () => {
    assert.equal(
      output(py`
        print("model.pt".removesuffix(".pt"), "test_x".removeprefix("test_"), "x".removeprefix("y"))
        try:
            "a".removeprefix(1)
        except TypeError as e:
            print(e)
        print("Straße".casefold(), "a\\tbc\\td".expandtabs(), "a\\tbc\\td".expandtabs(4))
        for s in ["Hello World", "Hello world", "HELLO", "", "A1 B2", " T"]:
            print(repr(s), s.istitle(), s.isascii(), s.isidentifier(), s.isprintable())
        print("é".isascii(), "_x1".isidentifier(), "1x".isidentifier(), "a\\n".isprintable())
        t = str.maketrans("abc", "xyz", "d")
        print(sorted(t.items()), "abcdd!".translate(t))
        print("hello".translate({ord("l"): None, ord("h"): "J", 111: 48}))
        print(str.maketrans({"a": "1", 98: None}))
        for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans("ab")]:
            try:
                bad()
            except (TypeError, ValueError) as e:
                print(type(e).__name__, e)
      `),
      'model x x\nremoveprefix() argument must be str, not int\n' +
        'strasse a       bc      d a   bc  d\n' +
        "'Hello World' True True False True\n'Hello world' False True False True\n" +
        "'HELLO' False True True True\n'' False True False True\n" +
        "'A1 B2' True True False True\n' T' True True False True\n" +
        'False True False False\n' +
        "[(97, 120), (98, 121), (99, 122), (100, None)] xyz!\nJe0\n{97: '1', 98: None}\n" +
        'ValueError the first two maketrans arguments must have equal length\n' +
        'TypeError if you give only one argument to maketrans it must be a dict\n',
    );
  });

  it('gives functools.partial its func, args and keywords', () => {
    assert.equal(
      output(py`
        import functools
        def scale(x, factor=1, *, bias=0):
            return x * factor + bias
        p = functools.partial(scale, factor=3, bias=1)
        q = functools.partial(pow, 2)
        print(p(2), p.func.__name__, p.args, p.keywords, q(5), q.args, q.keywords, q.func is pow)
      `),
      "7 scale () {'factor': 3, 'bias': 1} 32 (2,) {} True\n",
    );
  });

  it("repeats a sequence by an object's __index__ when the object has no __rmul__", () => {
    assert.equal(
      output(py`
        class I:
            def __index__(self):
                return 2
        class N:
            pass
        class R:
            def __rmul__(self, o):
                return "rmul"
        print("ab" * I(), I() * [1], (0,) * I(), "x" * R(), [1] * R())
        for bad in [lambda: "ab" * N(), lambda: N() * [1], lambda: (1,) * N()]:
            try:
                bad()
            except TypeError as e:
                print(e)
      `),
      'abab [1, 1] (0, 0) rmul rmul\n' +
        "can't multiply sequence by non-int of type 'N'\n".repeat(3),
    );
  });

  it('counts the keyword-only arguments given in a too-many-positionals error', () => {
    assert.equal(
      output(py`
        def f(a, b=2, *, c, d=0):
            pass
        def h(a, *, k):
            pass
        class C:
            def m(self, x, *, y=1):
                pass
        for call in [lambda: f(1, 2, 3, c=1), lambda: f(1, 2, 3, c=1, d=2), lambda: h(1, 2),
                     lambda: h(1, 2, k=3), lambda: C().m(1, 2, y=3), lambda: f(1, 2, 3)]:
            try:
                call()
            except TypeError as e:
                print(e)
      `),
      'f() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given\n' +
        'f() takes from 1 to 2 positional arguments but 3 positional arguments (and 2 keyword-only arguments) were given\n' +
        'h() takes 1 positional argument but 2 were given\n' +
        'h() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given\n' +
        'C.m() takes 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given\n' +
        'f() takes from 1 to 2 positional arguments but 3 were given\n',
    );
  });

  it('makes sets of dict keys and items views with &, |, - and ^', () => {
    assert.equal(
      output(py`
        d = {"a": 1, "b": 2, "c": 3}
        print(sorted(d.keys() & {"a", "z"}), sorted(d.keys() - {"a"}), sorted(d.keys() | ["q"]), sorted(d.keys() ^ "az"))
        print(sorted({"a", "z"} & d.keys()), sorted({"a", "z"} - d.keys()))
        print(sorted(d.items() & {("a", 1), ("b", 9)}), type(d.keys() & d.keys()).__name__, d.keys() & [1], d.keys() - d.keys())
        other = {"b": 0, "x": 0}
        print(sorted(d.keys() & other.keys()), sorted(d.keys() - other), len(d.keys() | other.keys()))
        for bad in [lambda: d.keys() & 1, lambda: d.values() & {1}]:
            try:
                bad()
            except TypeError as e:
                print(e)
      `),
      "['a'] ['b', 'c'] ['a', 'b', 'c', 'q'] ['b', 'c', 'z']\n['a'] ['z']\n" +
        "[('a', 1)] set set() set()\n['b'] ['a', 'c'] 4\n'int' object is not iterable\n" +
        "unsupported operand type(s) for &: 'dict_values' and 'set'\n",
    );
  });

  it("calls a class's own __new__, and __init__ only on an instance of the class", () => {
    assert.equal(
      output(py`
        class Singleton:
            _inst = None
            def __new__(cls, *args, **kwargs):
                if cls._inst is None:
                    print("creating", cls.__name__)
                    cls._inst = super().__new__(cls)
                return cls._inst
            def __init__(self, name):
                print("init", name)
                self.name = name
        a = Singleton("a"); b = Singleton("b")
        print(a is b, a.name)
        class Pos:
            def __new__(cls, x):
                if x < 0:
                    return None
                return object.__new__(cls)
            def __init__(self, x):
                self.x = x
        print(Pos(-1), Pos(3).x)
        class Other:
            def __new__(cls):
                return 42
            def __init__(self):
                print("never")
        print(Other())
        class Base:
            def __new__(cls, *a):
                print("Base.__new__", cls.__name__, a)
                return super().__new__(cls)
        class Child(Base):
            def __init__(self, v):
                self.v = v
        print(Child(5).v, type(object.__new__(Child)).__name__)
        for bad in [lambda: object.__new__(Child, 1), lambda: object.__new__(1), lambda: object.__new__(int)]:
            try:
                bad()
            except TypeError as e:
                print(e)
      `),
      'creating Singleton\ninit a\ninit b\nTrue b\nNone 3\n42\nBase.__new__ Child (5,)\n5 Child\nobject.__new__() takes exactly one argument (the type to instantiate)\nobject.__new__(X): X is not a type object (int)\nobject.__new__(int) is not safe, use int.__new__()\n',
    );
  });
});
