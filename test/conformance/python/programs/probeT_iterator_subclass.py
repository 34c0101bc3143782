# Classes deriving from the lazy iterators: enumerate, zip, map, filter and reversed.


class Numbered(enumerate):
    def __init__(self, items, start=1):
        self.seen = []

    def __next__(self):
        i, x = super().__next__()
        self.seen.append(x)
        return f"{i}. {x}"


menu = Numbered(["tea", "milk", "bread"], start=1)
print(next(menu), menu.seen)
for line in menu:
    print(line)
print(menu.seen, iter(menu) is menu, isinstance(menu, enumerate))
print(type(menu).__name__, Numbered.__mro__)
print(repr(menu).startswith("<__main__.Numbered object at 0x"))
try:
    next(menu)
except StopIteration:
    print("StopIteration")
print(next(Numbered([]), "empty"))


class Pairs(zip):
    def __new__(cls, *columns):
        self = super().__new__(cls, *columns)
        self.width = len(columns)
        return self


rows = Pairs("ab", [1, 2, 3])
print(rows.width, next(rows), list(rows), dict(Pairs("xy", "XY")))
class Strict(zip):
    pass


print(list(Strict("ab", "cd", strict=True)))
try:
    list(Strict("ab", "c", strict=True))
except ValueError as e:
    print("ValueError:", e)


class Squares(map):
    def __new__(cls, xs):
        return super().__new__(cls, lambda v: v * v, xs)


class Evens(filter):
    def __new__(cls, xs):
        return super().__new__(cls, lambda v: v % 2 == 0, xs)

    def __next__(self):
        return -super().__next__()


print(list(Squares([1, 2, 3])), sum(Squares(range(4))), sorted(Evens(range(7))))


class Shout(reversed):
    def __next__(self):
        return super().__next__().upper()


print(list(Shout("abc")), list(Shout(("x", "y"))))
# A list has its own __reversed__: reversed.__new__ returns the list's reverse iterator.
back = Shout(["p", "q"])
print(type(back).__name__, "-".join(back))


class Counted(enumerate):
    calls = 0

    def __next__(self):
        Counted.calls += 1
        return super().__next__()


for i, c in Counted("xyz"):
    pass
print(Counted.calls, i, c, max(Counted("ba"), key=lambda t: t[1]))
