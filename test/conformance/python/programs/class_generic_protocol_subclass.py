# issubclass() against protocols: refused unless runtime_checkable, and then only for methods.
from typing import Protocol, runtime_checkable
class S(Protocol):
    def f(self): ...
class Sq(S):
    def f(self): pass
try: print(issubclass(Sq, S))
except TypeError as e: print(e)
@runtime_checkable
class R(Protocol):
    x: int
    def f(self): ...
class A:
    def f(self): pass
try: print(issubclass(A, R))
except TypeError as e: print(e)
@runtime_checkable
class M(Protocol):
    def f(self): ...
print(issubclass(A, M), issubclass(int, M), isinstance(A(), M), issubclass(Sq, M))
try: runtime_checkable(A)
except TypeError as e: print(e)
