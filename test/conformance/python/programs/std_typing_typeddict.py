# typing.TypedDict, as typed programs declare the shape of their JSON-like dicts: the class
# makes plain dicts, keeps the annotations (a base's first), __total__ and the required and
# optional keys; isinstance() with it is refused, as CPython does.
import json
from typing import List, TypedDict


class Point(TypedDict):
    x: int
    y: int


class Options(TypedDict, total=False):
    color: str
    width: float


class Shape(Options):
    name: str
    points: List[Point]


def make_shape(name: str, *coords: int) -> Shape:
    pts = [Point(x=coords[i], y=coords[i + 1]) for i in range(0, len(coords), 2)]
    return Shape(name=name, points=pts, color="red")


tri = make_shape("triangle", 0, 0, 4, 0, 0, 3)
print(tri, type(tri), type(tri["points"][0]).__name__)
print(json.dumps(tri))
print(sorted(Shape.__required_keys__), sorted(Shape.__optional_keys__), Shape.__total__, Options.__total__)
print(Shape.__annotations__)
print(Shape.__mro__, Shape.__name__, Shape.__module__, type(Shape).__name__)
print(Point(), Point({"x": 1}), Point([("y", 2)], x=5))
try:
    isinstance(tri, Point)
except TypeError as e:
    print("TypeError:", e)

Movie = TypedDict("Movie", {"title": str, "year": int})
m: Movie = {"title": "Alien", "year": 1979}
print(Movie(title="Heat", year=1995), Movie.__annotations__, sorted(Movie.__required_keys__))
Partial = TypedDict("Partial", {"a": int}, total=False)
print(Partial.__total__, sorted(Partial.__optional_keys__), m["year"] + 1)
try:

    class Bad(Point, dict):
        pass

except TypeError as e:
    print("TypeError:", e)
