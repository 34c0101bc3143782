# A blog post's typed micrograd helpers under `from __future__ import annotations`: a
# NamedTuple's and a TypedDict's fields hold typing.ForwardRef objects for their string
# annotations (the TypedDict's with module='__main__'), typing's subscripted forms hold
# ForwardRef arguments, and get_type_hints resolves them.
from __future__ import annotations

from typing import (Annotated, Dict, ForwardRef, List, Literal, NamedTuple, Optional, TypedDict,
                    Union, get_args, get_type_hints)


class Value:
    def __init__(self, data: float) -> None:
        self.data = data


class Batch(NamedTuple):
    xs: List[List[float]]
    ys: List[int]
    size: int = 0
    note: None = None

    def describe(self) -> str:
        return f"Batch(n={len(self.xs)}, size={self.size})"


class Config(TypedDict, total=False):
    lr: float
    act: Optional[str]


Step = NamedTuple("Step", [("loss", "Value"), ("lr", float), ("tag", None)])

b = Batch([[1.0, 2.0]], [1])
print(b, b.describe())
print(Batch.__annotations__)
print(Config.__annotations__)
print(Step.__annotations__)
print(get_type_hints(Batch))
print(get_type_hints(Config))
print(get_type_hints(Step)["loss"] is Value)

print(List["Value"].__args__, Optional["Value"].__args__, get_args(Dict[str, "Value"]))
print(get_args(Literal["relu", 1]), get_args(Annotated["Value", "meta"]), list["Value"].__args__)
print(get_args(Union["Value", int]), List["Value"])

ref = ForwardRef("Value", module="engine")
print(ref, ref.__forward_arg__, ref.__forward_module__, ref.__forward_evaluated__, ref.__forward_value__)
print(ref.__forward_is_argument__, ref.__forward_is_class__, type(ref).__module__)
print(ForwardRef("A") == ForwardRef("A"), ForwardRef("A") == ForwardRef("A", module="m"), ForwardRef("A") == "A")
print({ForwardRef("A"): 1}[ForwardRef("A")], isinstance(List["B"].__args__[0], ForwardRef))
try:
    ForwardRef(3)
except TypeError as e:
    print("TypeError:", e)

# Callable's __args__ lists its parameters flat, get_args keeps them in a list; a program's
# Generic class holds a string argument as a ForwardRef too.
from collections import abc
from typing import Callable, Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    pass


print(Callable[[int], str].__args__, get_args(Callable[[int], str]), Callable[..., int].__args__)
print(abc.Callable[[int, float], str].__args__, get_args(abc.Callable[[int], str]))
print(Callable[["Value"], "Value"].__args__, get_args(Callable[["Value"], float]))
print(Box["Value"], Box["Value"].__args__, Box[int].__args__)
