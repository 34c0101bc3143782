# Flattening nested lists of numbers into a tensor's values with only `import collections`:
# CPython's startup has already imported collections.abc, so collections.abc.Iterable
# (and from collections import abc) are there without importing collections.abc itself.
import collections
from collections import abc


def flatten(x):
    if isinstance(x, collections.abc.Iterable) and not isinstance(x, (str, bytes)):
        for y in x:
            yield from flatten(y)
    else:
        yield x


def shape(t):
    dims = []
    while isinstance(t, collections.abc.Sequence) and not isinstance(t, str):
        dims.append(len(t))
        t = t[0]
    return dims


t = [[[1, 2], [3, 4]], [[5, 6], [7, 8.5]]]
print(list(flatten(t)), shape(t), shape("x"), list(flatten([1, (2, {3}), "ab", b"cd"])))
print(abc is collections.abc, isinstance({}, collections.abc.Mapping), issubclass(list, abc.MutableSequence))
print(isinstance(iter([]), abc.Iterator), isinstance(len, abc.Callable), "abc" in dir(collections))
