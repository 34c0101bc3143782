# issubclass against collections.abc: built-in classes answer as their values do with
# isinstance, and a class of the program's is Iterable, Sized, Container, Hashable, Callable
# or an Iterator when it defines the methods.
import collections.abc as abc
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence

names = ["Iterable", "Container", "Sized", "Collection", "Reversible", "Sequence",
         "MutableSequence", "Mapping", "MutableMapping", "Set", "MutableSet", "Hashable",
         "Callable", "Iterator"]
for cls in (list, tuple, str, range, dict, set, frozenset, int, float, bool, type(None), object):
    print(cls.__name__, [n for n in names if issubclass(cls, getattr(abc, n))])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Bag:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False

    def __iter__(self):
        return iter([])


class Point:
    def __eq__(self, other):
        return True


class Action:
    def __call__(self):
        return 1


for cls in (Countdown, Bag, Point, Action):
    print(cls.__name__, [n for n in names if issubclass(cls, getattr(abc, n))])
print(issubclass(list, (int, Sequence)), issubclass(Sequence, Sequence), issubclass(Mapping, Iterable))
print(issubclass(dict, Mapping) == isinstance({}, Mapping), issubclass(Countdown, Iterator), isinstance(Countdown(2), Iterable))
print(issubclass(bool, Hashable), issubclass(str, Callable), issubclass(type, Callable))
