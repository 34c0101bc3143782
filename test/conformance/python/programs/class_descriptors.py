class Typed:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.name[1:]} must be a number, not {type(value).__name__}")
        setattr(obj, self.name, float(value))

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)


class Point:
    x = Typed()
    y = Typed()

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, vars(p), Point.x.owner, Point.x.name, type(Point.__dict__["x"]).__name__)
try:
    p.x = "a"
except TypeError as e:
    print("TypeError:", e)
p.__dict__["x"] = 99
print(p.x)
del p.x
print(hasattr(p, "x"), vars(p))


class Const:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, objtype=None):
        return (self.v, obj is None, objtype.__name__)


class K:
    c = Const(3)


k = K()
print(K.c, k.c)
k.c = "own"
print(k.c, K.c)


class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42

    def __delete__(self, obj):
        pass


class R:
    r = ReadOnly()


try:
    R().r = 1
except AttributeError as e:
    print("AttributeError:", e)
for i in range(3):
    print(k.c, p.y)
