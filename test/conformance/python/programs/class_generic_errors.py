# The errors typing's generics raise, as CPython words them.
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    pass


class Plain(Stack):
    pass


def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: Stack[int, str])
attempt(lambda: Plain[int])
attempt(lambda: Generic[int])
attempt(lambda: Generic[T, T])
attempt(lambda: Protocol[int])
attempt(lambda: TypeVar("X", int))
attempt(lambda: isinstance(1, Stack[int]))
