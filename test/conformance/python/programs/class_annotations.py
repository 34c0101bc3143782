from typing import ClassVar, Dict, List, Optional, Tuple


class Point:
    x: float
    y: float = 0.0
    tags: List[str] = []
    parent: Optional['Point'] = None
    __secret: int = 1
    shape: Tuple[int, ...] = ()
    sizes: dict[str, int] | None = None
    count: ClassVar[int] = 0

    def norm(self) -> float:
        local: float = 2.0
        return local


print(Point.__annotations__)
print(list(Point.__annotations__))
print(Point.y, Point.tags, Point.count, Point().norm())
print('x' in Point.__dict__, 'y' in Point.__dict__)


class Child(Point):
    z: Dict[str, float]


print(Child.__annotations__)
print(Point.__annotations__['parent'])
