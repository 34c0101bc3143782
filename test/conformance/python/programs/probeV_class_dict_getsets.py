"""A class's __dict__ shows the '__dict__' and '__weakref__' descriptors type() adds when its instances gain them, after the body's names, as CPython's does."""
from typing import Generic, TypeVar


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm(self):
        return (self.x**2 + self.y**2) ** 0.5


class Point3(Point):
    dims = 3


class Documented:
    """It has a docstring."""

    kind = "doc"


Documented.added_later = True


class Slotted:
    __slots__ = ("a", "b")


class FromSlotted(Slotted):
    pass


class WithDictSlot:
    __slots__ = ("a", "__dict__")


class AppError(Exception):
    pass


class Bag(list):
    pass


class Num(int):
    pass


T = TypeVar("T")


class Box(Generic[T]):
    pass


for cls in [Point, Point3, Documented, Slotted, FromSlotted, WithDictSlot, AppError, Bag, Num, Box]:
    shown = {k: v for k, v in vars(cls).items() if not callable(v)}
    print(cls.__name__, list(vars(cls)), shown.get("__dict__"), shown.get("__weakref__"))
print(Point.__dict__["__dict__"], type(Point.__dict__["__weakref__"]).__name__)
p = Point(3, 4)
print(Point.__dict__["__dict__"].__get__(p), "__dict__" in Point.__dict__, "__dict__" in Point3.__dict__)
print(len(Point.__dict__), len(Point3.__dict__), Point.__dict__.get("__weakref__") is Point.__dict__["__weakref__"])
