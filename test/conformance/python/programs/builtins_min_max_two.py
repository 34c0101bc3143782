# max(a, b) and min(a, b) of ints, floats, bools, -0.0, nan, ints past 2**53 and past the
# float range, strings, lists, instances with __gt__/__lt__, with key=, and their TypeErrors:
# the two-argument direct entry keeps the first unless the second is strictly better.
nan = float("nan")
cases = [(0, 1), (1, 0), (0.0, -0.0), (-0.0, 0.0), (nan, 1), (1, nan), (2**60, 2.0**60), (2.0**60, 2**60),
         (2**53 + 1, 2.0**53), (True, 1), (1, True), (False, 0.0), (3, 3.0), (3.0, 3), (-5, -5.5), (10**400, 1e308)]
for a, b in cases:
    print(repr(max(a, b)), repr(min(a, b)), type(max(a, b)).__name__, type(min(a, b)).__name__)
print(max("a", "b"), min("a", "b"), max([1], [0, 5]), min((1, 2), (1,)))
print(max(1, 2, key=lambda v: -v), min(1, 2, key=lambda v: -v))
class V:
    def __init__(self, d): self.d = d
    def __gt__(self, o): return self.d > (o.d if isinstance(o, V) else o)
    def __lt__(self, o): return self.d < (o.d if isinstance(o, V) else o)
    def __repr__(self): return f"V({self.d})"
print(max(V(1), V(2)), min(V(1), V(2)), max(V(3), 2), min(2, V(3)))
for bad in [(1, "a"), ("a", 1), (None, 1)]:
    try:
        max(*bad)
    except TypeError as e:
        print("max", e)
    try:
        min(*bad)
    except TypeError as e:
        print("min", e)
print(max(0, -1.5), max(0.0, 2), min(0, -1.5))
