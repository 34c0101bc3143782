# The lru_cache wrapper keeps the def's __doc__, __module__ and __qualname__ (as
# update_wrapper gives CPython's), has type functools._lru_cache_wrapper, and a decorator
# wrapping it with functools.wraps sees those names.
import functools
import re


@functools.lru_cache(maxsize=None)
def collatz_length(n):
    """Steps of the Collatz sequence from n down to 1."""
    return 1 if n == 1 else 1 + collatz_length(n // 2 if n % 2 == 0 else 3 * n + 1)


print(collatz_length(27), collatz_length.__name__, collatz_length.__qualname__)
print(collatz_length.__doc__, collatz_length.__module__)
print(type(collatz_length).__name__, type(collatz_length))
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(collatz_length)))


def logged(fn):
    @functools.wraps(fn)
    def inner(*args):
        result = fn(*args)
        print(f"{fn.__name__}{args[1:]} = {result}")
        return result

    return inner


class Maths:
    @logged
    @functools.cache
    def tri(self, n):
        "Triangular number."
        return n * (n + 1) // 2


print(Maths().tri(10), Maths.tri.__name__, Maths.tri.__qualname__, Maths.tri.__doc__)
print(Maths.tri.__wrapped__.__qualname__, Maths.tri.__module__)
