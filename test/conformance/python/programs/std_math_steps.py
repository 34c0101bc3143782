# math's float-stepping functions (ulp, nextafter, remainder) and the Python 3.11 additions
# cbrt (of a few values only: V8's is not glibc's) and exp2, with asinh, acosh and atanh: glibc's
# digits, CPython's errors.
import math
import random

for x in [0.0, -0.0, 1.0, -1.0, 0.5, 1e-300, 5e-324, 1.7976931348623157e308, math.inf, 3.0, 1e16]:
    print(x, math.ulp(x), math.nextafter(x, 0), math.nextafter(x, math.inf), math.nextafter(x, -math.inf))
print(math.nextafter(1, 1), math.nextafter(0.0, -1), math.isnan(math.nextafter(math.nan, 1)))
for x, y in [(10, 3), (-10, 3), (10, -3), (5, 2), (7, 2), (-7, 2), (1e300, 3.3), (0.5, math.inf), (-0.0, 1), (2.5, 1), (3.5, 1), (1, 0.1)]:
    print(x, y, math.remainder(x, y))
random.seed(8)
xs = [random.uniform(-10, 10) for _ in range(120)]
print([math.remainder(a, b) for a, b in zip(xs, xs[1:])])
print([math.asinh(x) for x in xs], math.asinh(1e-30), math.asinh(2.0**28), math.asinh(-1e300))
print([math.acosh(abs(x) + 1) for x in xs], math.acosh(1), math.acosh(2.0), math.acosh(1e300))
print([math.atanh(x / 11) for x in xs])
print(math.cbrt(8), math.cbrt(-0.0), math.cbrt(1.0))
print([math.exp2(x) for x in xs], math.exp2(10), math.exp2(-1074), math.exp2(-1075))
for f, x in [(math.acosh, 0.5), (math.atanh, 1), (math.atanh, -1.5), (math.exp2, 1e5)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
for args in [(1, 0), (math.inf, 1)]:
    try:
        print(math.remainder(*args))
    except ValueError as e:
        print("remainder", e)
for f, a in [(math.log, [1]), (math.floor, "s"), (math.isclose, ("a", 1)), (math.ulp, None)]:
    try:
        f(*a) if isinstance(a, tuple) else f(a)
    except TypeError as e:
        print(f.__name__, e)
