# `**` of a float and an int (either side), with zero, nan, ints past 2**53 and past the
# float range: the compiled power operator must raise and round as CPython does.
for a, b in [(2, 0.5), (2.0, 3), (0.5, -2), (0.0, -1), (0, -1.0), (2.0, 10**400), (10**400, 0.5), (1.5, 2**53 + 1), (-2.0, 3), (-2, 3.0), (1e308, 2), (2, 1024.0), (float("nan"), 0), (1, float("nan")), (0.0, 0)]:
    try:
        print(repr(a ** b))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
