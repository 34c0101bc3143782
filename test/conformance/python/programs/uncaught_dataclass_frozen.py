from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0


p = Point(1.0)
print(p)
p.x = 2.0
