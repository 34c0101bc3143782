# auto() gets its value as the class body binds it (CPython's _EnumDict), so the body's later
# lines compute with members' values: a Flag's combinations, an offset from another member.
from enum import Enum, Flag, IntFlag, StrEnum, auto


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    YELLOW = RED | GREEN


print(list(Color), Color.WHITE, Color.YELLOW.value, repr(Color.RED | Color.BLUE))
print(Color(7) is Color.WHITE, Color.WHITE & Color.BLUE)


class Perm(IntFlag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X
    print("in the body:", R, W, X, RWX)


print(Perm.RWX, int(Perm.RWX), Perm.R | Perm.X)


class Level(Enum):
    LOW = auto()
    MID = LOW + 10
    HIGH = auto()


print(list(Level))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}#{count}"

    ALPHA = auto()
    BETA = auto()


print([m.value for m in Named])


class Pair(Enum):
    A = (auto(), "first")
    B = (auto(), "second")

    def __init__(self, number, label):
        self.number = number
        self.label = label


print([(m.name, m.number, m.label) for m in Pair])


class Shade(StrEnum):
    DARK = auto()
    LIGHT = auto()


print(list(Shade), Shade.DARK.upper())

try:

    class Twice(Enum):
        A = 1
        A = 2

except TypeError as e:
    print("TypeError:", e)
