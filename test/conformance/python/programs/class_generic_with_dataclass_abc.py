# Generic classes that are also dataclasses or abstract, and generic subclasses using super().
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Generic, Optional, TypeVar

T = TypeVar("T")


@dataclass
class Box(Generic[T]):
    item: T
    tags: list[str] = field(default_factory=list)


print(Box(1), Box[int](2), Box.__mro__)


class Repo(ABC, Generic[T]):
    @abstractmethod
    def get(self, i: int) -> Optional[T]: ...


class MemRepo(Repo[str]):
    def __init__(self) -> None:
        self.d = {1: "a"}

    def get(self, i: int) -> Optional[str]:
        return self.d.get(i)


print(MemRepo().get(1), MemRepo().get(2), MemRepo.__mro__, type(Repo), type(MemRepo))
try:
    Repo()
except TypeError as e:
    print("TypeError:", e)


class Node(Generic[T]):
    def __init__(self, v: T, nxt: "Optional[Node[T]]" = None) -> None:
        self.v = v
        self.nxt = nxt

    def __repr__(self) -> str:
        return f"Node({self.v})"


class IntNode(Node[int]):
    def __init__(self, v: int) -> None:
        super().__init__(v * 2)


print(IntNode(3), Node[int](4), Node[Node[int]], Node.__parameters__[0] is T)
print(Box[int] == Box[int], hash(Box[int]) == hash(Box[int]), Box[int] != Box[str])
