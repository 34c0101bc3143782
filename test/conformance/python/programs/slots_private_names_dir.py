# A private name in __slots__ is mangled like any name in the class body: dir() lists
# '_Point__x', not '__x', and a slot not yet set is reported by its mangled name.
class Point:
    __slots__ = ("__x", "__y", "label")

    def __init__(self, x):
        self.__x = x

    def y(self):
        return self.__y


p = Point(2)
print([n for n in dir(p) if "x" in n or "y" in n or n == "label"])
print(p._Point__x, Point.__slots__)


class _Hidden:
    __slots__ = "__only"


print([n for n in dir(_Hidden()) if "only" in n])
try:
    p.y()
except AttributeError as e:
    print(e)
print(p.y())
