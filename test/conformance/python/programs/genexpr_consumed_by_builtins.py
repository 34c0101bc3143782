# Generator expressions handed straight to the built-ins that consume them (sum with a start,
# min, max, any, all, sorted, list, tuple, set, frozenset): values, laziness (any stops early),
# the <genexpr> frame of an error's traceback, PEP 479, a not-iterable source, a rebound sum,
# and the frame each step counts toward the recursion limit.
import sys, traceback
xs = [1, 2, 3]
print(sum(x * x for x in xs), sum((x for x in xs), 10), max(x for x in xs), min(-x for x in xs))
print(any(x > 2 for x in xs), all(x > 0 for x in xs), sorted(-x for x in xs), list(x for x in "ab"), tuple(x for x in xs), set(x % 2 for x in xs), frozenset(x for x in [1]))
print(sum(a * b for a, b in zip(xs, [4, 5, 6])), sum(a for a, b in zip(xs, "ab") if b == "b"))
seen = []
def noisy(x):
    seen.append(x)
    return x > 1
print(any(noisy(x) for x in xs), seen)
def bad():
    return sum(1 / (x - 2) for x in xs)
try:
    bad()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
it = iter([1])
def stop():
    return sum(next(it) for _ in range(3))
try:
    stop()
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
try:
    sum(x for x in 5)
except TypeError as e:
    print(e)
sum = lambda g: type(g).__name__
print(sum(x for x in xs))
del sum
print(sum(x for x in xs))
def depth(n):
    return sum(depth(n - 1) for _ in range(1)) if n else 0
print(depth(300))
try:
    depth(2000)
except RecursionError:
    print("RecursionError")
print(sum("a" for _ in range(0)), sum(x for x in []))
try:
    print(sum(x for x in ["a"]))
except TypeError as e:
    print(e)
