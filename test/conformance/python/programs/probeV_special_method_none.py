"""A special method set to None turns its operation away as CPython does: __iter__ = None even with a __getitem__, __contains__ = None before any iteration, __len__ = None called."""


class Table:
    __iter__ = None

    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * 10


class Opaque:
    __contains__ = None

    def __iter__(self):
        return iter([1, 2])


class NoLen:
    __len__ = None


print(Table()[1])
for attempt in [lambda: iter(Table()), lambda: list(Table()), lambda: [x for x in Table()], lambda: 1 in Opaque(), lambda: len(NoLen())]:
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)
print(list(Opaque()))
try:
    for x in Table():
        print("never", x)
except TypeError as e:
    print("for:", e)
