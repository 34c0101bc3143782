// typing's generic machinery run as a user meets it: TypeVar, Generic[T] and subscripted
// generic classes as bases and values, Protocol and runtime_checkable. Expected texts are
// what CPython 3.11 prints for the same programs.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('typing generics', () => {
  it('makes a Generic[T] class subscriptable, its alias callable, with Generic in the MRO', () => {
    assert.equal(
      output(py`
        from typing import Generic, TypeVar
        T = TypeVar('T')
        class Stack(Generic[T]):
            def __init__(self): self.items: list[T] = []
            def push(self, x: T) -> None: self.items.append(x)
        s = Stack[int]()
        s.push(1)
        print(s.items, type(s), Stack[int], Stack.__mro__, Stack.__bases__)
      `),
      "[1] <class '__main__.Stack'> __main__.Stack[int] (<class '__main__.Stack'>, " +
        "<class 'typing.Generic'>, <class 'object'>) (<class 'typing.Generic'>,)\n",
    );
  });

  it('takes a subscripted generic as a base, standing for the class it subscripts', () => {
    assert.equal(
      output(py`
        from typing import Generic, TypeVar
        K = TypeVar('K')
        V = TypeVar('V')
        class Pair(Generic[K, V]):
            def __init__(self, k, v): self.k, self.v = k, v
        class Named(Pair[str, V]):
            pass
        n = Named('a', 1)
        print(n.k, n.v, Named.__bases__, Named.__parameters__, Named[int], Pair.__parameters__)
      `),
      "a 1 (<class '__main__.Pair'>,) (~V,) __main__.Named[int] (~K, ~V)\n",
    );
  });

  it('shows TypeVars by variance and keeps their bound and constraints', () => {
    assert.equal(
      output(py`
        from typing import TypeVar
        T = TypeVar('T', bound=int, covariant=True)
        C = TypeVar('C', contravariant=True)
        S = TypeVar('S', int, str)
        print(T, C, S, repr(T), T.__bound__, S.__constraints__, type(T))
      `),
      "+T -C ~S +T <class 'int'> (<class 'int'>, <class 'str'>) <class 'typing.TypeVar'>\n",
    );
  });

  it('caches subscriptions as typing does: Box[int] is Box[int], list[int] is made anew', () => {
    assert.equal(
      output(py`
        from typing import Generic, List, Optional, TypeVar, Union
        T = TypeVar('T')
        class Box(Generic[T]):
            pass
        print(Box[int] is Box[int], Box[int] is Box[str], List[int] is List[int])
        print(Optional[int] is Union[int, None], list[int] is list[int], list[int] == list[int])
      `),
      'True False True\nFalse False True\n',
    );
  });

  it('refuses the wrong number of type arguments, and non-TypeVars in Generic[...]', () => {
    const stack =
      'from typing import Generic, TypeVar\nT = TypeVar("T")\nclass S(Generic[T]): pass\n';
    assert.equal(
      errorOf(`${stack}S[int, str]\n`),
      "TypeError: Too many arguments for <class '__main__.S'>; actual 2, expected 1 @4:1",
    );
    assert.equal(
      errorOf(`${stack}class P(S): pass\nP[int]\n`),
      "TypeError: <class '__main__.P'> is not a generic class @5:1",
    );
    assert.match(
      errorOf(`${stack}Generic[int]\n`),
      /^TypeError: Parameters to Generic\[\.\.\.\] must all be type variables/,
    );
  });

  it('makes Protocol classes uninstantiable, inherited by explicit subclasses', () => {
    assert.equal(
      output(py`
        from typing import Protocol
        class Shape(Protocol):
            def area(self) -> float: ...
        class Square(Shape):
            def area(self): return 4.0
        print(Square().area(), type(Shape), Square.__mro__)
        try:
            Shape()
        except TypeError as e:
            print(e)
      `),
      "4.0 <class 'typing._ProtocolMeta'> (<class '__main__.Square'>, <class '__main__.Shape'>, " +
        "<class 'typing.Protocol'>, <class 'typing.Generic'>, <class 'object'>)\n" +
        'Protocols cannot be instantiated\n',
    );
  });

  it('checks isinstance structurally only for @runtime_checkable protocols', () => {
    assert.equal(
      output(py`
        from typing import Protocol, runtime_checkable
        @runtime_checkable
        class Closable(Protocol):
            name: str
            def close(self) -> None: ...
        class File:
            name = 'f'
            def close(self): pass
        class Door:
            def close(self): pass
        print(isinstance(File(), Closable), isinstance(Door(), Closable), isinstance(1, Closable))
      `),
      'True False False\n',
    );
    assert.equal(
      errorOf(
        'from typing import Protocol\nclass P(Protocol):\n    def f(self): ...\nisinstance(1, P)\n',
      ),
      'TypeError: Instance and class checks can only be used with @runtime_checkable protocols @4:1',
    );
  });

  it('answers issubclass() for method-only runtime protocols, and refuses it otherwise', () => {
    assert.equal(
      output(py`
        from typing import Protocol, runtime_checkable
        @runtime_checkable
        class Closer(Protocol):
            def close(self): ...
        class File:
            def close(self): pass
        print(issubclass(File, Closer), issubclass(int, Closer))
      `),
      'True False\n',
    );
    assert.equal(
      errorOf(
        'from typing import Protocol, runtime_checkable\n@runtime_checkable\nclass P(Protocol):\n    x: int\nissubclass(int, P)\n',
      ),
      "TypeError: Protocols with non-method members don't support issubclass() @5:1",
    );
  });
});
