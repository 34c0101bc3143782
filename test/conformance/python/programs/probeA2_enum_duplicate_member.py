# An enum body that binds a member name twice fails at the second binding, with CPython's
# message, and the error points at that name.
from enum import Enum, auto


class Level(Enum):
    LOW = auto()
    HIGH = auto()


print(list(Level))


class Mode(Enum):
    READ = 1
    WRITE = 2
    READ = 3


print("not reached")
