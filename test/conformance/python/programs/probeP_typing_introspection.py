# typing.get_origin / get_args take type forms apart; get_type_hints gives a function's or a
# class's annotations with None made NoneType and strings evaluated where they were written.
import collections
import typing
from typing import Any, Callable, Dict, List, Literal, Optional, Tuple, Union

forms = [
    List[int],
    Dict[str, int],
    Optional[int],
    Union[int, str],
    list[int],
    tuple[int, ...],
    dict[str, list[int]],
    Callable[[int], str],
    Callable[..., int],
    Tuple[int, str],
    Literal["a", "b"],
    int | None,
    int,
    List,
    Callable,
    Any,
    Union,
    None,
    3,
]
for t in forms:
    print(repr(t), "->", typing.get_origin(t), typing.get_args(t))
print(typing.get_origin(typing.Deque[int]) is collections.deque)
print(typing.get_origin(Optional[int]) is Union, typing.get_origin(int | str))


class Node:
    pass


def f(a: int, b: "str" = "x", *args: float, c: List[int] = None, **kw: dict) -> Optional[int]:
    pass


def g(x: "Node", y: "Optional[Node]", z: None, w: "int | None") -> "List[Node]":
    pass


def h():
    pass


print(f.__annotations__)
print(typing.get_type_hints(f))
print(g.__annotations__)
print(typing.get_type_hints(g))
print(h.__annotations__, typing.get_type_hints(h))


class C:
    x: int
    y: "List[str]" = []
    z = 3


class D(C):
    w: float
    n: "Node"


print(C.__annotations__, D.__annotations__)
print(typing.get_type_hints(C))
print(typing.get_type_hints(D))


class WithMethod:
    def m(self, v: "Node") -> None:
        pass


print(typing.get_type_hints(WithMethod().m), typing.get_type_hints(WithMethod.m))
try:
    typing.get_type_hints(3)
except TypeError as e:
    print("TypeError:", e)


def bad(x: "Missing"):
    pass


try:
    typing.get_type_hints(bad)
except NameError as e:
    print("NameError:", e)


# A class's __annotations__ is its own: a base's are not inherited, none is an empty dict.
class NoAnnotations(C):
    pass


class Empty:
    pass


print(NoAnnotations.__annotations__, Empty.__annotations__)
print("__annotations__" in NoAnnotations.__dict__, typing.get_type_hints(NoAnnotations))
