from collections import namedtuple

Point = namedtuple("Point", "x, y")
Pixel = namedtuple("Pixel", ["x", "y", "color"], defaults=["red"])
p = Point(3, 4)
print(Point, type(p), type(p) is Point, isinstance(p, tuple), isinstance(p, Point))
print(Point._fields, Pixel._fields, Pixel._field_defaults, p._fields)
print(Pixel(1, 2), Pixel(1, 2, "blue"), Pixel(color="green", y=0, x=9))
print(repr(p), str(p), f"{p}", [p], {"p": p})
a, b = p
print(a, b, p[0], p[-1], p[:1], len(p), p + (5,), p * 2, 3 in p, p.index(4), p.count(3))
print(p == (3, 4), p == Point(3, 4), p < Point(3, 5), hash(p) == hash((3, 4)))
print({p: "seen"}[(3, 4)], sorted([Point(2, 1), Point(1, 2)]), max(Point(1, 9), Point(2, 0)))
q = p._replace(y=10)
print(q, p, q._asdict(), dict(q._asdict()), list(q), tuple(q))
print(Point._make([7, 8]), Point._make(range(2)), type(Point._make((1, 2))).__name__)
for x, y in [Point(1, 2), Point(3, 4)]:
    print(x * y, end=" ")
print()
Pair = namedtuple("Pair", "first second")
pairs = [Pair(i, i * i) for i in range(3)]
print(pairs, sum(pr.second for pr in pairs), pairs[2].first)
print(Point.__name__, p.__class__.__name__, Point(*[5, 6]), Point(**{"x": 1, "y": 2}))
nested = Point(Point(1, 2), [3])
nested.y.append(4)
print(nested, nested.x.y)
for bad in [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, z=2),
    lambda: Point(1, x=2),
    lambda: p._replace(z=1),
    lambda: Point._make([1]),
    lambda: namedtuple("Q", "x x"),
    lambda: namedtuple("Q", "_x"),
    lambda: namedtuple("Q", "1x"),
    lambda: namedtuple("Q", "x class"),
    lambda: namedtuple("Q", "x", defaults=[1, 2]),
    lambda: p.z,
    lambda: Pixel(),
]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
