# Subclassing a namedtuple class: methods, properties, __slots__ = (), the subclass's name.
from collections import namedtuple


class Point(namedtuple("Point", "x y")):
    """A point with a norm."""

    __slots__ = ()

    @property
    def norm(self):
        return (self.x**2 + self.y**2) ** 0.5

    def __str__(self):
        return f"({self.x}, {self.y})"

    def scaled(self, k):
        return type(self)(self.x * k, self.y * k)

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def dims():
        return 2


p = Point(3, 4)
print(p, repr(p), p.norm, p.scaled(2), repr(Point.origin()), Point.dims(), p.dims())
print(Point.__doc__, Point.__name__, Point._fields, Point.__slots__)
print(isinstance(p, tuple), isinstance(p, Point), isinstance(p, Point.__bases__[0]))
print(type(p), type(p).__mro__, Point.__bases__)
a, b = p
print(a, b, p[0], p[-1], p[:1], p == (3, 4), (3, 4) == p, p != (4, 3), len(p), list(p))
print(hash(p) == hash((3, 4)), {p: "here"}[(3, 4)], {(3, 4): "t"}[p], sorted([Point(2, 1), Point(1, 5)]))
print(repr(p._replace(x=5)), type(p._replace(y=1)).__name__, repr(Point._make([7, 8])))
print(p._asdict(), p + (5,), p * 2, 3 in p, p.count(3), p.index(4))
print(type(Point._make([1, 2])) is Point, type(p.scaled(1)) is Point)
print(repr(Point(y=2, x=1)), p.x, p.y, Point(1, 2) < Point(1, 3))
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
for attempt in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=3)]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
