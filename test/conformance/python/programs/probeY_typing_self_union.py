# typing.Self is a special form like Never: annotations that combine it (`Self | float`,
# `Optional[Self]`, `list[Self]`) are evaluated when the method is defined, and show as
# CPython shows them.
from dataclasses import dataclass
from typing import Optional, Self


@dataclass
class Vec:
    x: float = 0.0
    y: float = 0.0

    def scaled(self, k: Self | float) -> Self:
        if isinstance(k, Vec):
            return Vec(self.x * k.x, self.y * k.y)
        return Vec(self.x * k, self.y * k)

    def nearest(self, others: list[Self]) -> Optional[Self]:
        if not others:
            return None
        return min(others, key=lambda o: (o.x - self.x) ** 2 + (o.y - self.y) ** 2)

    @classmethod
    def unit(cls) -> Self:
        return cls(1.0, 1.0)


v = Vec(2, 3)
print(v.scaled(0.5), v.scaled(Vec(2, -1)), v.nearest([Vec(0, 0), Vec(2.5, 3)]), v.nearest([]))
print(Vec.unit(), Self, Self | float, int | Self)
print(Vec.scaled.__annotations__)
print(Vec.nearest.__annotations__)
print(Vec.unit.__annotations__, type(Self).__name__, Self == Self)
