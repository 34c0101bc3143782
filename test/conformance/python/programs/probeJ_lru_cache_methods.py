# lru_cache and cache on methods bind self like the def they wrap; typed=True caches 1 and
# 1.0 apart; cache_parameters() reports the settings.
from functools import cache, lru_cache


class Staircase:
    def __init__(self, steps):
        self.steps = steps

    @lru_cache(maxsize=None)
    def ways(self, n):
        if n <= 1:
            return 1
        return sum(self.ways(n - s) for s in self.steps if s <= n)

    @cache
    def label(self, prefix="stairs"):
        return f"{prefix}:{'/'.join(map(str, self.steps))}"


s = Staircase((1, 2))
print(s.ways(30), s.label(), s.label(prefix="x"))
print(Staircase.ways.cache_info())
t = Staircase((1, 2, 3))
print(t.ways(10), Staircase.ways.cache_info().currsize > 30)
print(Staircase.ways(s, 5), Staircase.ways.__wrapped__.__name__)
print(repr(s.ways).startswith("<bound method Staircase.ways of"))
Staircase.ways.cache_clear()
print(Staircase.ways.cache_info())


@lru_cache(maxsize=8, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())
print(kind.cache_parameters(), Staircase.label.cache_parameters())


@lru_cache(maxsize=8)
def loose(x):
    return type(x).__name__


print(loose(1), loose(1.0), loose.cache_info().hits)


@lru_cache
def count_keywords(a, *, b=0):
    return a + b


print(count_keywords(1, b=2), count_keywords(1, b=2), count_keywords(1))
print(count_keywords.cache_info())
