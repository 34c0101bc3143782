# Under `from __future__ import annotations` every annotation is its source text;
# get_type_hints evaluates it in the module.
from __future__ import annotations

import typing
from typing import List, Optional


class Node:
    pass


def f(a: int, b: List[int] = None, *, c: Node | None = None) -> Optional[int]:
    pass


class C:
    x: int
    y: List[str] = []
    n: Optional[Node]


print(f.__annotations__)
print(typing.get_type_hints(f))
print(C.__annotations__)
print(typing.get_type_hints(C))


def later(x: Undefined) -> None:
    pass


print(later.__annotations__)
