// Functions as objects with attributes, `type` as a class, and issubclass against
// collections.abc. Each expectation is what CPython 3.11 prints for the same program.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('function attributes', () => {
  it('keep a counter on the function and show it in __dict__ and vars()', () => {
    const code = py`
      def f():
          f.calls += 1
      f.calls = 0
      f(); f()
      print(f.calls, f.__dict__, vars(f) is f.__dict__)
      f.__dict__["x"] = 1
      print(f.x, hasattr(f, "x"), getattr(f, "nope", "-"))
    `;
    assert.equal(output(code), "2 {'calls': 2} True\n1 True -\n");
  });

  it('set an attribute on a method through its class, seen from an instance', () => {
    const code = py`
      class C:
          def m(self):
              "Doc."
      C.m.tag = 1
      print(C().m.tag, C().m.__doc__, C.m.__dict__)
    `;
    assert.equal(output(code), "1 Doc. {'tag': 1}\n");
  });

  it('refuse an attribute on a bound method and a missing one with their messages', () => {
    const bound = py`
      class C:
          def m(self): pass
      C().m.tag = 1
    `;
    assert.equal(errorOf(bound), "AttributeError: 'method' object has no attribute 'tag' @3:1");
    const missing = py`
      def f(): pass
      del f.x
    `;
    assert.equal(errorOf(missing), "AttributeError: 'function' object has no attribute 'x' @2:5");
  });

  it('rename a function: __qualname__ is what call errors name', () => {
    const code = py`
      def f(a, b=2, *, c=3): pass
      print(f.__defaults__, f.__kwdefaults__, f.__module__)
      f.__name__ = "g"
      f.__qualname__ = "G.g"
      f.__doc__ = "now documented"
      print(f.__name__, f.__qualname__, f.__doc__)
      f()
    `;
    assert.equal(
      errorOf(code),
      "TypeError: G.g() missing 1 required positional argument: 'a' @7:1",
    );
    assert.equal(
      output(code.replace('f()\n', '')),
      "(2,) {'c': 3} __main__\ng G.g now documented\n",
    );
  });

  it('check what __name__ and __defaults__ may be set to', () => {
    assert.equal(
      errorOf('def f(): pass\nf.__name__ = 3\n'),
      'TypeError: __name__ must be set to a string object @2:1',
    );
    assert.equal(output('def f(a=1): return a\nf.__defaults__ = (5,)\nprint(f())\n'), '5\n');
  });

  it('let functools.wraps copy the name, doc and attributes and set __wrapped__', () => {
    const code = py`
      import functools
      def f():
          "Doc f."
      f.x = 1
      @functools.wraps(f)
      def g(): pass
      print(g.__name__, g.__doc__, g.__wrapped__ is f, list(g.__dict__))
    `;
    assert.equal(output(code), "f Doc f. True ['x', '__wrapped__']\n");
  });
});

describe('type as a class', () => {
  it('answers isinstance and issubclass for classes, metaclasses and other values', () => {
    const code = py`
      from abc import ABC, ABCMeta
      class C: pass
      class A(ABC): pass
      print(isinstance(C, type), isinstance(int, type), isinstance(3, type), isinstance(len, type))
      print(type(C) is type, type(A) is type, type(type) is type, issubclass(ABCMeta, type))
      print(type, type(3), isinstance(A, type), issubclass(type(C), type))
    `;
    assert.equal(
      output(code),
      "True True False False\nTrue False True True\n<class 'type'> <class 'int'> True True\n",
    );
  });

  it('still runs type(x) and gives its errors', () => {
    assert.equal(errorOf('type()\n'), 'TypeError: type() takes 1 or 3 arguments @1:1');
    assert.equal(output('class M(metaclass=type): pass\nprint(type(M))\n'), "<class 'type'>\n");
  });
});

describe('issubclass with collections.abc', () => {
  it('answers for built-in classes as isinstance does for their values', () => {
    const code = py`
      from collections.abc import Sequence, MutableSequence, Mapping, Set, MutableSet, Hashable
      print(issubclass(list, Sequence), issubclass(tuple, MutableSequence), issubclass(str, Sequence))
      print(issubclass(dict, Mapping), issubclass(set, MutableSet), issubclass(frozenset, MutableSet))
      print(issubclass(frozenset, Set), issubclass(list, Hashable), issubclass(range, Sequence))
    `;
    assert.equal(output(code), 'True False True\nTrue True False\nTrue False True\n');
  });

  it("answers for the program's classes by their methods, and between the abstract classes", () => {
    const code = py`
      from collections.abc import Iterable, Iterator, Sized, Hashable, Collection, Sequence
      class It:
          def __iter__(self): return self
          def __next__(self): raise StopIteration
      class P:
          def __eq__(self, o): return True
      print(issubclass(It, Iterator), issubclass(It, Sized), issubclass(P, Hashable))
      print(issubclass(Sequence, Collection), issubclass(Iterator, Iterable), issubclass(Sized, Iterable))
    `;
    assert.equal(output(code), 'True False False\nTrue True False\n');
  });
});
