# A TypeVar combines with | as typing's Union does (`T | None` is Optional[T]), and Generic
# and Protocol declare `__slots__ = ()`: a slotted dataclass deriving from a generic base
# keeps the base's slots, and a class without __slots__ still has a __dict__.
from dataclasses import dataclass
from typing import Generic, List, Optional, Protocol, TypeVar

T = TypeVar("T")
S = TypeVar("S", bound=float)

print(T | None, None | T, T | int, int | T, T | S, T | List[int])
print((T | None) == Optional[T], type(T | None).__name__, (T | float | None).__args__, list[T] | None)


@dataclass(frozen=True, slots=True)
class Pair(Generic[T]):
    first: T
    second: T

    def swap(self, default: T | None = None) -> "Pair[T]":
        return Pair(self.second, self.first if default is None else default)


@dataclass(frozen=True, slots=True)
class FloatPair(Pair[float]):
    first: float
    second: float
    label: str = ""


p = FloatPair(1.5, 2.5, "p")
print(p, p.swap(), Pair.__slots__, FloatPair.__slots__, Generic.__slots__, Protocol.__slots__)
print(Pair.swap.__annotations__)
try:
    p.other = 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item


class Slotted(Generic[T]):
    __slots__ = ("item",)


b = Box(3)
b.extra = "ok"
print(b.__dict__, hasattr(Slotted(), "__dict__"))


class Sized(Protocol):
    def size(self) -> int: ...


class Impl(Sized):
    def size(self) -> int:
        return 4


i = Impl()
i.note = "dict"
print(i.size(), i.__dict__)

# typing.Any is a class in CPython 3.11: `Any | None` is a types.UnionType, not Optional[Any].
from typing import Any, Optional

print(Any | None, int | Any, Any | List[int], type(Any | None).__name__, (Any | None) == Optional[Any])
