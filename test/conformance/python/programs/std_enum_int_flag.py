# IntEnum members compute and compare as ints; Flag members combine with | & ^.
from enum import Flag, IntEnum, IntFlag, auto


class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print(Level.LOW, repr(Level.MID), f"{Level.HIGH}", Level(2), Level["HIGH"])
print(Level.LOW + 1, Level.MID * 3, 10 - Level.HIGH, Level.MID == 2, Level.LOW < 2)
print(int(Level.HIGH), [10, 20, 30][Level.MID], sorted([Level.HIGH, Level.LOW]))
print(max(Level), Level.HIGH > Level.MID, Level.MID / 4)


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, Perm(3), rw is Perm(3))
print(rw & Perm.W, repr(rw ^ Perm.R), bool(Perm.R & Perm.X), list(Perm))
print(Perm.R.value, Perm.X.value, Perm.W.name, len(Perm))


class Mode(IntFlag):
    READ = 4
    WRITE = 2


print(Mode.READ, Mode.READ | Mode.WRITE, repr(Mode.READ), Mode.READ + 1, Mode.READ == 4)
