# A namedtuple subclass's own special methods come before tuple's: ==, the orderings, hash,
# len, iteration (unpacking, tuple(), _asdict), indexing, `in`, truth and the operators.
from collections import namedtuple
from typing import NamedTuple


class Point(namedtuple("Point", "x y")):
    def __eq__(self, other):
        print("eq", self.x, other)
        return isinstance(other, Point) and self.x == other.x

    def __hash__(self):
        return hash(self.x)

    def __len__(self):
        return 99

    def __iter__(self):
        yield "first"
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return ("item", i)

    def __contains__(self, v):
        return v == "z"

    def __lt__(self, other):
        return self.y > other.y

    def __bool__(self):
        return False


a, b = Point(1, 2), Point(1, 3)
print(a == b, a != b, len(a), list(a), a[0], a[1:], "z" in a, 1 in a)
print(hash(a) == hash(1), a < b, b < a, bool(a), "yes" if a else "no", not a)
print({a: "found"}[b])
print(a == (1, 2), sorted([a, b]))
x, y, z = a
print(x, y, z, tuple(a), a._asdict(), a.x, a.y, repr(a))
for item in a:
    print("loop", item)
print([a] == [b], [a].count(b), b in [a])


class Plain(namedtuple("Plain", "x")):
    def __eq__(self, other):
        return True


try:
    hash(Plain(1))
except TypeError as e:
    print("TypeError:", e)
print(Plain(1) == 5, Plain(1) != 5, Plain(1) != Plain(2))


class Money(NamedTuple):
    amount: int

    def __len__(self):
        return 5

    def __add__(self, other):
        return Money(self.amount + other.amount)

    def __mul__(self, k):
        return Money(self.amount * k)

    def __rmul__(self, k):
        return Money(self.amount * k * 10)


print(len(Money(1)), Money(1) + Money(2), Money(2) * 3, 3 * Money(2), Money(1) + Money(2) == (3,))
