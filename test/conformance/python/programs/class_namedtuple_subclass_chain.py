# A namedtuple subclass with another name, __new__/__repr__ overrides, super(), sub-subclasses
# and typing.NamedTuple bases.
from collections import namedtuple
from typing import NamedTuple

Base = namedtuple("Base", ["a", "b"], defaults=[0])


class Pair(Base):
    __slots__ = ()

    def total(self):
        return self.a + self.b


class Labeled(Pair):
    def __repr__(self):
        return "Labeled<" + super().__repr__() + ">"

    def total(self):
        return super().total() * 10


p = Pair(1, 2)
print(repr(p), repr(Pair(5)), p.total(), repr(p._replace(a=9)), repr(Pair._make((3, 4))))
q = Labeled(1, 2)
print(repr(q), q, q.total(), str(q), repr(q._replace(b=3)), f"{q!r}")
print(Labeled.__mro__)
print(isinstance(q, Pair), isinstance(q, Base), isinstance(q, tuple), issubclass(Labeled, Base))
print(q == p, q == (1, 2), hash(q) == hash(p), type(q).__name__, q.__class__.__name__)


class Clamped(namedtuple("Clamped", "lo hi")):
    __slots__ = ()

    def __new__(cls, lo, hi):
        if lo > hi:
            lo, hi = hi, lo
        return super().__new__(cls, lo, hi)

    def __str__(self):
        return f"[{self.lo}..{self.hi}]"


c = Clamped(5, 1)
print(c, repr(c), c.lo, repr(c._replace(lo=9)), repr(Clamped._make([9, 1])))


class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {len(self)} fields"


class Vec(NamedTuple):
    x: float
    y: float = 0.0

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Vec2(Mixin, Vec):
    __slots__ = ()

    @property
    def length(self):
        return self.dot(self) ** 0.5

    def __repr__(self):
        return f"Vec2({self.x}, {self.y})"


v = Vec2(3.0, 4.0)
print(repr(v), v, v.length, v.describe(), v.dot(Vec(1.0, 1.0)), repr(Vec2(2.0)))
print(Vec2.__mro__, Vec2._fields, Vec2._field_defaults)
print(repr(v._replace(x=0.0)), type(v._replace(x=0.0)) is Vec2, isinstance(v, Vec))
x, y = v
print(x, y, v[1], sorted({v: 1, Vec(0.0): 2}.values()))
