# A dataclass field may default to any hashable value: a frozenset (the empty set of keys
# a search state starts with), a tuple, a str. Only unhashable ones (list, dict, set,
# bytearray, an instance of an eq-only class) are refused as mutable defaults.
from dataclasses import dataclass, field


@dataclass(frozen=True)
class State:
    pos: tuple = (0, 0)
    keys: frozenset = frozenset()
    doors: frozenset = frozenset({3, 1, 2})
    name: str = "start"

    def collect(self, key):
        return State(self.pos, self.keys | {key}, self.doors - {key}, self.name)


s = State()
t = s.collect(2).collect(1)
print(s, t, s == State(), hash(s) == hash(State()), len({s, State(), t}))


@dataclass
class Bag:
    items: list = field(default_factory=list)
    tags: frozenset = frozenset([5])


print(Bag(), Bag([1]).tags)

for default in ([], {}, set(), bytearray(b"x")):
    try:

        @dataclass
        class Bad:
            value: object = default

    except ValueError as e:
        print("ValueError:", e)
