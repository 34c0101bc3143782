# collections.abc's generic classes take subscripts as PEP 585 made them (`Iterator[float]`,
# `Callable[[float], float]`), so annotations written with them evaluate at def time; the
# aliases show as CPython shows them, combine with |, and refuse isinstance.
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence, Sized


def schedule(base: float, decay: Callable[[int], float]) -> Iterator[float]:
    step = 0
    while True:
        yield base * decay(step)
        step += 1


def take(it: Iterable[float], n: int) -> list[float]:
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(round(x, 6))
    return out


def apply(fs: Sequence[Callable[..., float]], env: Mapping[str, float] | None = None) -> Generator[float, None, None]:
    for f in fs:
        yield f(**(env or {}))


print(take(schedule(0.1, lambda s: 0.5 ** s), 4))
print(list(apply([lambda x=1.0: x * 2, lambda x=1.0: x ** 0.5], {"x": 9.0})))
for name, t in schedule.__annotations__.items():
    print(name, t)
for name, t in apply.__annotations__.items():
    print(name, t)
print(Callable[..., int], Iterator[int] | None, Mapping[str, Sequence[int]])
print(type(Iterator[int]).__name__, Iterator[int].__origin__ is Iterator, Iterator[int].__args__)
try:
    isinstance(iter([]), Iterator[int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(iter([]), Iterator), isinstance([], Sequence), isinstance({}, Mapping))
try:
    Sized[int]
except TypeError as e:
    print("TypeError:", e)
