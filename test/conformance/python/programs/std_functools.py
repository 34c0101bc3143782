import functools
from functools import reduce, partial, lru_cache

print(reduce(lambda a, b: a * b, [1, 2, 3, 4, 5]), reduce(lambda a, b: a + b, [], 0))
power = partial(pow, 2)
print(power(10), partial(int, base=2)("1011"))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits > 0)


@functools.wraps(fib)
def wrapped(*a):
    return fib(*a)


print(wrapped.__name__)
