# contextlib: generator-based context managers, suppress, nullcontext, closing.
from contextlib import contextmanager, suppress, nullcontext, closing
import contextlib

GRAD_ENABLED = True


@contextmanager
def no_grad():
    global GRAD_ENABLED
    prev = GRAD_ENABLED
    GRAD_ENABLED = False
    try:
        yield
    finally:
        GRAD_ENABLED = prev


print("before", GRAD_ENABLED)
with no_grad():
    print("inside", GRAD_ENABLED)
print("after", GRAD_ENABLED)

try:
    with no_grad():
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, GRAD_ENABLED)


@no_grad()
def step(x):
    return (x, GRAD_ENABLED)


print(step(3), GRAD_ENABLED)
print(step.__name__)


@contextmanager
def tag(name):
    print("<" + name + ">")
    yield name.upper()
    print("</" + name + ">")


with tag("b") as t:
    print("body", t)

with tag("outer"), tag("inner") as i:
    print(i)


@contextmanager
def swallow():
    try:
        yield 1
    except KeyError as e:
        print("handled", repr(e))


with swallow() as v:
    print("v", v)
    raise KeyError("k")
print("continued")


@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("translated")


try:
    with translate():
        1 / 0
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)


@contextmanager
def never():
    if False:
        yield


try:
    with never():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    with twice():
        raise TypeError("t")
except TypeError as e:
    print("TypeError:", e)


@contextmanager
def stubborn():
    try:
        yield
    except Exception:
        yield


try:
    with stubborn():
        raise TypeError("t")
except RuntimeError as e:
    print("RuntimeError:", e)


def returns():
    with tag("r"):
        return "returned"


print(returns())

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
with suppress():
    pass

with nullcontext() as n:
    print(n)
with nullcontext(42) as n:
    print(n)


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)

print(type(contextlib.suppress(ValueError)).__name__)
print(type(no_grad()).__name__)

# ExitStack: managers and callbacks exited last first.
from contextlib import ExitStack


class Res:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print("enter", self.n)
        return self.n

    def __exit__(self, typ, exc, tb):
        print("exit", self.n, typ.__name__ if typ else None)
        return self.n == "quiet"


with ExitStack() as stack:
    xs = [stack.enter_context(Res(i)) for i in range(3)]
    stack.callback(print, "callback", 1, sep="-")
    print(xs)

with ExitStack() as stack:
    stack.enter_context(Res("quiet"))
    stack.enter_context(Res("loud"))
    raise KeyError(1)
print("suppressed by quiet")

try:
    with ExitStack() as stack:
        stack.enter_context(3)
except TypeError as e:
    print(e)
try:
    with ExitStack() as stack:
        stack.enter_context(Res)
except TypeError as e:
    print(e)

stack = ExitStack()
stack.enter_context(Res("moved"))
other = stack.pop_all()
stack.close()
print("closing the other")
other.close()

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError("k")
except Exception as e:
    print(type(e).__name__, repr(e.__context__))


def exit_fn(typ, exc, tb):
    print("exit_fn", typ.__name__)
    return True


with ExitStack() as stack:
    stack.push(exit_fn)
    raise ValueError("v")
print("end")
