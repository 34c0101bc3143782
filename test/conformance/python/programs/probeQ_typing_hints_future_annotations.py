"""Resolving a config's annotations under `from __future__ import annotations`, as CLI builders do."""
from __future__ import annotations
import typing
from typing import get_type_hints, get_origin, get_args, List, Dict, Optional, Union, Callable, Tuple, Literal, Annotated, Sequence, ClassVar
from dataclasses import dataclass, field
import collections

@dataclass
class Node:
    name: str
    children: List[Node] = field(default_factory=list)
    weights: Dict[str, float] = field(default_factory=dict)
    parent: Optional["Node"] = None
    kind: Literal["a", "b"] = "a"
    act: Callable[[float], float] | None = None
    shape: Tuple[int, ...] = ()
    count: ClassVar[int] = 0
    lr: Annotated[float, "learning rate"] = 0.1

hints = get_type_hints(Node)
for k, v in hints.items():
    print(k, v, get_origin(v), get_args(v))
print(get_type_hints(Node, include_extras=True)["lr"])
def f(x: int, y: "List[int]" = None) -> Optional[str]: ...
print(get_type_hints(f))
print(get_origin(List[int]) is list, get_origin(Optional[int]) is Union, get_origin(int), get_args(int))
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(int | str), get_args(int | str))
print(get_origin(Sequence[int]), get_origin(typing.Deque[int]), get_origin(Literal[1]) is Literal)
print(List[int].__origin__, Optional[int].__origin__, Dict[str, int].__args__)
class Base:
    a: int
class Child(Base):
    b: "str"
    a: float
print(get_type_hints(Child))
try:
    get_type_hints(3)
except TypeError as e:
    print(e)
class Bad:
    x: "Undefined"
try:
    get_type_hints(Bad)
except NameError as e:
    print(e)
