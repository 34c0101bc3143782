# A namedtuple subclass's __new__ with a default, a sub-subclass's __init__, copies, match
# class patterns, ordering, and a class made inside a function.
from collections import namedtuple
import copy
class Point(namedtuple('Point', 'x y')):
    __slots__ = ()
    def __new__(cls, x, y=0):
        return super(Point, cls).__new__(cls, x, y)
class P3(Point):
    def __init__(self, x, y=0):
        print("init", x, y)
p = Point(1)
print(repr(p), repr(P3(4)), repr(copy.copy(P3(5, 6))), repr(copy.deepcopy(p)))
match p:
    case Point(x, y):
        print("matched", x, y)
print(Point.__match_args__ if hasattr(Point, '__match_args__') else None)
print(max(Point(1, 2), Point(3, 0)), min([Point(5), Point(2)]))
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__[0].__name__)
def f():
    class L(namedtuple('L', 'a')):
        pass
    return L
print(f()(1), f().__qualname__)
try:
    class Bad(Point, int):
        pass
except TypeError as e:
    print("TypeError")
