# abs() of ints, floats, bools, -0.0, -inf, big ints and an instance with __abs__, and its
# argument-count and type errors (abs has a one-argument direct entry).
class A:
    def __abs__(self): return "abs!"
for x in [-3, 3, -2.5, -0.0, True, False, float("-inf"), -10**30, A()]:
    print(repr(abs(x)))
for bad in [[], (), {"x": 1}]:
    try:
        abs(*bad) if not isinstance(bad, dict) else abs(**bad)
    except TypeError as e:
        print(e)
try:
    abs("s")
except TypeError as e:
    print(e)
try:
    abs(1, 2)
except TypeError as e:
    print(e)
