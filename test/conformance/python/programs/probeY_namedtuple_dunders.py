# A namedtuple class (a namedtuple's subclass, a typing.NamedTuple body) that writes its own
# special methods: the unary operators, abs/round/float/int/index, math's trunc/floor/ceil,
# format, divmod, calling, reversed, augmented assignment and __getattr__ all find them, as
# CPython finds type(q).__neg__ before tuple's behaviour.
import math
import operator
from collections import namedtuple
from typing import NamedTuple


class Quat(namedtuple("Quat", "w x y z")):
    __slots__ = ()

    def __neg__(self):
        return Quat(*(-c for c in self))

    def __pos__(self):
        return Quat(*(abs(c) for c in self))

    def __invert__(self):
        return Quat(self.w, -self.x, -self.y, -self.z)

    def __abs__(self):
        return math.sqrt(sum(c * c for c in self))

    def __round__(self, n=None):
        return Quat(*(round(c, n) for c in self))

    def __float__(self):
        return float(self.w)

    def __int__(self):
        return int(self.w)

    def __index__(self):
        return 2

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __format__(self, spec):
        return "[" + ", ".join(format(c, spec) for c in self) + "]"

    def __divmod__(self, k):
        return ("divmod", k)

    def __call__(self, scale=1):
        return Quat(*(c * scale for c in self))

    def __reversed__(self):
        return iter("zyxw")

    def __iadd__(self, other):
        return Quat(*(a + b for a, b in zip(self, other)))

    def __getattr__(self, name):
        if name == "norm":
            return abs(self)
        raise AttributeError(f"Quat has no {name!r}")

    def __add__(self, other):
        if isinstance(other, Quat):
            return Quat(*(a + b for a, b in zip(self, other)))
        return NotImplemented


q = Quat(1.25, -2.5, 3.0, -0.5)
print(-q)
print(+q, ~q)
print(abs(q), round(q), round(q, 1))
print(float(q), int(q), operator.index(q), ["a", "b", "c"][q], bin(q), list(range(q)))
print(math.trunc(q), math.floor(q), math.ceil(q), math.sqrt(Quat(4, 0, 0, 0)))
print(format(q, ".2f"), f"{q:>6}", divmod(q, 3))
print(q(2), q(scale=-1), callable(q), callable(Quat(0, 0, 0, 0)._replace))
print(list(reversed(q)))
r = q
r += Quat(1, 1, 1, 1)
print(r, q, r is q)
print(q.norm, getattr(q, "missing", "default"), hasattr(q, "missing"))
try:
    q + (1, 2)
except TypeError as e:
    print("TypeError:", e)
print((1, 2) + Quat(0, 0, 0, 0))


class Plain(namedtuple("Plain", "a b")):
    pass


p = Plain(1, 2)
p += (3,)
print(p, type(p).__name__)
try:
    -p
except TypeError as e:
    print("TypeError:", e)
try:
    abs(p)
except TypeError as e:
    print("TypeError:", e)


class Money(NamedTuple):
    amount: float
    currency: str = "EUR"

    def __neg__(self):
        return Money(-self.amount, self.currency)

    def __abs__(self):
        return Money(abs(self.amount), self.currency)

    def __format__(self, spec):
        return f"{self.amount:{spec}} {self.currency}"

    def __round__(self, n=None):
        return Money(round(self.amount, n), self.currency)


m = Money(-12.345)
print(-m, abs(m), f"{m:.2f}", f"{m:>10.1f}|", round(m, 2))
