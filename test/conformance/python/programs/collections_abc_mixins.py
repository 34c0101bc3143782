# A dataset class deriving from collections.abc.Sequence gets iteration, `in`, reversed,
# index and count from its __getitem__ and __len__; typing.Iterable[T] as a base stands for
# collections.abc.Iterable; a class leaving an abstract method cannot be made; iter(it) is it.
from collections.abc import Iterator, Sequence
from typing import Generic, Iterable, TypeVar

T = TypeVar("T")


class Samples(Sequence):
    def __init__(self, pairs):
        self.pairs = pairs

    def __getitem__(self, i):
        return self.pairs[i]

    def __len__(self):
        return len(self.pairs)


data = Samples([(0.0, 1), (0.5, 0), (1.0, 1), (0.5, 0)])
print(len(data), list(data), (1.0, 1) in data, (2.0, 0) in data)
print(data.index((0.5, 0)), data.index((0.5, 0), 2), data.count((0.5, 0)), list(reversed(data)))
print(isinstance(data, Sequence), Samples.__mro__)
try:
    data.index((9, 9))
except ValueError as e:
    print("not found", repr(e))


class Batches(Iterator):
    def __init__(self, xs, size):
        self.xs, self.size, self.at = xs, size, 0

    def __next__(self):
        if self.at >= len(self.xs):
            raise StopIteration
        self.at += self.size
        return self.xs[self.at - self.size : self.at]


b = Batches(list(range(5)), 2)
print(iter(b) is b, list(b))


class Ring(Generic[T], Iterable[T]):
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items + self.items[:1])


print(list(Ring([1, 2, 3])), Ring.__mro__)


class Unfinished(Sequence):
    def __len__(self):
        return 0


try:
    Unfinished()
except TypeError as e:
    print(e)
