# The traceback module's text: format_exc, format_exception, format_exception_only (notes too),
# print_exception and print_exc to stdout with their chains, a recursion's repeated lines,
# extract_tb's FrameSummary objects, format_tb, format_list, walk_tb, print_tb, and the
# ^^^ and ~~^~~ markers CPython 3.11 prints under the failing part of a line.
import traceback, sys

def f(x):
    return 1 / x

def g(xs):
    total = f(xs[0]) + 1
    return total

def lookup(d, k):
    return d[k]

try:
    g([0])
except ZeroDivisionError:
    print(traceback.format_exc(), end="")

try:
    lookup({"a": 1}, "b")
except KeyError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))

def outer():
    try:
        g([0])
    except ZeroDivisionError as e:
        raise ValueError("bad input") from e

try:
    outer()
except ValueError as e:
    traceback.print_exception(e, file=sys.stdout)
    print("---")
    traceback.print_exception(e, file=sys.stdout, chain=False)

def handler():
    try:
        [][1]
    except IndexError:
        {}["x"]

try:
    handler()
except KeyError:
    traceback.print_exc(file=sys.stdout)

def rec(n):
    if n == 0:
        raise RuntimeError("bottom")
    return rec(n - 1)

try:
    rec(10)
except RuntimeError:
    print(traceback.format_exc())

try:
    g([0])
except ZeroDivisionError as e:
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(fs.filename, fs.lineno, fs.name, repr(fs.line))
    for filename, lineno, name, line in traceback.extract_tb(tb, limit=2):
        print(filename, lineno, name, line)
    print(traceback.format_tb(tb, limit=-1))
    print(traceback.format_list(traceback.extract_tb(tb)))
    print(traceback.format_list([("x.py", 3, "f", "return 1")]))
    print([lineno for frame, lineno in traceback.walk_tb(tb)])
    traceback.print_tb(tb, file=sys.stdout)
    print(repr(traceback.extract_tb(tb)[0]))
    print(traceback.extract_tb(tb)[0] == ("std_traceback_format.py", 64, "<module>", "g([0])"))

print(repr(traceback.format_exc()))

class MyError(Exception):
    pass

try:
    raise MyError
except MyError as e:
    print(traceback.format_exception_only(e))
    e.add_note("note one")
    e.add_note("two\nlines")
    print(traceback.format_exception_only(e))

try:
    x = [1, 2]
    y = x[0] + x[5]
except IndexError:
    print(traceback.format_exc())

try:
    int("abc")
except ValueError:
    print(traceback.format_exc())

def deep(a, b):
    return (a
            + b)
try:
    deep(1, "s")
except TypeError:
    print(traceback.format_exc())
