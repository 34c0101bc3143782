# TypeVar: names, bounds, constraints and variance, and generic classes over several of them.
from typing import Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", bound=float)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
S = TypeVar("S", int, str)

print(T, repr(K), N, Co, Contra, [T, Co])
print(T.__name__, N.__bound__, T.__bound__, Co.__covariant__, Contra.__contravariant__)
print(S.__constraints__, T.__constraints__, type(T), isinstance(T, TypeVar))


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def __repr__(self) -> str:
        return f"Pair({self.key!r}, {self.value!r})"


p = Pair[str, int]("a", 1)
print(p, Pair[str, int], Pair.__parameters__)


class Named(Pair[str, V]):
    pass


print(Named("x", 2.5), Named.__parameters__, Named[float], Named.__mro__)


class Both(Pair[K, V], Generic[V, K]):
    pass


print(Both.__bases__, Both.__parameters__, Both[int, str])
