import collections.abc
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from collections.abc import (
    Callable,
    Container,
    Hashable,
    Iterable,
    Iterator,
    Mapping,
    MutableMapping,
    MutableSequence,
    MutableSet,
    Sequence,
    Set,
    Sized,
)


def gen():
    yield 1


class Bag:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


class Plain:
    pass


P = namedtuple("P", "a b")
samples = [
    ("list", [1]),
    ("tuple", (1,)),
    ("str", "ab"),
    ("dict", {"a": 1}),
    ("set", {1}),
    ("range", range(3)),
    ("int", 3),
    ("float", 1.5),
    ("None", None),
    ("keys", {"a": 1}.keys()),
    ("values", {"a": 1}.values()),
    ("iter", iter([1])),
    ("gen", gen()),
    ("zip", zip([1], [2])),
    ("deque", deque([1])),
    ("Counter", Counter("ab")),
    ("OrderedDict", OrderedDict(a=1)),
    ("defaultdict", defaultdict(int)),
    ("namedtuple", P(1, 2)),
    ("Bag", Bag()),
    ("Plain", Plain()),
    ("len", len),
    ("lambda", lambda: 0),
]
abcs = [Iterable, Iterator, Sized, Container, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Hashable, Callable]
print(" ".join(a.__name__ for a in abcs))
for name, v in samples:
    print(f"{name:12}", "".join("X" if isinstance(v, a) else "." for a in abcs))
print(isinstance([], (Mapping, Sequence)), isinstance({}, collections.abc.Mapping))


def flatten(x):
    if isinstance(x, Iterable) and not isinstance(x, str):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, [2, (3, "ab")], {4}, range(5, 7)])))
