from __future__ import annotations

import __future__
from dataclasses import dataclass, field, fields
from typing import ClassVar, Dict, List, Optional


@dataclass(eq=False)
class Value:
    data: float
    grad: float = 0.0
    _prev: tuple[Value, ...] = field(default=(), repr=False)
    parent: Optional[Value] = None
    table: Dict[str, List["Value"]] = field(default_factory=dict, repr=False)
    count: ClassVar[int] = 0
    either: int | None = None

    def __add__(self, other: Value) -> Value:
        return Value(self.data + other.data, _prev=(self, other))


a, b = Value(1.0), Value(2.0)
c = a + b
print(c, len(c._prev), Value.count)
print(Value.__annotations__)
print([(f.name, f.type) for f in fields(Value)])
print(Value.__doc__)
print(__future__.annotations, __future__.division)
