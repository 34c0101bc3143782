# functools.partialmethod: methods with frozen arguments, read through an instance (a partial
# of the bound method) or through the class (a function taking the instance first).
from functools import partialmethod


class Lamp:
    def __init__(self, room):
        self.room = room
        self.level = 0

    def dim(self, level, *, note=""):
        self.level = level
        return f"{self.room} at {level}%{note}"

    off = partialmethod(dim, 0)
    full = partialmethod(dim, 100, note=" (max)")
    quiet_full = partialmethod(full, note="")

    @classmethod
    def catalog(cls, count, unit="lamps"):
        return f"{count} {cls.__name__} {unit}"

    pair = partialmethod(catalog, 2)


kitchen = Lamp("kitchen")
print(kitchen.full(), kitchen.level)
print(kitchen.off(), kitchen.level)
print(kitchen.quiet_full(), kitchen.full(note="!"))
print(Lamp.off(kitchen), Lamp.full(kitchen, note=" again"))
print(kitchen.pair(), Lamp.pair(unit="bulbs"))

bound = kitchen.full
print(type(bound).__name__, bound.args, bound.keywords, bound.__self__ is kitchen)
print(bound.func.__name__, bound())
print(repr(Lamp.__dict__["off"]).split(">", 1)[1], repr(Lamp.__dict__["quiet_full"]).split(">", 1)[1])
print(repr(partialmethod(Lamp.dim, note="?")).split(">", 1)[1])

for bad in (42, "text"):
    try:
        partialmethod(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    Lamp.off()
except TypeError as e:
    print("TypeError:", e)
