# typing.Protocol: structural interfaces, explicit subclasses, and runtime_checkable.
from typing import Protocol, TypeVar, runtime_checkable

T = TypeVar("T")


class Shape(Protocol):
    def area(self) -> float: ...


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


print(Square(3).area(), Shape.area(None))
print(Shape.__mro__)
print(Square.__mro__)
print(type(Shape), type(Square), Protocol)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(Square(1), Shape)
except TypeError as e:
    print("TypeError:", e)


@runtime_checkable
class Closable(Protocol):
    name: str

    def close(self) -> None: ...


class File:
    name = "f"

    def close(self) -> None:
        print("closed")


class Door:
    def close(self) -> None:
        pass


print(isinstance(File(), Closable), isinstance(Door(), Closable), isinstance(3, Closable))


class Box(Protocol[T]):
    def get(self) -> T: ...


print(Box.__mro__, Box[int])
