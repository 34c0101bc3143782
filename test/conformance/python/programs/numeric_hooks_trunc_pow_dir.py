# Special methods the built-ins call as CPython does: math.trunc(x) calls __trunc__ (an
# __index__ does not stand in for it), pow(x, e, m) calls x.__pow__(e, m) before int's modular
# power (and names all three types when nothing applies), dir(x) sorts what __dir__ returns.
import math


class Meters:
    def __init__(self, v):
        self.v = v

    def __trunc__(self):
        return f"trunc {self.v}"

    def __pow__(self, e, mod=None):
        return ("pow", self.v, e, mod)

    def __dir__(self):
        return ["zeta", "alpha", "v"]


class Step:
    def __index__(self):
        return 3


m = Meters(2.5)
print(math.trunc(m), pow(m, 2, 7), pow(m, 2), m**3)
print(dir(m))
print(math.trunc(True), math.trunc(-2.9), pow(3, 4, 5), pow(2, -1, 5), pow(True, 3, 2))
for args in [(2.0, 2, 3), (2, 2, 3.0), ("a", 2, 3), (Step(), 2, 3), (2, Step(), 3)]:
    try:
        pow(*args)
    except TypeError as e:
        print(e)
for x in [Step(), "1.5", None]:
    try:
        math.trunc(x)
    except TypeError as e:
        print(e)
print(pow(2, 3, Step()))
