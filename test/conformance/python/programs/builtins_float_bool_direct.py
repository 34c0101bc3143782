# float(x) and bool(x) of strings, numbers, big ints, __float__/__index__/__bool__/__len__
# objects, a float subclass, and their errors (the types have one-argument direct entries).
class HasFloat:
    def __float__(self): return 2.5
class HasIndex:
    def __index__(self): return 7
class Truthy:
    def __bool__(self): return False
class Sized:
    def __len__(self): return 0
for x in [" 1.5 ", "nan", "-inf", "1e400", True, 3, 10**20, HasFloat(), HasIndex(), 2.0 > 1, "1_000.5"]:
    print(repr(float(x)))
for bad in ["x", None, [], "1__0", 10**400]:
    try:
        float(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for x in [0, 1, 0.0, -0.0, "", "a", [], [0], None, Truthy(), Sized(), float("nan")]:
    print(repr(bool(x)))
try:
    bool(Truthy) ; print(bool(object()))
    class BadBool:
        def __bool__(self): return 1
    bool(BadBool())
except TypeError as e:
    print(e)
class F(float):
    pass
print(F(3), type(F(3)).__name__, float(F(4)))
try:
    float(1, 2)
except TypeError as e:
    print(e)
try:
    float(x=1)
except TypeError as e:
    print(e)
