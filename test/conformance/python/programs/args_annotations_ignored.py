from typing import List, Tuple, Callable


def apply(fs: List[Callable[[float], float]], x: float = 1.0) -> Tuple[float, ...]:
    return tuple(f(x) for f in fs)


def untyped(a: "anything", b: int = "not an int") -> "whatever":
    return a, b


print(apply([lambda v: v + 1, lambda v: v * 3], 2.0), apply([abs]))
print(untyped(1), apply.__name__)
count: int
count = 5
print(count)
