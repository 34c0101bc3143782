from typing import Callable, Tuple


def apply(f: Callable[..., float], *xs: float) -> Tuple[float, ...]:
    return tuple(f(x) for x in xs)


pair: Tuple[int, ...] = (1, 2)
print(apply(lambda v: v * 10, 1.5, 2), pair)
