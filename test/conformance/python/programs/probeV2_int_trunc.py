# int() of an object with only __trunc__ still works in Python 3.11 (deprecated): a
# fixed-point weight class that rounds toward zero when a layer asks for an int size.
class Fixed:
    def __init__(self, raw, scale=100):
        self.raw, self.scale = raw, scale
    def __trunc__(self):
        q = abs(self.raw) // self.scale
        return q if self.raw >= 0 else -q
    def __repr__(self):
        return f"Fixed({self.raw}/{self.scale})"


class Wrapped:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n


class ViaIndex:
    def __trunc__(self):
        return Wrapped(12)


class Flag:
    def __trunc__(self):
        return True


class Both:
    def __int__(self):
        return 1
    def __trunc__(self):
        return 2


for w in [Fixed(250), Fixed(-250), Fixed(99), Fixed(-1)]:
    print(w, int(w))
print(int(ViaIndex()), int(Flag()), int(Both()))
units = [int(Fixed(r)) for r in (1600, 800, 425)]
print(units, sum(units))


class BadTrunc:
    def __trunc__(self):
        return 7.5


try:
    int(BadTrunc())
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % Fixed(300)
except TypeError as e:
    print("TypeError:", e)
