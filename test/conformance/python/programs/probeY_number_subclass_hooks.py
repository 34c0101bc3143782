# Subclasses of int, float and OrderedDict with their own number hooks: round() calls a
# subclass's __round__; an int subclass indexes, counts a range and floors as its own int
# (CPython never calls its __index__ there); a float subclass is its float to the math module
# (its __float__ serves float() alone).
import math
from collections import OrderedDict


class Meters(float):
    def __round__(self, ndigits=None):
        return Meters(round(float(self) * 100) / 100)

    def __float__(self):
        return 1000.0

    def __repr__(self):
        return f"Meters({float.__repr__(self)})"


class Slot(int):
    def __index__(self):
        return 0

    def __float__(self):
        return 0.5


class Rounded(OrderedDict):
    def __round__(self, ndigits=None):
        return Rounded((k, round(v, ndigits)) for k, v in self.items())


m = Meters(2.34567)
print(round(m), round(m, 1), float(m), math.sqrt(m), math.floor(m), math.isclose(m, 2.34567))
s = Slot(2)
print(["a", "b", "c"][s], list(range(s)), "xy" * s, math.floor(s), int(s), bin(s), s.__index__())
print(float(s), math.sqrt(s), round(s), format(s, "03d"))
r = Rounded(a=1.2345, b=2.71828)
print(round(r, 2), round(r))
try:
    round(OrderedDict(a=1))
except TypeError as e:
    print("TypeError:", e)
