# __slots__ puts a member descriptor per slot in the class's dict.


class Point:
    "A point with two slots."
    __slots__ = ("y", "x")

    def __init__(self, x):
        self.x = x


class Point3(Point):
    __slots__ = ["z", "__tag"]

    def __getattr__(self, name):
        return f"<no {name}>"


print(list(Point.__dict__))
print(list(Point3.__dict__))
print(Point.__dict__["x"], Point.y, Point3._Point3__tag, type(Point.x))
print(type(Point.x).__name__, Point.x.__name__, Point.x.__qualname__, Point.x.__objclass__)
p = Point(3)
print(Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
try:
    Point.y.__get__(p)
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
Point.y.__set__(p, 7)
print(p.y, getattr(p, "y"))
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", repr(e))
try:
    Point.x.__delete__(p)
    Point.x.__delete__(p)
except AttributeError as e:
    print("AttributeError:", repr(e))
try:
    Point.x.__get__("text")
except TypeError as e:
    print("TypeError:", e)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
q = Point3(1)
print(q.z, q.y, q.x)
q.z = 5
print(q.z, Point3.z.__get__(q), Point.x.__get__(q))
print(isinstance(Point.x, property), callable(Point.x), Point.x.__doc__)
print([n for n in dir(Point3) if not n.startswith("__")])
print(sum(Point(i).x for i in range(10)))
