# Slicing what takes no slices: a deque refuses the index, a dict (and its kin) cannot hash a
# slice (slices are unhashable in 3.11), a mappingproxy refuses assignment before hashing;
# a class with __getitem__ receives the slice itself.
from collections import ChainMap, Counter, OrderedDict, UserDict, defaultdict, deque
from types import MappingProxyType


class Window:
    def __getitem__(self, key):
        return ("window", key.start, key.stop, key.step)


class Registry(dict):
    pass


targets = [
    deque("abcde"),
    {"a": 1},
    Counter("hello"),
    OrderedDict(x=1),
    defaultdict(list),
    Registry(k=2),
    ChainMap({"a": 1}),
    UserDict(b=2),
    MappingProxyType({"c": 3}),
    Window(),
    42,
]


def attempt(label, action):
    try:
        print(label, "->", action())
    except (TypeError, KeyError) as e:
        print(label, "->", type(e).__name__, e)


def assign(target):
    target[1:3] = "xy"
    return "assigned"


def delete(target):
    del target[::2]
    return "deleted"


for target in targets:
    name = type(target).__name__
    attempt(name + " get", lambda: target[1:3])
    attempt(name + " set", lambda: assign(target))
    attempt(name + " del", lambda: delete(target))

attempt("hash", lambda: hash(slice(1, 2)))
attempt("set of slices", lambda: {slice(None)})
proxy = MappingProxyType({})
try:
    proxy[[1]] = 2
except TypeError as e:
    print("TypeError", e)
