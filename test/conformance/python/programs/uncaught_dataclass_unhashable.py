from dataclasses import dataclass


@dataclass
class Value:
    data: float
    grad: float = 0.0


a = Value(1.0)
print(a == Value(1.0), Value.__hash__)
children = {a, Value(2.0)}
