# typing.NamedTuple: a class statement whose annotated names are the fields of a tuple.
from typing import NamedTuple


class Point(NamedTuple):
    """A point in the plane."""

    x: int
    y: float = 0.0

    def norm(self):
        return (self.x**2 + self.y**2) ** 0.5

    @property
    def doubled(self):
        return Point(self.x * 2, self.y * 2)

    @classmethod
    def origin(cls):
        return cls(0)

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(3, 4.0)
print(repr(p), repr(Point(1)), p.norm(), repr(p.doubled), repr(Point.origin()), Point.__doc__)
print(p, str(p))
print(Point._fields, Point._field_defaults, p._asdict(), repr(p._replace(x=5)))
a, b = p
print(a, b, p[0], p[-1], p[:1], p == (3, 4.0), isinstance(p, tuple), len(p), type(p), Point)
print(Point.__annotations__, Point(y=2.5, x=1).y, Point._make([7, 8]).x)
print(hash(p) == hash((3, 4.0)), {p: "here"}[Point(3, 4.0)], sorted([Point(2, 1), Point(1, 5)]))
for attempt in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3)]:
    try:
        attempt()
    except TypeError as e:
        print(e)
try:
    p.x = 10
except AttributeError as e:
    print(e)
try:

    class Bad(NamedTuple):
        x: int = 1
        y: int

except TypeError as e:
    print(e)

Pair = NamedTuple("Pair", [("left", int), ("right", str)])
print(Pair(1, "z"), Pair._fields, Pair(left=2, right="w").right)


class Empty(NamedTuple):
    pass


print(Empty(), len(Empty()))
