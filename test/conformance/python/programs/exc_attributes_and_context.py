try:
    open("nope.txt")
except OSError as e:
    print(e, repr(e), e.args, e.errno, e.filename)
e = OSError(5, "boom")
print(e, e.errno, e.strerror, e.filename, OSError("x").errno)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print(repr(e.__context__), e.__cause__)
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        raise ValueError("v") from k
except ValueError as e:
    print(repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
def g():
    return 5
    yield
try:
    next(g())
except StopIteration as e:
    print(e.value, e.args, StopIteration().value, StopIteration(1, 2).value)
try:
    import not_there.deep
except ImportError as e:
    print(e.name, ImportError("m").name)
