import functools
from functools import cmp_to_key, lru_cache, total_ordering, wraps


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), Version(1) <= Version(1), Version(2) < Version(1), Version(1) >= Version(0, 1))


@lru_cache(maxsize=2)
def square(x):
    return x * x


for x in [1, 2, 1, 3, 1, 2]:
    square(x)
print(square.cache_info())
square.cache_clear()
print(square.cache_info().currsize, square.__name__)


def logged(f):
    @wraps(f)
    def inner(*args, **kwargs):
        """inner doc"""
        return f(*args, **kwargs)

    return inner


@logged
def add(a, b=1):
    """Adds."""
    return a + b


print(add(2), add.__name__, add.__doc__)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted("bca", key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b))))
