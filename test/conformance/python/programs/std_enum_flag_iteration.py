# Python 3.11 Flag: iterating a class gives its single-bit members; iterating a value gives
# the members it holds, lowest bit first; len counts them. A class's own
# _generate_next_value_ decides what auto() gives.
from enum import Enum, Flag, IntFlag, auto


class Perm(Flag):
    NONE = 0
    R = auto()
    W = auto()
    X = auto()
    RW = 3


print(list(Perm), len(Perm), list(Perm.__members__))
print(list(Perm.R | Perm.X), len(Perm.R | Perm.X), list(Perm.RW), list(Perm.NONE), len(Perm.NONE))
for p in Perm.X | Perm.R:
    print(p, repr(p))


class Bits(IntFlag):
    A = 1
    AB = 3
    B = 2
    C = 8


print(list(Bits), len(Bits), list(Bits.A | Bits.C), len(Bits(11)))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return (name.lower(), start, count, list(last_values))

    ALPHA = auto()
    BETA = 7
    GAMMA = auto()


for m in Named:
    print(repr(m))


class Doubling(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name * 2


class Sub(Doubling):
    A = auto()
    B = auto()


print(list(Sub), Sub.B.value)
