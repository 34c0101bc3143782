# Attributes on functions: counters kept on the function, a decorator's state, __dict__,
# renaming, docstrings and defaults; a method's function reached through its class.
import functools


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


@counted
def square(x):
    "Square a number."
    return x * x


for i in range(3):
    square(i)
print(square.calls, square.__name__, square.__doc__, square.__wrapped__.__name__)
print(sorted(square.__dict__))


def f(a, b=2, *, c=3):
    return a + b + c


f.tag = "fast"
f.tag += "er"
print(f.tag, f.__dict__, vars(f) is f.__dict__)
f.__dict__["extra"] = [1]
print(f.extra, hasattr(f, "extra"), getattr(f, "missing", None))
print(f.__defaults__, f.__kwdefaults__, f.__module__)
f.__defaults__ = (10,)
print(f(1), f.__defaults__)
f.__name__ = "renamed"
f.__qualname__ = "Renamed.f"
print(f.__name__, f.__qualname__)
try:
    f()
except TypeError as e:
    print(e)
try:
    f.__name__ = 3
except TypeError as e:
    print(e)
del f.tag
try:
    f.tag
except AttributeError as e:
    print(e)
try:
    del f.tag
except AttributeError as e:
    print(e)


class Model:
    def forward(self, x):
        "Run the model."
        return x


Model.forward.traced = True
m = Model()
print(Model.forward.traced, m.forward.traced, m.forward.__doc__, m.forward.__name__)
try:
    m.forward.extra = 1
except AttributeError as e:
    print(e)
try:
    len.extra = 1
except AttributeError as e:
    print(e)
registry = {}


def register(name):
    def deco(fn):
        fn.command = name
        registry[name] = fn
        return fn

    return deco


@register("go")
def go():
    return "went"


print(go.command, registry["go"](), (lambda: 0).__name__)
