# islice's argument errors in CPython's order and words; count() and repeat() show their
# state in their repr.
import itertools as it

cases = [(-1,), (-2,), ("x",), (1.5,), (0, -1), (0, -2), (0, "x"), (-1, 5), ("x", 5),
         (None, None, -1), (0, 5, 0), (0, 5, "x"), (0, 5, 1.5), (-1, "x"), (None,), (2, None, 3)]
for args in cases:
    try:
        print(args, list(it.islice(range(10), *args)))
    except ValueError as e:
        print(args, repr(e))

c = it.count()
next(c)
next(c)
print(repr(c), repr(it.count(2.5)), repr(it.count(1, 2)), repr(it.count(0, 1.0)))
print(repr(it.count(step=-1)), it.count(0, True), [it.count(5)])
r = it.repeat("x", 3)
next(r)
print(repr(r), repr(it.repeat(None)), repr(it.repeat(1, -3)), list(r))
