from dataclasses import dataclass, field


@dataclass
class Value:
    data: float
    grad: float = 0.0
    _prev: tuple = field(default=(), repr=False)


print(Value(1.0))
v = Value(grad=1.0)
