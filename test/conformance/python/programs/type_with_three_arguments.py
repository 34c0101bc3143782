class Base:
    def hello(self):
        return f"hello from {type(self).__name__}"

def init(self, x):
    self.x = x

Point = type("Point", (Base,), {"__init__": init, "dims": 2, "norm": lambda self: abs(self.x)})
p = Point(-3)
print(Point, Point.__name__, Point.__qualname__, Point.__bases__, Point.dims)
print(p.hello(), p.norm(), isinstance(p, Base), Point.__mro__)
print(Point.__module__, Point.__doc__)
E = type("E", (), {})
print(E(), type(E) is type) if False else print(E.__name__, type(E) is type)
Err = type("Err", (ValueError,), {"code": 7})
try:
    raise Err("bad")
except ValueError as e:
    print(repr(e), e.code, type(e).__name__)
try:
    type(1, (), {})
except TypeError as e:
    print(e)
try:
    type("X", [], {})
except TypeError as e:
    print(e)
try:
    type("X", (), [])
except TypeError as e:
    print(e)
try:
    type("X", ())
except TypeError as e:
    print(e)
