# Enum lookups by value fall back on the class's _missing_ hook; a Flag whose members were
# defined out of value order iterates a composite in definition order.
from enum import Enum, Flag, IntFlag, auto


class Level(Enum):
    LOW = 1
    MID = 5
    HIGH = 10

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.__members__.get(value.upper())
        if isinstance(value, int):
            # the nearest level at or below the number
            below = [m for m in cls if m.value <= value]
            return below[-1] if below else None
        return "oops"


print(Level("mid"), Level(7), Level(100), Level(1))
for bad in ["none", 0]:
    try:
        Level(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Level(2.5)
except TypeError as e:
    print("TypeError:", e)


class Strict(Enum):
    A = "a"

    @classmethod
    def _missing_(cls, value):
        raise KeyError(f"no {value!r}")


try:
    Strict("b")
except KeyError as e:
    print("KeyError:", e)


class Perm(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


class Ordered(Flag):
    ONE = auto()
    TWO = auto()
    FOUR = auto()


print(list(Perm.READ | Perm.EXEC), list(Perm(7)))
print(list(Ordered.FOUR | Ordered.ONE), list(Ordered(7)))
print([m.name for m in Perm(6)], Perm(6))
