import helper2
print(helper2.K.__module__, helper2.K.Inner.__qualname__, helper2.K.__doc__)
class M:
    __qualname__ = "Renamed"
print(M.__qualname__, M.__name__, "__qualname__" in M.__dict__, M.__module__)
import enum
class Color(enum.Enum):
    RED = 1
print(list(Color), Color.__module__)
from dataclasses import dataclass
@dataclass
class P:
    x: int = 0
print(P(), P.__module__)
from typing import NamedTuple
class T(NamedTuple):
    a: int
print(T(1), T._fields)
from collections import namedtuple
class S(namedtuple("S", "a b")):
    pass
print(S(1, 2), S.__module__)
class K:
    y = 2
    print(sorted(locals()))
    print(__module__, __qualname__)
