from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x + p.y, p[0], tuple(p), p._asdict())
q = p._replace(x=10)
print(q, p == Point(1, 2), len(q))
x, y = q
print(x, y)
Sample = namedtuple("Sample", "features label")
s = Sample([0.5, 1.0], 1)
print(s.features, s.label, s)
