# A generic container class: Generic[T] as a base, the class subscripted as a value and called.
from typing import Generic, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, type(s), type(s).__name__)
print(Stack[int], Stack[str] == Stack[str], Stack[int] == Stack[str])
print(Stack.__mro__)
print(Stack.__bases__, type(Stack), Stack.__parameters__)
print(Stack[int].__origin__, Stack[int].__args__, type(Stack[int]))
print(isinstance(s, Stack), {Stack[int]: "ints"}[Stack[int]])
print(Generic, Generic[T])


class IntStack(Stack[int]):
    def total(self) -> int:
        return sum(self.items)


i = IntStack()
i.push(3)
i.push(4)
print(i.total(), IntStack.__bases__, IntStack.__parameters__)
print(IntStack.__mro__)
