# `x in obj` without __contains__ iterates obj; when iter(obj) fails, CPython words the
# TypeError as its own: "argument of type ... is not iterable".

class Empty:
    pass


class BadIter:
    def __iter__(self):
        return 5


class NoIter:
    __iter__ = None


class Raises:
    def __iter__(self):
        raise TypeError("own message")


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


print(20 in Seq(), 5 in Seq())
for obj in [Empty(), BadIter(), NoIter(), Raises()]:
    try:
        print(1 in obj)
    except TypeError as e:
        print(type(obj).__name__, e)

params = Empty()
found = 0.5 not in params
