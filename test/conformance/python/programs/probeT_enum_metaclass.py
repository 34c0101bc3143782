# Metaclasses of the program's own deriving from enum.EnumMeta / enum.EnumType.
from enum import Enum, EnumMeta, EnumType, IntEnum, auto, unique


class Reversed(EnumMeta):
    def __iter__(cls):
        return reversed(list(super().__iter__()))


class Color(Enum, metaclass=Reversed):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print(list(Color), len(Color), Color(2), Color["BLUE"], Color.RED in Color)
print(type(Color), type(Color).__mro__, repr(Color), isinstance(Color, EnumMeta))
print(Color.RED, repr(Color.GREEN), Color.RED.value, [c.name for c in Color])


class Lenient(EnumType):
    def __call__(cls, value, *args, **kw):
        if isinstance(value, str):
            return cls[value.upper()]
        return super().__call__(value, *args, **kw)

    def __contains__(cls, v):
        return v in [m.value for m in cls]


class Size(IntEnum, metaclass=Lenient):
    S = 1
    M = 2


print(Size("m"), Size(1), 2 in Size, 5 in Size, len(Size), Size.M + 1, sorted(Size))


class Tagged(EnumMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tag = name.lower()
        return cls

    def __len__(cls):
        return 99

    def __repr__(cls):
        return f"<tagged {cls.__name__}>"


@unique
class Dir(Enum, metaclass=Tagged):
    UP = "u"
    DOWN = "d"


print(Dir.tag, Dir.UP, Dir("d"), len(Dir), Dir, list(Dir), type(Dir).__name__)
try:
    Dir("x")
except ValueError as e:
    print("ValueError:", e)
try:
    Dir.UP = 3
except AttributeError as e:
    print("AttributeError:", e)


class Counted(EnumMeta):
    made = []

    def __init__(cls, *args, **kw):
        super().__init__(*args, **kw)
        Counted.made.append(cls.__name__)


class Shape(Enum, metaclass=Counted):
    def describe(self):
        return f"{self.name.lower()} with {self.value} sides"


class Polygon(Shape):
    TRIANGLE = 3
    SQUARE = 4


print(Counted.made, Polygon.SQUARE.describe(), Polygon(3), {Polygon.SQUARE: 1}[Polygon.SQUARE])
print(type(Polygon).__name__, list(Polygon), Polygon.TRIANGLE in Polygon)
try:

    class Dup(Enum, metaclass=Counted):
        A = 1
        A = 2

except TypeError as e:
    print("TypeError:", e)
