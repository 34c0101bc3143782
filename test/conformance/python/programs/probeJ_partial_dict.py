# A functools.partial has a __dict__: attributes (even __doc__) can be set, read and deleted,
# while func, args and keywords stay read-only.
from functools import partial


def scale(x, factor=1, offset=0):
    return x * factor + offset


double = partial(scale, factor=2)
print(double.__doc__.splitlines()[0])
double.__doc__ = "Double a number."
double.unit = "meters"
print(double.__doc__, double.unit, double(21))
print(sorted(double.__dict__.items()))
del double.unit
print(double.__dict__)

for name in ("func", "args", "keywords"):
    try:
        setattr(double, name, None)
    except AttributeError as e:
        print(name, "->", e)
try:
    del double.func
except AttributeError as e:
    print("del func ->", e)
try:
    del double.missing
except AttributeError as e:
    print("del missing ->", e)
try:
    double.__dict__ = 5
except TypeError as e:
    print(e)
double.__dict__ = {"tag": "new"}
print(double.tag, getattr(double, "unit", "gone"))
shifted = partial(double, offset=1)
print(shifted(5), shifted.__dict__, shifted.keywords)
# A partial of a partial is flattened only while the inner one has no __dict__.
plain = partial(scale, 3)
print(partial(plain, factor=4).func is plain, plain.__doc__ is not None)
print(partial(plain, factor=4).func is plain)
plain.__dict__
print(partial(plain, factor=4).func is plain, partial(plain, factor=4)())
