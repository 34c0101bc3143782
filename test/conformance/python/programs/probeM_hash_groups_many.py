# Thousands of distinct objects hashed by their own __hash__, looked up again with fresh
# equal objects: as dict keys inside tuples, as set members, and as lru_cache arguments
# (the cache holds its arguments, so equal fresh objects hit).
from functools import lru_cache
from itertools import product


class Grid:
    __slots__ = ("cells",)

    def __init__(self, cells):
        self.cells = cells

    def __eq__(self, other):
        return isinstance(other, Grid) and self.cells == other.cells

    def __hash__(self):
        return hash(self.cells)


layouts = ["".join(p) for p in product(".ab", repeat=8)]
print(len(layouts))

table = {}
for text in layouts:
    table[(Grid(text), len(text))] = text.count("a")
missing = [t for t in layouts if (Grid(t), 8) not in table]
print(len(table), missing)

members = {Grid(t) for t in layouts}
print(len(members), sum(Grid(t) in members for t in layouts))


@lru_cache(maxsize=None)
def score(grid, turn):
    return grid.cells.count(turn) * 2


for text in layouts:
    score(Grid(text), "a")
for text in layouts:
    score(Grid(text), "a")
print(score.cache_info())


@lru_cache(maxsize=None)
def solo(grid):
    return grid.cells[::-1]


print([solo(Grid(t)) for t in layouts[:3]], [solo(Grid(t)) for t in layouts[:3]])
print(solo.cache_info())
