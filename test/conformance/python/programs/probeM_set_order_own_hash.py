# Sets of objects whose __hash__ is built from ints iterate in CPython's table order.
from collections import namedtuple
from dataclasses import dataclass
from enum import Enum, IntEnum


class Tile:
    def __init__(self, row, col):
        self.row = row
        self.col = col

    def __hash__(self):
        return self.row * 100 + self.col

    def __eq__(self, other):
        return isinstance(other, Tile) and (self.row, self.col) == (other.row, other.col)

    def __repr__(self):
        return f"T{self.row}.{self.col}"


board = {Tile(r, c) for r in range(1, 4) for c in range(2, 7)}
print(board)
print(board - {Tile(1, 2), Tile(3, 6)})
print(list(board.difference({Tile(2, 2)}))[:6])


@dataclass(frozen=True)
class Spot:
    x: int
    y: int


spots = {Spot(i, i * 7 % 11) for i in range(12)}
print(spots)
print(spots & {Spot(3, 10), Spot(8, 1), Spot(0, 0)})

Pair = namedtuple("Pair", "a b")
print({Pair(i, -i) for i in range(8)})


class Keyed:
    def __init__(self, key):
        self.key = key

    def __hash__(self):
        return hash(self.key)

    def __eq__(self, other):
        return self.key == other.key

    def __repr__(self):
        return f"K{self.key}"


print({Keyed(i * 13 % 17) for i in range(15)})
print({Keyed((i, 2 * i)) for i in range(9)})


class Huge:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __repr__(self):
        return f"H{self.v}"


print({Huge(2**64 + 5), Huge(-1), Huge(7), Huge(2**63), Huge(-(2**70))})
print(hash(Huge(-1)), hash(Huge(2**64 + 5)), hash((Keyed(3), Keyed(4))) == hash((3, 4)))


class Level(IntEnum):
    LOW = 40
    MID = 8
    HIGH = 17


print({Level.LOW, Level.MID, Level.HIGH, 3})
print({frozenset({1, 2}), frozenset({3}), frozenset({4, 5, 6}), frozenset()})


class Shade(Enum):
    RED = 1
    BLUE = 2


s = {Tile(5, 5), Tile(9, 1), Tile(2, 8), Tile(4, 4)}
s.discard(Tile(9, 1))
print(s.pop(), s)
print(len({Shade.RED, Shade.BLUE, Shade.RED}))
