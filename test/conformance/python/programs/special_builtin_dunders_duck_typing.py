# Duck typing against built-in values (hasattr, runtime_checkable protocols) and a program's
# classes reaching object's and int's special methods (object.__eq__, super().__eq__,
# int.__add__ from a class's own __add__).
from typing import Protocol, runtime_checkable


def describe(x):
    kinds = []
    for name in ('__len__', '__iter__', '__next__', '__getitem__', '__contains__', '__add__'):
        if hasattr(x, name):
            kinds.append(name.strip('_'))
    return type(x).__name__ + ': ' + ' '.join(kinds)


for v in [[1], 'ab', 3, 2.5, True, {1: 2}, (1,), {1}, frozenset(), None, range(2), iter([])]:
    print(describe(v))


def total_size(*things):
    return sum(t.__len__() for t in things if hasattr(t, '__len__'))


print(total_size([1, 2], 'abc', 5, {1: 2}, None))


@runtime_checkable
class Sized(Protocol):
    def __len__(self) -> int: ...


@runtime_checkable
class Hashable(Protocol):
    def __hash__(self) -> int: ...


class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


for v in [[], 'x', 0, {}, (), Box([1]), None]:
    print(type(v).__name__, isinstance(v, Sized), isinstance(v, Hashable))
print(issubclass(list, Sized), issubclass(int, Sized), issubclass(Box, Sized))
print(issubclass(list, Hashable), issubclass(tuple, Hashable))


class Plain:
    pass


p = Plain()
print(hasattr(p, '__eq__'), hasattr(p, '__len__'), hasattr(p, '__hash__'), hasattr(p, '__repr__'))
print(p.__eq__(p), p.__eq__(1), p.__ne__(1), p.__ne__(p), p.__lt__(p))
print(p.__repr__() == repr(p), p.__str__() == str(p), p.__format__('') == str(p))
print(p.__hash__() == hash(p), object.__eq__(p, p), Plain.__eq__(p, 1))
print(Plain.__eq__, Plain.__init__, Plain.__hash__)
print(type(p.__eq__).__name__, type(Plain.__eq__).__name__)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f'Point({self.x}, {self.y})'

    def __str__(self):
        return 'a point: ' + object.__str__(self)


print(Point.__hash__, Point(1, 2).__eq__(Point(1, 2)), Point(1, 2).__eq__(3))
print(Point(1, 2).__ne__(Point(1, 3)), Point(1, 2).__ne__('x'), str(Point(3, 4)))


class Same:
    def __eq__(self, other):
        return super().__eq__(other)

    __hash__ = object.__hash__


a = Same()
print(a == a, a == Same(), a != Same(), hash(a) == object.__hash__(a))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(int.__add__(self.cents, other.cents))
        result = self.cents.__add__(other)
        if result is NotImplemented:
            return NotImplemented
        return Money(result)

    __radd__ = __add__

    def __repr__(self):
        return f'Money({self.cents})'


print(Money(5) + Money(7), Money(5) + 3, 3 + Money(5), sum([Money(1), Money(2)], Money(0)))
try:
    Money(5) + 2.5
except TypeError as e:
    print('TypeError', e)
